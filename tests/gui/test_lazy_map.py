"""The console starts without folium, pandas or QtWebEngine: the map's module is imported when the map is first
shown, after the QApplication exists, and the map still loads then. Fresh interpreters (subprocesses): in this
one test_map.py imports the map's module first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "folium",
    "branca",
    "pandas",
    "numpy",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "alembic",
)


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_API="pyside6",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        CHARGEDESK_DATA_DIR=str(tmp_path / "data"),
    )
    env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180)


def test_the_main_window_imports_no_map_engine(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "import app.main\n"
        "from app.views.shell.main_window import MainWindow\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    r = _run(code, tmp_path)
    assert r.returncode == 0, r.stderr
    loaded = json.loads(r.stdout.strip().splitlines()[-1])
    assert "app.views.map.page" in loaded  # the Map page itself is there, its engine is not
    assert [m for m in loaded if m in HEAVY or m.split(".")[0] in HEAVY] == []


def test_the_map_loads_when_its_module_comes_after_the_application(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from PySide6.QtCore import QEventLoop, QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv)\n"
        "from app.views.map.web import MapView\n"  # as MapPage.ensure_map does, the first time the page shows
        "view = MapView('stations')\n"
        "view.resize(800, 600)\n"
        "view.show()\n"
        "loop = QEventLoop()\n"
        "ready = []\n"
        "view.ready.connect(lambda: (ready.append(True), loop.quit()))\n"
        "view.load(center=(47.37, 8.54), zoom=12)\n"
        "QTimer.singleShot(90_000, loop.quit)\n"
        "loop.exec()\n"
        "print('ready' if ready else 'not ready')\n"
    )
    r = _run(code, tmp_path)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().splitlines()[-1] == "ready", r.stderr[-2000:]
