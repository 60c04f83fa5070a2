"""The central system INSIDE the running console under realistic load: reply latency and the event loop's lag.

    .venv/bin/python -m bench.console_loop                                   # 2,000 chargers, 1 call / 10 s, 30 s
    .venv/bin/python -m bench.console_loop --chargers 200 --duration 10 --closed-chargers 20 --closed-duration 3
    .venv/bin/python -m bench.console_loop --no-write
    .venv/bin/python -m bench.console_loop --only open --page Log --profile /tmp/console   # → /tmp/console-open.prof

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
   Goals (issue #16): p99 reply ≤ 50 ms, p99 lag ≤ 20 ms at 2,000 chargers × 0.1 call/s, every charger a
   configured station (a tile on the Dashboard).
2. **Closed loop**: ``bench.load --mode closed`` (``--closed-mix``, default ``transaction``: issue #16's
   transaction-heavy cycle) against the console and then against ``chargedesk serve`` on an identical copy of the
   database: calls/s and the ratio console / serve (goal ≥ 0.85); ``--closed-rounds`` rounds (3), console and
   serve interleaved, the round with the median ratio reported, every round's ratio beside it.

At the goals' sizes (2,000 chargers × 0.1/s for 30 s or more; 100 chargers and at least 3 rounds closed) a run
that writes also records ``console_2000_reply_p99``, ``console_2000_lag_p99`` and ``console_serve`` in the table of
current figures (:mod:`bench.current`).

The machine may be shared: next to each figure the bench notes the **other load** (CPU the rest of the machine
used while the load ran, beside the console or serve and the load process, in % of one core) and the 1-minute
load average at the end of the phase. ``--profile PREFIX`` runs the consoles under cProfile
(``BENCH_PROFILE``, see :mod:`bench.startup`) and writes ``PREFIX-open.prof`` / ``PREFIX-closed.prof``; read them
with ``pstats`` (the profiler slows the console: figures of a profiled run are for finding what is slow only).
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

from bench import current, report
from bench.__main__ import Server, Settings, children_cpu_s, machine_busy_s, process_cpu_s, run_load
from bench.load import raise_fd_limit
from bench.startup import child_env, make_database

REPLY_P99_MS = 50.0  # open loop goals (issue #16)
LAG_P99_MS = 20.0
RATIO_GOAL = 0.85  # closed loop: console / serve


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def prepare(workdir: Path, sessions: int, chargers: int = 0) -> Path:
    """The realistic database with its stations renamed BENCH000001…, and stations added (2 connectors each,
    on the generator's sites in turn) up to ``chargers``: every load charger is a configured station with a tile
    on the Dashboard. (Chargers without a station would be pending ids: at most 10 per address are let in.)
    The WAL is folded into the file before it is copied (a copy of the main file alone would lack the rename)."""
    path = workdir / "base.db"
    make_database(path, sessions)
    c = sqlite3.connect(path)
    try:
        with c:
            c.execute("UPDATE stations SET charge_point_id = 'BENCH' || printf('%06d', id)")
            have, created = c.execute("SELECT count(*), min(created_at) FROM stations").fetchone()
            sites = [r[0] for r in c.execute("SELECT id FROM sites ORDER BY id")]
            extra = [
                (i, sites[i % len(sites)], f"BENCH{i:06d}", f"Bench {i:06d}", created)
                for i in range(have + 1, chargers + 1)
            ]
            c.executemany(
                "INSERT INTO stations (id, site_id, charge_point_id, name, description, vendor, model, "
                "serial_number, firmware_version, address, ocpp_version, security_profile, allow_unsecured, "
                "lenient, enabled, notes, created_at) VALUES (?, ?, ?, ?, '', 'ABB', 'Terra AC', '', '', '', "
                "'1.6', 0, 1, 0, 1, '', ?)",
                extra,
            )
            c.executemany(
                "INSERT INTO connectors (station_id, connector_id, plug_type, max_kw, status, error_code, "
                "status_info) VALUES (?, ?, 'Type2', 22.0, 'Available', 'NoError', '')",
                [(row[0], k) for row in extra for k in (1, 2)],
            )
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        c.close()
    return path


def copy_db(base: Path, workdir: Path, name: str) -> str:
    d = workdir / name
    d.mkdir()
    shutil.copy(base, d / "console.db")
    return f"sqlite:///{d / 'console.db'}"


def console_server(
    db_url: str,
    workdir: Path,
    name: str,
    lag_out: Path | None,
    page: str = "Dashboard",
    profile: str | None = None,
) -> Server:
    run_dir = workdir / f"{name}-run"
    run_dir.mkdir()
    env = child_env(run_dir)
    env["CHARGEDESK_UNKNOWN_CHARGERS"] = "accept"
    env.pop("BENCH_PROFILE", None)
    if profile:
        env["BENCH_PROFILE"] = profile
    argv = [sys.executable, "-m", "bench.startup", "--child", "--stay", "--db", db_url, "--page", page]
    if lag_out is not None:
        argv += ["--lag-out", str(lag_out)]
    return Server(name, argv, env, ready_timeout=180, workdir=workdir)


def serve_server(db_url: str, workdir: Path) -> Server:
    from bench.__main__ import free_port
    from bench.faults.common import serve_argv

    env = dict(os.environ, PYTHONUNBUFFERED="1", CHARGEDESK_DATA_DIR=str(workdir / "serve-data"))
    argv = serve_argv(db_url, free_port())
    return Server("serve", argv, env, ready_timeout=120, workdir=workdir)


def load_settings(
    mode: str, chargers: int, duration: float, warmup: float, rate: float, mix: str = "session"
) -> Settings:
    return Settings(
        mode=mode,
        mix=mix,
        chargers=chargers,
        duration=duration,
        warmup=warmup,
        rate=rate,
        processes=1 if chargers <= 500 else 2,
        repeat=1,
        small=False,
        known_tags=False,
    )


def loaded(server: Server, url: str, settings: Settings) -> dict[str, Any]:
    """Run the load against ``server``; with the server's CPU %, the other load (% of one core: what the rest of
    the machine used meanwhile) and the 1-minute load average at the end."""
    cpu0, busy0, client0, t0 = process_cpu_s(server.pid), machine_busy_s(), children_cpu_s(), time.time()
    load = run_load(url, settings)
    cpu1, busy1, client1, t1 = process_cpu_s(server.pid), machine_busy_s(), children_cpu_s(), time.time()
    wall = max(1e-9, t1 - t0)
    other = None
    if busy0 is not None and busy1 is not None:
        other = max(0.0, 100.0 * ((busy1 - busy0) - (cpu1 - cpu0) - (client1 - client0)) / wall)
    return {
        "load": load,
        "server_cpu_pct": (cpu1 - cpu0) / wall * 100,
        "other_cpu_pct": other,
        "loadavg": os.getloadavg()[0],
    }


def profile_path(a: argparse.Namespace, phase: str) -> str | None:
    return f"{a.profile}-{phase}.prof" if a.profile else None


def open_loop(base: Path, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    lag_file = workdir / "lag.json"
    server = console_server(
        copy_db(base, workdir, "open"), workdir, "console-open", lag_file, a.page, profile_path(a, "open")
    )
    url = server.start()
    try:
        time.sleep(2.0)  # the pages' first loads
        out = loaded(server, url, load_settings("open", a.chargers, a.duration, a.warmup, a.rate))
    finally:
        server.stop()
    data = json.loads(lag_file.read_text(encoding="utf-8")) if lag_file.exists() else {"lag_ms": []}
    lags: list[float] = data["lag_ms"]
    at: list[float] = data.get("at") or []
    start, end = out["load"].get("window_unix") or (0.0, 0.0)
    if at and len(at) == len(lags) and end > start:
        # the samples that overlap the load's measured window (connecting and warm-up left out): a sample
        # covers [t - 50 ms - lag, t]
        measured = [lag for lag, t in zip(lags, at, strict=True) if t > start and t - 0.05 - lag / 1000 < end]
    else:  # an older probe without timestamps: the last duration / 0.05 samples before the end of the load
        n = int(a.duration / 0.05)
        measured = lags[-n - int(2 / 0.05) : -int(2 / 0.05)] if len(lags) > n + 40 else lags
    gc_passes = [(t, ms, gen) for t, ms, gen in data.get("gc", []) if start <= t <= end]
    out["gc"] = {
        "ms_per_s": sum(ms for _, ms, _ in gc_passes) / max(1e-9, end - start),
        "full": sum(1 for _, _, gen in gc_passes if gen == 2),
        "max_ms": max((ms for _, ms, _ in gc_passes), default=0.0),
        "objects": data.get("gc_objects", 0),
    }
    return {**out, "lag_ms": measured, "all_lag_ms": lags}


def closed_loop(base: Path, workdir: Path, a: argparse.Namespace) -> dict[str, Any]:
    """``--closed-rounds`` rounds of (console, then serve), each on a fresh copy of the database; the round with
    the median ratio is reported (a shared machine's other load varies from one run to the next)."""
    rounds = []
    for k in range(max(1, a.closed_rounds)):
        out = {}
        for name, make in (
            (
                "console",
                lambda k=k: console_server(
                    copy_db(base, workdir, f"closed-console-{k}"),
                    workdir,
                    f"console-closed-{k}",
                    None,
                    a.page,
                    profile_path(a, "closed"),
                ),
            ),
            ("serve", lambda k=k: serve_server(copy_db(base, workdir, f"closed-serve-{k}"), workdir)),
        ):
            server = make()
            url = server.start()
            try:
                time.sleep(1.0)
                out[name] = loaded(
                    server,
                    url,
                    load_settings("closed", a.closed_chargers, a.closed_duration, a.warmup, 0, a.closed_mix),
                )
            finally:
                server.stop()
        sps = out["serve"]["load"]["calls_per_s"]
        out["ratio"] = out["console"]["load"]["calls_per_s"] / sps if sps else float("nan")
        rounds.append(out)
    ordered = sorted(rounds, key=lambda r: r["ratio"])
    median = ordered[(len(ordered) - 1) // 2]
    return {**median, "ratios": [r["ratio"] for r in rounds]}


def _other(r: dict[str, Any]) -> str:
    other = r.get("other_cpu_pct")
    return f"{other:.0f}% · {r['loadavg']:.2f}" if other is not None else f"? · {r['loadavg']:.2f}"


def tables(
    a: argparse.Namespace, o: dict[str, Any] | None, c: dict[str, Any] | None
) -> tuple[list[tuple[list[str], list[list[str]]]], bool]:
    """The result tables (open loop, closed loop: those that ran) and whether the goals are met."""
    out: list[tuple[list[str], list[list[str]]]] = []
    ok = True
    if o is not None:
        lat, lags = o["load"]["latency_ms"], o["lag_ms"]
        met = lat["p99"] <= REPLY_P99_MS and pct(lags, 99) <= LAG_P99_MS
        ok = ok and met
        head = [
            "load",
            "page shown",
            "calls/s",
            "reply p50 ms",
            "reply p99 ms",
            "reply max ms",
            "loop lag p50 ms",
            "loop lag p99 ms",
            "loop lag max ms",
            "errors",
            "console CPU %",
            "GC ms/s · full passes",
            "other load · load avg",
            "goal met",
        ]
        rows = [
            [
                f"open: {a.chargers} chargers × {a.rate:g}/s",
                a.page,
                f"{o['load']['calls_per_s']:,.0f}",
                f"{lat['p50']:.1f}",
                f"{lat['p99']:.1f}",
                f"{lat['max']:.1f}",
                f"{pct(lags, 50):.1f}",
                f"{pct(lags, 99):.1f}",
                f"{max(lags, default=float('nan')):.1f}",
                str(o["load"]["errors_total"]),
                f"{o['server_cpu_pct']:.0f}",
                f"{o['gc']['ms_per_s']:.0f} · {o['gc']['full']}",
                _other(o),
                "yes" if met else f"NO (p99 ≤ {REPLY_P99_MS:g} / {LAG_P99_MS:g} ms)",
            ]
        ]
        out.append((head, rows))
    if c is not None:
        console, serve = c["console"], c["serve"]
        cps, sps = console["load"]["calls_per_s"], serve["load"]["calls_per_s"]
        ratio = c["ratio"]
        ok = ok and ratio >= RATIO_GOAL
        head = [
            "closed loop",
            "chargers",
            "console calls/s",
            "serve calls/s",
            "console / serve",
            "every round's ratio",
            f"goal ≥ {RATIO_GOAL:g}",
            "console CPU %",
            "serve CPU %",
            "other load · load avg (console run)",
            "other load · load avg (serve run)",
        ]
        rows = [
            [
                f"{a.closed_mix} mix",
                str(a.closed_chargers),
                f"{cps:,.0f}",
                f"{sps:,.0f}",
                f"{ratio:.3f}",
                " ".join(f"{r:.2f}" for r in c["ratios"]),
                "yes" if ratio >= RATIO_GOAL else "NO",
                f"{console['server_cpu_pct']:.0f}",
                f"{serve['server_cpu_pct']:.0f}",
                _other(console),
                _other(serve),
            ]
        ]
        out.append((head, rows))
    return out, ok


def record_current(
    a: argparse.Namespace, o: dict[str, Any] | None, c: dict[str, Any] | None, command: str
) -> None:
    """The goals' figures in the table of current figures, when this run measured them at the goals' sizes."""
    values: dict[str, float] = {}
    detail: dict[str, str] = {}
    if o is not None and a.chargers == 2000 and a.rate == 0.1 and a.duration >= 30 and a.page == "Dashboard":
        lat, lags = o["load"]["latency_ms"], o["lag_ms"]
        busy = f"other load {_other(o)}"
        values["console_2000_reply_p99"] = lat["p99"]
        detail["console_2000_reply_p99"] = (
            f"p50 {lat['p50']:.1f} ms, {o['load']['errors_total']} errors; {busy}"
        )
        values["console_2000_lag_p99"] = pct(lags, 99)
        detail["console_2000_lag_p99"] = f"max {max(lags, default=float('nan')):.1f} ms; {busy}"
    if (
        c is not None
        and a.closed_chargers == 100
        and a.closed_rounds >= 3
        and a.closed_mix == "transaction"
        and a.page == "Dashboard"
    ):
        values["console_serve"] = c["ratio"]
        detail["console_serve"] = (
            f"{c['console']['load']['calls_per_s']:,.0f} / {c['serve']['load']['calls_per_s']:,.0f} calls/s, "
            f"median of rounds {' '.join(f'{r:.2f}' for r in c['ratios'])}"
        )
    if values:
        current.record(values, command=command, detail=detail)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.console_loop", description=__doc__.split("\n\n")[0])
    p.add_argument("--chargers", type=int, default=2000)
    p.add_argument("--rate", type=float, default=0.1, help="calls per second per charger (open loop)")
    p.add_argument("--duration", type=float, default=30.0, help="measured seconds (open loop)")
    p.add_argument("--warmup", type=float, default=3.0)
    p.add_argument("--closed-chargers", type=int, default=100)
    p.add_argument("--closed-duration", type=float, default=10.0)
    p.add_argument(
        "--closed-mix",
        choices=("transaction", "session", "heartbeat"),
        default="transaction",
        help="bench.load's mix in the closed loop (default: transaction, issue #16's transaction-heavy cycle)",
    )
    p.add_argument(
        "--closed-rounds",
        type=int,
        default=3,
        help="rounds of console-then-serve; the median round is reported (default 3)",
    )
    p.add_argument("--sessions", type=int, default=50_000, help="sessions in the database")
    p.add_argument("--page", default="Dashboard", help="the page shown in the console (default: Dashboard)")
    p.add_argument("--only", choices=("open", "closed"), default=None, help="run one of the two phases only")
    p.add_argument(
        "--profile",
        default=None,
        metavar="PREFIX",
        help="cProfile the consoles: PREFIX-open.prof, PREFIX-closed.prof (slows them down)",
    )
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--output", type=Path, default=report.DOC)
    a = p.parse_args(argv)
    raise_fd_limit()
    command = " ".join(
        [
            report.display_python(),
            "-m",
            "bench.console_loop",
            *map(shlex.quote, argv if argv is not None else sys.argv[1:]),
        ]
    )
    load_before = os.getloadavg()[0]
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-console-loop-"))
    o = c = None
    try:
        base = prepare(workdir, a.sessions, max(a.chargers, a.closed_chargers))
        if a.only in (None, "open"):
            print(
                f"bench.console_loop: open loop, {a.chargers} chargers × {a.rate:g} call/s, {a.duration:g} s, "
                f"{a.page} shown …",
                flush=True,
            )
            o = open_loop(base, workdir, a)
        if a.only in (None, "closed"):
            print(
                f"bench.console_loop: closed loop, {a.closed_chargers} chargers, console then serve …",
                flush=True,
            )
            c = closed_loop(base, workdir, a)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    parts, ok = tables(a, o, c)
    for head, rows in parts:
        print(report.text_table(head, rows))
        print()
    machine = report.machine()
    lines = [
        f"## Central system inside the console — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
        "",
        f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
        "",
        f"The console (`bench/console_loop.py`: offscreen, {a.page} page shown, 500 configured stations, "
        f"{a.sessions:,} sessions in SQLite) under `bench.load` in its own process. *Loop lag*: a task in the "
        "console sleeps 50 ms and records the overshoot, over the measured window. *Other load*: CPU the rest "
        "of the machine used during the load (% of one core); *load avg*: 1-minute load average at the end "
        f"(it includes this bench's own processes; {load_before:.2f} before the bench started). Closed loop: "
        f"{a.closed_rounds} round(s) of console then serve, each on a fresh copy of the database; the round with "
        "the median ratio is shown, every round's ratio beside it.",
        "",
    ]
    for head, rows in parts:
        lines += [report.markdown_table(head, rows), ""]
    if a.profile:
        lines += ["(profiled run: the figures are slowed by cProfile)", ""]
    if not a.no_write:
        report.write_doc("\n".join(lines), a.output)
        print(f"bench.console_loop: results written to {a.output}")
        record_current(a, o, c, current.command_line())  # as the other benches name it: python -m …
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
