"""Machine description, result tables and ``docs/benchmarks.md``.

The document keeps every run: a new one goes at the top under a dated heading, below the marker line;
what was there stays below it.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"
MARKER = "<!-- new results go below this line, newest first -->"
HEADER = f"""# Benchmarks

Throughput and latency of ChargeDesk's central system (`chargedesk serve`) side by side with reference
central systems that store nothing, on the same machine under the same load, one after another. Written by
`python -m bench` (`make bench` runs the small suite); `bench/README.md` says what each target and column
means. Ratios measured side by side in one run are the figures to compare across machines; the absolute
figures depend on the machine and on what else it was doing (the "other load" column).

Reference (issue #7, a 2-core machine, 100 chargers, closed loop): echo floor ≈ 3,900 calls/s, bare tuned
≈ 2,500, bare default ≈ 1,600, bare default on qasync ≈ 700, bare tuned on qasync ≈ 1,650. Goals: serve
≥ 1.0× bare tuned; the central system inside the console ≥ 0.65× serve.

{MARKER}
"""

PACKAGES = ("ocpp", "websockets", "qasync", "PySide6", "SQLAlchemy")

# Figures from issue #7 (closed loop, 100 chargers, 2 cores), shown beside ours.
REFERENCE_CALLS_PER_S: dict[str, float] = {
    "echo": 3900,
    "bare": 1600,
    "bare-tuned": 2500,
    "bare-qasync": 700,
    "bare-qasync-tuned": 1650,
}

# (numerator, denominator, what it shows, goal)
RATIOS: tuple[tuple[str, str, str, float | None], ...] = (
    ("serve", "bare-tuned", "ChargeDesk vs the tuned bare library", 1.0),
    ("serve", "bare", "ChargeDesk vs the library's defaults", None),
    ("serve", "echo", "ChargeDesk vs the floor", None),
    ("bare-tuned", "bare", "what tuning the package buys", None),
    ("bare-qasync", "bare", "qasync loop, defaults", None),
    ("bare-qasync-tuned", "bare-tuned", "qasync loop, tuned", None),
    ("bare-qasync-tuned", "bare-qasync", "what tuning buys on qasync", None),
    ("bare-tuned", "echo", "the tuned library vs the floor", None),
)


@dataclass
class TargetResult:
    """One target of a run: the load's JSON result (best of the repeats) and what the runner saw."""

    name: str
    load: dict[str, Any] | None = None
    skipped: str | None = None
    remark: str | None = None
    server_cpu_pct: float = 0.0
    server_cpu_us_per_call: float | None = None
    other_cpu_pct: float | None = None
    server_rss_mb: float | None = None
    rss_per_connection_kb: float | None = None
    all_calls_per_s: list[float] = field(default_factory=list)

    @property
    def calls_per_s(self) -> float | None:
        return None if self.load is None else float(self.load["calls_per_s"])


@dataclass
class RunInfo:
    command: str
    started: dt.datetime
    machine: dict[str, str]
    settings: dict[str, Any]


# --- the machine -------------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError):
        pass
    return "?"


def _os_name() -> str:
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                return f"{line.split('=', 1)[1].strip(chr(34))}, kernel {platform.release()}"
    except OSError:
        pass
    return platform.platform()


def _git_commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"
    return f"{head}{' + uncommitted changes' if dirty else ''}" if head else "?"


def machine() -> dict[str, str]:
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            pass
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count() or "?"),
        "memory": _memory(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": _os_name(),
        "packages": ", ".join(versions),
        "commit": _git_commit(),
    }


def display_python() -> str:
    """The interpreter as the reader would type it: relative to the repository when it lives there."""
    exe = Path(sys.executable)
    try:
        return str(exe.relative_to(ROOT))
    except ValueError:
        return str(exe)


# --- tables ------------------------------------------------------------------------------------------------


def _num(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def _ms(value: float) -> str:
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def rows(results: Sequence[TargetResult], closed: bool) -> tuple[list[str], list[list[str]]]:
    head = [
        "target",
        "calls/s",
        "p50 ms",
        "p99 ms",
        "max ms",
        "errors",
        "idTag rejected",
        "server CPU",
        "server µs/call",
        "client CPU",
        "other load",
        "server RSS MB",
    ]
    if closed:
        head.insert(2, "issue #7 ref.")
    else:
        head.remove("server µs/call")  # mostly the idle connections' upkeep, not the calls'

        head.insert(2, "offered/s")
        head.insert(7, "late sends")
    if any(r.rss_per_connection_kb is not None for r in results):
        head.append("RSS/conn KB")
    if any(len(r.all_calls_per_s) > 1 for r in results):
        head.append("all runs calls/s")
    table: list[list[str]] = []
    for r in results:
        if r.load is None:
            table.append([r.name, "skipped (see notes)"] + ["–"] * (len(head) - 2))
            continue
        lat = r.load["latency_ms"]
        errors = str(r.load["errors_total"])
        if r.load["errors"]:
            errors += " (" + ", ".join(f"{k} {v}" for k, v in r.load["errors"].items()) + ")"
        row = [
            r.name,
            _num(r.calls_per_s),
            _ms(lat["p50"]),
            _ms(lat["p99"]),
            _ms(lat["max"]),
            errors,
            str(r.load["rejected"]),
            f"{r.server_cpu_pct:.0f}%",
            _num(r.server_cpu_us_per_call),
            f"{r.load['client_cpu_pct']:.0f}%",
            "–" if r.other_cpu_pct is None else f"{r.other_cpu_pct:.0f}%",
            _num(r.server_rss_mb),
        ]
        if closed:
            row.insert(2, _num(REFERENCE_CALLS_PER_S.get(r.name)))
        else:
            del row[8]  # server µs/call
            row.insert(2, _num(r.load.get("offered_calls_per_s")))
            row.insert(7, str(r.load.get("late_sends", 0)))
        if "RSS/conn KB" in head:
            row.append(_num(r.rss_per_connection_kb, 1))
        if "all runs calls/s" in head:
            row.append(" / ".join(f"{v:,.0f}" for v in r.all_calls_per_s))
        table.append(row)
    return head, table


def action_rows(results: Sequence[TargetResult]) -> tuple[list[str], list[list[str]]]:
    """Reply latency p50 / p99 (ms) of each call, per target."""
    from bench.load import ACTIONS

    present = [a for a in ACTIONS if any(r.load and a in r.load.get("by_action", {}) for r in results)]
    head = ["p50 / p99 ms", *present]
    table: list[list[str]] = []
    for r in results:
        if r.load is None:
            continue
        by = r.load.get("by_action", {})
        table.append(
            [r.name] + [f"{_ms(by[a]['p50'])} / {_ms(by[a]['p99'])}" if a in by else "–" for a in present]
        )
    return head, table


def ratio_rows(results: Sequence[TargetResult]) -> tuple[list[str], list[list[str]]]:
    """Ratios of calls/s, and of server CPU per call (inverted: > 1 means the numerator is cheaper),
    which a busy machine disturbs much less than throughput."""
    by_name = {r.name: r for r in results if r.calls_per_s}
    head = ["ratio", "calls/s", "issue #7 ref.", "goal", "by server CPU/call", "what it shows"]
    table: list[list[str]] = []
    for num, den, what, goal in RATIOS:
        a, b = by_name.get(num), by_name.get(den)
        if a is None or b is None or not a.calls_per_s or not b.calls_per_s:
            continue
        ratio = a.calls_per_s / b.calls_per_s
        ra, rb = REFERENCE_CALLS_PER_S.get(num), REFERENCE_CALLS_PER_S.get(den)
        ref = f"{ra / rb:.2f}×" if ra and rb else "–"
        verdict = "–" if goal is None else f"≥ {goal:.2f}×: {'met' if ratio >= goal else 'NOT met'}"
        ua, ub = a.server_cpu_us_per_call, b.server_cpu_us_per_call
        by_cpu = f"{ub / ua:.2f}×" if ua and ub else "–"
        table.append([f"{num} / {den}", f"{ratio:.2f}×", ref, verdict, by_cpu, what])
    return head, table


_NUMERIC = re.compile(r"^[\d.,–×%/ +-]*$")


def _right_aligned(table: Sequence[Sequence[str]], column: int) -> bool:
    """Numbers (and "–") align right; a column with any text in it aligns left."""
    return column > 0 and all(_NUMERIC.match(row[column]) for row in table)


def text_table(head: Sequence[str], table: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(row[i]) for row in table)) if table else len(h) for i, h in enumerate(head)]
    right = [_right_aligned(table, i) for i in range(len(head))]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in table:
        cells = (c.rjust(w) if r else c.ljust(w) for c, w, r in zip(row, widths, right, strict=True))
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def markdown_table(head: Sequence[str], table: Sequence[Sequence[str]]) -> str:
    rule = ["---:" if _right_aligned(table, i) else "---" for i in range(len(head))]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(rule) + "|"]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in table]
    return "\n".join(lines)


# --- the document -----------------------------------------------------------------------------------------


def markdown_section(info: RunInfo, results: Sequence[TargetResult], notes: Sequence[str]) -> str:
    s = info.settings
    closed = s["mode"] == "closed"
    when = info.started.strftime("%Y-%m-%d %H:%M %Z").strip()
    title = f"## {when} — {s['mode']} loop, {s['chargers']} chargers"
    if s.get("small"):
        title += " (small suite)"
    m = info.machine
    load = (
        f"{s['mode']} loop, mix `{s['mix']}`, {s['chargers']} chargers, {s['processes']} client "
        f"process{'es' if s['processes'] > 1 else ''}, {s['warmup']:g} s warm-up + {s['duration']:g} s measured"
    )
    if not closed:
        load += f", {s['rate']:g} calls/s per charger"
    load += (
        "; serve gets one user per charger holding that charger's idTag"
        if s.get("known_tags")
        else "; serve does not know the bench's idTags"
    )
    if s.get("repeat", 1) > 1:
        load += f", best of {s['repeat']} interleaved rounds"
    out = [
        title,
        "",
        f"- Command: `{info.command}`",
        f"- Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; {m['os']}; {m['python']}",
        f"- Packages: {m['packages']}; commit {m['commit']}",
        f"- Load: {load}",
        "",
        markdown_table(*rows(results, closed)),
    ]
    if closed:
        head, table = ratio_rows(results)
        if table:
            out += ["", markdown_table(head, table)]
    head, table = action_rows(results)
    if len(head) > 1 and table:
        out += ["", markdown_table(head, table)]
    if notes:
        out += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    return "\n".join(out) + "\n"


def write_doc(section: str, path: Path = DOC) -> None:
    """Put ``section`` at the top of the results, keeping what was there below it."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARKER in old:
        before, after = old.split(MARKER, 1)
        rest = after.strip("\n")
        new = before + MARKER + "\n\n" + section + ("\n" + rest + "\n" if rest else "")
    else:
        new = HEADER + "\n" + section + ("\n## Earlier content\n\n" + old if old.strip() else "")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new, encoding="utf-8")
