"""The command line as a script or a technician uses it: real processes, a real SQLite file."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

SITE = {
    "sites": [{"name": "HQ Zurich", "timezone": "Europe/Zurich", "currency": "CHF", "vat_percent": 8.1}],
    "tariffs": [
        {"name": "employee", "per_kwh": 0.20, "per_hour": 0, "start_fee": 0},
        {"name": "public", "per_kwh": 0.45, "per_hour": 0, "start_fee": 0},
    ],
    "users": [
        {
            "name": "Eva Keller",
            "email": "eva@example.ch",
            "tags": ["04A2B3C4", {"id_tag": "DEADBEEF", "status": "blocked"}],
        },
        {"name": "Max Huber", "email": "max@example.ch", "tags": ["11AA22BB"]},
        {"name": "Guest", "email": "guest@example.ch", "tags": ["99887766"]},
    ],
    "stations": [
        {
            "charge_point_id": "HALL-B-1",
            "name": "Hall B",
            "site": "HQ Zurich",
            "location": {"lat": 47.3769, "lon": 8.5417, "address": "Hall B"},
            "access": {
                "default": {"mode": "public", "tariff": "public"},
                "windows": [
                    {
                        "days": "Mon-Fri",
                        "from": "07:00",
                        "to": "18:00",
                        "mode": "limited",
                        "tariff": "employee",
                    }
                ],
            },
            "owners": ["Max Huber"],
            "special_users": [{"user": "Eva Keller", "tariff": "employee"}],
            "connectors": [{"id": 1, "type": "Type2", "max_kw": 22}],
        }
    ],
}


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CHARGEDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("CHARGEDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    f = tmp_path / "site.json"
    f.write_text(json.dumps(SITE))
    r = cli(tmp_path, "config", "import", str(f))
    assert r.returncode == 0, r.stderr
    return f


def test_config_export_import_round_trip(tmp_path: Path, site: Path) -> None:
    out = tmp_path / "out.json"
    assert cli(tmp_path, "config", "export", str(out)).returncode == 0
    other = f"sqlite:///{tmp_path / 'other.db'}"
    r = cli(tmp_path, "config", "import", "--db", other, str(out))
    assert r.returncode == 0, r.stderr
    again = tmp_path / "again.json"
    assert cli(tmp_path, "config", "export", "--db", other, str(again)).returncode == 0
    assert json.loads(again.read_text()) == json.loads(out.read_text())
    assert json.loads(out.read_text())["stations"][0]["access"]["windows"][0]["from"] == "07:00"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_config_export_is_owner_only(tmp_path: Path, site: Path) -> None:
    """The exported site holds password hashes: the file is 0600 whatever the umask, also when it replaces an
    existing world-readable file, and no temporary file is left behind."""
    out = tmp_path / "exports" / "site.json"
    out.parent.mkdir()
    out.write_text("old")
    out.chmod(0o644)
    old_umask = os.umask(0o022)
    try:
        assert cli(tmp_path, "config", "export", str(out)).returncode == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert json.loads(out.read_text())["stations"]
    assert [p.name for p in out.parent.iterdir()] == ["site.json"]


def test_bad_config_is_refused_whole_with_every_problem(tmp_path: Path) -> None:
    bad = json.loads(json.dumps(SITE))
    bad["stations"][0]["access"]["windows"][0]["from"] = "25:00"
    bad["users"][0]["tags"][0] = "X" * 37
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad))
    r = cli(tmp_path, "config", "import", str(f))
    assert r.returncode == 2
    assert "stations[0].access.windows[0].from: 25:00 is not a time" in r.stderr
    assert "users[0].tags[0]" in r.stderr
    out = tmp_path / "out.json"
    assert cli(tmp_path, "config", "export", str(out)).returncode == 0
    assert json.loads(out.read_text())["stations"] == []  # nothing was written


def test_malformed_json_is_a_clear_message(tmp_path: Path) -> None:
    f = tmp_path / "broken.json"
    f.write_text('{"sites": [')
    r = cli(tmp_path, "config", "import", str(f))
    assert r.returncode == 2
    assert "line 1" in r.stderr and "Traceback" not in r.stderr


# (local time, tag, expected first line) over a week across the last Sunday of March 2026 (DST starts)
MARCH = [
    ("2026-03-27T06:59", "99887766", "Accepted"),  # Fri before the window: Public
    ("2026-03-27T07:00", "99887766", "Invalid"),  # Fri in the Limited window: a plain user is refused
    ("2026-03-27T07:00", "04A2B3C4", "Accepted"),  # special user
    ("2026-03-27T17:59", "99887766", "Invalid"),
    ("2026-03-27T18:00", "99887766", "Accepted"),  # window over
    ("2026-03-28T10:00", "99887766", "Accepted"),  # Saturday: Public
    ("2026-03-29T02:30", "99887766", "Accepted"),  # does not exist: moved to 03:30, Sunday Public
    ("2026-03-30T06:59", "99887766", "Accepted"),  # Monday after the change
    ("2026-03-30T07:00", "99887766", "Invalid"),
    ("2026-03-30T12:00", "11AA22BB", "Accepted"),  # owner, always
    ("2026-03-30T12:00", "deadbeef", "Blocked"),  # blocked card, any case
    ("2026-03-30T12:00", "CAFE0000", "Invalid"),  # unknown card
]
OCTOBER = [
    ("2026-10-23T07:00", "99887766", "Invalid"),
    ("2026-10-24T07:00", "99887766", "Accepted"),  # Saturday
    ("2026-10-25T02:30", "99887766", "Accepted"),  # happens twice: the first one
    ("2026-10-26T06:59", "99887766", "Accepted"),
    ("2026-10-26T07:00", "99887766", "Invalid"),  # the window follows the wall clock after the change
    ("2026-10-26T07:00", "04A2B3C4", "Accepted"),
    ("2026-10-30T18:00", "99887766", "Accepted"),
]


@pytest.mark.parametrize(("at", "tag", "status"), MARCH + OCTOBER)
def test_access_explain_across_dst(tmp_path: Path, site: Path, at: str, tag: str, status: str) -> None:
    r = cli(tmp_path, "access", "explain", "--station", "HALL-B-1", "--tag", tag, "--at", at)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0].startswith(status), r.stdout
    if at == "2026-03-29T02:30":
        assert "does not exist" in r.stdout and "03:30" in r.stdout
    if status == "Invalid" and tag == "99887766":
        assert "Limited Mon–Fri 07:00–18:00" in r.stdout


def test_access_explain_unknown_station(tmp_path: Path, site: Path) -> None:
    r = cli(tmp_path, "access", "explain", "--station", "NOPE", "--tag", "04A2B3C4")
    assert r.returncode == 2
    assert "NOPE" in r.stderr and "Traceback" not in r.stderr


# what `access explain` must not load: it is a question about the rules, answered in a fraction of a second
HEAVY = (
    "pandas",
    "numpy",
    "PySide6",
    "qasync",
    "alembic",
    "mako",
    "folium",
    "openpyxl",
    "xlsxwriter",
    "ocpp",
)


def test_access_explain_imports_no_heavy_package(tmp_path: Path, site: Path) -> None:
    """The command runs in a fresh interpreter through the entry point; the modules it loaded are listed after."""
    code = (
        "import json, sys\n"
        "from app.__main__ import main\n"
        "status = main(sys.argv[1:])\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    env = dict(os.environ, CHARGEDESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("CHARGEDESK_DATABASE_URL", None)
    r = subprocess.run(
        [sys.executable, "-c", code, "access", "explain", "--station", "HALL-B-1", "--tag", "04A2B3C4"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Accepted"), r.stdout
    loaded = json.loads(r.stderr.strip().splitlines()[-1])
    assert "app.services.rules.access" in loaded  # the list is the command's, not an empty interpreter's
    assert sorted(m for m in loaded if m.split(".")[0] in HEAVY) == []


def test_users_import_all_or_nothing(tmp_path: Path, site: Path) -> None:
    f = tmp_path / "users.csv"
    f.write_text("name,email,tags\nAnna Meier,anna@example.ch,A1B2C3\nBad Row,not-an-email,B0B0\n")
    r = cli(tmp_path, "users", "import", str(f))
    assert r.returncode == 2
    assert f"{f}:3:" in r.stderr and "nothing was written" in r.stderr
    out = tmp_path / "users-out.csv"
    assert cli(tmp_path, "users", "export", str(out)).returncode == 0
    assert "Anna Meier" not in out.read_text(encoding="utf-8-sig")
    r = cli(tmp_path, "users", "import", "--skip-bad", str(f))
    assert r.returncode == 0 and "1 created" in r.stdout and "1 bad row(s) skipped" in r.stdout
    assert cli(tmp_path, "users", "export", str(out)).returncode == 0
    assert "Anna Meier" in out.read_text(encoding="utf-8-sig")


def test_sessions_export_csv_and_xlsx(tmp_path: Path, site: Path) -> None:
    import datetime as dt

    from app.db import Database
    from app.models import ChargingSession, SessionStatus, Station

    db = Database(f"sqlite:///{tmp_path / 'data' / 'chargedesk.db'}")
    with db.session() as s:
        st = s.query(Station).one()
        s.add(
            ChargingSession(
                station_id=st.id,
                charge_point_id="HALL-B-1",
                connector_id=1,
                id_tag="04A2B3C4",
                start_at=dt.datetime(2026, 10, 5, 8, tzinfo=dt.UTC),
                stop_at=dt.datetime(2026, 10, 5, 10, tzinfo=dt.UTC),
                meter_start_wh=0,
                meter_stop_wh=12_000,
                energy_wh=12_000,
                status=SessionStatus.COMPLETED,
                currency="CHF",
            )
        )
    db.dispose()
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"s.{fmt}"
        r = cli(
            tmp_path,
            "sessions",
            "export",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
            "--format",
            fmt,
            "--out",
            str(out),
        )
        assert r.returncode == 0, r.stderr
        assert "exported 1 sessions" in r.stdout
        frame = pd.read_csv(out) if fmt == "csv" else pd.read_excel(out, sheet_name="Sessions")
        row = frame.iloc[0]
        assert row["charge_point_id"] == "HALL-B-1" and float(row["energy_kwh"]) == 12.0
        for col in ("station", "connector", "user", "id_tag", "start", "stop", "price_total", "currency"):
            assert col in frame.columns
    r = cli(
        tmp_path,
        "sessions",
        "export",
        "--from",
        "2026-11-01",
        "--format",
        "csv",
        "--out",
        str(tmp_path / "none.csv"),
    )
    assert "exported 0 sessions" in r.stdout
