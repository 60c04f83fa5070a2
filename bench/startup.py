"""Cold start of the console: from ``exec`` of a fresh Python process to a usable window.

    .venv/bin/python -m bench.startup                       # 5 runs each: an empty database, a realistic one
    .venv/bin/python -m bench.startup --runs 9 --sessions 200000
    .venv/bin/python -m bench.startup --runs 3 --sessions 20000 --no-write      # the `make bench` size

Each run starts ``python -m bench.startup --child`` (offscreen Qt): it runs the console's own start-up path
(:func:`app.main.run_console`: QApplication, qasync loop, preferences, database opened and migrated, central
system, main window) and, once the window is shown, the central system listens and the event loop has
processed the first round of events (the window painted, the pages' first loads queued), prints ``READY`` with
the wall-clock time and closes the window (the staged shutdown runs, not measured). The parent notes the
wall-clock time just before it starts the process: **ready** is the difference, what a user waits for after
double-clicking. The child also reports how long its imports took and when ``Console.start`` began and ended.

Two databases, each in a fresh temporary directory (its own QSettings and data directory): an empty one (the
migrations run on the first start, which is measured separately as "first start") and a realistic one made by
:mod:`bench.sessions_view` (3 sites, 500 stations with 2 connectors, 5,000 users, N sessions over 3 years).
The median of the runs is reported (min and max too); the OS page cache is warm after the first run. On the
realistic database :mod:`bench.cli_bench` then times ``chargedesk access explain`` (as many runs). At 100,000
sessions (the issue's size) both medians are recorded in the current figures (``bench.current``) unless
``--no-write``.

The child mode is also what :mod:`bench.console_loop` runs (with ``--stay`` it keeps running until SIGTERM).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import report

READY = "READY "


# --- the child: the console's own start-up, instrumented ----------------------------------------------------


def child_main(args: argparse.Namespace) -> int:
    t_exec = float(os.environ.get("BENCH_T_EXEC", "0")) or time.time()
    t0 = time.time()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from app import config
    from app import main as console_main

    t_imported = time.time()
    marks: dict[str, float] = {"python_startup": t0 - t_exec, "imports_app_main": t_imported - t0}
    original_start = console_main.Console.start

    async def start(self: Any) -> None:
        marks["console_start_at"] = time.time() - t_exec
        await original_start(self)
        marks["console_started_at"] = time.time() - t_exec
        await asyncio.sleep(0)  # let the loop run what the start queued (first paint, first loads)
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        window = self.window
        listening = bool(self.central is not None and self.central.started and self.central.port)
        info = {
            "t": time.time(),
            "visible": bool(window.isVisible()),
            "listening": listening,
            "port": self.central.port if listening else None,
            "marks": marks,
            "listening_text": window.listening.text(),
        }
        if args.stay:
            await _stay_setup(self, args, info)
        if listening:  # the line bench's Server waits for (as `serve` prints it); before READY, which has the
            # status bar's text in it
            print(f"console listening on ws://127.0.0.1:{self.central.port}/ocpp/{{id}}", flush=True)
        print(READY + json.dumps(info), flush=True)
        if not args.stay:
            asyncio.get_running_loop().call_soon(self.request_close)

    console_main.Console.start = start  # type: ignore[method-assign]

    async def no_first_start(self: Any, services: Any) -> bool:
        return True  # the empty database's first-start set-up waits for a person: the window is what is timed

    console_main.Console.first_start = no_first_start  # type: ignore[method-assign]
    if os.environ.get("BENCH_QASYNC_LOOP"):  # an experiment: qasync's own loop instead of the console's
        import qasync

        from app.views.shell import event_loop

        event_loop.ConsoleEventLoop = qasync.QEventLoop  # type: ignore[misc]
    settings = config.load(args.db)
    profile_to = os.environ.get("BENCH_PROFILE")  # a cProfile of the whole run, for finding what is slow
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        try:
            return int(
                profiler.runcall(console_main.run_console, settings, cli_db=args.db, argv=[sys.argv[0]])
            )
        finally:
            profiler.dump_stats(profile_to)
    return console_main.run_console(settings, cli_db=args.db, argv=[sys.argv[0]])


async def _stay_setup(console: Any, args: argparse.Namespace, info: dict[str, Any]) -> None:
    """For :mod:`bench.console_loop`: the dashboard page open, a loop-lag probe, its samples on exit."""
    window = console.window
    window.show_page(args.page)
    probe = LagProbe(interval_s=0.05)
    task = asyncio.get_running_loop().create_task(probe.run(), name="bench-lag-probe")
    gc_log = GcLog()
    console._bench_probe = (probe, task, gc_log)  # keep references
    out = Path(args.lag_out) if args.lag_out else None

    def dump() -> None:
        gc_log.stop()
        if out is not None:
            out.write_text(
                json.dumps(
                    {
                        "lag_ms": probe.samples_ms,
                        "at": probe.samples_at,
                        "marks": probe.marks,
                        "gc": gc_log.collections,
                        "gc_objects": gc_log.objects,
                    }
                ),
                encoding="utf-8",
            )

    window.closing.connect(dump)


class GcLog:
    """The garbage collector's passes in the console: ``(time.time() at the end, duration ms, generation)``."""

    def __init__(self) -> None:
        import gc

        self.collections: list[tuple[float, float, int]] = []
        self.objects = len(gc.get_objects())  # tracked objects once the window is up
        self._t0 = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._t0 = time.perf_counter()
        else:
            self.collections.append(
                (time.time(), (time.perf_counter() - self._t0) * 1000, info["generation"])
            )

    def stop(self) -> None:
        import gc

        if self._callback in gc.callbacks:
            gc.callbacks.remove(self._callback)


class LagProbe:
    """Sleeps ``interval_s`` again and again and records by how much each sleep overshot (the loop's lag)."""

    def __init__(self, interval_s: float = 0.05) -> None:
        self.interval_s = interval_s
        self.samples_ms: list[float] = []
        self.samples_at: list[float] = []  # time.time() at the end of each sample (to select a window)
        self.marks: list[tuple[float, int]] = []  # (time.time(), sample index) when asked to mark
        self.recording = True

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            t = loop.time()
            await asyncio.sleep(self.interval_s)
            lag = (loop.time() - t - self.interval_s) * 1000
            if self.recording:
                self.samples_ms.append(max(0.0, lag))
                self.samples_at.append(time.time())


# --- the parent --------------------------------------------------------------------------------------------


def child_env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6", PYTHONUNBUFFERED="1")
    env["XDG_CONFIG_HOME"] = str(workdir / "config")  # QSettings of this run only
    env["CHARGEDESK_DATA_DIR"] = str(workdir / "data")
    env["CHARGEDESK_OCPP_HOST"] = "127.0.0.1"
    env["CHARGEDESK_OCPP_PORT"] = "0"
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    return env


def start_once(db_url: str, workdir: Path, timeout: float = 180.0) -> dict[str, Any]:
    """One cold start; the child's READY record with ``ready_s`` (exec → usable window) added."""
    env = child_env(workdir)
    t_exec = time.time()
    env["BENCH_T_EXEC"] = repr(t_exec)
    done = subprocess.run(
        [sys.executable, "-m", "bench.startup", "--child", "--db", db_url],
        cwd=report.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith(READY)), None)
    if line is None:
        tail = " / ".join((done.stderr.strip() or done.stdout.strip()).splitlines()[-4:])
        raise RuntimeError(f"the console did not start (exit status {done.returncode}): {tail}")
    info: dict[str, Any] = json.loads(line[len(READY) :])
    if not (info["visible"] and info["listening"]):
        raise RuntimeError(f"not usable at READY: {info}")
    info["ready_s"] = info["t"] - t_exec
    info["exit_status"] = done.returncode
    return info


def make_database(path: Path, sessions: int) -> float:
    """A realistic database (bench.sessions_view's generator); returns its size in MB."""
    from bench.sessions_view import Shape, generate

    generate(path, Shape(sessions=sessions), dt.datetime.now(dt.UTC), say=lambda _s: None)
    return path.stat().st_size / 1e6


def run(runs: int, sessions: int) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The start-up cases, and :mod:`bench.cli_bench`'s ``access explain`` on the realistic database."""
    from bench import cli_bench

    results = []
    with tempfile.TemporaryDirectory(prefix="chargedesk-startup-") as tmp:
        root = Path(tmp)
        # an empty database: the first start migrates it, the later ones open it
        empty_dir = root / "empty"
        empty_dir.mkdir()
        empty_url = f"sqlite:///{empty_dir / 'console.db'}"
        first = start_once(empty_url, empty_dir)
        results.append(
            {
                "case": "first start (new database: migrations run)",
                "runs": [first["ready_s"]],
                "detail": first,
            }
        )
        times = [start_once(empty_url, empty_dir)["ready_s"] for _ in range(runs)]
        results.append({"case": "empty database", "runs": times})
        # a realistic one
        big_dir = root / "big"
        big_dir.mkdir()
        size = make_database(big_dir / "console.db", sessions)
        big_url = f"sqlite:///{big_dir / 'console.db'}"
        infos = [start_once(big_url, big_dir) for _ in range(runs)]
        results.append(
            {
                "case": f"500 stations, 5,000 users, {sessions:,} sessions ({size:,.0f} MB)",
                "runs": [i["ready_s"] for i in infos],
                "detail": infos[len(infos) // 2],
            }
        )
        cli = cli_bench.measure(big_dir / "console.db", big_dir, runs)
    return results, cli


def table(results: list[dict[str, Any]]) -> tuple[list[str], list[list[str]]]:
    head = ["database", "runs", "median s", "min s", "max s", "imports s", "Console.start s"]
    rows = []
    for r in results:
        t = r["runs"]
        marks = (r.get("detail") or {}).get("marks", {})
        imports = marks.get("python_startup", 0) + marks.get("imports_app_main", 0)
        start = marks.get("console_started_at", 0) - marks.get("console_start_at", 0)
        rows.append(
            [
                r["case"],
                str(len(t)),
                f"{statistics.median(t):.2f}",
                f"{min(t):.2f}",
                f"{max(t):.2f}",
                f"{imports:.2f}" if marks else "",
                f"{start:.2f}" if marks else "",
            ]
        )
    return head, rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.startup", description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--sessions", type=int, default=100_000, help="sessions in the realistic database")
    p.add_argument("--no-write", action="store_true", help="leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--stay", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--db", default=None, help=argparse.SUPPRESS)
    p.add_argument("--page", default="Dashboard", help=argparse.SUPPRESS)
    p.add_argument("--lag-out", default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child_main(args)
    command = " ".join(
        [report.display_python(), "-m", "bench.startup", *map(shlex.quote, argv or sys.argv[1:])]
    )
    print(
        f"bench.startup: {args.runs} runs per database, realistic database with {args.sessions:,} sessions",
        flush=True,
    )
    from bench import cli_bench

    cli_bench.compile_app()  # app's bytecode, as an installed package has it (see cli_bench.compile_app)
    load = cli_bench.OtherLoad()
    results, cli = run(args.runs, args.sessions)
    machine_load = load.result()
    head, rows = table(results)
    print(report.text_table(head, rows))
    cli_head, cli_rows = cli_bench.table(cli)
    print(report.text_table(cli_head, cli_rows))
    print(cli_bench.describe_load(machine_load))
    machine = report.machine()
    section = "\n".join(
        [
            f"## Console cold start — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
            "",
            f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
            "",
            "From `exec` of a fresh process to the main window shown with the central system listening "
            "(`bench/startup.py`: the console's own `run_console`, offscreen Qt); median of the runs. "
            "*imports* is Python start-up plus importing the composition root; *Console.start* opens the database, "
            "builds the central system and every page and starts listening. `app`'s bytecode is compiled "
            "first, as an installed package has it. "
            f"{cli_bench.describe_load(machine_load).capitalize()}.",
            "",
            report.markdown_table(head, rows),
            "",
            f"On the same {args.sessions:,}-session database, `{cli['command']}` "
            "(`bench/cli_bench.py`: a fresh process per run, start to exit), the interpreter alone beside it:",
            "",
            report.markdown_table(cli_head, cli_rows),
            "",
        ]
    )
    if not args.no_write:
        report.write_doc(section, args.output)
        if args.sessions == cli_bench.GOAL_SESSIONS:
            from bench import current

            big = results[-1]["runs"]
            other = f"other load {machine_load['other_pct']:.0f}%"
            current.record(
                {"cold_start_100k": statistics.median(big), "access_explain": cli["median_s"]},
                detail={
                    "cold_start_100k": f"median of {len(big)}; empty database "
                    f"{statistics.median(results[1]['runs']):.2f} s; {other}",
                    **cli_bench.detail(cli),
                },
            )
        print(f"bench.startup: results written to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
