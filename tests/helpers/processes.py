"""ChargeDesk as real processes for the tests: ``chargedesk serve`` (on an asyncio loop, or kept running beside a
plain test) and one-shot CLI commands, and HAProxy in front of serve nodes."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def data_env(data_dir: Path) -> dict[str, str]:
    """The environment of a child ``chargedesk``: ``data_dir`` as its data directory, no database from ours."""
    env = {**os.environ, "CHARGEDESK_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}
    env.pop("CHARGEDESK_DATABASE_URL", None)
    return env


def child_env(tmp_path: Path) -> dict[str, str]:
    return data_env(tmp_path / "data")


def serve_argv(db_url: str, *extra: str, port: int = 0, host: str = "127.0.0.1") -> list[str]:
    """``python -m app serve`` on ``host`` (127.0.0.1 unless given) and a free port unless given."""
    return [
        sys.executable,
        "-m",
        "app",
        "serve",
        "--db",
        db_url,
        "--host",
        host,
        "--port",
        str(port),
        *extra,
    ]


@contextlib.asynccontextmanager
async def serve_process(
    db_url: str, tmp_path: Path, *extra: str, port: int = 0, host: str = "127.0.0.1"
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """``python -m app serve`` on ``host`` (127.0.0.1 unless given) and a free port unless given; yields (process,
    ws://.../ocpp/) once it prints its first line (the addresses chargers use follow it on stdout). Its stderr goes
    to a file in ``tmp_path`` (kept for a failing test)."""
    log = await asyncio.to_thread((tmp_path / f"serve-{time.monotonic_ns()}.log").open, "wb")
    with log:
        proc = await asyncio.create_subprocess_exec(
            *serve_argv(db_url, *extra, port=port, host=host),
            cwd=ROOT,
            env=child_env(tmp_path),
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
        )
        try:
            assert proc.stdout is not None
            line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
            assert line.startswith(f"listening on ws://{host}:"), line
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


def chargedesk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m app <args>`` to its end, with ``data_dir`` as the data directory (for tests without a loop)."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=data_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )


@contextlib.contextmanager
def serving(db_url: str, data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """``chargedesk serve`` on ``db_url`` and a free port, yielded once it listens, for tests without a loop;
    stopped (SIGKILL if it still runs) at the end. Its stderr goes to ``data_dir/serve.log``."""
    data_dir.mkdir(parents=True, exist_ok=True)
    log = (data_dir / "serve.log").open("ab")
    with log:
        proc = subprocess.Popen(
            serve_argv(db_url),
            cwd=ROOT,
            env=data_env(data_dir),
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
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


HAPROXY_SAMPLE = ROOT / "packaging" / "haproxy" / "chargedesk.cfg"


def haproxy_binary() -> str:
    """The haproxy program; the test is skipped without it, and fails in CI (packaging/ensure-debian-deps.sh test
    installs it there)."""
    import shutil

    import pytest

    found = shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/usr/local/sbin")
    if found is None:
        if os.environ.get("CI") or os.environ.get("CHARGEDESK_REQUIRE_PG"):
            pytest.fail("haproxy is not installed, and CI requires it (apt-get install haproxy)")
        pytest.skip("haproxy is not installed: apt-get install haproxy")
    return found


def haproxy_site_config(sample: str, listen: str, nodes: list[str]) -> str:
    """The sample configuration with its ``bind`` address replaced by ``listen`` and its servers' addresses by
    ``nodes`` (host:port, as many as the sample has servers); everything else as shipped."""
    lines, servers = [], iter(nodes)
    bound = False
    for line in sample.splitlines():
        words = line.split()
        if words[:1] == ["bind"]:
            assert not bound, "the sample binds once"
            line, bound = f"    bind {listen}", True
        elif words[:1] == ["server"]:
            line = f"    server {words[1]} {next(servers)} {' '.join(words[3:])}".rstrip()
        lines.append(line)
    assert bound and next(servers, None) is None, "one server line per node"
    return "\n".join(lines) + "\n"


@contextlib.asynccontextmanager
async def haproxy_process(binary: str, tmp_path: Path, nodes: list[str], port: int) -> AsyncIterator[str]:
    """HAProxy in the foreground with packaging/'s sample configuration in front of ``nodes`` (host:port), listening
    on 127.0.0.1:``port``; yields the chargers' base URL (ws://127.0.0.1:port/ocpp/) once it accepts connections.
    Its configuration and output are kept in ``tmp_path``."""
    site = tmp_path / "haproxy-chargedesk.cfg"
    site.write_text(haproxy_site_config(HAPROXY_SAMPLE.read_text(), f"127.0.0.1:{port}", nodes))
    glob = tmp_path / "haproxy-global.cfg"
    glob.write_text(
        "global\n    maxconn 2000\n"
    )  # Debian's global section needs root (chroot, user, sockets)
    log = await asyncio.to_thread((tmp_path / "haproxy.log").open, "wb")
    with log:
        proc = await asyncio.create_subprocess_exec(
            binary, "-db", "-f", str(glob), "-f", str(site), stdout=log, stderr=log
        )
        try:
            deadline = time.monotonic() + 15
            while True:
                assert proc.returncode is None, (tmp_path / "haproxy.log").read_text()
                try:
                    _reader, writer = await asyncio.open_connection("127.0.0.1", port)
                except OSError:
                    assert time.monotonic() < deadline, "haproxy did not listen within 15 s"
                    await asyncio.sleep(0.05)
                    continue
                writer.close()
                break
            yield f"ws://127.0.0.1:{port}/ocpp/"
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()


@contextlib.contextmanager
def xvfb_display(log: Path, xvfb: str = "Xvfb") -> Iterator[str]:
    """A virtual X display of its own (Xvfb picks a free number): yields ``:N``; its output goes to ``log``."""
    read, write = os.pipe()
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=out,
        )
    os.close(write)
    try:
        with os.fdopen(read) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError(f"Xvfb did not start: {log.read_text()}")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(30)


def desktop_env(tmp: Path, display: str, path: str) -> dict[str, str]:
    """The environment of a console started on ``display`` as a desktop user would, with nothing of ours: its home,
    settings (``tmp``/home/.config, where QSettings("ChargeDesk", "ChargeDesk") is) and data directory in ``tmp``,
    and the central system on a free port of 127.0.0.1."""
    home = tmp / "home"
    return {
        "PATH": path,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(tmp),
        "LANG": "C.UTF-8",
        "DISPLAY": display,
        "CHARGEDESK_DATA_DIR": str(tmp / "data"),
        "CHARGEDESK_OCPP_HOST": "127.0.0.1",
        "CHARGEDESK_OCPP_PORT": "0",
    }
