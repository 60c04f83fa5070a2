"""The Firmware & diagnostics tab with a charger that takes only signed firmware (OCPP 1.6 security extension):
the operator trusts the manufacturer's CA, a wrong signature or an untrusted certificate is said at once and
nothing is sent, the right one is installed through SignedUpdateFirmware; the security log is fetched with GetLog.
Real central system, the simulator as whitepaper firmware, real HTTP."""

from __future__ import annotations

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
@pytest.mark.expect_log(r"security event ", logger="app.services.central.system")
def test_signed_firmware_checked_then_installed_and_the_security_log_fetched(
    qapp: Any, qtbot: Any, database: Any, tmp_path: Path
) -> None:
    from app.views.chargers.files import FirmwareDiagnosticsTab

    signer, stranger = make_signer("ABB Firmware Root"), make_signer("Someone Else")
    image = tmp_path / "terra-ac-2.2.0.bin"
    image.write_bytes(b"\x7fTERRA" + bytes(range(256)) * 400)
    files = {
        "ca.pem": signer.ca_pem,
        "signer.pem": signer.cert_pem,
        "good.sig": signer.sign(image.read_bytes()),
        "bad.sig": signer.sign(b"another image"),
        "stranger.pem": stranger.cert_pem,
        "stranger.sig": stranger.sign(image.read_bytes()),
        "not-a-cert.pem": "hello",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text)

    async def scenario() -> None:
        cs: CentralSystem = await start_central(database)
        bridge = CentralBridge(cs)
        tab = FirmwareDiagnosticsTab(ChargersService(Store(database), cs), bridge, cs)
        tab.resize(1280, 800)
        tab.show()
        vc = VirtualCharger(cs.url, "HALL-B-1", security_extension=True, firmware_ca=signer.ca_pem, **FAST)
        try:
            tab.set_charger("HALL-B-1")
            assert "No CA is trusted to sign firmware yet" in tab.fw_cas.text()
            await vc.start()
            await wait_until(lambda: tab.fw_start.isEnabled(), 10)
            qtbot.keyClicks(tab.fw_path, str(image))

            async def send(cert: str, sig: str) -> None:
                tab.fw_error.setText("")
                tab.fw_cert.setText(str(tmp_path / cert) if cert else "")
                tab.fw_sig.setText(str(tmp_path / sig) if sig else "")
                qtbot.mouseClick(tab.fw_start, Qt.MouseButton.LeftButton)
                if tab.checking is not None:  # checked off the loop: the button waits meanwhile
                    assert not tab.fw_start.isEnabled()
                    await wait_until(lambda: tab.checking is None, 10)

            await send("signer.pem", "")
            assert "needs both the signing certificate and the signature" in tab.fw_error.text()
            await send("signer.pem", "good.sig")
            assert "No CA is trusted to sign firmware yet" in tab.fw_error.text()
            tab.trust_ca(tmp_path / "not-a-cert.pem")
            assert "not a PEM certificate" in tab.fw_error.text()
            tab.trust_ca(tmp_path / "ca.pem")
            assert "CN=ABB Firmware Root is trusted to sign firmware" in tab.fw_cas.text()
            await send("signer.pem", "bad.sig")
            assert "The signature does not match terra-ac-2.2.0.bin" in tab.fw_error.text()
            await send("stranger.pem", "stranger.sig")
            assert "does not chain to a CA you trust" in tab.fw_error.text()
            assert "HALL-B-1" not in tab.firmware_jobs  # nothing was sent
            await send("signer.pem", "good.sig")
            job = tab.firmware_jobs["HALL-B-1"]
            await wait_until(lambda: job.finished, 30)
            assert job.state == "done", job.message
            steps = tab.fw_panel.steps.text()
            assert "SignatureVerified" in steps and "signed by CN=ABB Firmware Root signer" in steps
            out = await cs.recent_messages(cp_id="HALL-B-1", action="SignedUpdateFirmware", direction="out")
            assert len(out) == 1
            await wait_until(
                lambda: tab.diag_start.isEnabled() and "firmware 2.2.0" in tab.heading.text(), 30
            )

            tab.diag_kind.setCurrentIndex(tab.diag_kind.findData("SecurityLog"))
            qtbot.mouseClick(tab.diag_start, Qt.MouseButton.LeftButton)
            diag = tab.diagnostics_jobs["HALL-B-1"]
            await wait_until(lambda: diag.finished, 30)
            assert diag.state == "done", diag.message
            received = tab.received_file()
            assert received is not None and "FirmwareUpdated" in received.read_text()
        finally:
            await vc.stop()
            tab.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)
