"""``python -m bench.faults``: run the fault suite, print each fault's figures, add a section to the document.

python -m bench.faults                     # full sizes (make faults)
python -m bench.faults --small             # the sizes of tests/faults
python -m bench.faults --only kill9,pg --no-write
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import report
from bench.faults.common import FaultResult, command_line, markdown_section, new_workdir
from bench.load import raise_fd_limit

FAULTS = ("fuzz", "storm", "kill9", "pg", "handshake", "pending", "passwords", "foreign", "nan")


def _fuzz(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import fuzz

    return fuzz.run(400 if small else 10_000, workdir=workdir)


def _storm(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import storm

    return storm.run(100 if small else 1000, workdir=workdir)


def _kill9(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import kill9

    return kill9.run(chargers=20 if small else 50, kills=2 if small else 5, workdir=workdir)


def _pg(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import pg_outage

    return pg_outage.run(chargers=10 if small else 50, outage_s=5.0 if small else 30.0, workdir=workdir)


def _handshake(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import handshake

    return handshake.run(workdir=workdir)


def _foreign(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import foreign_stops

    return foreign_stops.run(20 if small else 100, seconds=3.0 if small else 15.0, workdir=workdir)


def _nan(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import nan_meter

    return nan_meter.run(100 if small else 1000, seconds=6.0 if small else 20.0, workdir=workdir)


def _pending(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import pending_flood

    return pending_flood.run(made_up=1000, seconds=5.0 if small else 10.0, workdir=workdir)


def _passwords(small: bool, workdir: Path) -> FaultResult:
    from bench.faults import password_flood

    return password_flood.run(attackers=200, workdir=workdir)


RUNNERS: dict[str, Callable[[bool, Path], FaultResult]] = {
    "fuzz": _fuzz,
    "storm": _storm,
    "kill9": _kill9,
    "pg": _pg,
    "handshake": _handshake,
    "foreign": _foreign,
    "nan": _nan,
    "pending": _pending,
    "passwords": _passwords,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    p = argparse.ArgumentParser(prog="python -m bench.faults", description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true", help="the small sizes (as tests/faults runs them)")
    p.add_argument("--only", default=None, metavar="F[,F…]", help=f"faults to run, from {', '.join(FAULTS)}")
    p.add_argument("--skip", default=None, metavar="F[,F…]", help="faults to leave out")
    p.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    p.add_argument("--output", type=Path, default=report.DOC)
    args = p.parse_args(argv)
    only = [x for x in (args.only or "").split(",") if x] or list(FAULTS)
    skip = [x for x in (args.skip or "").split(",") if x]
    unknown = [x for x in only + skip if x not in FAULTS]
    if unknown:
        p.error(f"unknown fault(s) {', '.join(unknown)}; choose from {', '.join(FAULTS)}")
    raise_fd_limit()
    started = dt.datetime.now().astimezone()
    results: list[FaultResult] = []
    for name in [f for f in FAULTS if f in only and f not in skip]:
        print(f"faults: {name} …", flush=True)
        workdir = new_workdir(name)
        try:
            result = RUNNERS[name](args.small, workdir)
        except Exception as e:  # a fault that could not even be set up is reported, the others still run
            result = FaultResult(name, name, "(could not run)")
            result.fail(f"{type(e).__name__}: {e}")
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        print(result.text(), flush=True)
        results.append(result)
    if not args.no_write:
        report.write_doc(
            markdown_section(results, command_line("bench.faults", argv), args.small, started), args.output
        )
        print(f"faults: results added at the top of {args.output}")
    failed = [r.name for r in results if not r.ok]
    print(
        f"faults: {len(results) - len(failed)} of {len(results)} survived"
        + (f"; FAILED: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
