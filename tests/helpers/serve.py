"""``chargedesk`` as a real process: ``serve`` kept running while a test works beside it, and one-shot commands."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict[str, str]:
    env = {**os.environ, "CHARGEDESK_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    env.pop("CHARGEDESK_DATABASE_URL", None)
    return env


def chargedesk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m app <args>`` to its end, with ``data_dir`` as the data directory."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )


def serve_argv(db_url: str) -> list[str]:
    return [sys.executable, "-m", "app", "serve", "--db", db_url, "--host", "127.0.0.1", "--port", "0"]


@contextlib.contextmanager
def serving(db_url: str, data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """``chargedesk serve`` on ``db_url`` and a free port, yielded once it listens; stopped (SIGKILL if it still
    runs) at the end. Its stderr goes to ``data_dir/serve.log``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "serve.log").open("ab")
    with log:
        proc = subprocess.Popen(
            serve_argv(db_url), cwd=ROOT, env=_env(data_dir), stdout=subprocess.PIPE, stderr=log, text=True
        )
        assert proc.stdout is not None
        try:
            line = proc.stdout.readline()
            assert line.startswith("listening on ws://127.0.0.1:"), line + (data_dir / "serve.log").read_text(
                errors="replace"
            )
            yield proc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            proc.stdout.close()
