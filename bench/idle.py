"""Idle connections: thousands of chargers held by ``chargedesk serve``, heartbeats and WebSocket pings only.

    python -m bench.idle                      # 5,000 chargers, 60 s held
    python -m bench.idle --small              # 500 chargers, 20 s
    python -m bench.idle --chargers 5000 --ping-interval 10 --heartbeat 30 --no-write

serve runs on a fresh SQLite file with ``--unknown-chargers accept`` and ``--ping-interval`` (default 10 s, so that
every connection is pinged several times while held); ``bench.load --mode idle`` opens the connections (100 at a
time, split over ``--processes`` client processes), boots every charger, then each sends a Heartbeat every
``--heartbeat`` seconds (random phase) while websockets' own client pings run every 20 s. The serve process's
resident memory (psutil, else /proc/PID/status VmRSS) and open file descriptors are sampled every 0.2 s.
Figures: RSS before any charger, peak RSS, growth per connection, file descriptors, heartbeat latency, errors.
Both processes raise their open-files limit to the hard limit (``ulimit -Hn``); above it the run says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import report
from bench.faults.common import Serve, command_line, load_average, new_workdir, prepare_database
from bench.load import raise_fd_limit

try:
    import psutil
except ImportError:  # pragma: no cover - /proc is enough on Linux
    psutil = None


def rss_kb(pid: int) -> int:
    if psutil is not None:
        try:
            return int(psutil.Process(pid).memory_info().rss // 1024)
        except psutil.Error:
            return 0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def open_fds(pid: int) -> int:
    if psutil is not None:
        try:
            return int(psutil.Process(pid).num_fds())
        except psutil.Error:
            return 0
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return 0


class Sampler(threading.Thread):
    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.samples: list[tuple[float, int, int]] = []  # (monotonic, RSS KB, fds)
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.2):
            self.samples.append((time.monotonic(), rss_kb(self.pid), open_fds(self.pid)))

    def finish(self) -> None:
        self._done.set()
        self.join()


def measure(
    chargers: int, duration: float, ping_interval: float, heartbeat_s: float, processes: int, workdir: Path
) -> dict[str, Any]:
    url = f"sqlite:///{workdir / 'idle.db'}"
    prepare_database(url)
    serve = Serve(url, workdir, unknown="accept", extra=["--ping-interval", str(ping_interval)])
    serve.start()
    try:
        time.sleep(1.0)
        baseline_kb = rss_kb(serve.pid)
        baseline_fds = open_fds(serve.pid)
        sampler = Sampler(serve.pid)
        sampler.start()
        warmup = 2.0 + chargers / 1000
        argv = [
            sys.executable,
            "-m",
            "bench.load",
            "--url",
            serve.url.rstrip("/"),
            "--chargers",
            str(chargers),
            "--mode",
            "idle",
            "--duration",
            str(duration),
            "--warmup",
            str(warmup),
            "--rate-per-charger",
            str(1.0 / heartbeat_s),
            "--processes",
            str(processes),
            "--timeout",
            "30",
            "--id-prefix",
            "IDLE",
            "--quiet",
        ]
        started = time.monotonic()
        done = subprocess.run(
            argv,
            cwd=report.ROOT,
            capture_output=True,
            text=True,
            timeout=duration + warmup + 300 + chargers / 10,
        )
        wall = time.monotonic() - started
        sampler.finish()
        alive = serve.alive
    finally:
        exit_code = serve.stop(60)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if not lines:
        raise RuntimeError(f"bench.load failed (exit status {done.returncode}): {done.stderr.strip()[-300:]}")
    load: dict[str, Any] = json.loads(lines[-1])
    peak_kb = max((s[1] for s in sampler.samples), default=baseline_kb)
    peak_fds = max((s[2] for s in sampler.samples), default=baseline_fds)
    # held: the samples of the measured window's second half (every charger connected and idle)
    held = [s for s in sampler.samples if s[0] >= started + wall - duration / 2 - 1]
    held_kb = sorted(s[1] for s in held)[len(held) // 2] if held else peak_kb
    connected = int(load["connected"])
    return {
        "chargers": chargers,
        "connected": connected,
        "duration_s": duration,
        "ping_interval_s": ping_interval,
        "heartbeat_s": heartbeat_s,
        "processes": processes,
        "baseline_rss_mb": baseline_kb / 1024,
        "held_rss_mb": held_kb / 1024,
        "peak_rss_mb": peak_kb / 1024,
        "rss_per_connection_kb": (held_kb - baseline_kb) / connected if connected else None,
        "peak_rss_per_connection_kb": (peak_kb - baseline_kb) / connected if connected else None,
        "baseline_fds": baseline_fds,
        "peak_fds": peak_fds,
        "heartbeats": load["calls"],
        "latency_ms": load["latency_ms"],
        "errors": load["errors"],
        "errors_total": load["errors_total"],
        "client_cpu_pct": load["client_cpu_pct"],
        "serve_alive": alive,
        "serve_exit": exit_code,
        "tracebacks": serve.tracebacks(),
        "fd_limit": resource.getrlimit(resource.RLIMIT_NOFILE)[0],
        "memory_source": "psutil" if psutil is not None else "/proc/PID/status VmRSS",
    }


def rows(r: dict[str, Any]) -> list[list[str]]:
    lat = r["latency_ms"]
    per = r["rss_per_connection_kb"]
    return [
        ["chargers connected and booted", f"{r['connected']:,} of {r['chargers']:,}"],
        ["serve RSS before any charger", f"{r['baseline_rss_mb']:.1f} MB"],
        ["serve RSS while holding them (median, second half)", f"{r['held_rss_mb']:.1f} MB"],
        ["serve RSS peak", f"{r['peak_rss_mb']:.1f} MB"],
        [
            "RSS per connection (held / peak)",
            "–" if per is None else f"{per:.1f} KB / {r['peak_rss_per_connection_kb']:.1f} KB",
        ],
        ["serve open file descriptors (before / peak)", f"{r['baseline_fds']:,} / {r['peak_fds']:,}"],
        ["heartbeats answered in the window", f"{r['heartbeats']:,}"],
        ["heartbeat p50 / p99 / max ms", f"{lat['p50']:.2f} / {lat['p99']:.2f} / {lat['max']:.1f}"],
        ["errors", str(r["errors_total"]) + (f" ({r['errors']})" if r["errors"] else "")],
        ["client CPU", f"{r['client_cpu_pct']:.0f}%"],
        ["serve survived, tracebacks", f"{'yes' if r['serve_alive'] else 'NO'}, {r['tracebacks']}"],
    ]


def section(
    r: dict[str, Any], command: str, started: dt.datetime, load_before: str, load_after: str, small: bool
) -> str:
    m = report.machine()
    when = started.strftime("%Y-%m-%d %H:%M %Z").strip()
    return "\n".join(
        [
            f"## {when} — idle connections, {r['chargers']:,} chargers{' (small)' if small else ''}",
            "",
            f"- Command: `{command}`",
            f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; {m['os']}; {m['python']}",
            f"- Packages: {m['packages']}; commit {m['commit']}",
            f"- Load: `chargedesk serve` (SQLite, `--ping-interval {r['ping_interval_s']:g}`) holding {r['chargers']:,} "
            f"WebSocket connections for {r['duration_s']:g} s after all booted; each charger a Heartbeat every "
            f"{r['heartbeat_s']:g} s, websockets' client pings every 20 s; {r['processes']} client processes; memory "
            f"from {r['memory_source']}; open-files limit {r['fd_limit']:,}; load average before / after: "
            f"{load_before} → {load_after}",
            "",
            report.markdown_table(["figure", "value"], rows(r)),
            "",
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(prog="python -m bench.idle", description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="500 chargers, 20 s")
    p.add_argument("--chargers", type=int, default=None, metavar="N", help="5,000 (500 with --small)")
    p.add_argument(
        "--duration", type=float, default=None, metavar="S", help="seconds held: 60 (20 with --small)"
    )
    p.add_argument(
        "--ping-interval", type=float, default=10.0, metavar="S", help="serve's WebSocket ping interval"
    )
    p.add_argument("--heartbeat", type=float, default=30.0, metavar="S", help="seconds between heartbeats")
    p.add_argument(
        "--processes", type=int, default=None, metavar="K", help="client processes (2; 1 with --small)"
    )
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    args = p.parse_args(argv)
    chargers = args.chargers or (500 if args.small else 5000)
    duration = args.duration or (20.0 if args.small else 60.0)
    processes = args.processes or (1 if args.small else 2)
    limit = raise_fd_limit()
    if limit < chargers + 100:
        print(
            f"idle: the open-files limit is {limit}: raise it (ulimit -n) for {chargers} connections",
            file=sys.stderr,
        )
    started = dt.datetime.now().astimezone()
    before = load_average()
    print(f"idle: {chargers:,} chargers held {duration:g} s (load average {before}) …", flush=True)
    workdir = new_workdir("idle")
    try:
        r = measure(chargers, duration, args.ping_interval, args.heartbeat, processes, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    after = load_average()
    print(report.text_table(["figure", "value"], rows(r)))
    if not args.no_write:
        report.write_doc(
            section(r, command_line("bench.idle", argv), started, before, after, args.small), args.output
        )
        print(f"idle: results added at the top of {args.output}")
    ok = r["connected"] == chargers and r["serve_alive"] and not r["tracebacks"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
