"""``python -m bench``: ChargeDesk's central system side by side with the reference ones, same load.

    python -m bench --small                    # the quick suite `make bench` runs (20 chargers, 3 s each)
    python -m bench --chargers 100 --duration 10
    python -m bench --open --chargers 1000 --rate 0.1 --duration 30
    python -m bench --only serve,bare-tuned --repeat 3

For each target (echo, bare, bare-tuned, bare-qasync, bare-qasync-tuned from ``bench.baselines``, and
``chargedesk serve`` on a fresh temporary SQLite file) one after another: start the server on a free port,
wait for its "listening" line, run ``bench.load`` in its own process, record the server's CPU and memory
and what else the machine was doing, stop the server. Then print the figures and the ratios and put them
at the top of ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import queue
import re
import resource
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from bench import report
from bench.baselines import KINDS
from bench.faults.common import StationSpec, prepare_database
from bench.load import raise_fd_limit

TARGETS = (*KINDS, "serve")
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
BUSY_MACHINE_PCT = 25.0  # other load above this (% of one core) during a target gets a warning


class ServerFailed(Exception):
    """The server did not come up (the message says why)."""


# --- processes and /proc -----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def process_cpu_s(pid: int) -> float:
    """User + system CPU seconds of a running process, all its threads (0 when unknown)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return 0.0


def process_rss_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def machine_busy_s() -> float | None:
    """CPU seconds spent by the whole machine so far (steal time counts: someone else had the core)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError, IndexError):
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (fields + [0] * 8)[:8]
    return (user + nice + system + irq + softirq + steal) / CLK_TCK


def wait_for_quiet(max_wait: float, threshold_pct: float = BUSY_MACHINE_PCT) -> float | None:
    """Wait (at most ``max_wait`` s) until the machine's CPU use over a second is below ``threshold_pct``
    of one core; return the last measured use, None when it cannot be measured."""
    deadline = time.monotonic() + max_wait
    while True:
        before = machine_busy_s()
        time.sleep(1.0)
        after = machine_busy_s()
        if before is None or after is None:
            return None
        busy = 100.0 * (after - before)
        if busy < threshold_pct or time.monotonic() >= deadline:
            return busy


def children_cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class ProcessSampler(threading.Thread):
    """CPU time and resident memory of a process, sampled every 0.2 s while the load runs (``cpu``: how its CPU
    seconds are read, e.g. with its children's)."""

    def __init__(self, pid: int, cpu: Callable[[int], float] = process_cpu_s) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.cpu = cpu
        self.samples: list[tuple[float, float, int]] = []  # (unix time, CPU s, RSS KB)
        self._done = threading.Event()
        self._sample()

    def _sample(self) -> None:
        self.samples.append((time.time(), self.cpu(self.pid), process_rss_kb(self.pid) or 0))

    def run(self) -> None:
        while not self._done.wait(0.2):
            self._sample()

    def finish(self) -> None:
        self._done.set()
        self.join()
        self._sample()

    @property
    def peak_rss_kb(self) -> int:
        return max(rss for _, _, rss in self.samples)

    def cpu_at(self, when: float) -> float:
        """The process's CPU seconds at a moment, interpolated between samples."""
        before = max((s for s in self.samples if s[0] <= when), default=self.samples[0])
        after = min((s for s in self.samples if s[0] >= when), default=self.samples[-1])
        if after[0] <= before[0]:
            return before[1]
        return before[1] + (after[1] - before[1]) * (when - before[0]) / (after[0] - before[0])


# --- servers -----------------------------------------------------------------------------------------------


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


@dataclass
class Server:
    name: str
    argv: list[str]
    env: dict[str, str]
    ready_timeout: float
    workdir: Path

    def start(self) -> str:
        """Start it and return the base URL once it says it is listening."""
        self._stderr = (self.workdir / f"{self.name}.stderr").open("w+")
        self.proc = subprocess.Popen(
            self.argv,
            cwd=report.ROOT,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
        )
        assert self.proc.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_pump, args=(self.proc.stdout, lines), daemon=True).start()
        deadline = time.monotonic() + self.ready_timeout
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.stop()
                raise ServerFailed(f"not listening after {self.ready_timeout:g} s{self._tail()}") from None
            if line is None:
                self.stop()
                raise ServerFailed(f"exited with status {self.proc.wait()} before listening{self._tail()}")
            if "listening" in line:
                match = re.search(r"wss?://\S+", line)
                if match is None:
                    self.stop()
                    raise ServerFailed(f"no URL in its ready line {line.strip()!r}")
                url = match.group(0).rstrip(".,;)")
                return re.sub(r"/(\{id\}|\{charger_id\}|<id>)?$", "", url)

    def _tail(self) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        lines = [x.rstrip() for x in self._stderr.read().splitlines() if x.strip()]
        return (": " + " / ".join(lines[-3:])) if lines else ""

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._stderr.close()


def serve_unavailable() -> str | None:
    """Why ``python -m app serve`` cannot be benchmarked yet, or None when it can."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "app", "serve", "--help"],
            cwd=report.ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return f"`app serve --help` failed: {exc}"
    if done.returncode != 0 or "--port" not in done.stdout:
        last = (done.stderr.strip().splitlines() or ["no --port option"])[-1]
        return f"`app serve` not available yet ({last})"
    return None


def provision(db_url: str, chargers: int, known_tags: bool) -> str | None:
    """Give ``serve`` a station for each charger id the load presents (BENCH000001, …) and, with ``known_tags``,
    one user per charger holding the tag it presents (TAG0000001, …: sessions take the accepted path, rules
    evaluated, priced, stored). Without the stations every charger is a new unknown id from one address, and serve
    lets only ``max_pending_per_address`` of those in (10 of 100 chargers connect). Returns a problem, or None."""
    stations = [StationSpec(f"BENCH{i:06d}") for i in range(1, chargers + 1)]
    try:
        prepare_database(db_url, stations, tags=chargers if known_tags else 0)
    except Exception as exc:  # reported with the results: the run goes on and says why serve looks odd
        return f"the bench database could not be prepared: {exc}"
    return None


def make_server(name: str, workdir: Path, s: Settings) -> tuple[Server, str | None]:
    """The server to start, and a remark about its set-up (None when all went as planned)."""
    port = free_port()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_API="pyside6", PYTHONUNBUFFERED="1")
    if name == "serve":
        data = Path(tempfile.mkdtemp(prefix="serve-", dir=workdir))
        env["CHARGEDESK_DATA_DIR"] = str(data)  # nothing of the user's own data directory is touched
        db_url = f"sqlite:///{data / 'bench.db'}"
        remark = provision(db_url, s.chargers, s.known_tags)
        argv = [
            sys.executable, "-m", "app", "serve", "--db", db_url,
            "--host", "127.0.0.1", "--port", str(port), "--unknown-chargers", "accept",
        ]  # fmt: skip
        return Server(name, argv, env, ready_timeout=120, workdir=workdir), remark
    argv = [
        sys.executable,
        "-m",
        "bench.baselines",
        "--kind",
        name,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    return Server(name, argv, env, ready_timeout=60, workdir=workdir), None


# --- one target -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    mode: str
    mix: str
    chargers: int
    duration: float
    warmup: float
    rate: float
    processes: int
    repeat: int
    small: bool
    known_tags: bool

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def run_load(url: str, s: Settings) -> dict[str, Any]:
    argv = [
        sys.executable,
        "-m",
        "bench.load",
        "--url",
        url,
        "--chargers",
        str(s.chargers),
        "--mode",
        s.mode,
        "--mix",
        s.mix,
        "--duration",
        str(s.duration),
        "--warmup",
        str(s.warmup),
        "--processes",
        str(s.processes),
        "--quiet",
    ]
    if s.mode != "closed":
        argv += ["--rate-per-charger", str(s.rate)]
    budget = s.warmup + s.duration + 120 + s.chargers / 20
    done = subprocess.run(argv, cwd=report.ROOT, capture_output=True, text=True, timeout=budget)
    lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if not lines:
        tail = " / ".join(done.stderr.strip().splitlines()[-3:])
        raise ServerFailed(f"the load generator failed (exit status {done.returncode}): {tail}")
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def run_target(name: str, s: Settings, workdir: Path) -> report.TargetResult:
    server, remark = make_server(name, workdir, s)
    if remark:
        print(f"({remark})", end=" ", flush=True)
    try:
        url = server.start()
    except ServerFailed as exc:
        return report.TargetResult(name, skipped=str(exc), remark=remark)
    try:
        time.sleep(0.3)
        rss0 = process_rss_kb(server.pid) or 0
        sampler = ProcessSampler(server.pid)
        sampler.start()
        busy0, client0, wall0 = machine_busy_s(), children_cpu_s(), time.monotonic()
        try:
            load = run_load(url, s)
        except (ServerFailed, subprocess.TimeoutExpired) as exc:
            sampler.finish()
            return report.TargetResult(name, skipped=str(exc))
        busy1, client1, wall1 = machine_busy_s(), children_cpu_s(), time.monotonic()
        sampler.finish()
    finally:
        server.stop()
    server_run = sampler.samples[-1][1] - sampler.samples[0][1]
    other = None
    if busy0 is not None and busy1 is not None:
        other = max(0.0, 100.0 * ((busy1 - busy0) - server_run - (client1 - client0)) / (wall1 - wall0))
    # The server's CPU in the measured window only (connecting, warm-up and teardown left out).
    start, end = load["window_unix"]
    server_window = sampler.cpu_at(end) - sampler.cpu_at(start)
    result = report.TargetResult(
        name,
        load=load,
        server_cpu_pct=100.0 * server_window / (end - start),
        server_cpu_us_per_call=1e6 * server_window / load["calls"] if load["calls"] else None,
        other_cpu_pct=other,
        server_rss_mb=sampler.peak_rss_kb / 1024,
        all_calls_per_s=[float(load["calls_per_s"])],
        remark=remark,
    )
    if s.mode == "idle" and load["connected"]:
        result.rss_per_connection_kb = max(0, sampler.peak_rss_kb - rss0) / load["connected"]
    return result


# --- the suite --------------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="quick run: 20 chargers, 1 s warm-up, 3 s each")
    p.add_argument("--open", action="store_true", help="open loop at --rate per charger (reply latency)")
    p.add_argument(
        "--idle", action="store_true", help="hold idle connections (heartbeats); memory per connection"
    )
    p.add_argument(
        "--chargers", type=int, default=None, metavar="N", help="100 closed, 1000 open/idle, 20 with --small"
    )
    p.add_argument(
        "--duration",
        type=float,
        default=None,
        metavar="S",
        help="measured seconds per target: 10 closed, 30 open/idle, 3 with --small",
    )
    p.add_argument(
        "--warmup",
        type=float,
        default=None,
        metavar="S",
        help="2 (1 with --small), + 1 per 1000 chargers in open/idle loops",
    )
    p.add_argument(
        "--rate", type=float, default=None, metavar="R", help="calls/s per charger: 0.1 open, 1/60 idle"
    )
    p.add_argument(
        "--mix",
        choices=["session", "transaction", "heartbeat"],
        default=None,
        help="session (default; heartbeat for --idle); transaction: Heartbeat, Status, Authorize, Start, Meter, Stop",
    )
    p.add_argument("--processes", type=int, default=1, metavar="K", help="client processes (bench.load)")
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="R",
        help="interleaved rounds over the targets; each target's best round is reported",
    )
    p.add_argument(
        "--only",
        action="append",
        default=None,
        metavar="T[,T…]",
        help=f"targets to run, from {', '.join(TARGETS)}",
    )
    p.add_argument("--skip", action="append", default=None, metavar="T[,T…]", help="targets to leave out")
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help=f"before each target wait up to S seconds for other processes to use < {BUSY_MACHINE_PCT:g}%% of a core",
    )
    p.add_argument(
        "--unknown-tags",
        action="store_true",
        help="do not give serve users for the bench's idTags (sessions are then refused: 'idTag rejected')",
    )
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument(
        "--pg",
        action="store_true",
        help="serve on PostgreSQL (loopback) vs SQLite, closed loop: runs bench.pg_throughput",
    )
    p.add_argument("--output", type=Path, default=report.DOC, help="the document (docs/benchmarks.md)")
    p.add_argument("--json", type=Path, default=None, metavar="FILE", help="also write every figure as JSON")
    args = p.parse_args(argv)
    if args.open and args.idle:
        p.error("--open and --idle are different runs")
    return args


def _names(values: list[str] | None) -> list[str]:
    names = [n.strip() for v in values or [] for n in v.split(",") if n.strip()]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        raise SystemExit(f"bench: unknown target(s) {', '.join(unknown)}; choose from {', '.join(TARGETS)}")
    return names


def settings_from(args: argparse.Namespace) -> Settings:
    mode = "open" if args.open else "idle" if args.idle else "closed"
    big = 100 if mode == "closed" else 1000
    chargers = args.chargers or (20 if args.small else big)
    duration = args.duration or (3.0 if args.small else 10.0 if mode == "closed" else 30.0)
    # Open and idle loops wake every charger at once when measuring starts; give that burst time to pass.
    settle = 0.0 if mode == "closed" else chargers / 1000
    warmup = args.warmup if args.warmup is not None else (1.0 if args.small else 2.0) + settle
    rate = args.rate or (1 / 60 if mode == "idle" else 0.1)
    mix = args.mix or ("heartbeat" if mode == "idle" else "session")
    return Settings(
        mode,
        mix,
        chargers,
        duration,
        warmup,
        rate,
        args.processes,
        max(1, args.repeat),
        args.small,
        not args.unknown_tags,
    )


def notes_for(results: Sequence[report.TargetResult], s: Settings) -> list[str]:
    notes: list[str] = []
    busy: list[str] = []
    for r in results:
        if r.remark:
            notes.append(f"{r.name}: {r.remark}")
        if r.load is None:
            notes.append(f"{r.name} skipped: {r.skipped}")
            continue
        if r.load["connected"] < r.load["chargers"]:
            notes.append(
                f"{r.name}: only {r.load['connected']} of {r.load['chargers']} chargers connected and booted"
            )
        if s.mode == "closed" and r.load["client_cpu_pct"] >= 85 * s.processes:
            notes.append(
                f"{r.name}: the client used {r.load['client_cpu_pct']:.0f}% of a core: the load generator, not the "
                "server, may be the limit (the figure is a lower bound)"
            )
        if r.other_cpu_pct is not None and r.other_cpu_pct >= BUSY_MACHINE_PCT:
            busy.append(f"{r.name} {r.other_cpu_pct:.0f}%")
    if busy:
        hurt = "calls/s low" if s.mode == "closed" else "latencies high"
        notes.append(
            f"the machine was not quiet: other processes used (in % of one core) {', '.join(busy)} meanwhile; "
            f"those figures are pessimistic ({hurt})"
            + ("; server µs/call suffers least" if s.mode == "closed" else "")
        )
    return notes


# Run after the suite by --small (make bench) unless --only/--skip pick targets: (module, arguments).
EXTRA_SMALL: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench.idle", ("--small",)),
    ("bench.load_mgmt", ("--small",)),
    ("bench.pg_throughput", ("--small",)),
    ("bench.faults", ("--small",)),
    ("bench.sessions_view", ("--sessions", "20000")),
    ("bench.data_bench", ("--sessions", "5000")),
    ("bench.map_bench", ("--stations", "300", "--repeat", "1")),
    ("bench.startup", ("--runs", "3", "--sessions", "20000")),
    (
        "bench.console_loop",
        (
            "--chargers",
            "200",
            "--duration",
            "8",
            "--closed-chargers",
            "20",
            "--closed-duration",
            "3",
            "--sessions",
            "5000",
        ),
    ),
    ("bench.team_bus", ("--small",)),
)


def run_extra_small(no_write: bool) -> int:
    """The other benches at their small sizes, each in its own process; the number that failed."""
    failed = 0
    for module, extra in EXTRA_SMALL:
        print(f"\nbench: {module} {' '.join(extra)}", flush=True)
        argv = [sys.executable, "-m", module, *extra, *(["--no-write"] if no_write else [])]
        failed += subprocess.run(argv, cwd=report.ROOT).returncode != 0
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    if args.pg:
        from bench.pg_throughput import main as pg_main

        keep = [a for a in argv if a != "--pg"]
        return pg_main(keep)
    s = settings_from(args)
    only, skip = _names(args.only), _names(args.skip)
    targets = [t for t in (only or TARGETS) if t not in skip]
    raise_fd_limit()  # inherited by the servers and the load generator
    info = report.RunInfo(
        command=" ".join([report.display_python(), "-m", "bench", *map(shlex.quote, argv)]),
        started=dt.datetime.now().astimezone(),
        machine=report.machine(),
        settings=s.as_dict(),
    )
    print(
        f"bench: {s.mode} loop, {s.chargers} chargers, {s.duration:g} s per target; "
        f"{info.machine['cpu']} × {info.machine['cores']}, {info.machine['python']}",
        flush=True,
    )

    results: dict[str, report.TargetResult] = {}
    unavailable = serve_unavailable() if "serve" in targets else None
    if unavailable:
        print(f"bench: skipping serve: {unavailable}", flush=True)
        results["serve"] = report.TargetResult("serve", skipped=unavailable)
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-bench-"))
    try:
        for round_no in range(s.repeat):
            for name in targets:
                if name in results and results[name].load is None:
                    continue
                label = f"[{round_no + 1}/{s.repeat}] " if s.repeat > 1 else ""
                r = _measure(name, label, s, args.wait_quiet, workdir)
                if r.load is None:
                    results[name] = r
                    continue
                _keep_best(results, name, r)
                time.sleep(0.5)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    ordered = [results[t] for t in targets if t in results]
    _print_tables(ordered, closed=s.mode == "closed")
    notes = notes_for(ordered, s)
    for n in notes:
        print(f"note: {n}")
    if args.json is not None:
        _write_json(args.json, info, ordered)
    goals = transaction_goals(ordered, s)
    if goals is not None:
        print()
        for line in goals.lines:
            print(line)
    if not args.no_write:
        report.write_doc(report.markdown_section(info, ordered, notes), args.output)
        print(f"\nbench: results added at the top of {args.output}")
        if goals is not None:
            from bench import current

            current.record(goals.values, detail=goals.detail)
            print(f"bench: {', '.join(goals.values)} recorded in {current.STORE.name}")
    failed_extra = run_extra_small(args.no_write) if s.small and not (only or skip) else 0
    return 0 if any(r.load is not None for r in ordered) and not failed_extra else 1


@dataclass(frozen=True)
class Goals:
    """Issue #16's serve / bare-tuned figures of a run, as ``bench.current.record`` takes them."""

    values: dict[str, float]
    detail: dict[str, str]
    lines: list[str]


GOAL_CHARGERS = 100  # the size issue #16's transaction-mix goal names


def transaction_goals(results: Sequence[report.TargetResult], s: Settings) -> Goals | None:
    """serve / bare-tuned calls/s and reply p99 when this run is the goal's: closed loop, the transaction mix,
    100 chargers, not small, both targets measured; each figure also as a fraction of the echo floor when
    echo ran. None for any other run."""
    if s.mode != "closed" or s.mix != "transaction" or s.chargers != GOAL_CHARGERS or s.small:
        return None
    by_name = {r.name: r for r in results if r.load is not None and r.calls_per_s}
    serve, bare, echo = by_name.get("serve"), by_name.get("bare-tuned"), by_name.get("echo")
    if serve is None or bare is None or serve.load is None or bare.load is None:
        return None
    s_cps, b_cps = float(serve.calls_per_s or 0), float(bare.calls_per_s or 0)
    s_p99, b_p99 = float(serve.load["latency_ms"]["p99"]), float(bare.load["latency_ms"]["p99"])
    values = {"serve_bare_tx": s_cps / b_cps, "serve_bare_tx_p99": s_p99 / b_p99}
    rounds = ""
    if len(serve.all_calls_per_s) > 1:
        rounds = (
            f"; rounds serve {'/'.join(f'{v:,.0f}' for v in serve.all_calls_per_s)}, "
            f"bare {'/'.join(f'{v:,.0f}' for v in bare.all_calls_per_s)}"
        )
    floor = ""
    lines = [
        f"goal serve/bare-tuned, transaction mix: {values['serve_bare_tx']:.2f}× calls/s "
        f"({s_cps:,.0f} vs {b_cps:,.0f}), reply p99 {values['serve_bare_tx_p99']:.2f}× "
        f"({s_p99:.1f} vs {b_p99:.1f} ms)"
    ]
    if echo is not None and echo.calls_per_s:
        e_cps = float(echo.calls_per_s)
        floor = f"; echo floor {e_cps:,.0f}: serve {s_cps / e_cps:.2f}, bare {b_cps / e_cps:.2f}"
        lines.append(
            f"as a fraction of the echo floor ({e_cps:,.0f} calls/s): serve {s_cps / e_cps:.2f}, "
            f"bare-tuned {b_cps / e_cps:.2f}"
        )
    detail = {
        "serve_bare_tx": f"{s_cps:,.0f} vs {b_cps:,.0f} calls/s{floor}{rounds}",
        "serve_bare_tx_p99": f"{s_p99:.1f} vs {b_p99:.1f} ms",
    }
    return Goals(values, detail, lines)


def _measure(name: str, label: str, s: Settings, wait_quiet: float, workdir: Path) -> report.TargetResult:
    """One run of target ``name`` (after waiting for a quiet machine if asked), its figures printed."""
    if wait_quiet > 0:
        busy = wait_for_quiet(wait_quiet)
        if busy is not None and busy >= BUSY_MACHINE_PCT:
            print(f"bench: the machine is still busy ({busy:.0f}% of a core), going on", flush=True)
    print(f"bench: {label}{name} …", end=" ", flush=True)
    r = run_target(name, s, workdir)
    if r.load is None:
        print(f"skipped: {r.skipped}", flush=True)
        return r
    lat = r.load["latency_ms"]
    print(
        f"{r.calls_per_s:,.0f} calls/s, p50 {lat['p50']:.2f} ms, p99 {lat['p99']:.2f} ms, "
        f"errors {r.load['errors_total']}, server CPU {r.server_cpu_pct:.0f}%, "
        f"other load {r.other_cpu_pct or 0:.0f}%",
        flush=True,
    )
    return r


def _keep_best(results: dict[str, report.TargetResult], name: str, r: report.TargetResult) -> None:
    """Keeps the fastest of a target's runs in ``results``, with every run's calls/s."""
    best = results.get(name)
    if best is None or best.load is None:
        results[name] = r
        return
    runs = best.all_calls_per_s + r.all_calls_per_s
    if (r.calls_per_s or 0) > (best.calls_per_s or 0):
        results[name] = r
    results[name].all_calls_per_s = runs


def _print_tables(ordered: list[report.TargetResult], *, closed: bool) -> None:
    """The results table, the ratios between targets (closed loop only) and the per-action latencies."""
    print()
    print(report.text_table(*report.rows(ordered, closed)))
    if closed:
        head, table = report.ratio_rows(ordered)
        if table:
            print()
            print(report.text_table(head, table))
    head, table = report.action_rows(ordered)
    if len(head) > 1 and table:
        print()
        print(report.text_table(head, table))


def _write_json(path: Path, info: report.RunInfo, ordered: list[report.TargetResult]) -> None:
    path.write_text(
        json.dumps(
            {
                "info": {
                    "command": info.command,
                    "started": info.started.isoformat(),
                    "machine": info.machine,
                    "settings": info.settings,
                },
                "results": [r.__dict__ for r in ordered],
            },
            indent=2,
            default=str,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
