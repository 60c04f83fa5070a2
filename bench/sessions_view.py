"""The Sessions page over many stored sessions: open, filter to a month, scroll, totals, detail, export.

    .venv/bin/python -m bench.sessions_view                       # 20,000 sessions (quick)
    .venv/bin/python -m bench.sessions_view --sessions 100000
    .venv/bin/python -m bench.sessions_view --sessions 1000000 --db /tmp/sessions-1m.db   # kept for reruns

Generates a SQLite file (the app's migrations, then a bulk insert with ``executemany`` in one transaction):
3 sites in Europe/Zurich, 500 stations with 2 connectors, 5,000 users with a card each, N sessions spread
over the last 3 years (newest 20 still charging; 0.05 % from chargers bound to no station, 0.5 % flagged,
0.3 % refused cards), each with a one- or two-band price breakdown. The newest 100 sessions get a meter value
per minute (energy and power); ``--meter-values K`` adds K samples to every session.

Then it drives the real :class:`app.views.sessions.page.SessionsPage` (offscreen Qt) and times what the operator
waits for, side by side with a 100-session database: the first page, the count (the scroll bar) and the totals
after opening, after filtering to a month, to one user, one station and one site; scrolling to the middle, a
page further and to the end; a session's detail; a month's CSV export. **GUI stall** is the longest the GUI
thread was busy during the step (a 2 ms timer's worst lateness): the worker threads do the reading, so it
stays small however many sessions there are. Then the totals line alone, all time and one site, on
``--totals-runs`` pages opened afresh (new connections, as after the console starts): at 1,000,000 sessions
their medians are issue 16's goal figures (``bench.current``: ``totals_1m_all``, ``totals_1m_site``). A reused
``--db`` file is migrated first, as the console does at start. Prints a table and puts a section at the top of the results in
``docs/benchmarks.md`` (``--no-write`` to leave it alone). Times are with the file in the OS page cache.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import current, report

QTimer: Any = None  # PySide6.QtCore.QTimer, imported with Qt (after the environment is set)

FIRST = [
    "Eva",
    "Max",
    "Lena",
    "Jonas",
    "Sara",
    "Luca",
    "Anna",
    "Noah",
    "Mia",
    "Leon",
    "Laura",
    "Elias",
    "Nina",
    "David",
    "Lea",
    "Simon",
    "Julia",
    "Marco",
    "Sophie",
    "Tim",
    "Clara",
    "Felix",
    "Alina",
    "Jan",
    "Hannah",
    "Nico",
    "Lara",
    "Fabian",
    "Selina",
    "Adrian",
    "Chiara",
    "Dario",
    "Jana",
    "Rafael",
    "Elena",
    "Samuel",
    "Livia",
    "Matteo",
    "Zoe",
    "Robin",
    "Melanie",
    "Pascal",
    "Carla",
    "Yannick",
    "Olivia",
    "Kevin",
    "Lina",
    "Patrick",
    "Emma",
    "Sven",
]
LAST = [
    "Keller",
    "Huber",
    "Meier",
    "Brunner",
    "Widmer",
    "Frei",
    "Müller",
    "Schmid",
    "Weber",
    "Schneider",
    "Fischer",
    "Meyer",
    "Steiner",
    "Baumann",
    "Gerber",
    "Moser",
    "Graf",
    "Wyss",
    "Roth",
    "Bachmann",
    "Zimmermann",
    "Kunz",
    "Suter",
    "Hofmann",
    "Kaufmann",
    "Lehmann",
    "Bühler",
    "Marti",
    "Studer",
    "Bieri",
    "Berger",
    "Koch",
    "Lüthi",
    "Wenger",
    "Egli",
    "Hess",
    "Favre",
    "Bianchi",
    "Rossi",
    "Sutter",
    "Ammann",
    "Frey",
    "Vogel",
    "Arnold",
    "Wagner",
    "Bolliger",
    "Hug",
    "Zürcher",
    "Kuhn",
    "Keller-Roth",
    "Stalder",
    "Schär",
    "Imhof",
    "Blaser",
    "Mäder",
    "Rüegg",
    "Zaugg",
    "Lang",
    "Hürlimann",
    "Kühne",
    "Pfister",
    "Sommer",
    "Wirth",
    "Ott",
    "Schwarz",
    "Jäggi",
    "Bosshard",
    "Gisler",
    "Tanner",
    "Büchi",
    "Kälin",
    "Flury",
    "Walker",
    "Rey",
    "Aebi",
    "Galli",
    "Fuchs",
    "Sigrist",
    "Grob",
    "Hauser",
    "Lutz",
    "Stucki",
    "Baur",
    "Bärtschi",
    "Thalmann",
    "Egger",
    "Maurer",
    "Schenk",
    "Brun",
    "Derungs",
    "Caduff",
    "Cavegn",
    "Monn",
    "Bundi",
    "Capaul",
    "Item",
    "Good",
    "Knecht",
    "Nef",
    "Hotz",
]
SITES = ["HQ Zurich", "Basel Plant", "Bern Office"]
DT_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's DateTime on SQLite (naive UTC, as UTCDateTime stores it)
META_KEY = "bench.sessions_view"


def _ts(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).strftime(DT_FORMAT)


# --- the database --------------------------------------------------------------------------------------------


@dataclass
class Shape:
    sessions: int
    stations: int = 500
    users: int = 5000
    years: float = 3.0
    meter_values: int = 0
    seed: int = 20260301

    def meta(self) -> dict[str, Any]:
        return {
            "sessions": self.sessions,
            "stations": self.stations,
            "users": self.users,
            "years": self.years,
            "meter_values": self.meter_values,
            "seed": self.seed,
            "version": 2,  # 2: price breakdowns carry the export block (app.services.rules.breakdown)
        }


def existing_shape(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        with sqlite3.connect(path) as c:
            row = c.execute("SELECT value FROM settings WHERE key = ?", (META_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    return json.loads(row[0]) if row else None


def generate(path: Path, shape: Shape, now: dt.datetime, say: Callable[[str], None] = print) -> float:
    """Create ``path`` with the app's schema and ``shape.sessions`` sessions; returns the seconds it took."""
    from app.db import upgrade
    from app.services.rules.breakdown import with_export_block

    t0 = time.perf_counter()
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    upgrade(f"sqlite:///{path}")
    rng = random.Random(shape.seed)
    c = sqlite3.connect(path, isolation_level=None)
    c.execute("PRAGMA journal_mode=OFF")  # a throwaway file: no journal while loading
    c.execute("PRAGMA synchronous=OFF")
    c.execute("PRAGMA cache_size=-262144")
    c.execute("BEGIN")
    created = _ts(now)
    c.executemany(
        "INSERT INTO sites (id, name, timezone, address, currency, vat_percent, created_at) "
        "VALUES (?, ?, 'Europe/Zurich', '', 'CHF', 8.1, ?)",
        [(i + 1, name, created) for i, name in enumerate(SITES)],
    )
    c.execute(
        "INSERT INTO tariffs (id, name, per_kwh, per_hour, free_minutes, start_fee, vat_included, "
        "description) VALUES (1, 'employee', 0.25, 0, 0, 1.0, 1, ''), (2, 'public', 0.45, 1.5, 240, 1.0, 1, '')"
    )
    stations = []
    for i in range(shape.stations):
        site = i % len(SITES) + 1
        stations.append(
            (
                i + 1,
                site,
                f"ST-{i + 1:04d}",
                f"{SITES[site - 1].split()[0]} {chr(65 + i // 60 % 26)}-{i % 60 + 1:02d}",
            )
        )
    c.executemany(
        "INSERT INTO stations (id, site_id, charge_point_id, name, description, vendor, model, "
        "serial_number, firmware_version, address, ocpp_version, security_profile, allow_unsecured, "
        "lenient, enabled, notes, created_at) VALUES (?, ?, ?, ?, '', 'ABB', 'Terra AC', '', '', '', "
        "'1.6', 0, 1, 0, 1, '', ?)",
        [(*s, created) for s in stations],
    )
    c.executemany(
        "INSERT INTO connectors (station_id, connector_id, plug_type, max_kw, status, error_code, "
        "status_info) VALUES (?, ?, 'Type2', 22.0, 'Available', 'NoError', '')",
        [(s[0], k) for s in stations for k in (1, 2)],
    )
    names = [f"{first} {last}" for last in LAST for first in FIRST][: shape.users]
    while len(names) < shape.users:
        names.append(f"User {len(names) + 1:05d}")
    c.executemany(
        "INSERT INTO users (id, name, email, phone, company, cost_centre, active, notes, created_at) "
        "VALUES (?, ?, ?, '', 'Keller AG', '', 1, '', ?)",
        [(i + 1, n, n.lower().replace(" ", ".") + "@example.ch", created) for i, n in enumerate(names)],
    )
    c.executemany(
        "INSERT INTO id_tags (id_tag, label, status, user_id) VALUES (?, 'badge', 'active', ?)",
        [(f"04{i:08X}", i + 1) for i in range(shape.users)],
    )

    span = dt.timedelta(days=365.25 * shape.years)
    first = now - span
    seconds = span.total_seconds() - 3600
    n = shape.sessions
    offsets = sorted(rng.random() * seconds for _ in range(n))
    active_from = max(0, n - 20)
    rows: list[tuple[Any, ...]] = []
    meter: list[tuple[Any, ...]] = []
    inserted = 0
    sql = (
        "INSERT INTO sessions (id, station_id, charge_point_id, connector_id, id_tag, user_id, start_at, "
        "stop_at, meter_start_wh, meter_stop_wh, energy_wh, max_power_w, stop_reason, status, auth_status, "
        "mode_at_start, decision_reason, tariff_name, currency, price_net, price_vat, price_total, "
        "price_breakdown, flags, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "'CHF', ?, ?, ?, ?, ?, ?)"
    )
    for i in range(n):
        sid = i + 1
        active = i >= active_from
        start = (
            (now - dt.timedelta(hours=8) * rng.random())
            if active
            else first + dt.timedelta(seconds=offsets[i])
        )
        st = stations[rng.randrange(len(stations))]
        orphan = rng.random() < 0.0005
        refused = not orphan and rng.random() < 0.003
        user = None if (orphan or refused) else rng.randrange(shape.users) + 1
        tag = f"04{user - 1:08X}" if user else f"FF{rng.randrange(1 << 24):06X}"
        hours = 0.3 + rng.random() * 9.7
        kw = rng.choice((3.7, 7.4, 11.0, 11.0, 22.0))
        kwh = round(min(kw * hours * rng.uniform(0.4, 0.95), 80.0), 3)
        meter_start = float(rng.randrange(1_000_000, 90_000_000))
        employee = user is not None and rng.random() < 0.7
        mode = "limited" if employee else "public"
        flags = "unknown_transaction" if orphan else ("clock_skew" if rng.random() < 0.005 else "")
        if active:
            stop = stop_txt = meter_stop = energy = max_w = net = vat = total = breakdown = None
            reason_stop = ""
        else:
            stop = start + dt.timedelta(hours=hours)
            stop_txt = _ts(stop)
            meter_stop = meter_start + kwh * 1000
            energy = kwh * 1000
            max_w = kw * 1000
            reason_stop = "EVDisconnected" if rng.random() < 0.8 else "Local"
            total, breakdown = _price(start, stop, kwh, employee, rng)
            # as pricing stores it: the export's columns for the site's zone (UTC without a station)
            breakdown = with_export_block(breakdown, "UTC" if orphan else "Europe/Zurich")
            net = round(total / 1.081, 2)
            vat = round(total - net, 2)
        reason = (
            "Rejected: tag is unknown"
            if refused
            else f"Accepted: {'special user' if employee else 'registered user'} ({mode})"
        )
        rows.append(
            (
                sid,
                None if orphan else st[0],
                st[2],
                rng.choice((1, 2)),
                tag,
                user,
                _ts(start),
                stop_txt,
                meter_start,
                meter_stop,
                energy,
                max_w,
                reason_stop,
                "active" if active else "completed",
                "Invalid" if refused else "Accepted",
                mode,
                reason,
                "" if breakdown is None else breakdown["tariff"],
                net,
                vat,
                total,
                None if breakdown is None else json.dumps(breakdown),
                flags,
                _ts(start),
            )
        )
        samples = shape.meter_values if i < n - 100 else (0 if active else int(hours * 60))
        if samples and stop is not None:
            step = (stop - start) / max(samples - 1, 1)
            for k in range(samples):
                at = _ts(start + step * k)
                meter.append(
                    (
                        sid,
                        st[2],
                        1,
                        at,
                        "Energy.Active.Import.Register",
                        meter_start + kwh * 1000 * k / max(samples - 1, 1),
                        "Wh",
                    )
                )
                meter.append(
                    (
                        sid,
                        st[2],
                        1,
                        at,
                        "Power.Active.Import",
                        kw * 1000 * (1 if k < samples * 0.85 else 0.4),
                        "W",
                    )
                )
        if len(rows) >= 50_000:
            c.executemany(sql, rows)
            inserted += len(rows)
            rows.clear()
            say(f"  … {inserted:,} sessions")
        if len(meter) >= 200_000:
            _meter(c, meter)
            meter.clear()
    c.executemany(sql, rows)
    _meter(c, meter)
    c.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (META_KEY, json.dumps(shape.meta())))
    c.execute("COMMIT")
    c.execute("PRAGMA journal_mode=WAL")  # as the app runs it
    c.close()
    return time.perf_counter() - t0


def _meter(c: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    if rows:
        c.executemany(
            "INSERT INTO meter_values (session_id, charge_point_id, connector_id, timestamp, measurand, "
            "value, unit) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _price(
    start: dt.datetime, stop: dt.datetime, kwh: float, employee: bool, rng: random.Random
) -> tuple[float, dict[str, Any]]:
    """A one- or two-band breakdown in the shape app.services.rules.pricing writes."""
    split = employee and rng.random() < 0.35
    middle = start + (stop - start) * 0.6
    parts = [
        ("employee" if employee else "public", start, middle if split else stop, kwh * (0.6 if split else 1))
    ]
    if split:
        parts.append(("public", middle, stop, kwh * 0.4))
    bands, total = [], 1.0
    for tariff, a, b, k in parts:
        cost = round(k * (0.25 if tariff == "employee" else 0.45), 4)
        total += cost
        bands.append(
            {
                "from": a.isoformat(),
                "to": b.isoformat(),
                "tariff": tariff,
                "mode": "limited" if tariff == "employee" else "public",
                "why": "default",
                "kwh": f"{k:.4f}",
                "energy_cost": f"{cost:.4f}",
                "hours": "0",
                "billed_hours": "0",
                "time_cost": "0.0000",
            }
        )
    total = round(total, 2)
    return total, {
        "currency": "CHF",
        "net": f"{total / 1.081:.2f}",
        "vat": f"{total - total / 1.081:.2f}",
        "total": f"{total:.2f}",
        "vat_percent": "8.1",
        "start_fee": "1.00",
        "tariff": ", ".join(dict.fromkeys(p[0] for p in parts)),
        "note": "",
        "bands": bands,
    }


# --- measuring ---------------------------------------------------------------------------------------------


@dataclass
class Step:
    name: str
    ms: dict[str, float] = field(default_factory=dict)  # what → milliseconds from the step's start
    stall_ms: float = 0.0
    compare: bool = True  # False: the small database has nothing to fetch here (it fits in one page)


class Harness:
    """Drives a SessionsPage and times its steps on a Qt event loop (no busy polling)."""

    def __init__(self, url: str) -> None:
        global QTimer
        from PySide6.QtCore import QElapsedTimer, QEventLoop
        from PySide6.QtCore import QTimer as _QTimer

        QTimer = _QTimer

        from app.db import Database
        from app.services.api import AppServices
        from app.views.sessions.page import SessionsPage

        self.database = Database(url)
        self._QEventLoop = QEventLoop
        self.clock = QElapsedTimer()
        self.clock.start()
        self.tick = QTimer()
        self.tick.setInterval(2)
        self._last = 0
        self.stall = 0.0
        self.tick.timeout.connect(self._on_tick)
        self.tick.start()
        t0 = time.perf_counter()
        self.page = SessionsPage(AppServices.local(self.database).sessions, None, None)
        self.page.resize(1280, 800)
        self.page.show()
        self.construct_ms = (time.perf_counter() - t0) * 1000

    def _on_tick(self) -> None:
        now = self.clock.elapsed()
        if self._last:
            self.stall = max(self.stall, now - self._last - 2)
        self._last = now

    def close(self) -> None:
        self.page.shutdown()
        self.page.close()
        self.page.deleteLater()
        self.tick.stop()
        self.database.dispose()

    def wait(self, cond: Callable[[], bool], timeout: float = 900.0) -> None:
        loop = self._QEventLoop()
        check = QTimer()
        check.setInterval(5)
        check.timeout.connect(lambda: cond() and loop.quit())
        check.start()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        deadline.start(int(timeout * 1000))
        if not cond():
            loop.exec()
        check.stop()
        deadline.stop()
        if not cond():
            raise TimeoutError("the page did not get there in time")

    def step(
        self, name: str, action: Callable[[], Any], marks: dict[str, Callable[[], bool]], compare: bool = True
    ) -> Step:
        """Run ``action`` and time until each mark's condition holds: the conditions are checked whenever the
        model reports something (a page, the count, the totals) and when an export ends, so a mark's time is
        the moment the page had it, not the next poll."""
        self.wait(self.page.model.idle)
        self._last, self.stall = 0, 0.0
        result = Step(name, compare=compare)
        model = self.page.model
        t0 = time.perf_counter()

        def check(*_args: Any) -> None:
            now = time.perf_counter()
            for what, cond in marks.items():
                if what not in result.ms and cond():
                    result.ms[what] = (now - t0) * 1000

        signals = [model.page_loaded, model.count_changed, model.totals_changed]
        for signal in signals:
            signal.connect(check)
        try:
            action()
            result.ms["action"] = (time.perf_counter() - t0) * 1000
            check()
            # what no model signal reports (the detail dialog, an export's end) is polled every 5 ms
            self.wait(lambda: (check(), all(what in result.ms for what in marks))[1])
        finally:
            for signal in signals:
                signal.disconnect(check)
        self.wait(model.idle)
        result.stall_ms = self.stall
        result.ms = {k: result.ms[k] for k in ["action", *marks]}
        return result


def run_scenario(
    url: str, month: dt.date, user_id: int, station_id: int, site_id: int, export_dir: Path
) -> tuple[list[Step], dict[str, Any]]:
    from PySide6.QtWidgets import QAbstractItemView

    h = Harness(url)
    p, m = h.page, h.page.model
    first_page = lambda: m.cached_rows() > 0 or m.count == 0  # noqa: E731
    counted = lambda: m.count is not None  # noqa: E731
    totalled = lambda: m.totals is not None  # noqa: E731
    marks = {"first page": first_page, "count": counted, "totals": totalled}
    steps: list[Step] = []
    facts: dict[str, Any] = {}

    steps.append(h.step("open the page (this month)", p.reload, marks))
    facts["this_month"] = m.count

    def preset(label: str) -> Callable[[], None]:
        return lambda: p.preset.setCurrentIndex(p.preset.findText(label))

    steps.append(h.step("all time", preset("All time"), marks))
    count = m.count or 0
    facts["all"] = count
    middle, last = count // 2, max(0, count - 1)
    steps.append(
        h.step(
            "scroll to the middle",
            lambda: p.table.scrollTo(m.index(middle, 0), QAbstractItemView.ScrollHint.PositionAtCenter),
            {"row shown": lambda: m.row_at(middle) is not None},
            compare=False,
        )
    )
    further = min(last, middle + m.page_size)
    steps.append(
        h.step(
            "scroll a page further",
            lambda: p.table.scrollTo(m.index(further, 0), QAbstractItemView.ScrollHint.PositionAtCenter),
            {"row shown": lambda: m.row_at(further) is not None},
            compare=False,
        )
    )
    steps.append(
        h.step(
            "scroll to the end",
            p.table.scrollToBottom,
            {"row shown": lambda: m.row_at(last) is not None},
            compare=False,
        )
    )
    facts["cached_rows"] = m.cached_rows()

    def custom_month() -> None:
        from PySide6.QtCore import QDate

        from app.services.reports.sessions import _month_end

        p.preset.setCurrentIndex(p.preset.findText("Custom"))
        end = _month_end(month)
        p.date_from.setDate(QDate(month.year, month.month, 1))
        p.date_to.setDate(QDate(end.year, end.month, end.day))
        p.apply()

    steps.append(h.step(f"filter to a month ({month:%B %Y})", custom_month, marks))
    facts["month"] = m.count

    def choose(combo: Any, ident: int) -> Callable[[], None]:
        if hasattr(combo, "set_value"):
            return lambda: combo.set_value(ident)
        return lambda: combo.setCurrentIndex(combo.findData(ident))

    steps.append(h.step("the month at one site", choose(p.site, site_id), marks))
    facts["month_site"] = m.count
    steps.append(h.step("one site, all time", preset("All time"), marks))
    facts["site_all"] = m.count
    p.site.setCurrentIndex(0)
    h.wait(m.idle)
    steps.append(h.step("one user, all time", choose(p.user, user_id), marks))
    facts["user_all"] = m.count
    p.user.setCurrentIndex(0)
    h.wait(m.idle)
    steps.append(h.step("one station, all time", choose(p.station, station_id), marks))
    facts["station_all"] = m.count
    p.station.setCurrentIndex(0)
    h.wait(m.idle)

    # the newest completed session (with meter values) in full
    with h.database.session() as s:
        from sqlalchemy import select

        from app.models import ChargingSession

        newest = s.scalar(
            select(ChargingSession.id)
            .where(ChargingSession.stop_at.is_not(None))
            .order_by(ChargingSession.start_at.desc())
            .limit(1)
        )
    steps.append(
        h.step(
            "session detail (chart, bands)",
            lambda: p.open_detail(newest),
            {"shown": lambda: p.detail_dialog is not None and p.detail_dialog.detail is not None},
        )
    )
    facts["detail_points"] = p.detail_dialog.energy_series.count() if p.detail_dialog else 0
    if p.detail_dialog is not None:
        p.detail_dialog.close()

    steps.append(h.step(f"filter to a month ({month:%B %Y})", custom_month, marks))
    out = export_dir / f"month-{os.getpid()}.csv"
    steps.append(
        h.step(
            "export the month to CSV",
            lambda: p.export_to(out, "csv"),
            {"written": lambda: p.export_task is None},
        )
    )
    facts["exported"] = p.message.text().split(" sessions exported")[0]
    out.unlink(missing_ok=True)
    h.close()
    return steps, facts


def time_totals(url: str, site_id: int, runs: int) -> dict[str, list[float]]:
    """The totals line's time for all time and for one site, all time, each on a page opened afresh (a new
    database object and connections, as after the console starts), ``runs`` times."""
    out: dict[str, list[float]] = {"all": [], "site": []}
    for _ in range(runs):
        all_ms, site_ms = _totals_once(url, site_id)
        out["all"].append(all_ms)
        out["site"].append(site_ms)
    return out


def _totals_once(url: str, site_id: int) -> tuple[float, float]:
    h = Harness(url)
    p, m = h.page, h.page.model
    marks = {"totals": lambda: m.totals is not None}
    p.reload()  # what the console does when the page is first shown: the filter lists, then this month
    h.wait(lambda: p.site.count() > 1 and m.totals is not None and m.idle())
    every = h.step("all time", lambda: p.preset.setCurrentIndex(p.preset.findText("All time")), marks)
    if hasattr(p.site, "set_value"):
        pick = lambda: p.site.set_value(site_id)  # noqa: E731
    else:
        pick = lambda: p.site.setCurrentIndex(p.site.findData(site_id))  # noqa: E731
    one = h.step("one site, all time", pick, marks)
    h.close()
    return every.ms["totals"], one.ms["totals"]


def _busy_seconds() -> float:
    """CPU seconds the whole machine has been busy (/proc/stat: everything but idle and iowait)."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def _wait_quiet(limit: float) -> bool:
    """Wait until other processes use less than a quarter of a core over 3 s (or ``limit`` seconds pass)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        before = _busy_seconds()
        time.sleep(3)
        if (_busy_seconds() - before) / 3 < 0.25:
            return True
    return False


def _own_seconds() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- report ------------------------------------------------------------------------------------------------


def _fmt(ms: float | None) -> str:
    if ms is None:
        return "–"
    return f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}"


def tables(big: list[Step], small: list[Step], n: int, base: int) -> tuple[list[str], list[list[str]]]:
    head = ["step", "waits for", f"{n:,} sessions ms", f"{base:,} sessions ms", "ratio", "GUI stall ms"]
    rows = []
    for a, b in zip(big, small, strict=True):
        for what in [k for k in a.ms if k != "action"]:
            x, y = a.ms[what], (b.ms.get(what) if a.compare else None)
            ratio = f"{x / y:.1f}×" if y else "–"
            rows.append(
                [a.name, what, _fmt(x), _fmt(y), ratio, _fmt(a.stall_ms) if what == list(a.ms)[-1] else ""]
            )
    return head, rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.sessions_view", description=__doc__.split("\n\n")[0])
    p.add_argument("--sessions", type=int, default=20_000, help="sessions to generate (default 20,000)")
    p.add_argument("--stations", type=int, default=500)
    p.add_argument("--users", type=int, default=5000)
    p.add_argument("--years", type=float, default=3.0)
    p.add_argument(
        "--meter-values",
        type=int,
        default=0,
        metavar="K",
        help="meter samples (energy + power) for every session (the newest 100 always get one a minute)",
    )
    p.add_argument("--baseline", type=int, default=100, help="sessions in the side-by-side small database")
    p.add_argument("--db", type=Path, help="keep the big database here and reuse it when its shape matches")
    p.add_argument("--regenerate", action="store_true", help="generate even when --db matches")
    p.add_argument(
        "--wait-quiet",
        type=float,
        default=0.0,
        metavar="S",
        help="wait up to S seconds for the machine to be quiet (others < 25%% of a core) first",
    )
    p.add_argument(
        "--totals-runs",
        type=int,
        default=5,
        metavar="N",
        help="time the totals (all time, one site) on N freshly opened pages after the scenario; the median "
        "is the goal's figure (default 5)",
    )
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    args = p.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    work = Path(tempfile.mkdtemp(prefix="chargedesk-sessions-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(
        work / "config"
    )  # QSettings (the export folder) stay out of the user's
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    big_shape = Shape(args.sessions, args.stations, args.users, args.years, args.meter_values)
    big = args.db or work / f"sessions-{args.sessions}.db"
    generated = None
    if args.regenerate or existing_shape(big) != big_shape.meta():
        print(f"generating {args.sessions:,} sessions into {big} …")
        generated = generate(big, big_shape, now)
        print(f"  done in {generated:.1f} s ({big.stat().st_size / 1e6:,.0f} MB)")
    else:
        print(f"reusing {big} ({big.stat().st_size / 1e6:,.0f} MB)")
        from app.db import upgrade

        before, after, _backup = upgrade(f"sqlite:///{big}")  # as the console does at start
        if before != after:
            print(f"  migrated from {before} to {after}")
    small = work / "sessions-small.db"
    generate(small, Shape(args.baseline, args.stations, args.users, args.years, 0), now, say=lambda _s: None)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("ChargeDesk-bench")
    month = (now - dt.timedelta(days=int(365.25 * args.years / 2))).date().replace(day=1)
    picks = dict(month=month, user_id=1, station_id=1, site_id=1, export_dir=work)
    print("warming up (imports, statement caches) …")
    # pandas: the first export of a console run pays its import (import_module binds no name: `app` stays the
    # QApplication)
    importlib.import_module("app.services.reports.exports")

    run_scenario(f"sqlite:///{small}", **picks)  # type: ignore[arg-type]
    print("measuring the small database …")
    small_steps, _small_facts = run_scenario(f"sqlite:///{small}", **picks)  # type: ignore[arg-type]
    if args.wait_quiet > 0:
        quiet = _wait_quiet(args.wait_quiet)
        print(
            "the machine is quiet" if quiet else f"still busy after {args.wait_quiet:g} s: measuring anyway"
        )
    print("measuring the big database …")
    busy0, own0, wall0 = _busy_seconds(), _own_seconds(), time.perf_counter()
    big_steps, big_facts = run_scenario(f"sqlite:///{big}", **picks)  # type: ignore[arg-type]
    totals = (
        time_totals(f"sqlite:///{big}", picks["site_id"], args.totals_runs) if args.totals_runs > 0 else {}
    )
    wall = time.perf_counter() - wall0
    other = max(0.0, (_busy_seconds() - busy0) - (_own_seconds() - own0)) / wall * 100 if wall else 0.0
    big_facts["other_load"] = other
    head, rows = tables(big_steps, small_steps, args.sessions, args.baseline)
    print()
    print(report.text_table(head, rows))
    facts = (
        f"rows: all {big_facts['all']:,}, this month {big_facts['this_month']:,}, the month "
        f"{big_facts['month']:,} (at one site {big_facts['month_site']:,}), one site {big_facts['site_all']:,}, "
        f"one user {big_facts['user_all']:,}, one station {big_facts['station_all']:,}; rows the model held "
        f"after the scrolls: {big_facts['cached_rows']:,}; chart points {big_facts['detail_points']}; "
        f"sessions exported {big_facts['exported']}; other processes used {other:.0f}% of a core "
        "meanwhile" + (" (the machine was not quiet: the figures are pessimistic)" if other > 25 else "")
    )
    print()
    print(facts)
    totals_line = ""
    if totals:
        med = {k: statistics.median(v) for k, v in totals.items()}
        totals_line = (
            f"totals on a freshly opened page, median of {args.totals_runs}: all time {med['all']:,.1f} ms "
            f"({', '.join(f'{x:.1f}' for x in totals['all'])}), one site, all time {med['site']:,.1f} ms "
            f"({', '.join(f'{x:.1f}' for x in totals['site'])})"
        )
        print(totals_line)
    if args.no_write:
        return 0
    if totals and args.sessions == 1_000_000:
        load = f"other load {other:.0f}% of a core, load average {os.getloadavg()[0]:.2f}"
        current.record(
            {"totals_1m_all": med["all"], "totals_1m_site": med["site"]},
            detail={
                "totals_1m_all": f"median of {args.totals_runs}; {load}",
                "totals_1m_site": f"median of {args.totals_runs}; {load}",
            },
        )
    info = report.machine()
    shown_args = " ".join(argv if argv is not None else sys.argv[1:])
    size = big.stat().st_size / 1e6
    made = f"generated in {generated:.0f} s" if generated is not None else "generated earlier"
    section = "\n".join(
        [
            f"## {now:%Y-%m-%d %H:%M} UTC — sessions view, {args.sessions:,} sessions",
            "",
            f"- Command: `{report.display_python()} -m bench.sessions_view {shown_args}`",
            f"- Machine: {info['cpu']}, {info['cores']} cores, {info['memory']}; {info['os']}; {info['python']}",
            f"- Packages: {info['packages']}; commit {info['commit']}",
            f"- Data: one SQLite file of {size:,.0f} MB ({made}): {args.stations} stations at 3 sites, "
            f"{args.users:,} users, {args.sessions:,} sessions over {args.years:g} years; side by side with a file of "
            f"{args.baseline} sessions (same stations and users). Warm OS page cache.",
            "- What is timed: `app.views.sessions.page.SessionsPage` (offscreen Qt), from the operator's action until the "
            "page shows the result: the first page of rows, the count (the scroll bar), the totals line. Reads run on "
            "worker threads. *GUI stall*: the longest the GUI thread was unavailable during the step (the worst "
            "lateness of a 2 ms timer): paints, and the worker threads' Python holding the GIL.",
            "",
            report.markdown_table(head, rows),
            "",
            f"- {facts}.",
            *([f"- {totals_line}."] if totals_line else []),
            "",
        ]
    )
    report.write_doc(section, args.output)
    print(f"\nwrote a section to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
