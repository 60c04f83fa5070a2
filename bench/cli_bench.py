"""Wall time of a command-line call: ``chargedesk access explain`` in a fresh process, on a realistic database.

    .venv/bin/python -m bench.cli_bench                                # 5 runs, 100,000 sessions (as bench.startup)
    .venv/bin/python -m bench.cli_bench --runs 9 --db /tmp/cli.db --no-write

Each run starts ``python -m app --db URL access explain --station ST-0001 --tag <a registered user's tag>`` (what a
technician types) and measures from just before the process is started to its exit; the median of the runs is
the figure (min and max beside it). One untimed run first warms the OS page cache. Side by side, in the same
rounds: the floor, ``python -c pass`` (the interpreter alone), so a reader sees how much of the time is ours.

:mod:`bench.startup` runs this on its own 100,000-session database and records ``access_explain`` with its cold
start figure; run alone at 100,000 sessions it records it too (``--no-write`` leaves the documents alone).
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import resource
import shlex
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import report

GOAL_SESSIONS = 100_000
STATION = "ST-0001"


# --- the machine's other load ---------------------------------------------------------------------------------


def machine_busy_s() -> float:
    """CPU seconds the whole machine has been busy (/proc/stat: everything but idle and iowait)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError, IndexError):
        return 0.0
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _ours_s() -> float:
    """CPU seconds of this process and its finished children (the processes measured)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class OtherLoad:
    """What the rest of the machine used while we measured, in % of one core, and the load average."""

    busy0: float = field(default_factory=machine_busy_s)
    ours0: float = field(default_factory=_ours_s)
    wall0: float = field(default_factory=time.perf_counter)
    loadavg0: float = field(default_factory=lambda: os.getloadavg()[0])

    def result(self) -> dict[str, float]:
        wall = time.perf_counter() - self.wall0
        other = max(0.0, (machine_busy_s() - self.busy0) - (_ours_s() - self.ours0))
        return {
            "other_pct": other / wall * 100 if wall > 0 else 0.0,
            "loadavg_before": self.loadavg0,
            "loadavg_after": os.getloadavg()[0],
        }


def describe_load(load: dict[str, float]) -> str:
    busy = " (the machine was not quiet: the figures are pessimistic)" if load["other_pct"] > 25 else ""
    return (
        f"other processes used {load['other_pct']:.0f}% of a core meanwhile, load average "
        f"{load['loadavg_before']:.2f} → {load['loadavg_after']:.2f}{busy}"
    )


# --- bytecode, as an installed package has it -----------------------------------------------------------------


def compile_app() -> None:
    """Write ``app``'s bytecode (``__pycache__``), as ``pip install`` or a packaged build does. Without it (a
    source checkout with ``PYTHONDONTWRITEBYTECODE`` set) every process compiles every module it imports, and
    the benchmark would measure the compiler, not the start-up a user gets."""
    compileall.compile_dir(report.ROOT / "app", quiet=1)


# --- the runs -----------------------------------------------------------------------------------------------


def registered_tag(db_path: Path) -> str:
    """An idTag of a user (the generator's users each have one)."""
    con = sqlite3.connect(db_path)
    try:
        row = con.execute("SELECT id_tag FROM id_tags ORDER BY id LIMIT 1").fetchone()
    finally:
        con.close()
    if row is None:
        raise RuntimeError(f"{db_path} has no idTag")
    return str(row[0])


def explain_argv(db_url: str, tag: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "app",
        "--db",
        db_url,
        "access",
        "explain",
        "--station",
        STATION,
        "--tag",
        tag,
    ]


def wall_time(argv: list[str], env: dict[str, str], expect: str) -> float:
    """Seconds from just before the process starts to its exit; its output must contain ``expect``."""
    t0 = time.perf_counter()
    done = subprocess.run(argv, cwd=report.ROOT, env=env, capture_output=True, text=True, timeout=120)
    wall = time.perf_counter() - t0
    if done.returncode != 0 or expect not in done.stdout:
        tail = " / ".join((done.stderr.strip() or done.stdout.strip()).splitlines()[-4:])
        raise RuntimeError(f"{shlex.join(argv[1:])} failed (exit status {done.returncode}): {tail}")
    return wall


def measure(db_path: Path, workdir: Path, runs: int) -> dict[str, Any]:
    """``runs`` timed calls of ``access explain`` on ``db_path`` and as many of the floor, interleaved."""
    env = dict(os.environ, PYTHONUNBUFFERED="1", CHARGEDESK_DATA_DIR=str(workdir / "data"))
    env.pop("CHARGEDESK_DATABASE_URL", None)
    argv = explain_argv(f"sqlite:///{db_path}", registered_tag(db_path))
    floor_argv = [sys.executable, "-c", "pass"]
    wall_time(argv, env, f"tag {argv[-1]}")  # untimed: the page cache
    load = OtherLoad()
    explain: list[float] = []
    floor: list[float] = []
    for _ in range(runs):
        explain.append(wall_time(argv, env, f"tag {argv[-1]}"))
        floor.append(wall_time(floor_argv, env, ""))
    return {
        "command": shlex.join(["python", *argv[1:]]),
        "runs": explain,
        "floor_runs": floor,
        "median_s": statistics.median(explain),
        "floor_median_s": statistics.median(floor),
        "load": load.result(),
    }


def table(result: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    head = ["command", "runs", "median s", "min s", "max s"]
    rows = []
    for name, key in (("chargedesk access explain", "runs"), ("python -c pass (the floor)", "floor_runs")):
        t = result[key]
        rows.append([name, str(len(t)), f"{statistics.median(t):.3f}", f"{min(t):.3f}", f"{max(t):.3f}"])
    return head, rows


def section(result: dict[str, Any], sessions: int, command: str) -> str:
    head, rows = table(result)
    machine = report.machine()
    return "\n".join(
        [
            f"## `chargedesk access explain` — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
            "",
            f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
            "",
            f"Wall time of `{result['command']}` on a database of 500 stations, 5,000 users and {sessions:,} "
            "sessions (`bench/cli_bench.py`), a fresh process per run, from start to exit; median of the runs, "
            f"the interpreter alone beside it. {describe_load(result['load']).capitalize()}.",
            "",
            report.markdown_table(head, rows),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.cli_bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--sessions", type=int, default=GOAL_SESSIONS, help="sessions in the generated database")
    p.add_argument("--db", type=Path, default=None, help="reuse (or create) this SQLite file")
    p.add_argument("--no-write", action="store_true", help="leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    args = p.parse_args(argv)
    command = " ".join(
        [report.display_python(), "-m", "bench.cli_bench", *map(shlex.quote, argv or sys.argv[1:])]
    )
    compile_app()
    with tempfile.TemporaryDirectory(prefix="chargedesk-cli-") as tmp:
        workdir = Path(tmp)
        db_path = args.db or workdir / "cli.db"
        if args.db is None or not _has_shape(args.db, args.sessions):
            from bench.startup import make_database

            make_database(db_path, args.sessions)
        result = measure(db_path, workdir, args.runs)
    head, rows = table(result)
    print(report.text_table(head, rows))
    print(describe_load(result["load"]))
    if not args.no_write:
        report.write_doc(section(result, args.sessions, command), args.output)
        if args.sessions == GOAL_SESSIONS:
            from bench import current

            current.record({"access_explain": result["median_s"]}, detail=detail(result))
        print(f"bench.cli_bench: results written to {args.output}")
    return 0


def detail(result: dict[str, Any]) -> dict[str, str]:
    return {
        "access_explain": f"median of {len(result['runs'])}; python -c pass {result['floor_median_s']:.2f} s; "
        f"other load {result['load']['other_pct']:.0f}%"
    }


def _has_shape(path: Path, sessions: int) -> bool:
    from bench.sessions_view import Shape, existing_shape

    return existing_shape(path) == Shape(sessions=sessions).meta()


if __name__ == "__main__":
    sys.exit(main())
