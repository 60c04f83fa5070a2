"""One central system per SQLite file (:mod:`app.db.holder`): real ``chargedesk serve`` processes on one file."""

from __future__ import annotations

import datetime as dt
import json
import signal
import socket
import sqlite3
import sys
from pathlib import Path

import pytest

from app.db import upgrade
from app.db.holder import FileHeld, Holder, hold, holder_path
from app.db.migrate import HEAD_REVISION
from tests.helpers.processes import chargedesk, serving

SITE = {
    "sites": [{"name": "HQ Zurich", "timezone": "Europe/Zurich", "currency": "CHF"}],
    "users": [{"name": "Eva Keller", "email": "eva@example.ch", "tags": ["04A2B3C4"]}],
    "stations": [{"charge_point_id": "HALL-B-1", "name": "Hall B", "site": "HQ Zurich"}],
}


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "chargedesk.db"
    upgrade(f"sqlite:///{path}")
    return path


def test_a_second_serve_on_the_file_exits_2_naming_the_first(sqlite_file: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{sqlite_file}"
    with serving(url, tmp_path / "data") as first:
        second = chargedesk(tmp_path / "data", "serve", "--db", url, "--host", "127.0.0.1", "--port", "0")
        assert second.returncode == 2
        assert second.stdout == ""  # it never listened
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert lines[0].startswith("chargedesk: chargedesk.db is already used by `chargedesk serve` (")
        assert f"pid {first.pid} on {socket.gethostname()}" in lines[0]
        assert lines[0].endswith(": stop it, or serve another database")
        assert first.poll() is None  # the first one is not disturbed
        content = json.loads(holder_path(sqlite_file).read_text())
        assert content["program"] == "serve" and content["pid"] == first.pid
        first.send_signal(signal.SIGTERM)
        assert first.wait(30) == 0
    assert holder_path(sqlite_file).read_text() == ""  # a clean stop leaves no name behind


def test_commands_without_a_central_system_work_while_the_file_is_held(
    sqlite_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    site = tmp_path / "site.json"
    site.write_text(json.dumps(SITE))
    users = tmp_path / "users.csv"
    with serving(f"sqlite:///{sqlite_file}", data):
        for args in (
            ("config", "import", str(site)),
            ("config", "export", str(tmp_path / "out.json")),
            ("access", "explain", "--station", "HALL-B-1", "--tag", "04A2B3C4"),
            ("users", "export", str(users)),
            ("users", "import", str(users)),
            ("sessions", "export", "--format", "csv", "--out", str(tmp_path / "sessions.csv")),
            ("db", "current"),
        ):
            r = chargedesk(data, *args)
            assert r.returncode == 0, (args, r.stderr)
    assert json.loads((tmp_path / "out.json").read_text())["stations"][0]["charge_point_id"] == "HALL-B-1"


def test_after_kill_9_of_the_holder_the_next_serve_starts(sqlite_file: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{sqlite_file}"
    with serving(url, tmp_path / "data") as crashed:
        crashed.send_signal(signal.SIGKILL)
        crashed.wait(30)
    assert (
        json.loads(holder_path(sqlite_file).read_text())["pid"] == crashed.pid
    )  # its name is still written...
    with serving(url, tmp_path / "data") as after:  # ...but the lock died with it
        assert json.loads(holder_path(sqlite_file).read_text())["pid"] == after.pid


def test_a_held_file_behind_the_code_is_not_migrated_under_its_holder(
    sqlite_file: Path, tmp_path: Path
) -> None:
    """A newer ChargeDesk (here: a file stamped one revision back) does not migrate a file another process runs a
    central system on: refused with the holder's name, no backup made, nothing changed."""
    url = f"sqlite:///{sqlite_file}"
    with serving(url, tmp_path / "data") as holder:
        con = sqlite3.connect(sqlite_file)
        con.execute("UPDATE alembic_version SET version_num = '0007'")
        con.commit()
        con.close()
        r = chargedesk(tmp_path / "data", "db", "upgrade", "--db", url)
        assert r.returncode == 2
        assert f"is at revision 0007, this ChargeDesk needs {HEAD_REVISION}" in r.stderr
        assert f"`chargedesk serve` (pid {holder.pid} on" in r.stderr and "stop it first" in r.stderr
        assert not list(sqlite_file.parent.glob("chargedesk.db.bak-*"))
    con = sqlite3.connect(sqlite_file)
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [("0007",)]
    con.close()


def test_holding_twice_in_one_process_is_refused_and_release_frees_it(tmp_path: Path) -> None:
    path = tmp_path / "chargedesk.db"
    lock = hold(path, "console")
    try:
        with pytest.raises(FileHeld, match=r"chargedesk\.db is already used by the ChargeDesk console \(pid"):
            hold(path, "serve")
    finally:
        lock.release()
    again = hold(path, "serve")
    assert json.loads(holder_path(path).read_text())["program"] == "serve"
    again.release()
    assert not again.held


def test_the_holder_is_said_in_local_time_with_the_date_when_not_today() -> None:
    since = dt.datetime(2026, 12, 7, 7, 12, tzinfo=dt.UTC)
    h = Holder("serve", 4711, "office-pc", "anna", since)
    local = since.astimezone().strftime("%H:%M")
    assert h.describe(now=since + dt.timedelta(hours=1)) == (
        f"`chargedesk serve` (pid 4711 on office-pc, user anna, since {local})"
    )
    assert f"since {since.astimezone():%Y-%m-%d} {local})" in h.describe(now=since + dt.timedelta(days=2))
    assert Holder.from_json(h.to_json()) == h
    for damaged in ("", "{", '{"program": "serve"}', "[]"):
        assert Holder.from_json(damaged) is None


def test_a_file_held_by_a_process_that_has_not_written_its_name_yet(tmp_path: Path) -> None:
    """The holder's sidecar is locked but still empty (it started this instant): said so, not a crash."""
    import subprocess

    path = tmp_path / "chargedesk.db"
    code = (
        "import fcntl, os, sys\n"
        f"fd = os.open({str(holder_path(path))!r}, os.O_RDWR | os.O_CREAT)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "locked\n"
        with pytest.raises(FileHeld, match="already used by another process that is starting right now"):
            hold(path, "serve")
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(30)
        proc.stdout.close()  # type: ignore[union-attr]


def test_a_lock_file_that_cannot_be_opened_is_said_in_one_line(sqlite_file: Path, tmp_path: Path) -> None:
    holder_path(sqlite_file).mkdir()  # something in the way of the sidecar
    r = chargedesk(
        tmp_path / "data", "serve", "--db", f"sqlite:///{sqlite_file}", "--host", "127.0.0.1", "--port", "0"
    )
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.strip() == (
        f"chargedesk: cannot open {holder_path(sqlite_file)} to hold chargedesk.db: Is a directory"
    )
