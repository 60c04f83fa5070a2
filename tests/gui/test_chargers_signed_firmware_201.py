"""The Firmware & diagnostics tab with an OCPP 2.0.1 station that takes only signed firmware (L01): the same form as
a 1.6 charger's SignedUpdateFirmware; a wrong signature is said at once and nothing is sent, the right one goes out
as UpdateFirmware carrying the signing certificate and signature, verified and installed by the station. Real
central system, the simulator as a 2.0.1 station, real HTTP."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services.central.system import CentralSystem
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_files import FAST, database, start_central
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync
from tests.helpers.signing import make_signer

__all__ = ["database"]  # the fixture, used by name


@pytest.mark.isolated
def test_signed_firmware_checked_then_sent_in_the_201_update_firmware(
    qapp: Any, qtbot: Any, database: Any, tmp_path: Path
) -> None:
    from app.views.chargers.files import FirmwareDiagnosticsTab

    signer = make_signer("ABB Firmware Root")
    image = tmp_path / "terra-ac-2.3.0.bin"
    image.write_bytes(b"\x7fTERRA" + bytes(range(256)) * 100)
    files = {
        "ca.pem": signer.ca_pem,
        "signer.pem": signer.cert_pem,
        "good.sig": signer.sign(image.read_bytes()),
        "bad.sig": signer.sign(b"another image"),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)

    async def scenario() -> None:
        cs: CentralSystem = await start_central(database)
        bridge = CentralBridge(cs)
        tab = FirmwareDiagnosticsTab(ChargersService(Store(database), cs), bridge, cs)
        tab.resize(1280, 800)
        tab.show()
        vc = VirtualCharger(cs.url, "HALL-B-1", firmware_ca=signer.ca_pem, **{**FAST, "ocpp": "2.0.1"})
        try:
            tab.set_charger("HALL-B-1")
            await vc.start()
            await wait_until(lambda: tab.fw_start.isEnabled(), 10)
            qtbot.keyClicks(tab.fw_path, str(image))
            tab.trust_ca(tmp_path / "ca.pem")

            async def send(cert: str, sig: str) -> None:
                tab.fw_error.setText("")
                tab.fw_cert.setText(str(tmp_path / cert))
                tab.fw_sig.setText(str(tmp_path / sig))
                qtbot.mouseClick(tab.fw_start, Qt.MouseButton.LeftButton)
                if tab.checking is not None:
                    await wait_until(lambda: tab.checking is None, 10)

            await send("signer.pem", "bad.sig")
            assert "The signature does not match terra-ac-2.3.0.bin" in tab.fw_error.text()
            assert "HALL-B-1" not in tab.firmware_jobs  # nothing was sent
            assert await cs.recent_messages(cp_id="HALL-B-1", action="UpdateFirmware", direction="out") == []
            await send("signer.pem", "good.sig")
            job = tab.firmware_jobs["HALL-B-1"]
            await wait_until(lambda: job.finished, 30)
            assert job.state == "done", job.message
            steps = tab.fw_panel.steps.text()
            assert "SignatureVerified" in steps and "signed by CN=ABB Firmware Root signer" in steps
            [out] = await cs.recent_messages(cp_id="HALL-B-1", action="UpdateFirmware", direction="out")
            firmware = json.loads(out.frame)[3]["firmware"]
            assert firmware["signingCertificate"] == signer.cert_pem
            assert firmware["signature"] == files["good.sig"]
            await wait_until(lambda: "firmware 2.3.0" in tab.heading.text(), 30)
        finally:
            await vc.stop()
            tab.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)
