"""What the faults share: ``chargedesk serve`` as a subprocess, a database with stations, a throwaway PostgreSQL
cluster, a charger that retries like a real one, the ledger of acknowledged transactions and the report."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import os
import queue
import random
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.typing import Subprotocol

from bench import report
from bench.load import _DEFAULT_SERVER_CALL_REPLY, _SERVER_CALL_REPLIES

ROOT = report.ROOT
SUBPROTOCOL = Subprotocol("ocpp1.6")


def serve_argv(db_url: str, port: int, unknown_chargers: str = "accept") -> list[str]:
    """The command line of ``chargedesk serve`` on 127.0.0.1:``port`` over ``db_url``, as every bench starts it."""
    return [
        sys.executable,
        "-m",
        "app",
        "serve",
        "--db",
        db_url,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--unknown-chargers",
        unknown_chargers,
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def load_average() -> str:
    """The machine's 1/5/15-minute load average (the machine is shared: recorded next to the figures)."""
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


# --- the database -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StationSpec:
    cp_id: str
    password: str | None = None
    allow_unsecured: bool = True
    security_profile: int = 0
    iterations: int = 1000  # PBKDF2 iterations of its password hash (fast; ITERATIONS for the real cost)


def prepare_database(url: str, stations: Sequence[StationSpec] = (), tags: int = 0) -> None:
    """Migrate ``url`` and add the stations (site "HQ Zurich", 2 connectors each) and ``tags`` users holding
    TAG0000001 … (so that sessions take the accepted path: rules evaluated, priced, stored)."""
    from app.db import Database, upgrade
    from app.models import Connector, IdTag, Site, Station, User
    from app.services.admin.passwords import hash_password

    upgrade(url)
    database = Database(url)
    try:
        with database.session() as s:
            site = Site(name="HQ Zurich", timezone="Europe/Zurich")
            s.add(site)
            for spec in stations:
                station = Station(
                    site=site,
                    charge_point_id=spec.cp_id,
                    name=f"Station {spec.cp_id}",
                    allow_unsecured=spec.allow_unsecured,
                    security_profile=spec.security_profile,
                    password_hash=(
                        hash_password(spec.password, iterations=spec.iterations) if spec.password else None
                    ),
                )
                station.connectors = [Connector(connector_id=n) for n in (1, 2)]
                s.add(station)
            for i in range(1, tags + 1):
                user = User(name=f"Fault user {i:06d}")
                user.tags = [IdTag(id_tag=f"TAG{i:07d}")]
                s.add(user)
    finally:
        database.dispose()


@contextlib.contextmanager
def pg_cluster() -> Iterator[Any]:
    """A throwaway PostgreSQL cluster (tests/helpers/pgcluster.py); raises RuntimeError when no server is installed."""
    from tests.helpers.pgcluster import PgCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries (pg_ctl): apt-get install postgresql")
    cluster = PgCluster(bindir)
    cluster.init()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.cleanup()


# --- chargedesk serve ---------------------------------------------------------------------------------------


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    with stream:  # closed at the end of the output (an unclosed pipe is a ResourceWarning)
        for line in stream:
            lines.put(line)
    lines.put(None)


class Serve:
    """``python -m app serve`` on one port (kept across restarts, as chargers keep their URL)."""

    def __init__(
        self,
        db_url: str,
        workdir: Path,
        *,
        unknown: str = "accept",
        port: int | None = None,
        extra: Sequence[str] = (),
    ) -> None:
        self.db_url = db_url
        self.workdir = workdir
        self.port = port or free_port()
        self.unknown = unknown
        self.extra = list(extra)
        self.proc: subprocess.Popen[str] | None = None
        self.starts = 0
        self.logs: list[Path] = []
        (workdir / "data").mkdir(parents=True, exist_ok=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ocpp/"

    def start(self, timeout: float = 120.0) -> float:
        """Start it; returns the seconds until it said it is listening."""
        started = time.monotonic()
        env = dict(
            os.environ,
            CHARGEDESK_DATA_DIR=str(self.workdir / "data"),
            PYTHONUNBUFFERED="1",
            QT_QPA_PLATFORM="offscreen",
        )
        self.starts += 1
        log = self.workdir / f"serve-{self.starts}.stderr"
        self.logs.append(log)
        argv = [*serve_argv(self.db_url, self.port, self.unknown), *self.extra]
        with log.open("w") as err:
            self.proc = subprocess.Popen(
                argv,
                cwd=ROOT,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=err,
                text=True,
                preexec_fn=_raise_fd_limit,
            )
        assert self.proc.stdout is not None
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_pump, args=(self.proc.stdout, lines), daemon=True).start()
        deadline = started + timeout
        while True:
            try:
                line = lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                self.kill9()
                raise RuntimeError(f"serve not listening after {timeout:g} s: {self.tail()}") from None
            if line is None:
                code = self.proc.wait()
                raise RuntimeError(f"serve exited with status {code} before listening: {self.tail()}")
            if "listening on" in line:
                return time.monotonic() - started

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill9(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM (a clean stop: connections closed, the store flushed); the exit status (None: killed)."""
        if self.proc is None:
            return None
        if self.proc.poll() is not None:
            return self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill9()
            return None

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.logs if p.exists())

    def tracebacks(self) -> int:
        """Exceptions serve logged with a traceback (each one a bug: a bad frame must get a CallError, not this)."""
        return self.log_text().count("Traceback (most recent call last)")

    def tail(self, lines: int = 4) -> str:
        text = [x for x in self.log_text().splitlines() if x.strip()]
        return " / ".join(text[-lines:]) or "(no output)"


def _raise_fd_limit() -> None:
    from bench.load import raise_fd_limit

    raise_fd_limit()


# --- a charger that retries like a real one -----------------------------------------------------------------


class Unanswered(Exception):
    """The call got no CallResult before the deadline."""


@dataclass
class ChargerCounters:
    calls: int = 0
    resends: int = 0
    reconnects: int = 0
    refused_connects: int = 0
    call_errors: dict[str, int] = field(default_factory=dict)


class RetryingCharger:
    """A 1.6 charger on a raw WebSocket: a call that gets no answer within ``reply_timeout`` is sent again
    (same frame), after reconnecting when the connection went away; a CallError is retried after a pause.
    StartTransaction is resent as it was (same meterStart and timestamp): the central system must recognise it."""

    def __init__(
        self,
        base_url: str,
        cp_id: str,
        *,
        reply_timeout: float = 3.0,
        seed: int = 0,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.base_url = base_url
        self.cp_id = cp_id
        self.reply_timeout = reply_timeout
        self.headers = headers or {}
        self.ws: ClientConnection | None = None
        self.counters = ChargerCounters()
        self._seq = 0
        self._rng = random.Random(seed)

    async def connect(self, deadline: float) -> None:
        backoff = 0.1
        while True:
            try:
                self.ws = await connect(
                    self.base_url + self.cp_id,
                    subprotocols=[SUBPROTOCOL],
                    compression=None,
                    proxy=None,
                    open_timeout=10,
                    close_timeout=1,
                    ping_interval=None,
                    additional_headers=self.headers,
                    user_agent_header="chargedesk-faults",
                )
                return
            except (OSError, InvalidHandshake, InvalidURI, TimeoutError):
                self.counters.refused_connects += 1
            if time.monotonic() + backoff > deadline:
                raise Unanswered(f"{self.cp_id}: could not connect")
            await asyncio.sleep(backoff * (0.5 + self._rng.random()))
            backoff = min(backoff * 2, 2.0)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    async def call(self, action: str, payload: dict[str, Any], *, deadline: float) -> dict[str, Any]:
        """Send until answered (or ``deadline``, monotonic): the CallResult payload."""
        self._seq += 1
        mid = f"{self.cp_id[-6:]}-{self._seq}"
        frame = json.dumps([2, mid, action, payload], separators=(",", ":"))
        self.counters.calls += 1
        first = True
        while time.monotonic() < deadline:
            if self.ws is None:
                await self.connect(deadline)
                self.counters.reconnects += 0 if first else 1
            assert self.ws is not None
            if not first:
                self.counters.resends += 1
            first = False
            try:
                await self.ws.send(frame)
                answer = await self._answer(mid)
            except ConnectionClosed:
                self.ws = None
                await asyncio.sleep(0.2 + 0.3 * self._rng.random())
                continue
            if answer is None:  # no answer in time: the same frame again
                continue
            if answer[0] == 3:
                result: dict[str, Any] = answer[2]
                return result
            code = str(answer[2])
            self.counters.call_errors[code] = self.counters.call_errors.get(code, 0) + 1
            await asyncio.sleep(0.5)
        raise Unanswered(f"{self.cp_id}: {action} {mid} unanswered")

    async def _answer(self, mid: str) -> list[Any] | None:
        assert self.ws is not None
        end = time.monotonic() + self.reply_timeout
        while (left := end - time.monotonic()) > 0:
            try:
                raw = await asyncio.wait_for(self.ws.recv(), left)
            except TimeoutError:
                return None
            msg = json.loads(raw)
            if msg[0] == 2:  # the central system asks something: answer at once
                reply = _SERVER_CALL_REPLIES.get(msg[2], _DEFAULT_SERVER_CALL_REPLY)
                await self.ws.send("[3," + json.dumps(msg[1]) + "," + reply + "]")
            elif msg[1] == mid:
                return list(msg)
        return None


# --- sessions and what was acknowledged ---------------------------------------------------------------------


@dataclass
class Ledger:
    """Every StartTransaction / StopTransaction the central system acknowledged (answered with a CallResult)."""

    started: dict[int, tuple[str, int]] = field(default_factory=dict)  # transactionId -> (cp id, meterStart)
    stopped: dict[int, int] = field(default_factory=dict)  # transactionId -> meterStop
    first_ack_after: dict[str, float] = field(default_factory=dict)
    ack_times: list[float] = field(default_factory=list)  # monotonic time of every acknowledgement


async def session_loop(
    charger: RetryingCharger,
    index: int,
    stop: asyncio.Event,
    ledger: Ledger,
    hard_deadline: float,
    meter_values: int = 1,
) -> None:
    """Sessions back to back: Start, MeterValues, Stop, each sent until answered; ends after the session in
    progress when ``stop`` is set."""
    tag = f"TAG{index:07d}"
    base = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    i = 0
    with contextlib.suppress(Unanswered):
        while not stop.is_set():
            i += 1
            meter = i * 10_000
            at = iso(base + dt.timedelta(seconds=i * 60))
            start = await charger.call(
                "StartTransaction",
                {"connectorId": 1, "idTag": tag, "meterStart": meter, "timestamp": at},
                deadline=hard_deadline,
            )
            tx = int(start["transactionId"])
            ledger.started[tx] = (charger.cp_id, meter)
            ledger.ack_times.append(time.monotonic())
            for k in range(meter_values):
                await charger.call(
                    "MeterValues",
                    {
                        "connectorId": 1,
                        "transactionId": tx,
                        "meterValue": [
                            {
                                "timestamp": at,
                                "sampledValue": [
                                    {
                                        "value": str(meter + 1000 * (k + 1)),
                                        "measurand": "Energy.Active.Import.Register",
                                        "unit": "Wh",
                                    }
                                ],
                            }
                        ],
                    },
                    deadline=hard_deadline,
                )
            await charger.call(
                "StopTransaction",
                {
                    "transactionId": tx,
                    "idTag": tag,
                    "meterStop": meter + 5000,
                    "timestamp": iso(base + dt.timedelta(seconds=i * 60 + 30)),
                    "reason": "Local",
                },
                deadline=hard_deadline,
            )
            ledger.stopped[tx] = meter + 5000
            ledger.ack_times.append(time.monotonic())


@dataclass
class Count:
    acknowledged_starts: int
    acknowledged_stops: int
    stored_starts: int  # acknowledged starts found in the database
    stored_stops: int  # acknowledged stops found completed with the acknowledged meterStop
    lost_starts: list[int]
    lost_stops: list[int]
    duplicates: int  # sessions stored twice (same charger, same meterStart): a retried start not recognised
    sessions_in_db: int

    @property
    def lost(self) -> int:
        return len(self.lost_starts) + len(self.lost_stops)


def count_in_database(url: str, ledger: Ledger) -> Count:
    """Look up every acknowledged start and stop in the database (serve stopped or not)."""
    from sqlalchemy import func, select

    from app.db import Database
    from app.models import ChargingSession, SessionStatus

    database = Database(url)
    try:
        with database.session() as s:
            rows = {r.id: r for r in s.scalars(select(ChargingSession))}
            dup = s.execute(
                select(func.count()).select_from(
                    select(ChargingSession.charge_point_id, ChargingSession.meter_start_wh)
                    .group_by(ChargingSession.charge_point_id, ChargingSession.meter_start_wh)
                    .having(func.count() > 1)
                    .subquery()
                )
            ).scalar_one()
    finally:
        database.dispose()
    lost_starts = [
        tx
        for tx, (cp, meter) in ledger.started.items()
        if tx not in rows or rows[tx].charge_point_id != cp or rows[tx].meter_start_wh != meter
    ]
    lost_stops = [
        tx
        for tx, meter_stop in ledger.stopped.items()
        if tx not in rows
        or rows[tx].status != SessionStatus.COMPLETED
        or rows[tx].meter_stop_wh != meter_stop
    ]
    return Count(
        len(ledger.started),
        len(ledger.stopped),
        len(ledger.started) - len(lost_starts),
        len(ledger.stopped) - len(lost_stops),
        lost_starts,
        lost_stops,
        int(dup),
        len(rows),
    )


# --- the report ---------------------------------------------------------------------------------------------


@dataclass
class FaultResult:
    """One fault's run: its figures (label, value) in order, and what went wrong (empty: survived)."""

    name: str
    title: str
    setup: str
    figures: list[tuple[str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    load_before: str = ""
    load_after: str = ""

    @property
    def ok(self) -> bool:
        return not self.failures

    def add(self, label: str, value: Any) -> None:
        if isinstance(value, float):
            text = f"{value:,.2f}"
        elif isinstance(value, int) and not isinstance(value, bool):
            text = f"{value:,}"
        else:
            text = str(value)
        self.figures.append((label, text))

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def text(self) -> str:
        width = max((len(label) for label, _ in self.figures), default=10)
        out = [f"{self.title}: {'survived' if self.ok else 'FAILED'}"]
        out += [f"  {label.ljust(width)}  {value}" for label, value in self.figures]
        out += [f"  failure: {f}" for f in self.failures]
        out += [f"  note: {n}" for n in self.notes]
        out.append(f"  load average before / after: {self.load_before} → {self.load_after}")
        return "\n".join(out)


def markdown_section(results: Sequence[FaultResult], command: str, small: bool, started: dt.datetime) -> str:
    m = report.machine()
    when = started.strftime("%Y-%m-%d %H:%M %Z").strip()
    survived = sum(r.ok for r in results)
    out = [
        f"## {when} — fault suite{' (small sizes)' if small else ''}: {survived} of {len(results)} survived",
        "",
        f"- Command: `{command}`",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; {m['os']}; {m['python']}",
        f"- Packages: {m['packages']}; commit {m['commit']}",
        "- Target: `python -m app serve` as a subprocess on 127.0.0.1 (real sockets), SQLite file or a throwaway "
        "PostgreSQL cluster; the machine is shared, so the load average (1/5/15 min) is given before and after "
        "each fault",
    ]
    for r in results:
        out += [
            "",
            f"### {r.title} — {'survived' if r.ok else 'FAILED'}",
            "",
            r.setup,
            "",
            report.markdown_table(["figure", "value"], [[a, b] for a, b in r.figures]),
        ]
        extra = [f"load average before / after: {r.load_before} → {r.load_after}"]
        extra += [f"**failure**: {f}" for f in r.failures] + r.notes
        out += [""] + [f"- {x}" for x in extra]
    return "\n".join(out) + "\n"


def command_line(module: str, argv: Sequence[str]) -> str:
    return " ".join([report.display_python(), "-m", module, *map(shlex.quote, argv)])


def new_workdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=f"chargedesk-{prefix}-"))
