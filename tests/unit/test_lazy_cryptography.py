"""The cryptography package (~50–200 ms to import) is loaded when a certificate or a firmware signature is first
handled, not when the console, the central system or the simulator start (the certificates and signed-firmware
parts each import it inside their functions)."""

from __future__ import annotations

import subprocess
import sys


def test_starting_does_not_import_cryptography() -> None:
    code = (
        "import sys\n"
        "import app.main, app.services.central.system, app.views.shell.main_window, app.simulator.api\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'cryptography')[:3])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"
