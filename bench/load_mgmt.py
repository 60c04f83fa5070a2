"""Load management (issue #14) measured: how soon a session start reaches every charger it affects, and how many
profiles steady charging costs.

    python -m bench.load_mgmt                  # the goal's size: 200 chargers, 100 measured starts, 60 s steady
    python -m bench.load_mgmt --small          # 40 chargers, 15 measured starts, 20 s steady
    python -m bench.load_mgmt --rows 10 --row-a 250 --grid-a 1600 --no-write

``chargedesk serve`` (a real process, a fresh SQLite file) runs the load manager over one site: a grid connection
(``--grid-a`` per phase) with ``--rows`` sub-circuits (``--row-a`` each), the chargers spread over the rows (one
3-phase connector each, 11 kW), strategy "equal", one user per charger holding its idTag. The chargers are the
simulator's (:mod:`app.simulator`), all in one child process (``python -m bench.load_mgmt fleet``), which records
when each SetChargingProfile arrives and the limit it carries (the same clock as the starts: one process).

1. **Boot**: every charger connects and boots; the manager finds out what each accepts and sends its fail-safe
   default; the run waits until no profile arrived for 2 s.
2. **Pre-load**: ``--pre`` vehicles plug in at once (a shift change: one allocation for the burst), then quiet.
3. **Starts**: ``--starts`` times, one at a time once no profile arrived for 1.5 s: a driver presents the card at an
   idle charger (Preparing, Authorize, StartTransaction: the start as the driver sees it, a few round trips more
   than the manager's own reaction). A start *affects* the new session (its first limit) and every session whose
   limit it lowers (a lower limit, or a first one, on any profile: the session's limit or a fail-safe default);
   raises (power a vehicle does not take, given away at most every 10 s per connector) are counted apart. The
   time to the last affected charger's profile is the figure (goal p99 ≤ 1 s); the start's window closes after
   1 s without a profile, so every profile of the allocations the start causes is in it, however many.

   What is left out, and why: the other vehicles' periodic meter values that fall due while a start's window is
   open are held by the fleet and sent when it closes (about 13 a second for 190 sessions; the count is a note).
   Each can cause an allocation of its own that has nothing to do with the start: a vehicle's first reading 15 s
   after its own start shows it takes less than offered, and its limit (and fail-safe default) is lowered to
   what it takes. Such a lower landing in a start's window would be counted as the start's, up to a second late
   (the window stays open until a second passes without a profile). Held readings change no limit of the
   start's allocation (a vehicle's reading only says what it takes; the start's own meter values come 15 s
   later); the allocations they cause run all the same, a second later, before the next start. Nothing the
   start causes is left out: its allocation, one for its Charging status, a retry after a
   refused decrease, every lowered limit and default of every charger. ``--keep DIR`` keeps serve's database
   (``limit_changes``: each limit's reason and time), its log and the fleet's figures with every profile of each
   start's window, to see what a slow start waited for.
4. **Steady**: once no profile arrived for 12 s, ``--steady`` seconds of charging with nothing starting or stopping
   (meter values every 15 s; ``--small-takers``, 20 % of the vehicles, take at most 6 A per phase): the
   SetChargingProfile calls per minute. No chatter means a profile only when what a vehicle takes changes; chatter
   would be the same limit re-sent each allocation or limits see-sawing between two values (about one call per
   session per allocation, hundreds a minute here). The goal counted: ≤ 0.1 call per charging session per minute.
   The reasons of the steady minute's calls come from serve's ``limit_changes``.

A run that writes puts a section in ``docs/benchmarks.md`` and, at the goal's size (200 chargers, ≥ 100 starts, ≥
60 s steady, not --small), records ``load_start_p99`` and ``load_steady_per_min`` in the current figures.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import current, report
from bench.__main__ import BUSY_MACHINE_PCT, ProcessSampler, process_cpu_s, wait_for_quiet
from bench.faults.common import Serve, load_average
from bench.load import percentile, raise_fd_limit

GOAL_P99_S = 1.0
GOAL_PER_SESSION_MIN = 0.1  # steady: profiles per charging session per minute
GOAL_CHARGERS = 200
PHASE_V = 230.0
CP = "LM{:05d}"
TAG = "LMTAG{:05d}"


# --- the database ----------------------------------------------------------------------------------------------


def prepare(db_url: str, chargers: int, rows: int, row_a: float, grid_a: float) -> None:
    """One site with a grid connection and ``rows`` rows below it, a 1-connector station per charger spread over the
    rows, one user per charger holding its tag."""
    from app.db import Database, upgrade
    from app.models import Circuit, Connector, IdTag, Site, Station, User

    upgrade(db_url)
    database = Database(db_url)
    try:
        with database.session() as s:
            site = Site(name="Load bench", timezone="Europe/Zurich", load_strategy="equal", min_current_a=6.0)
            s.add(site)
            s.flush()
            grid = Circuit(
                site_id=site.id, name="Grid connection", max_current_a=grid_a, phases=3, position=0
            )
            s.add(grid)
            s.flush()
            circuits = []
            for r in range(rows):
                row = Circuit(
                    site_id=site.id,
                    parent_id=grid.id,
                    name=f"Row {r + 1}",
                    max_current_a=row_a,
                    phases=3,
                    position=r,
                )
                s.add(row)
                circuits.append(row)
            s.flush()
            for i in range(1, chargers + 1):
                station = Station(site=site, charge_point_id=CP.format(i), name=f"Bay {i}")
                station.connectors = [
                    Connector(connector_id=1, circuit_id=circuits[(i - 1) % rows].id, phases=3, max_kw=11.0)
                ]
                s.add(station)
                user = User(name=f"Driver {i:05d}")
                user.tags = [IdTag(id_tag=TAG.format(i))]
                s.add(user)
    finally:
        database.dispose()


def steady_reasons(db_url: str, start_unix: float, end_unix: float) -> dict[str, int]:
    """The limits serve sent in the steady window, counted by their reason's kind."""
    from sqlalchemy import select

    from app.db import Database
    from app.models import LimitChange

    start = dt.datetime.fromtimestamp(start_unix, dt.UTC)
    end = dt.datetime.fromtimestamp(end_unix, dt.UTC)
    database = Database(db_url)
    try:
        with database.session() as s:
            rows = s.scalars(
                select(LimitChange.reason).where(LimitChange.at >= start, LimitChange.at < end)
            ).all()
    finally:
        database.dispose()
    out: dict[str, int] = {}
    for reason in rows:
        kind = (reason or "?").split(" of ")[0].split("(")[0].strip()[:60]
        out[kind] = out.get(kind, 0) + 1
    return out


# --- the fleet (a child process) -------------------------------------------------------------------------------


def limit_a(request: dict[str, Any]) -> tuple[int, float] | None:
    """(profile id, its limit now in A per phase) of a 1.6 SetChargingProfile request."""
    profile = request.get("csChargingProfiles") or {}
    schedule = profile.get("chargingSchedule") or {}
    periods = schedule.get("chargingSchedulePeriod") or []
    if not periods:
        return None
    value = float(periods[0].get("limit", 0.0))
    if schedule.get("chargingRateUnit") == "W":
        value /= PHASE_V * float(periods[0].get("numberPhases") or 3)
    return int(profile.get("chargingProfileId", 0)), value


@dataclass
class Arrival:
    at: float  # time.monotonic()
    cp_id: str
    profile_id: int
    limit_a: float
    lower: bool  # lower than this profile's previous limit, or its first


@dataclass
class Fleet:
    arrivals: list[Arrival] = field(default_factory=list)
    limits: dict[tuple[str, int], float] = field(default_factory=dict)
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    held: list[Callable[[], None]] | None = None  # periodic meter values held while a start's window is open
    held_total: int = 0

    def hold_meter_values(self, charger: Any) -> None:
        """Let the fleet hold the charger's periodic meter values while a start's window is open (see the module's
        text): they are read and sent when it closes."""
        sample = charger.sample

        def held_sample(c: Any, tx: Any) -> None:
            if self.held is None:
                sample(c, tx)
            else:
                self.held.append(lambda: sample(c, tx))

        charger.sample = held_sample

    def hold(self) -> None:
        self.held = []

    def release(self) -> int:
        """Send the meter values held; how many."""
        held, self.held = self.held or [], None
        for send in held:
            send()
        self.held_total += len(held)
        return len(held)

    def on_event(self, cp_id: str, event: Any) -> None:
        if event.kind != "operation" or event.data.get("action") != "SetChargingProfile":
            return
        if (event.data.get("answer") or {}).get("status") != "Accepted":
            return
        found = limit_a(event.data.get("request") or {})
        if found is None:
            return
        pid, value = found
        previous = self.limits.get((cp_id, pid))
        self.limits[(cp_id, pid)] = value
        self.arrivals.append(
            Arrival(time.monotonic(), cp_id, pid, value, previous is None or value < previous - 1e-6)
        )
        self.changed.set()

    async def quiet(self, for_s: float, limit_s: float, since: float = 0.0) -> bool:
        """Wait until no profile arrived for ``for_s`` (nor since ``since``; at most ``limit_s``); False when it
        never went quiet."""
        deadline = time.monotonic() + limit_s
        while True:
            last = max(self.arrivals[-1].at if self.arrivals else 0.0, since)
            left = last + for_s - time.monotonic()
            if left <= 0:
                return True
            if time.monotonic() + left > deadline:
                return False
            await asyncio.sleep(left)


def small_taker(charger: Any) -> None:
    """Its vehicles take at most 6 A per phase (a 4.1 kW on-board charger): less than they are offered."""
    from app.simulator.physics import Vehicle
    from app.simulator.state import Plan

    def plan(c: Any) -> Plan:
        return Plan(Vehicle(60_000, 30.0, 90.0, 4_140.0, 3, 0.0), None, "Local")

    charger.plan = plan


async def run_fleet(a: argparse.Namespace) -> dict[str, Any]:
    from app.simulator.api import VirtualCharger

    fleet = Fleet()
    chargers = []
    every = round(1 / a.small_takers) if a.small_takers > 0 else 0
    for i in range(1, a.chargers + 1):
        cp_id = CP.format(i)
        chargers.append(
            VirtualCharger(
                a.url,
                cp_id,
                on_event=lambda e, cp_id=cp_id: fleet.on_event(cp_id, e),
                connectors=1,
                scenario="idle",
                seed=i,
                tag=TAG.format(i),
                max_power_kw=11.0,
                config={"MeterValueSampleInterval": "15"},
                keep_events=200,
            )
        )
        if every and i % every == 0:
            small_taker(chargers[-1].charger)
        fleet.hold_meter_values(chargers[-1].charger)
    out: dict[str, Any] = {}
    t = time.monotonic()
    for vc in chargers:
        await vc.start()
    try:
        await asyncio.gather(*(vc.wait_for("booted", timeout=120.0) for vc in chargers))
        out["boot_s"] = time.monotonic() - t
        await fleet.quiet(2.0, 180.0, since=time.monotonic())
        out["boot_profiles"] = booted = len(fleet.arrivals)
        out["boot_settled_s"] = time.monotonic() - t

        # pre-load: a burst of starts
        idle = list(chargers)
        mark = len(fleet.arrivals)
        t = time.monotonic()
        for vc in idle[: a.pre]:
            vc.present_card(vc.options.tag)
        idle = idle[a.pre :]
        await fleet.quiet(2.0, 120.0, since=t)
        burst = fleet.arrivals[mark:]
        out["burst"] = {
            "starts": a.pre,
            "profiles": len(burst),
            "last_s": (burst[-1].at - t) if burst else None,
        }

        # measured starts, one at a time
        starts = []
        u0, cpu0 = time.time(), time.process_time()
        for vc in idle[: a.starts]:
            await fleet.quiet(1.5, 30.0)
            mark = len(fleet.arrivals)
            fleet.hold()
            t0, card_unix = time.monotonic(), time.time()
            vc.present_card(vc.options.tag)
            await fleet.quiet(1.0, 10.0, since=t0)
            window = fleet.arrivals[mark:]
            held = fleet.release()
            affected = [x for x in window if x.lower]
            starts.append(
                {
                    "latency_s": (max(x.at for x in affected) - t0) if affected else None,
                    "own_s": min((x.at - t0 for x in affected if x.cp_id == vc.cp_id), default=None),
                    "affected": len({x.cp_id for x in affected}),
                    "new_session": any(x.cp_id == vc.cp_id for x in affected),
                    "raises": len(window) - len(affected),
                    "cp_id": vc.cp_id,
                    "card_unix": card_unix,
                    "held": held,
                    # each profile of the window: charger, profile id, limit (A), lower, seconds after the card
                    "window": [
                        [x.cp_id, x.profile_id, x.limit_a, x.lower, round(x.at - t0, 4)] for x in window
                    ],
                }
            )
        out["starts"] = starts
        out["held_meter_values"] = fleet.held_total
        out["starts_window_unix"] = [u0, time.time()]
        out["fleet_cpu_starts_pct"] = 100.0 * (time.process_time() - cpu0) / (time.time() - u0)
        await fleet.quiet(
            12.0, 90.0
        )  # raises (power not taken, given away) come at most every 10 s per connector

        # steady charging
        charging = sum(1 for vc in chargers if any(s == "Charging" for s in vc.statuses().values()))
        mark = len(fleet.arrivals)
        w0, u0 = time.monotonic(), time.time()
        await asyncio.sleep(a.steady)
        steady = fleet.arrivals[mark:]
        out["steady"] = {
            "seconds": time.monotonic() - w0,
            "window_unix": [u0, time.time()],
            "profiles": len(steady),
            "lower": sum(1 for x in steady if x.lower),
            "chargers": len({x.cp_id for x in steady}),
            "charging": charging,
            "sessions": a.pre + len(starts),
        }
        out["raises_total"] = sum(1 for x in fleet.arrivals[booted:] if not x.lower)
    finally:
        await asyncio.gather(*(vc.stop(stop_transactions=False, timeout=5.0) for vc in chargers))
    return out


# --- the run ---------------------------------------------------------------------------------------------------


def summarise(fleet: dict[str, Any]) -> dict[str, Any]:
    lat = sorted(s["latency_s"] for s in fleet["starts"] if s["latency_s"] is not None)
    missing = sum(1 for s in fleet["starts"] if not s["new_session"])
    steady = fleet["steady"]
    per_min = 60.0 * steady["profiles"] / steady["seconds"] if steady["seconds"] else 0.0
    sessions = max(1, steady["charging"])
    many = sorted(
        x["latency_s"] for x in fleet["starts"] if x["latency_s"] is not None and x["affected"] > 10
    )
    few = sorted(
        x["latency_s"] for x in fleet["starts"] if x["latency_s"] is not None and x["affected"] <= 10
    )
    own = sorted(x["own_s"] for x in fleet["starts"] if x.get("own_s") is not None)
    return {
        "many": (len(many), percentile(many, 99) if many else float("nan")),
        "few": (len(few), percentile(few, 99) if few else float("nan")),
        "own_p99_s": percentile(own, 99) if own else float("nan"),
        "starts": len(fleet["starts"]),
        "p50_s": percentile(lat, 50) if lat else float("nan"),
        "p99_s": percentile(lat, 99) if lat else float("nan"),
        "max_s": lat[-1] if lat else float("nan"),
        "affected_mean": sum(s["affected"] for s in fleet["starts"]) / max(1, len(fleet["starts"])),
        "affected_max": max((s["affected"] for s in fleet["starts"]), default=0),
        "raises": sum(s["raises"] for s in fleet["starts"]),
        "no_first_limit": missing,
        "per_min": per_min,
        "per_session_min": per_min / sessions,
    }


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.load_mgmt", description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="40 chargers, 10 pre-loaded, 15 starts, 20 s steady")
    p.add_argument("--chargers", type=int, default=None, help="simulated chargers (200; 40 with --small)")
    p.add_argument(
        "--pre", type=int, default=None, help="sessions started at once first (90; 10 with --small)"
    )
    p.add_argument("--starts", type=int, default=None, help="measured starts, one at a time (100; 15 small)")
    p.add_argument("--steady", type=float, default=None, help="steady seconds (60; 20 with --small)")
    p.add_argument("--rows", type=int, default=10, help="sub-circuits of the grid connection (10)")
    p.add_argument(
        "--small-takers",
        type=float,
        default=0.2,
        help="share of the vehicles that take at most 6 A per phase, less than offered (0.2)",
    )
    p.add_argument("--row-a", type=float, default=None, help="each row's limit per phase (A)")
    p.add_argument("--grid-a", type=float, default=None, help="the grid connection's limit per phase (A)")
    p.add_argument("--no-write", action="store_true", help="leave docs/benchmarks.md alone")
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help=f"first wait up to S seconds for other processes to use < {BUSY_MACHINE_PCT:g}%% of a core",
    )
    p.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep serve's database and log and the fleet's figures (each start's profiles) in this directory",
    )
    p.add_argument("--output", type=Path, default=report.DOC, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    a.chargers = a.chargers or (40 if a.small else GOAL_CHARGERS)
    a.pre = a.pre if a.pre is not None else (10 if a.small else 90)
    a.starts = a.starts if a.starts is not None else (15 if a.small else 100)
    a.starts = min(a.starts, a.chargers - a.pre)
    a.steady = a.steady if a.steady is not None else (20.0 if a.small else 60.0)
    per_row = -(-a.chargers // a.rows)
    # rows for about 12.5 A a session when all charge; the grid connection binds first (8 A a session)
    a.row_a = a.row_a if a.row_a is not None else round(per_row * 12.5)
    a.grid_a = a.grid_a if a.grid_a is not None else round(a.chargers * 8.0)
    return a


def fleet_main(argv: Sequence[str]) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.load_mgmt fleet")
    p.add_argument("--url", required=True)
    for name in ("chargers", "pre", "starts"):
        p.add_argument(f"--{name}", type=int, required=True)
    p.add_argument("--steady", type=float, required=True)
    p.add_argument("--small-takers", type=float, default=0.0)
    a = p.parse_args(argv)
    raise_fd_limit()
    result = asyncio.run(run_fleet(a))
    print(json.dumps(result), flush=True)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["fleet"]:
        return fleet_main(argv[1:])
    a = parse_args(argv)
    raise_fd_limit()
    command = " ".join([report.display_python(), "-m", "bench.load_mgmt", *map(shlex.quote, argv)])
    other_pct = wait_for_quiet(a.wait_quiet) if a.wait_quiet > 0 else None
    load_before = load_average()
    print(
        f"load_mgmt: {a.chargers} chargers on {a.rows} rows of {a.row_a:g} A under a {a.grid_a:g} A grid "
        f"connection; {a.pre} at once, {a.starts} starts one by one, {a.steady:g} s steady; load {load_before}",
        flush=True,
    )
    workdir = Path(tempfile.mkdtemp(prefix="chargedesk-load-mgmt-"))
    db_url = f"sqlite:///{workdir / 'load.db'}"
    try:
        prepare(db_url, a.chargers, a.rows, a.row_a, a.grid_a)
        serve = Serve(db_url, workdir)
        serve.start()
        cpu0, w0 = process_cpu_s(serve.pid), time.monotonic()
        sampler = ProcessSampler(serve.pid)
        sampler.start()
        try:
            budget = 600 + a.starts * 15 + a.steady
            done = subprocess.run(
                [
                    sys.executable, "-m", "bench.load_mgmt", "fleet", "--url", serve.url.rstrip("/"),
                    "--chargers", str(a.chargers), "--pre", str(a.pre), "--starts", str(a.starts),
                    "--steady", str(a.steady), "--small-takers", str(a.small_takers),
                ],
                cwd=report.ROOT, capture_output=True, text=True, timeout=budget,
            )  # fmt: skip
            serve_cpu_pct = 100.0 * (process_cpu_s(serve.pid) - cpu0) / (time.monotonic() - w0)
            sampler.finish()
        finally:
            serve.stop()
        lines = [x for x in done.stdout.splitlines() if x.startswith("{")]
        if not lines:
            tail = " / ".join(done.stderr.strip().splitlines()[-5:])
            print(f"load_mgmt: the fleet failed (exit status {done.returncode}): {tail}", flush=True)
            return 1
        fleet = json.loads(lines[-1])
        reasons = steady_reasons(db_url, *fleet["steady"]["window_unix"])
        if a.keep is not None:
            a.keep.mkdir(parents=True, exist_ok=True)
            (a.keep / "fleet.json").write_text(json.dumps(fleet, indent=1))
            shutil.copy(workdir / "load.db", a.keep / "load.db")
            for log in serve.logs:
                shutil.copy(log, a.keep / log.name)
            print(f"load_mgmt: serve's database and log and the fleet's figures kept in {a.keep}", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    s = summarise(fleet)
    st = fleet["steady"]
    goal_p99 = s["p99_s"] <= GOAL_P99_S
    goal_steady = s["per_session_min"] <= GOAL_PER_SESSION_MIN
    head = ["measure", "value", "goal", "met"]
    rows = [
        [
            f"session start → every affected charger's profile, p99 ({s['starts']} starts)",
            f"{s['p99_s'] * 1000:.0f} ms (p50 {s['p50_s'] * 1000:.0f}, max {s['max_s'] * 1000:.0f})",
            f"≤ {GOAL_P99_S * 1000:.0f} ms",
            "yes" if goal_p99 else "**no**",
        ],
        [
            "chargers a start affected (mean / max)",
            f"{s['affected_mean']:.1f} / {s['affected_max']}",
            "–",
            "–",
        ],
        [
            f"steady charging: SetChargingProfile per minute ({st['charging']} sessions charging, {st['seconds']:.0f} s)",
            f"{s['per_min']:.1f} ({s['per_session_min']:.3f} per session; {st['lower']} lower, "
            f"{st['profiles'] - st['lower']} higher, {st['chargers']} chargers)",
            f"≤ {GOAL_PER_SESSION_MIN:g} per session",
            "yes" if goal_steady else "**no**",
        ],
    ]
    u0, u1 = fleet["starts_window_unix"]
    serve_starts = 100.0 * (sampler.cpu_at(u1) - sampler.cpu_at(u0)) / (u1 - u0) if u1 > u0 else 0.0
    notes = [
        f"starts: the new session's own limit p99 {s['own_p99_s'] * 1000:.0f} ms; starts that lowered more than 10 "
        f"chargers' limits: {s['many'][0]}, p99 {s['many'][1] * 1000:.0f} ms; the others: {s['few'][0]}, p99 "
        f"{s['few'][1] * 1000:.0f} ms; during the starts serve used {serve_starts:.0f}% of a core, the fleet "
        f"({a.chargers} simulated chargers, one process) {fleet['fleet_cpu_starts_pct']:.0f}%",
        f"boot: {a.chargers} chargers booted in {fleet['boot_s']:.1f} s, {fleet['boot_profiles']} profiles "
        f"(capability probes, fail-safe defaults) until quiet at {fleet['boot_settled_s']:.1f} s",
        f"burst: {fleet['burst']['starts']} vehicles at once → {fleet['burst']['profiles']} profiles, the last "
        + (
            f"{fleet['burst']['last_s']:.2f} s after the first card"
            if fleet["burst"]["last_s"] is not None
            else "none"
        ),
        f"raises (power not taken given to others) after the boot: {fleet.get('raises_total', 0)}, "
        f"{s['raises']} of them within the starts' windows (not counted as affected); "
        f"{s['no_first_limit']} starts whose new session got no limit within the window",
        f"meter values held while a start's window was open (sent when it closed; not the start's): "
        f"{fleet.get('held_meter_values', 0)}, {fleet.get('held_meter_values', 0) / max(1, s['starts']):.1f} a start",
        "steady minute's limits by reason: "
        + (", ".join(f"{k} × {v}" for k, v in reasons.items()) or "none"),
        f"serve {serve_cpu_pct:.0f}% of a core over the run; load average before / after: {load_before} → "
        f"{load_average()}"
        + (f"; other processes used {other_pct:.0f}% of a core before it" if other_pct is not None else ""),
    ]
    print()
    print(report.text_table(head, [[c.replace("**", "") for c in r] for r in rows]))
    for n in notes:
        print(f"note: {n}")
    if not a.no_write:
        machine = report.machine()
        section = [
            f"## Load management — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M}",
            "",
            f"`{command}` · {machine['cpu']} × {machine['cores']}, {machine['python']}, commit {machine['commit']}",
            "",
            f"`bench/load_mgmt.py`: `chargedesk serve` (SQLite) with its load manager over one site, {a.chargers} "
            f"simulated 11 kW chargers (one process) on {a.rows} rows of {a.row_a:g} A under a {a.grid_a:g} A grid "
            f"connection, strategy equal; {a.small_takers:.0%} of the vehicles take at most 6 A per phase (less than "
            f"offered: the rest is given to the others). {a.pre} vehicles plug in at once, then {a.starts} one at a time once no "
            "profile arrived for 1.5 s: the time from the card presented to the last profile that lowers a limit "
            "or gives the new session its first (the other vehicles' meter values that fall due meanwhile are held "
            "until the start's window closes: their own allocations are not the start's); then "
            f"{a.steady:g} s of steady charging (meter values every 15 s).",
            "",
            report.markdown_table(head, rows),
            "",
            "Notes:",
            "",
            *[f"- {n}" for n in notes],
            "",
        ]
        report.write_doc("\n".join(section), a.output)
        print(f"load_mgmt: results written to {a.output}")
        full = not a.small and a.chargers == GOAL_CHARGERS and s["starts"] >= 100 and a.steady >= 60
        if full:
            current.record(
                {"load_start_p99": s["p99_s"], "load_steady_per_min": s["per_min"]},
                command=current.command_line(),
                detail={
                    "load_start_p99": f"p50 {s['p50_s'] * 1000:.0f} ms, {s['affected_mean']:.1f} chargers a start",
                    "load_steady_per_min": f"{s['per_session_min']:.3f} per session, {st['charging']} charging",
                },
                doc=a.output,
            )
    return 0 if (goal_p99 and goal_steady) or a.small else 1


if __name__ == "__main__":
    sys.exit(main())
