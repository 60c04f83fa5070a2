"""The closed-loop throughput run of ``chargedesk serve`` on PostgreSQL (loopback), side by side with SQLite.

    python -m bench.pg_throughput                          # 100 chargers, 10 s each
    python -m bench.pg_throughput --small                  # 20 chargers, 3 s each
    python -m bench.pg_throughput --pg-serves 2            # two serve processes share the database and chargers
    python -m bench --pg --repeat 3 --wait-quiet 30        # the same through the main runner

A throwaway PostgreSQL cluster is started from the installed server binaries (``tests/helpers/pgcluster.py``:
initdb, fsync on, synchronous_commit on, 127.0.0.1); serve runs once on a fresh database there and once on a fresh
SQLite file, each with a station per charger and one user per charger holding the charger's idTag
(``bench.faults.common.prepare_database``: serve refuses more than a few unknown charge point ids from one
address), under the same ``bench.load`` closed loop (``--mix``: issue 16's ``transaction`` mix by default), one
after the other (interleaved rounds with ``--repeat``). Same columns as ``python -m bench``; the ratio PostgreSQL /
SQLite is printed and written to ``docs/benchmarks.md``; a run of the transaction mix at 100 chargers (not
``--small``, one serve) also records it as ``pg_sqlite_tx`` in the current figures (``bench/current.py``).

The PostgreSQL server's CPU (postmaster and backends) is sampled over the measured window like serve's, and the notes
say what the CPU per call of serve, PostgreSQL and the client allows at most: serve alone on one core (one process,
one GIL, whether its storage work runs on a thread or on the event loop) and all three on every core of the machine
(however the work were split into processes). ``--pg-serves K`` runs K serve processes on the one database, the
chargers spread over them in turn: the best a serve split into processes could do, without the cost of its IPC.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench import report
from bench.__main__ import (
    BUSY_MACHINE_PCT,
    ProcessSampler,
    Server,
    ServerFailed,
    Settings,
    children_cpu_s,
    free_port,
    machine_busy_s,
    run_load,
    wait_for_quiet,
)
from bench.faults.common import StationSpec, load_average, pg_cluster, prepare_database, serve_argv
from bench.load import MIXES, raise_fd_limit

SQLITE, PG = "serve (SQLite)", "serve (PostgreSQL)"


def tree_cpu_s(pid: int | None) -> float:
    """CPU seconds of a process and its children (the PostgreSQL postmaster and its backends); 0 when unknown."""
    if pid is None:
        return 0.0
    try:
        import psutil

        root = psutil.Process(pid)
        total = 0.0
        for proc in [root, *root.children(recursive=True)]:
            try:
                t = proc.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        return total
    except Exception:  # no psutil or no such process: the figure is left out
        return 0.0


def postmaster_pid(cluster: object) -> int | None:
    try:
        return int((Path(cluster.datadir) / "postmaster.pid").read_text().split()[0])  # type: ignore[attr-defined]
    except (OSError, ValueError, IndexError, AttributeError):
        return None


# CPU used by the database server in each serve (PostgreSQL) run's measured window: % of one core, µs per call
DB_CPU: dict[str, list[tuple[float, float | None]]] = {}


def run_serve(
    name: str, db_url: str, s: Settings, workdir: Path, db_pid: int | None = None, serves: int = 1
) -> report.TargetResult:
    """One closed-loop run of serve on ``db_url`` (a fresh database), measured like ``python -m bench``'s targets;
    with ``db_pid`` the database server's CPU is measured too (and not counted as other load). With ``serves`` > 1,
    that many serve processes share the database and take the chargers in turn (their CPU and RSS summed)."""
    # every charger has its station (serve refuses more than a few unknown ids from one address) and one user
    # holding its idTag, so that sessions take the accepted path: rules evaluated, priced, stored
    prepare_database(
        db_url, [StationSpec(f"BENCH{i:06d}") for i in range(1, s.chargers + 1)], tags=s.chargers
    )
    remark = None
    servers: list[Server] = []
    urls: list[str] = []
    try:
        for k in range(serves):
            env = dict(
                os.environ,
                QT_QPA_PLATFORM="offscreen",
                QT_API="pyside6",
                PYTHONUNBUFFERED="1",
                CHARGEDESK_DATA_DIR=tempfile.mkdtemp(prefix="serve-", dir=workdir),
            )
            argv = serve_argv(db_url, free_port())
            label = name.replace(" ", "_").replace("(", "").replace(")", "").replace("×", "x")
            servers.append(
                Server(label + (f"_{k}" if serves > 1 else ""), argv, env, ready_timeout=120, workdir=workdir)
            )
            try:
                urls.append(servers[-1].start())
            except ServerFailed as exc:
                return report.TargetResult(name, skipped=str(exc), remark=remark)
        time.sleep(0.3)
        samplers = [ProcessSampler(server.pid) for server in servers]
        db_sampler = ProcessSampler(db_pid, cpu=tree_cpu_s) if db_pid is not None else None
        every = [*samplers, *([db_sampler] if db_sampler is not None else [])]
        for each in every:
            each.start()
        busy0, client0, wall0 = machine_busy_s(), children_cpu_s(), time.monotonic()
        try:
            load = run_load(",".join(urls), s)
        except Exception as exc:
            return report.TargetResult(name, skipped=str(exc))
        finally:
            for each in every:
                each.finish()
        busy1, client1, wall1 = machine_busy_s(), children_cpu_s(), time.monotonic()
    finally:
        for server in servers:
            server.stop()
    server_run = sum(x.samples[-1][1] - x.samples[0][1] for x in samplers)
    db_run = db_sampler.samples[-1][1] - db_sampler.samples[0][1] if db_sampler is not None else 0.0
    other = None
    if busy0 is not None and busy1 is not None:
        other = max(
            0.0, 100.0 * ((busy1 - busy0) - server_run - db_run - (client1 - client0)) / (wall1 - wall0)
        )
    start, end = load["window_unix"]
    if db_sampler is not None and load["calls"]:
        db_window = db_sampler.cpu_at(end) - db_sampler.cpu_at(start)
        DB_CPU.setdefault(name, []).append(
            (100.0 * db_window / (end - start), 1e6 * db_window / load["calls"])
        )
    window = sum(x.cpu_at(end) - x.cpu_at(start) for x in samplers)
    return report.TargetResult(
        name,
        load=load,
        server_cpu_pct=100.0 * window / (end - start),
        server_cpu_us_per_call=1e6 * window / load["calls"] if load["calls"] else None,
        other_cpu_pct=other,
        server_rss_mb=sum(x.peak_rss_kb for x in samplers) / 1024,
        all_calls_per_s=[float(load["calls_per_s"])],
        remark=remark,
    )


def _best_index(r: report.TargetResult) -> int:
    """Which of a target's runs (in order) the reported result is: the one with the most calls/s."""
    runs = r.all_calls_per_s
    return runs.index(max(runs)) if runs else -1


def _ceilings(
    sqlite: report.TargetResult | None,
    pg: report.TargetResult | None,
    db_per_call: float | None,
    serves: int = 1,
) -> list[str]:
    """What the CPU per call of each party bounds, as notes: serve's own CPU on one core (its Python holds one
    GIL, whatever runs on its threads or its event loop; left out for several serve processes) and serve +
    PostgreSQL + the client on every core of the machine (however the work were spread over processes), each as a
    fraction of SQLite's calls/s."""
    if not (sqlite and pg and sqlite.calls_per_s and pg.load and pg.server_cpu_us_per_call and db_per_call):
        return []
    cores = os.cpu_count() or 1
    client = 1e6 * pg.load["client_cpu_pct"] / 100.0 / pg.calls_per_s
    total = pg.server_cpu_us_per_call + db_per_call + client
    one_core = 1e6 / pg.server_cpu_us_per_call
    all_cores = cores * 1e6 / total
    alone = (
        f"serve alone {pg.server_cpu_us_per_call:.0f} µs per call → ≤ {one_core:,.0f} calls/s on one core "
        f"({one_core / sqlite.calls_per_s:.2f}× SQLite's); "
        if serves == 1
        else ""
    )
    return [
        f"CPU ceiling of {pg.name} at these costs: {alone}serve + PostgreSQL + client "
        f"{pg.server_cpu_us_per_call:.0f} + {db_per_call:.0f} + {client:.0f} = {total:.0f} µs per call → "
        f"≤ {all_cores:,.0f} calls/s on all {cores} cores ({all_cores / sqlite.calls_per_s:.2f}× SQLite's), "
        "however the work were spread over threads and processes"
    ]


def _keep_best(results: dict[str, report.TargetResult], r: report.TargetResult) -> None:
    best = results.get(r.name)
    if best is None or best.load is None:
        results[r.name] = r
        return
    if r.load is None:
        return
    runs = best.all_calls_per_s + r.all_calls_per_s
    if (r.calls_per_s or 0) > (best.calls_per_s or 0):
        results[r.name] = r
    results[r.name].all_calls_per_s = runs


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(prog="python -m bench.pg_throughput", description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="20 chargers, 1 s warm-up + 3 s each")
    p.add_argument("--chargers", type=int, default=None, metavar="N", help="100 (20 with --small)")
    p.add_argument(
        "--duration", type=float, default=None, metavar="S", help="measured seconds: 10 (3 with --small)"
    )
    p.add_argument(
        "--repeat", type=int, default=1, metavar="R", help="interleaved rounds; best of R reported"
    )
    p.add_argument("--processes", type=int, default=1, metavar="K", help="client processes (bench.load)")
    p.add_argument(
        "--mix",
        choices=MIXES,
        default="transaction",
        help="bench.load's mix: transaction (default: issue 16's transaction-heavy cycle), session, heartbeat",
    )
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help=f"before each run wait up to S seconds for other processes to use < {BUSY_MACHINE_PCT:g}%% "
        "of a core",
    )
    p.add_argument(
        "--pg-serves",
        type=int,
        default=1,
        metavar="K",
        help="K serve processes share the PostgreSQL database, the chargers spread over them (the bound of a "
        "serve split into processes; 1: the issue's figure)",
    )
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    args = p.parse_args(argv)
    serves = max(1, args.pg_serves)
    pg = PG if serves == 1 else f"{serves} serves (PostgreSQL)"
    s = Settings(
        "closed",
        args.mix,
        args.chargers or (20 if args.small else 100),
        args.duration or (3.0 if args.small else 10.0),
        1.0 if args.small else 2.0,
        0.1,
        args.processes,
        max(1, args.repeat),
        args.small,
        True,
    )
    raise_fd_limit()
    info = report.RunInfo(
        command=" ".join([report.display_python(), "-m", "bench.pg_throughput", *map(shlex.quote, argv)]),
        started=dt.datetime.now().astimezone(),
        machine=report.machine(),
        settings=s.as_dict(),
    )
    load_before = load_average()
    print(
        f"pg_throughput: closed loop, {s.mix} mix, {s.chargers} chargers, {s.duration:g} s each; "
        f"load average {load_before}",
        flush=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-pgbench-"))
    results: dict[str, report.TargetResult] = {}
    try:
        with pg_cluster() as cluster:
            for round_no in range(s.repeat):
                for name in (SQLITE, pg):
                    if args.wait_quiet > 0:
                        wait_for_quiet(args.wait_quiet)
                    db_url = (
                        cluster.create_database(f"bench_{round_no}")
                        if name == pg
                        else f"sqlite:///{workdir / f'bench-{round_no}.db'}"
                    )
                    print(f"pg_throughput: [{round_no + 1}/{s.repeat}] {name} …", end=" ", flush=True)
                    r = (
                        run_serve(name, db_url, s, workdir, postmaster_pid(cluster), serves)
                        if name == pg
                        else run_serve(name, db_url, s, workdir)
                    )
                    if r.load is None:
                        print(f"skipped: {r.skipped}", flush=True)
                    else:
                        lat = r.load["latency_ms"]
                        print(
                            f"{r.calls_per_s:,.0f} calls/s, p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms, "
                            f"errors {r.load['errors_total']}, other load {r.other_cpu_pct or 0:.0f}%",
                            flush=True,
                        )
                    _keep_best(results, r)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    ordered = [results[n] for n in (SQLITE, pg) if n in results]
    load_after = load_average()
    print()
    print(report.text_table(*report.rows(ordered, True)))
    notes = [
        f"load average (1/5/15 min) before / after: {load_before} → {load_after}",
        "PostgreSQL: a throwaway cluster from tests/helpers/pgcluster.py on 127.0.0.1 (fsync on, default settings, "
        "synchronous_commit on); SQLite: WAL, synchronous=FULL",
    ]
    a, b = results.get(pg), results.get(SQLITE)
    if a and b and a.calls_per_s and b.calls_per_s:
        ratio = f"PostgreSQL / SQLite: {a.calls_per_s / b.calls_per_s:.2f}× calls/s"
        if a.server_cpu_us_per_call and b.server_cpu_us_per_call:
            ratio += f", {b.server_cpu_us_per_call / a.server_cpu_us_per_call:.2f}× by serve's CPU per call"
        notes.insert(0, ratio)
        pg_ratio = a.calls_per_s / b.calls_per_s
    else:
        pg_ratio = None
    db_per_call = None
    if DB_CPU.get(pg):
        # the figures of the run reported for serve (PostgreSQL): the best one, whose CPU per call the table shows
        pct, db_per_call = DB_CPU[pg][_best_index(a)] if a is not None else DB_CPU[pg][-1]
        notes.append(
            f"the PostgreSQL server itself (postmaster and backends) used {pct:.0f}% of a core in the measured "
            f"window of {pg}, {db_per_call or 0:.0f} µs per call; not counted in 'other load'"
        )
    notes.extend(_ceilings(b, a, db_per_call, serves))
    for r in ordered:
        if r.load is None:
            notes.append(f"{r.name} skipped: {r.skipped}")
        elif r.other_cpu_pct is not None and r.other_cpu_pct >= BUSY_MACHINE_PCT:
            notes.append(
                f"{r.name}: other processes used {r.other_cpu_pct:.0f}% of a core meanwhile (pessimistic)"
            )
    for n in notes:
        print(f"note: {n}")
    if not args.no_write:
        text = report.markdown_section(info, ordered, notes)
        first, rest = text.split("\n", 1)
        report.write_doc(
            first.replace("closed loop", "serve on PostgreSQL vs SQLite, closed loop") + "\n" + rest,
            args.output,
        )
        print(f"\npg_throughput: results added at the top of {args.output}")
        if (
            pg_ratio is not None
            and a
            and b
            and serves == 1
            and s.mix == "transaction"
            and s.chargers == 100
            and not s.small
        ):
            from bench import current

            current.record(
                {"pg_sqlite_tx": pg_ratio},
                detail={"pg_sqlite_tx": f"{a.calls_per_s:,.0f} vs {b.calls_per_s:,.0f} calls/s"},
                doc=args.output,
            )
    return 0 if all(r.load is not None for r in ordered) else 1


if __name__ == "__main__":
    sys.exit(main())
