"""The Linux installer as an SME gets it (``make package``): the .deb is built — or reused when its inputs did not
change (build/chargedesk.inputs) — and unpacked into a throwaway prefix with ``dpkg -x`` (no root, nothing
installed on this machine). From that prefix: the console starts under a virtual X display, shows its window and
draws the map (QtWebEngine: QtWebEngineProcess, its resources and locales in the build); ``chargedesk serve``
starts as the systemd unit starts it (its ExecStart and environment, a temporary StateDirectory), migrates a
fresh SQLite file or PostgreSQL database, and a simulated charger (app.simulator, from the source tree) boots and
is Accepted; ``systemd-analyze verify`` accepts the unit where systemd-analyze exists."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import tomllib
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from app.db.migrate import HEAD_REVISION
from app.simulator.api import VirtualCharger
from tests.helpers.pgcluster import PgCluster
from tests.helpers.processes import desktop_env, xvfb_display

ROOT = Path(__file__).resolve().parents[2]
UNIT = "usr/lib/systemd/system/chargedesk-serve.service"
# the build takes a few minutes the first time (docs/benchmarks.md, "Installers"); each test then takes seconds
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

SITE = {
    "sites": [{"name": "Garage Bern", "timezone": "Europe/Zurich", "currency": "CHF", "vat_percent": 8.1}],
    "tariffs": [{"name": "public", "per_kwh": 0.45, "per_hour": 0, "start_fee": 0}],
    "stations": [
        {
            "charge_point_id": "SMOKE-1",
            "name": "Garage entrance",
            "site": "Garage Bern",
            "location": {"lat": 46.948, "lon": 7.4474, "address": "Bundesplatz 3, Bern"},
            "access": {"default": {"mode": "public", "tariff": "public"}},
            "connectors": [{"id": 1, "type": "Type2", "max_kw": 11}],
        }
    ],
}


def _required(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (packaging/debian-packages.txt, group test: make deps-test)"
        if os.environ.get("CI") or os.environ.get("CHARGEDESK_REQUIRE_PG"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def deb() -> Path:
    _required("dpkg-deb")
    done = subprocess.run(
        [sys.executable, "packaging/build_deb.py"], cwd=ROOT, capture_output=True, text=True, timeout=1500
    )
    assert done.returncode == 0, done.stderr[-4000:]
    return Path(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def prefix(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("installed")
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True, timeout=300)
    return root


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], check=True, capture_output=True, text=True
    ).stdout.strip()


def test_the_package_installs_the_program_menu_entry_icon_and_service(deb: Path, prefix: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert _field(deb, "Package") == "chargedesk"
    assert _field(deb, "Version") == version
    assert deb.name == f"chargedesk_{version}_{_field(deb, 'Architecture')}.deb"
    depends = {d.strip() for d in _field(deb, "Depends").split(",")}
    wanted = re.findall(r"^run: (.*)$", (ROOT / "packaging/debian-packages.txt").read_text(), re.M)
    assert {p for line in wanted for p in line.split()} <= depends
    assert "adduser" in depends  # postinst creates the chargedesk user with it

    assert os.access(prefix / "opt/chargedesk/chargedesk", os.X_OK)
    assert (prefix / "usr/bin/chargedesk").resolve() == (prefix / "opt/chargedesk/chargedesk").resolve()
    desktop = (prefix / "usr/share/applications/chargedesk.desktop").read_text()
    assert "Exec=chargedesk\n" in desktop and "Icon=chargedesk\n" in desktop
    validate = shutil.which("desktop-file-validate")  # desktop-file-utils, where installed
    if validate is not None:
        done = subprocess.run(
            [validate, str(prefix / "usr/share/applications/chargedesk.desktop")], capture_output=True
        )
        assert done.returncode == 0 and not done.stdout + done.stderr, done.stdout + done.stderr
    for size in (16, 32, 48, 128, 256):
        png = prefix / f"usr/share/icons/hicolor/{size}x{size}/apps/chargedesk.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (prefix / "usr/share/icons/hicolor/scalable/apps/chargedesk.svg").exists()
    assert (prefix / "etc/default/chargedesk").exists()
    # the build carries what Alembic, the map and the translations read as files
    internal = prefix / "opt/chargedesk/_internal"
    assert sorted(p.name for p in (internal / "app/db/migrations/versions").glob("*.py"))
    assert (internal / "resources/web/chargedesk-map.js").exists()
    assert (internal / "PySide6/Qt/libexec/QtWebEngineProcess").exists()


def test_the_build_holds_every_module_of_the_app_and_the_drivers(prefix: Path) -> None:
    """The frozen modules (the archive inside the installed program): each of app/ — also those only imported
    lazily or by name —, PostgreSQL's driver, the Modbus client and the time zones."""
    from PyInstaller.archive.readers import CArchiveReader

    frozen = set(
        CArchiveReader(str(prefix / "opt/chargedesk/chargedesk")).open_embedded_archive("PYZ.pyz").toc
    )
    modules = set()
    for f in (ROOT / "app").rglob("*.py"):
        parts = f.relative_to(ROOT).with_suffix("").parts
        modules.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    wanted = {m for m in modules if not m.startswith("app.db.migrations") and m != "app.__main__"}
    assert wanted - frozen == set()
    drivers = {
        "psycopg",
        "psycopg_binary",
        "sqlalchemy.dialects.postgresql.psycopg",
        "pymodbus.client",
        "tzdata",
    }
    assert drivers - frozen == set()


def test_the_service_unit_verifies(prefix: Path, tmp_path: Path) -> None:
    """``systemd-analyze verify`` on the installed unit, its program where the prefix has it (verify checks that
    ExecStart is executable; with --root it would also need systemd's own units in the prefix)."""
    tool = shutil.which("systemd-analyze")
    if tool is None:
        pytest.skip("systemd-analyze is not installed (systemd): the unit is not verified here")
    unit = tmp_path / "chargedesk-serve.service"
    text = (prefix / UNIT).read_text()
    assert "\nExecStart=/opt/chargedesk/chargedesk serve\n" in text
    unit.write_text(text.replace("\nExecStart=/opt/", f"\nExecStart={prefix}/opt/"))
    done = subprocess.run([tool, "verify", str(unit)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # no warning either


# --- serve, as the unit starts it --------------------------------------------------------------------------


def unit_service(prefix: Path) -> dict[str, list[str]]:
    """The [Service] section of the installed unit: each key with its values in order."""
    section = ""
    values: dict[str, list[str]] = {}
    for line in (prefix / UNIT).read_text().splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Service]" and "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            values.setdefault(key, []).append(value)
    return values


def environment_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, as systemd reads an EnvironmentFile (comments and blank lines skipped)."""
    env = {}
    for line in path.read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            env[key.strip()] = value.strip().strip('"')
    return env


def service_command(
    prefix: Path, state_root: Path, admin: dict[str, str]
) -> tuple[list[str], dict[str, str]]:
    """ExecStart (its program in ``prefix``) and the environment systemd gives it: PATH, LANG, the unit's
    Environment= (%S, the state root), the EnvironmentFile — the installed /etc/default/chargedesk as the
    administrator edited it with ``admin`` —; StateDirectory= made as systemd makes it."""
    service = unit_service(prefix)
    (state_root / service["StateDirectory"][0]).mkdir(parents=True, mode=0o750)
    env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"}
    for assignment in service.get("Environment", []):
        key, _, value = assignment.partition("=")
        env[key] = value.replace("%S", str(state_root))
    env_file = service["EnvironmentFile"][0].removeprefix("-")
    edited = prefix / env_file.lstrip("/")
    edited.write_text(edited.read_text() + "".join(f"{k}={v}\n" for k, v in admin.items()))
    env.update(environment_file(edited))
    program, *args = service["ExecStart"][0].split()
    return [str(prefix / program.lstrip("/")), *args], env


@contextlib.asynccontextmanager
async def service(
    argv: list[str], env: dict[str, str], log: Path
) -> AsyncIterator[tuple[asyncio.subprocess.Process, str]]:
    """The service's process, as systemd runs it (cwd /, no terminal); yields it and its ws://.../ocpp/ URL once it
    prints its line. Its stderr (the journal's) goes to ``log``."""
    err = await asyncio.to_thread(log.open, "wb")
    with err:
        proc = await asyncio.create_subprocess_exec(
            *argv, env=env, stdout=asyncio.subprocess.PIPE, stderr=err, cwd="/"
        )
        try:
            assert proc.stdout is not None
            line = (await asyncio.wait_for(proc.stdout.readline(), 120)).decode()
            if not line.startswith("listening on ws://127.0.0.1:"):
                pytest.fail(f"serve: {line!r}; its log: {await asyncio.to_thread(log.read_text)}")
            yield proc, line.split()[-1].removesuffix("{id}")
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()


def _fresh_pg_database(cluster: PgCluster) -> str:
    name = f"pkg{os.getpid()}"
    cluster.create_database(name)
    return cluster.url(name)


def _revision(db_url: str, state: Path) -> str:
    if db_url.startswith("sqlite"):
        with contextlib.closing(sqlite3.connect(state / "chargedesk" / "chargedesk.db")) as conn:
            return str(conn.execute("select version_num from alembic_version").fetchone()[0])
    import psycopg

    with psycopg.connect(db_url.replace("postgresql+psycopg", "postgresql")) as conn:
        row = conn.execute("select version_num from alembic_version").fetchone()
        assert row is not None
        return str(row[0])


@pytest.mark.parametrize("database", ["sqlite", "pg"])
async def test_serve_runs_as_the_service_and_a_charger_is_accepted(
    prefix: Path, tmp_path: Path, database: str, request: pytest.FixtureRequest
) -> None:
    """A fresh database each time: serve migrates it (the build carries Alembic and the migrations, psycopg for
    PostgreSQL), listens, and the charger that boots is Accepted; SIGTERM (systemctl stop) ends it cleanly."""
    admin = {
        "CHARGEDESK_OCPP_HOST": "127.0.0.1",
        "CHARGEDESK_OCPP_PORT": "0",
        "CHARGEDESK_UNKNOWN_CHARGERS": "accept",
    }
    db_url = f"sqlite:///{tmp_path / 'state' / 'chargedesk' / 'chargedesk.db'}"
    if database == "pg":
        db_url = _fresh_pg_database(request.getfixturevalue("pg_cluster"))
        admin["CHARGEDESK_DATABASE_URL"] = db_url
    argv, env = service_command(prefix, tmp_path / "state", admin)
    assert argv[1:] == ["serve"]
    async with service(argv, env, tmp_path / "serve.log") as (proc, url):
        async with VirtualCharger(url, "SMOKE-1", connectors=1, seed=3) as charger:
            booted = await charger.wait_for("booted", timeout=60)
            assert booted.data["status"] == "Accepted", booted.line
        assert await asyncio.to_thread(_revision, db_url, tmp_path / "state") == HEAD_REVISION
        proc.send_signal(signal.SIGTERM)  # systemctl stop
        assert await asyncio.wait_for(proc.wait(), 60) == 0
    if database == "sqlite":  # the data went to the StateDirectory, nowhere else
        assert (tmp_path / "state" / "chargedesk" / "chargedesk.db").exists()


# --- the console, under Xvfb --------------------------------------------------------------------------------


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    """A virtual X display (Xvfb) of its own: ``:N``."""
    xvfb = _required("Xvfb")
    _required("xdotool")
    with xvfb_display(tmp_path / "xvfb.log", xvfb) as name:
        yield name


class Lines:
    """A child's stderr read on a thread: every line kept, and a wait for the first matching one."""

    def __init__(self, stream: object, log: Path) -> None:
        self.lines: list[str] = []
        self.cond = threading.Condition()
        self.log = log
        self.thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.thread.start()

    def _read(self, stream: object) -> None:
        with self.log.open("w") as out:
            for line in stream:  # type: ignore[attr-defined]
                out.write(line)
                out.flush()
                with self.cond:
                    self.lines.append(line)
                    self.cond.notify_all()
        with self.cond:
            self.lines.append("")  # the end
            self.cond.notify_all()

    def wait_for(self, pattern: str, timeout: float) -> str:
        regex = re.compile(pattern)
        with self.cond:
            found = self.cond.wait_for(
                lambda: any(regex.search(x) for x in self.lines) or (self.lines and self.lines[-1] == ""),
                timeout,
            )
            match = next((x for x in self.lines if regex.search(x)), None)
        assert found and match, f"no {pattern!r} from the console; it wrote:\n{''.join(self.lines)[-4000:]}"
        return match


def test_the_installed_console_shows_its_window_and_the_map(
    prefix: Path, tmp_path: Path, display: str
) -> None:
    """Started as the menu entry starts it (``chargedesk``, from /usr/bin), on a site with one located station and
    the Map page last shown: the window ChargeDesk is mapped on the display, and the map page is drawn with the
    station's marker (logged by the page with -v once its script ran in QtWebEngine and answered over the web
    channel)."""
    env = desktop_env(tmp_path, display, f"{prefix / 'usr/bin'}:/usr/bin:/bin")
    config = Path(env["XDG_CONFIG_HOME"]) / "ChargeDesk"
    config.mkdir(parents=True)
    (config / "ChargeDesk.conf").write_text("[window]\npage=Map\n")  # QSettings("ChargeDesk", "ChargeDesk")
    site = tmp_path / "site.json"
    site.write_text(json.dumps(SITE))
    imported = subprocess.run(
        ["chargedesk", "config", "import", str(site)], env=env, capture_output=True, text=True, timeout=180
    )
    assert imported.returncode == 0, imported.stderr

    proc = subprocess.Popen(
        ["chargedesk", "-v"],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = Lines(proc.stderr, tmp_path / "console.log")
    try:
        lines.wait_for(r"map: 1 markers drawn", timeout=240)
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "^ChargeDesk$"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert found.returncode == 0 and found.stdout.split(), found.stderr
        name = subprocess.run(
            ["xdotool", "getwindowname", found.stdout.split()[0]], env=env, capture_output=True, text=True
        ).stdout.strip()
        assert name == "ChargeDesk"
        assert not [x for x in lines.lines if " ERROR " in x or "Traceback" in x], "".join(lines.lines)
        proc.send_signal(signal.SIGTERM)  # as the desktop session's log-out: the staged shutdown
        assert proc.wait(120) == 0, "".join(lines.lines)[-4000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        assert proc.stderr is not None
        lines.thread.join(30)  # to the end of its output
        proc.stderr.close()
