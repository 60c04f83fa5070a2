"""The central system INSIDE the running console under realistic load: reply latency and the event loop's lag.

    .venv/bin/python -m bench.console_loop                                   # 1,000 chargers, 1 call / 10 s, 30 s
    .venv/bin/python -m bench.console_loop --chargers 200 --duration 10 --closed-chargers 20 --closed-duration 3
    .venv/bin/python -m bench.console_loop --no-write

The console runs as in production (``python -m bench.startup --child --stay``: :func:`app.main.run_console`,
offscreen Qt, the qasync loop shared by the window and the central system) on a SQLite copy of
:mod:`bench.sessions_view`'s realistic database — 500 stations (their charge point ids renamed BENCH000001…
so the first 500 load chargers are configured stations with tiles on the dashboard; the others are accepted
and created as they connect, policy ``accept``), 5,000 users, N sessions — with the **Dashboard** page open.
A probe task in the console sleeps 50 ms again and again and records the overshoot: the **loop lag** a charger's
message waits before the loop even looks at it.

1. **Open loop** (realistic): ``bench.load --mode open`` in its own process, every charger sends one call per
   ``1/rate`` seconds (the session mix: status, authorize, start/stop, meter values), whatever the console does.
   Reported: reply latency p50/p99 (send → CallResult), and the loop lag p50/p99/max during the measured window.
   Goals: p99 reply ≤ 50 ms, p99 lag ≤ 50 ms at 1,000 chargers × 0.1 call/s.
2. **Closed loop**: ``bench.load --mode closed`` against the console and then against ``chargedesk serve`` on an
   identical copy of the database: calls/s and the ratio console / serve (goal ≥ 0.65).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import report
from bench.__main__ import Server, Settings, process_cpu_s, run_load
from bench.load import raise_fd_limit
from bench.startup import child_env, make_database


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def prepare(workdir: Path, sessions: int) -> Path:
    path = workdir / "base.db"
    make_database(path, sessions)
    with sqlite3.connect(path) as c:
        c.execute("UPDATE stations SET charge_point_id = 'BENCH' || printf('%06d', id)")
    return path


def copy_db(base: Path, workdir: Path, name: str) -> str:
    d = workdir / name
    d.mkdir()
    shutil.copy(base, d / "console.db")
    return f"sqlite:///{d / 'console.db'}"


def console_server(db_url: str, workdir: Path, name: str, lag_out: Path | None) -> Server:
    run_dir = workdir / f"{name}-run"
    run_dir.mkdir()
    env = child_env(run_dir)
    env["CHARGEDESK_UNKNOWN_CHARGERS"] = "accept"
    argv = [sys.executable, "-m", "bench.startup", "--child", "--stay", "--db", db_url, "--page", "Dashboard"]
    if lag_out is not None:
        argv += ["--lag-out", str(lag_out)]
    return Server(name, argv, env, ready_timeout=180, workdir=workdir)


def serve_server(db_url: str, workdir: Path) -> Server:
    from bench.__main__ import free_port

    env = dict(os.environ, PYTHONUNBUFFERED="1", CHARGEDESK_DATA_DIR=str(workdir / "serve-data"))
    argv = [sys.executable, "-m", "app", "serve", "--db", db_url, "--host", "127.0.0.1", "--port",
            str(free_port()), "--unknown-chargers", "accept"]
    return Server("serve", argv, env, ready_timeout=120, workdir=workdir)


def load_settings(mode: str, chargers: int, duration: float, warmup: float, rate: float) -> Settings:
    return Settings(mode=mode, mix="session", chargers=chargers, duration=duration, warmup=warmup, rate=rate,
                    processes=1 if chargers <= 500 else 2, repeat=1, small=False, known_tags=False)


def open_loop(base: Path, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    lag_file = workdir / "lag.json"
    server = console_server(copy_db(base, workdir, "open"), workdir, "console-open", lag_file)
    url = server.start()
    try:
        time.sleep(2.0)  # the pages' first loads
        cpu0, t0 = process_cpu_s(server.pid), time.time()
        load = run_load(url, load_settings("open", a.chargers, a.duration, a.warmup, a.rate))
        cpu = (process_cpu_s(server.pid) - cpu0) / max(1e-9, time.time() - t0) * 100
    finally:
        server.stop()
    data = json.loads(lag_file.read_text(encoding="utf-8")) if lag_file.exists() else {"lag_ms": []}
    lags: list[float] = data["lag_ms"]
    # the probe samples every ~50 ms: the measured window is the last duration / 0.05 samples before the end
    # of the load (the console ran on for the shutdown only, which stops recording when the window closes)
    n = int(a.duration / 0.05)
    measured = lags[-n - int(2 / 0.05):-int(2 / 0.05)] if len(lags) > n + 40 else lags
    return {"load": load, "lag_ms": measured, "all_lag_ms": lags, "server_cpu_pct": cpu}


def closed_loop(base: Path, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    out = {}
    for name, make in (("console", lambda: console_server(copy_db(base, workdir, "closed-console"), workdir,
                                                          "console-closed", None)),
                       ("serve", lambda: serve_server(copy_db(base, workdir, "closed-serve"), workdir))):
        server = make()
        url = server.start()
        try:
            time.sleep(1.0)
            out[name] = run_load(url, load_settings("closed", a.closed_chargers, a.closed_duration, a.warmup, 0))
        finally:
            server.stop()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.console_loop", description=__doc__.split("\n\n")[0])
    p.add_argument("--chargers", type=int, default=1000)
    p.add_argument("--rate", type=float, default=0.1, help="calls per second per charger (open loop)")
    p.add_argument("--duration", type=float, default=30.0, help="measured seconds (open loop)")
    p.add_argument("--warmup", type=float, default=3.0)
    p.add_argument("--closed-chargers", type=int, default=100)
    p.add_argument("--closed-duration", type=float, default=10.0)
    p.add_argument("--sessions", type=int, default=50_000, help="sessions in the database")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--output", type=Path, default=report.DOC)
    a = p.parse_args(argv)
    raise_fd_limit()
    command = " ".join([report.display_python(), "-m", "bench.console_loop",
                        *map(shlex.quote, argv if argv is not None else sys.argv[1:])])
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-console-loop-"))
    try:
        base = prepare(workdir, a.sessions)
        print(f"bench.console_loop: open loop, {a.chargers} chargers × {a.rate:g} call/s, {a.duration:g} s …",
              flush=True)
        o = open_loop(base, workdir, a)
        print(f"bench.console_loop: closed loop, {a.closed_chargers} chargers, console then serve …", flush=True)
        c = closed_loop(base, workdir, a)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    lat = o["load"]["latency_ms"]
    lags = o["lag_ms"]
    ratio = c["console"]["calls_per_s"] / c["serve"]["calls_per_s"] if c["serve"]["calls_per_s"] else float("nan")
    head1 = ["load", "calls/s", "reply p50 ms", "reply p99 ms", "reply max ms", "loop lag p50 ms",
             "loop lag p99 ms", "loop lag max ms", "errors", "console CPU %", "goal met"]
    ok = lat["p99"] <= 50 and pct(lags, 99) <= 50
    rows1 = [[f"open: {a.chargers} chargers × {a.rate:g}/s", f"{o['load']['calls_per_s']:,.0f}",
              f"{lat['p50']:.1f}", f"{lat['p99']:.1f}", f"{lat['max']:.1f}", f"{pct(lags, 50):.1f}",
              f"{pct(lags, 99):.1f}", f"{max(lags, default=float('nan')):.1f}", str(o["load"]["errors_total"]),
              f"{o['server_cpu_pct']:.0f}", "yes" if ok else "NO (p99 ≤ 50 ms both)"]]
    head2 = ["closed loop", "chargers", "console calls/s", "serve calls/s", "console / serve", "goal ≥ 0.65"]
    rows2 = [["session mix", str(a.closed_chargers), f"{c['console']['calls_per_s']:,.0f}",
              f"{c['serve']['calls_per_s']:,.0f}", f"{ratio:.2f}", "yes" if ratio >= 0.65 else "NO"]]
    print(report.text_table(head1, rows1))
    print()
    print(report.text_table(head2, rows2))
    machine = report.machine()
    section = "\n".join([
        f"## Central system inside the console — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
        "",
        f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
        "",
        "The console (`bench/console_loop.py`: offscreen, Dashboard open, 500 configured stations, "
        f"{a.sessions:,} sessions in SQLite) under `bench.load` in its own process. *Loop lag*: a task in the "
        "console sleeps 50 ms and records the overshoot, over the measured window.",
        "",
        report.markdown_table(head1, rows1),
        "",
        report.markdown_table(head2, rows2),
        "",
    ])
    if not a.no_write:
        report.write_doc(section, a.output)
        print(f"bench.console_loop: results written to {a.output}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
