"""ChargeDesk as real processes for the tests: ``chargedesk serve`` and one-shot CLI commands."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def child_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CHARGEDESK_DATA_DIR": str(tmp_path / "data"), "PYTHONUNBUFFERED": "1"}


@contextlib.asynccontextmanager
async def serve_process(
    db_url: str, tmp_path: Path, *extra: str, port: int = 0
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """``python -m app serve`` on 127.0.0.1 (a free port unless given); yields (process, ws://.../ocpp/) once it
    prints its line. Its stderr goes to a file in ``tmp_path`` (kept for a failing test)."""
    log = await asyncio.to_thread((tmp_path / f"serve-{time.monotonic_ns()}.log").open, "wb")
    with log:
        proc = await asyncio.create_subprocess_exec(
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
            *extra,
            cwd=ROOT,
            env=child_env(tmp_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
        )
        try:
            assert proc.stdout is not None
            line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
            assert line.startswith("listening on ws://127.0.0.1:"), line
            yield proc, line.split()[-1].removesuffix("{id}")
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()


async def cli(tmp_path: Path, *args: str, timeout: float = 60) -> tuple[int, str, str]:
    """``python -m app ARGS``: (exit status, stdout, stderr)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app",
        *args,
        cwd=ROOT,
        env=child_env(tmp_path),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()
