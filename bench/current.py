"""The current figures: one table of every goal, its latest measured value, met or not, the command, the date.

Each benchmark calls :func:`record` for the measures it produced at the size its goal names (a ``--small`` run
records nothing: its figures are not the goal's). The values live in ``docs/benchmarks-current.json`` (one entry
per measure, replaced by the newer run) and the table is rendered at the top of ``docs/benchmarks.md`` between
two marker lines, above the dated history that each run still appends. ``python -m bench.current`` prints the
table (``make bench`` does, after its runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import report

STORE = report.ROOT / "docs" / "benchmarks-current.json"
BEGIN = "<!-- current figures: begin (bench/current.py writes this table) -->"
END = "<!-- current figures: end -->"


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    goal: str
    met: Callable[[float], bool]
    fmt: Callable[[float], str]


def _ratio(v: float) -> str:
    return f"{v:.2f}×"


def _s(v: float) -> str:
    return f"{v:.2f} s"


def _ms(v: float) -> str:
    return f"{v:.1f} ms"


def _mb(v: float) -> str:
    return f"{v:.0f} MB"


MEASURES: tuple[Measure, ...] = (
    Measure(
        "serve_bare_tx",
        "serve / bare tuned, transaction-heavy mix, 100 chargers, closed loop (calls/s)",
        "≥ 1.0×",
        lambda v: v >= 1.0,
        _ratio,
    ),
    Measure(
        "serve_bare_tx_p99",
        "serve / bare tuned, same run: reply p99",
        "≤ 2.0×",
        lambda v: v <= 2.0,
        _ratio,
    ),
    Measure(
        "pg_sqlite_tx",
        "serve on PostgreSQL / serve on SQLite, same mix (calls/s)",
        "≥ 0.8×",
        lambda v: v >= 0.8,
        _ratio,
    ),
    Measure(
        "console_serve",
        "console's central system / serve, closed loop, Dashboard shown (calls/s)",
        "≥ 0.85×",
        lambda v: v >= 0.85,
        _ratio,
    ),
    Measure(
        "console_2000_reply_p99",
        "console, 2,000 chargers × 0.1 call/s, Dashboard shown: reply p99",
        "≤ 50 ms",
        lambda v: v <= 50.0,
        _ms,
    ),
    Measure(
        "console_2000_lag_p99",
        "console, same run: event-loop lag p99",
        "≤ 20 ms",
        lambda v: v <= 20.0,
        _ms,
    ),
    Measure("export_csv_100k", "export 100,000 sessions to CSV", "≤ 2 s", lambda v: v <= 2.0, _s),
    Measure("export_xlsx_100k", "export 100,000 sessions to XLSX", "≤ 5 s", lambda v: v <= 5.0, _s),
    Measure(
        "export_peak_mb", "export 100,000 sessions: peak memory (RSS)", "≤ 300 MB", lambda v: v <= 300, _mb
    ),
    Measure(
        "totals_1m_all",
        "Sessions page totals, 1,000,000 sessions, all time",
        "≤ 300 ms",
        lambda v: v <= 300.0,
        _ms,
    ),
    Measure(
        "totals_1m_site",
        "Sessions page totals, 1,000,000 sessions, one site",
        "≤ 300 ms",
        lambda v: v <= 300.0,
        _ms,
    ),
    Measure(
        "cold_start_100k",
        "cold start to a usable window, 100,000 sessions",
        "≤ 2 s",
        lambda v: v <= 2.0,
        _s,
    ),
    Measure("access_explain", "`chargedesk access explain`, wall time", "≤ 0.4 s", lambda v: v <= 0.4, _s),
    Measure(
        "team_event_p99",
        "team mode: host → attached console event latency p99, 1,000 chargers × 0.1 call/s",
        "≤ 250 ms",
        lambda v: v <= 250.0,
        _ms,
    ),
    Measure(
        "team_op_ratio",
        "team mode: an operation's round trip through the host / on the host (medians)",
        "≤ 1.5×",
        lambda v: v <= 1.5,
        _ratio,
    ),
    Measure(
        "team_host_consoles",
        "team mode: the host's closed-loop calls/s with 3 consoles attached / none",
        "≥ 0.9×",
        lambda v: v >= 0.9,
        _ratio,
    ),
    Measure(
        "load_start_p99",
        "load management, 200 chargers on one site: a session start → every affected charger's profile, p99",
        "≤ 1 s",
        lambda v: v <= 1.0,
        _s,
    ),
    Measure(
        "load_steady_per_min",
        "load management, same site, steady charging (190 sessions): SetChargingProfile calls per minute",
        "≤ 19 (0.1 a session)",
        lambda v: v <= 19.0,
        lambda v: f"{v:.1f}/min",
    ),
    Measure(
        "ll_block_s",
        "local lists, same site: a card blocked → gone from the last charger's list (SQLite)",
        "≤ 60 s",
        lambda v: v <= 60.0,
        _s,
    ),
)
BY_KEY = {m.key: m for m in MEASURES}


def command_line() -> str:
    """The command that is running, as a reader would type it."""
    args = ["python", "-m", _module(), *sys.argv[1:]]
    return shlex.join(args)


def _module() -> str:
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    name = getattr(spec, "name", None) or "bench"
    return str(name).removesuffix(".__main__")


def load(path: Path = STORE) -> dict[str, dict[str, Any]]:
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if k in BY_KEY}


def record(
    values: dict[str, float],
    *,
    command: str | None = None,
    detail: dict[str, str] | None = None,
    path: Path = STORE,
    doc: Path = report.DOC,
) -> None:
    """Store the newest value of each measure in ``values`` and re-render the table in ``doc``.

    ``detail`` may give a short text per key shown beside the value (e.g. the two calls/s behind a ratio).
    """
    unknown = sorted(set(values) - set(BY_KEY))
    if unknown:
        raise KeyError(f"unknown measures: {', '.join(unknown)}")
    data = load(path)
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    cmd = command or command_line()
    commit = report.machine().get("commit", "")
    for key, value in values.items():
        data[key] = {
            "value": float(value),
            "date": when,
            "command": cmd,
            "commit": commit,
            "detail": (detail or {}).get(key, ""),
        }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    write_table(doc, data)


def rows(data: dict[str, dict[str, Any]]) -> list[list[str]]:
    out = []
    for m in MEASURES:
        entry = data.get(m.key)
        if entry is None:
            out.append([m.label, m.goal, "not measured", "–", "–", "–"])
            continue
        value = float(entry["value"])
        now = m.fmt(value) + (f" ({entry['detail']})" if entry.get("detail") else "")
        out.append(
            [
                m.label,
                m.goal,
                now,
                "yes" if m.met(value) else "**no**",
                f"`{entry['command']}`",
                entry["date"],
            ]
        )
    return out


HEAD = ("measure", "goal", "now", "met", "command", "date")


def markdown(data: dict[str, dict[str, Any]]) -> str:
    return report.markdown_table(HEAD, rows(data))


def write_table(doc: Path, data: dict[str, dict[str, Any]]) -> None:
    block = (
        f"{BEGIN}\n## Current figures\n\n"
        "The latest measured value of each goal (issues #16, #12 and #14; 2-core machine; each ratio side by side in one run). "
        "The dated runs below keep the history.\n\n"
        f"{markdown(data)}\n{END}"
    )
    old = doc.read_text(encoding="utf-8") if doc.exists() else report.HEADER
    if BEGIN in old and END in old:
        before, rest = old.split(BEGIN, 1)
        after = rest.split(END, 1)[1]
        new = before + block + after
    else:
        title, nl, body = old.partition("\n")
        new = title + nl + "\n" + block + "\n" + body
    doc.parent.mkdir(parents=True, exist_ok=True)
    doc.write_text(new, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.current", description=__doc__)
    p.add_argument("--write", action="store_true", help="also re-render the table in docs/benchmarks.md")
    args = p.parse_args(argv)
    data = load()
    print(
        report.text_table(
            HEAD, [[r[0], r[1], r[2], r[3].strip("*"), r[4].strip("`"), r[5]] for r in rows(data)]
        )
    )
    if args.write:
        write_table(report.DOC, data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
