"""The installer's build: its size and cold start-up, against the source tree (and another build to compare).

    .venv/bin/python -m bench.package_startup                     # build/dist/chargedesk (make package), 5 runs
    .venv/bin/python -m bench.package_startup --runs 9 --other nuitka=/tmp/nk/out/__main__.dist/chargedesk

Each run is a new process on a copy of the same small database (one site, one station; made by the source
tree's ``chargedesk config import`` of the smoke test's site), in a fresh data and settings directory:

* **console → window**: from just before ``exec`` of ``chargedesk`` on a virtual X display (Xvfb, as the smoke
  test) until its window named ChargeDesk is mapped (``xdotool search --onlyvisible``, polled every 20 ms);
* **serve → listening**: from just before ``exec`` of ``chargedesk serve`` until it prints its ``listening on``
  line.

"Source" is ``python -m app`` from this checkout in the current venv. The median of the runs is printed (min and
max too). The OS page cache is warm after the first run (the first run of each is printed as well). Xvfb and
xdotool: packaging/debian-packages.txt, group test.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.helpers.processes import desktop_env, xvfb_display
from tests.integration.test_package import SITE  # one site, one located station

ROOT = Path(__file__).resolve().parents[1]


def tree_size_mb(path: Path) -> float:
    return sum(f.lstat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def fresh(tmp: Path, database: Path) -> None:
    for name in ("home", "data"):
        shutil.rmtree(tmp / name, ignore_errors=True)
    (tmp / "data").mkdir()
    (tmp / "home" / ".config").mkdir(parents=True)
    shutil.copyfile(database, tmp / "data" / "chargedesk.db")


def console_to_window(argv: list[str], env: dict[str, str], log: Path, timeout: float = 180) -> float:
    with log.open("wb") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=err)
    try:
        while time.perf_counter() - t0 < timeout:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^ChargeDesk$"],
                env=env,
                capture_output=True,
            )
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - t0
            if proc.poll() is not None:
                tail = log.read_text(errors="replace")[-3000:]
                xvfb = (log.parent / "xvfb.log").read_text(errors="replace")[-1000:]
                tail += f"\nXvfb's log: {xvfb}"
                raise RuntimeError(
                    f"{argv[0]} ended with {proc.returncode} before its window showed:\n{tail}"
                )
            time.sleep(0.02)
        raise RuntimeError(f"{argv[0]}: no window within {timeout} s")
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def serve_to_listening(argv: list[str], env: dict[str, str], timeout: float = 120) -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*argv, "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - t0
        if not line.startswith("listening on"):
            raise RuntimeError(f"{argv[0]} serve: {line!r}")
        if elapsed > timeout:
            raise RuntimeError(f"{argv[0]} serve took {elapsed:.1f} s")
        return elapsed
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)


def summary(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):5.2f} s  (first {values[0]:5.2f}, "
        f"min {min(values):5.2f}, max {max(values):5.2f})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--build", type=Path, default=ROOT / "build" / "dist" / "chargedesk", help="one-folder build"
    )
    parser.add_argument("--deb", type=Path, default=None, help="its .deb (default: the newest in build/)")
    parser.add_argument(
        "--other", action="append", default=[], metavar="NAME=DIR", help="another build to compare"
    )
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"bench.package_startup: {tool} is not installed (apt-get install xvfb xdotool)")
    source = {"PYTHONPATH": str(ROOT)}
    variants = {"source (python -m app)": ([sys.executable, "-m", "app"], None, source)}
    variants["PyInstaller build"] = ([str(args.build / "chargedesk")], args.build, {})
    for other in args.other:
        name, _, path = other.partition("=")
        variants[name] = ([str(Path(path) / "chargedesk")], Path(path), {})
    debs = sorted((ROOT / "build").glob("chargedesk_*.deb"), key=lambda p: p.stat().st_mtime)
    deb = args.deb or (debs[-1] if debs else None)

    with tempfile.TemporaryDirectory(prefix="chargedesk-bench-") as t:
        tmp = Path(t)
        with xvfb_display(tmp / "xvfb.log") as display:
            env = desktop_env(tmp, display, os.environ.get("PATH", "/usr/bin:/bin"))
            (tmp / "data").mkdir()
            (tmp / "site.json").write_text(json.dumps(SITE))
            subprocess.run(
                [sys.executable, "-m", "app", "config", "import", str(tmp / "site.json")],
                env={**env, "PYTHONPATH": str(ROOT)},
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            database = tmp / "site.db"
            shutil.move(tmp / "data" / "chargedesk.db", database)
            print(f"{args.runs} runs each, load average {os.getloadavg()[0]:.2f} at the start")
            for name, (argv, folder, extra) in variants.items():
                size = f"{tree_size_mb(folder):6.0f} MB unpacked" if folder else "(the venv)"
                windows, listens = [], []
                for _ in range(args.runs):
                    fresh(tmp, database)
                    windows.append(console_to_window(argv, {**env, **extra}, tmp / "console.log"))
                    fresh(tmp, database)
                    listens.append(serve_to_listening(argv, {**env, **extra}))
                print(f"{name}: {size}")
                print(f"  console -> window   {summary(windows)}")
                print(f"  serve -> listening  {summary(listens)}")
            if deb is not None:
                print(f"{deb.name}: {deb.stat().st_size / 1e6:.0f} MB")
            print(f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
