"""Data at scale: computing the dashboard and exporting a year of sessions to CSV and XLSX, on a database of
1,000,000 sessions (500 stations, 5,000 users, 3 years) side by side with one of 100 sessions.

The database is the sessions-view benchmark's generator (:mod:`bench.sessions_view`, reused with ``--db`` when
its shape matches). What is timed:

* **dashboard**: the queries the Dashboard page runs when it (re)loads — every station with its connectors and
  live state, energy and revenue today and this month, sessions running, energy per day for 30 days — each and
  in total (these run on the GUI thread when the page reloads, so their sum is what the operator waits for);
* **export a year**: :func:`app.services.reports.exports.export_sessions` for the last full calendar year in the data,
  to CSV and to XLSX (the same code as ``chargedesk sessions export`` and the Sessions page's export), with the
  file size and the peak memory of the process.

* **export everything** (issue 16's goal figures): all sessions of the big database to CSV and to XLSX, each in
  a fresh process of its own (so one format's memory does not hide in the other's peak), with ``--compare-old``
  also the exporter as it was before issue 16 (``tests/integration/sessions_export_v1.py``) side by side. Two
  times per export: the **export call** (wall time around ``export_sessions``, the database already open) and
  the **process total** (the parent's wall time around the child: interpreter start, importing pandas,
  SQLAlchemy and the app, opening the database, the export, exit). The goal figure is the export call: the
  operator exports from the console or a CLI whose process and imports are already there, and "the export
  took" is what they wait for after asking; the process total is printed beside it so the difference is seen.
  A run with ``--sessions 100000`` records ``export_csv_100k``, ``export_xlsx_100k`` (export calls) and
  ``export_peak_mb`` (the larger peak RSS of the two processes) in the current-figures table.

Usage: ``python -m bench.data_bench [--sessions 1000000 --db /tmp/sv-1m.db] [--compare-old] [--no-write]``;
issue 16's export goal: ``python -m bench.data_bench --sessions 100000 --db /tmp/export-100k-v2.db --compare-old``
(``-v2``: the generator now stores price breakdowns with their export block, as pricing does; a file made by
the earlier generator is regenerated, under a new name so that older checkouts keep theirs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import current, report
from bench.sessions_view import Shape, existing_shape, generate


def _timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Best of ``repeat`` runs in ms (the first warms the statement caches), and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best, result


def dashboard_steps(url: str, tz: str = "Europe/Zurich") -> dict[str, float]:
    from app.db import Database
    from app.services.reports import overview

    db = Database(url)
    out: dict[str, float] = {}
    try:
        with db.session() as s:
            day, month, now = overview.day_bounds(tz)
            end = now + dt.timedelta(seconds=1)
            steps: list[tuple[str, Callable[[], Any]]] = [
                ("stations and connectors", lambda: overview.stations(s)),
                ("energy and revenue today", lambda: overview.totals(s, day, end)),
                ("energy and revenue this month", lambda: overview.totals(s, month, end)),
                ("sessions running", lambda: overview.active_sessions(s)),
                ("energy per day, 30 days", lambda: overview.energy_per_day(s, tz, 30)),
            ]
            for name, fn in steps:
                out[name], _ = _timed(fn)
        out["dashboard total"] = sum(out.values())
    finally:
        db.dispose()
    return out


def export_year(url: str, year: int, out_dir: Path, fmt: str) -> tuple[float, int, float]:
    """ms, sessions written, MB of the file."""
    from app.db import Database
    from app.services.reports.exports import export_sessions

    db = Database(url)
    path = out_dir / f"sessions-{year}.{fmt}"
    try:
        with db.session() as s:
            t0 = time.perf_counter()
            n = export_sessions(s, path, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
            ms = (time.perf_counter() - t0) * 1000
    finally:
        db.dispose()
    size = path.stat().st_size / 1e6
    path.unlink()
    return ms, n, size


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


GOAL_SESSIONS = 100_000  # issue 16: "export 100,000 sessions"


def export_all(url: str, fmt: str, out_dir: Path, old: bool = False) -> dict[str, float]:
    """Every session exported to ``fmt`` in a fresh process: seconds (the export call), process_seconds (the
    child's whole life, measured here), sessions, MB of the file, peak RSS MB."""
    args = [sys.executable, "-m", "bench.data_bench", "--export-child", fmt, "--child-url", url]
    args += ["--child-dir", str(out_dir)] + (["--child-old"] if old else [])
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(report.ROOT), os.environ.get("PYTHONPATH")])),
    }
    t0 = time.perf_counter()
    done = subprocess.run(args, check=True, capture_output=True, text=True, env=env, cwd=report.ROOT)
    process_seconds = time.perf_counter() - t0
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "process_seconds": process_seconds}


def _export_child(fmt: str, url: str, out_dir: Path, old: bool) -> int:
    """The child of :func:`export_all`: one export, its figures as one JSON line on stdout."""
    from app.db import Database

    if old:
        from tests.integration.sessions_export_v1 import export_sessions
    else:
        from app.services.reports.exports import export_sessions
    db = Database(url)
    path = out_dir / f"all-{'old' if old else 'new'}.{fmt}"
    try:
        with db.session() as s:
            t0, c0 = time.perf_counter(), time.process_time()
            n = export_sessions(s, path)
            seconds, cpu_seconds = time.perf_counter() - t0, time.process_time() - c0
    finally:
        db.dispose()
    size = path.stat().st_size / 1e6
    path.unlink()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "sessions": n,
                "file_mb": size,
                "peak_mb": _peak_mb(),
            }
        )
    )
    return 0


def _other_load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} / {five:.2f} (1 / 5 min)"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.data_bench", description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sessions", type=int, default=20_000, help="sessions in the big database (default 20,000)"
    )
    p.add_argument("--stations", type=int, default=500)
    p.add_argument("--users", type=int, default=5000)
    p.add_argument("--years", type=float, default=3.0)
    p.add_argument("--baseline", type=int, default=100)
    p.add_argument("--db", type=Path, help="keep the big database here and reuse it when its shape matches")
    p.add_argument("--no-xlsx", action="store_true", help="skip the XLSX export (slow at full size)")
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    p.add_argument(
        "--compare-old", action="store_true", help="also export everything with the pre-issue-16 exporter"
    )
    p.add_argument("--export-child", choices=("csv", "xlsx"), help=argparse.SUPPRESS)
    p.add_argument("--child-url", help=argparse.SUPPRESS)
    p.add_argument("--child-dir", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--child-old", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.export_child:
        return _export_child(args.export_child, args.child_url, args.child_dir, args.child_old)

    work = Path(tempfile.mkdtemp(prefix="chargedesk-data-bench-"))
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    shape = Shape(args.sessions, args.stations, args.users, args.years, 0)
    big = args.db or work / f"sessions-{args.sessions}.db"
    if existing_shape(big) != shape.meta():
        print(f"generating {args.sessions:,} sessions into {big} …")
        generate(big, shape, now)
    else:
        print(f"reusing {big} ({big.stat().st_size / 1e6:,.0f} MB)")
    small = work / "sessions-small.db"
    generate(small, Shape(args.baseline, args.stations, args.users, args.years, 0), now, say=lambda _s: None)
    year = now.year - 1  # the last full calendar year in the data
    import app.services.reports.exports  # noqa: F401  (pandas' import is not the export's cost)

    results: dict[str, dict[str, float]] = {}
    facts: dict[str, Any] = {}
    for label, path in (("big", big), ("small", small)):
        url = f"sqlite:///{path}"
        print(f"dashboard queries, {label} database …")
        results[label] = dashboard_steps(url)
        for fmt in ("csv",) + (() if args.no_xlsx else ("xlsx",)):
            print(f"export {year} to {fmt.upper()}, {label} database …")
            ms, n, size = export_year(url, year, work, fmt)
            results[label][f"export {year} to {fmt.upper()}"] = ms
            facts[f"{label}_{fmt}"] = (n, size)
        facts[f"{label}_peak"] = _peak_mb()

    everything: dict[tuple[str, str], dict[str, float]] = {}
    for fmt in ("csv", "xlsx"):
        for old in (False, True) if args.compare_old else (False,):
            print(
                f"export all {args.sessions:,} sessions to {fmt.upper()}{' (old exporter)' if old else ''} …"
            )
            everything[(fmt, "old" if old else "new")] = export_all(f"sqlite:///{big}", fmt, work, old)
    load_after = _other_load()

    head = ["step", f"{args.sessions:,} sessions ms", f"{args.baseline} sessions ms", "ratio"]
    rows = []
    for step, ms in results["big"].items():
        other = results["small"].get(step)
        rows.append(
            [
                step,
                f"{ms:,.1f}" if ms < 1000 else f"{ms:,.0f}",
                "" if other is None else f"{other:,.1f}",
                "" if not other else f"{ms / other:.1f}×",
            ]
        )
    lines = []
    for fmt in ("csv", "xlsx"):
        if f"big_{fmt}" in facts:
            n, size = facts[f"big_{fmt}"]
            ms = results["big"][f"export {year} to {fmt.upper()}"]
            lines.append(f"{fmt.upper()}: {n:,} sessions, {size:,.1f} MB, {n / (ms / 1000):,.0f} sessions/s")
    summary = "; ".join(lines) + f"; peak RSS of the process {facts['big_peak']:,.0f} MB"
    all_head = [
        "export all sessions",
        "export call s",
        "its CPU s",
        "sessions/s",
        "process total s",
        "file MB",
        "peak RSS MB (its own process)",
    ]
    all_rows = []
    for (fmt, which), fig in everything.items():
        all_rows.append(
            [
                f"{fmt.upper()}, {'before issue 16' if which == 'old' else 'now'}",
                f"{fig['seconds']:.2f}",
                f"{fig['cpu_seconds']:.2f}",
                f"{fig['sessions'] / fig['seconds']:,.0f}",
                f"{fig['process_seconds']:.2f}",
                f"{fig['file_mb']:.1f}",
                f"{fig['peak_mb']:.0f}",
            ]
        )
    print()
    print(report.text_table(head, rows))
    print(summary)
    print()
    print(report.text_table(all_head, all_rows))
    print(f"machine while exporting: {load_after}")
    if args.no_write:
        return 0
    csv_new, xlsx_new = everything[("csv", "new")], everything[("xlsx", "new")]
    if args.sessions == GOAL_SESSIONS and csv_new["sessions"] == GOAL_SESSIONS:
        peak = max(csv_new["peak_mb"], xlsx_new["peak_mb"])
        before = {k: everything.get((k, "old")) for k in ("csv", "xlsx")}

        def was(fmt: str, key: str, unit: str) -> str:
            fig = before[fmt]
            return "" if fig is None else f"; before issue 16 {fig[key]:.2f} {unit}"

        def proc(fmt: str) -> str:
            fig = everything[(fmt, "new")]
            return f"; CPU {fig['cpu_seconds']:.2f} s; process total {fig['process_seconds']:.2f} s"

        current.record(
            {
                "export_csv_100k": csv_new["seconds"],
                "export_xlsx_100k": xlsx_new["seconds"],
                "export_peak_mb": peak,
            },
            detail={
                "export_csv_100k": f"export call, {GOAL_SESSIONS / csv_new['seconds']:,.0f} sessions/s"
                f"{proc('csv')}{was('csv', 'seconds', 's')}",
                "export_xlsx_100k": f"export call, {GOAL_SESSIONS / xlsx_new['seconds']:,.0f} sessions/s"
                f"{proc('xlsx')}{was('xlsx', 'seconds', 's')}",
                "export_peak_mb": f"CSV {csv_new['peak_mb']:.0f} MB, XLSX {xlsx_new['peak_mb']:.0f} MB; {load_after}",
            },
            doc=args.output,
        )
    info = report.machine()
    shown = " ".join(argv if argv is not None else sys.argv[1:])
    section = "\n".join(
        [
            f"## {now:%Y-%m-%d %H:%M} UTC — data: dashboard and a year's export, {args.sessions:,} sessions",
            "",
            f"- Command: `{report.display_python()} -m bench.data_bench {shown}`",
            f"- Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; {info['os']}; {info['python']}",
            f"- Packages: {info['packages']}; commit {info['commit']}",
            f"- Data: SQLite, {args.stations} stations, {args.users:,} users, {args.sessions:,} sessions over "
            f"{args.years:g} years (bench.sessions_view's generator), side by side with {args.baseline} sessions. "
            "Dashboard: best of 3 (warm statement caches), these queries run when the Dashboard page reloads. "
            f"Export: the calendar year {year}, one run, file written then deleted.",
            "",
            report.markdown_table(head, rows),
            "",
            f"- {summary}",
            "",
            f"Every session exported, each format in a fresh process of its own ({load_after} at the end). "
            "Export call: wall time around export_sessions (the goal figure: the console's process is already "
            "running); process total: the child's whole life, interpreter start and imports included:",
            "",
            report.markdown_table(all_head, all_rows),
            "",
        ]
    )
    report.write_doc(section, args.output)
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
