"""The layering (main → views → services → {ocpp, db} → models) and "no Qt below the views" hold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    proc = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "broken" not in proc.stdout.lower() or "0 broken" in proc.stdout.lower()


def test_headless_modules_import_without_qt() -> None:
    code = (
        "import sys, app.cli, app.services, app.db, app.models, app.config\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'qasync'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_views_are_forbidden_the_layers_below_the_services() -> None:
    """The contract that keeps views on the service boundary is configured (lint-imports above enforces it)."""
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    views = [c for c in contracts if c["type"] == "forbidden" and c["source_modules"] == ["app.views"]]
    assert views, "no forbidden contract for app.views"
    assert {"app.db", "app.models", "app.ocpp", "sqlalchemy"} <= set(views[0]["forbidden_modules"])
