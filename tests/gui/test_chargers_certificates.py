"""The Chargers page's Certificates tab and Settings' "what expires when", against the real central system and the
simulator as a whitepaper charger over 127.0.0.1 (a qasync loop: isolated in its own process)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from app.db import Database, upgrade
from app.models import Connector, Site, Station
from app.ocpp.events import FrameLogged
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_files import SHOTS, start_central
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync
from tests.integration.test_certificates import make_ca

FAST = {
    "speed": 600.0,
    "seed": 7,
    "reconnect_initial_s": 0.05,
    "connectors": 2,
    "vendor": "ABB",
    "model": "Terra AC W22",
}


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    make_ca(tmp_path / "data", "Hall B site CA")  # `chargedesk certs ca` made the site's local CA
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        station = Station(
            site=Site(name="HQ Zurich", timezone="Europe/Zurich"), charge_point_id="HALL-B-1", name="Hall B"
        )
        station.connectors = [Connector(connector_id=n) for n in (1, 2)]
        s.add(station)
        newer = Station(site=station.site, charge_point_id="HALL-C-1", name="Hall C")
        newer.connectors = [Connector(connector_id=1)]
        s.add(newer)
    yield db
    db.dispose()


@pytest.mark.isolated
def test_install_the_sites_ca_renew_and_delete_from_the_tab(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    from app.views.chargers.certificates import CertificateExpiryBox, ChargerCertificatesTab

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        service = ChargersService(Store(database), cs)
        frame = QTabWidget()
        tab = ChargerCertificatesTab(service, bridge, cs)
        for name in (
            "Overview",
            "Commissioning",
            "Configuration",
            "Snapshots",
            "Operations",
            "Firmware && diagnostics",
        ):
            frame.addTab(QWidget(), name)
        frame.addTab(tab, "Certificates")
        frame.setCurrentWidget(tab)
        frame.resize(1280, 800)
        frame.show()
        vc = VirtualCharger(cs.url, "HALL-B-1", **FAST)
        frames: list[FrameLogged] = []
        cs.subscribe(frames.append, FrameLogged)

        def answers(action: str) -> list[FrameLogged]:
            return [f for f in frames if f.action == action and f.direction == "in"]

        try:
            assert tab.empty.isVisible() and not tab.body.isVisible()
            tab.set_charger("HALL-B-1")
            assert tab.own.text() == "No certificate signed or sent from here yet."
            assert not tab.install_button.isEnabled()  # offline: nothing can be sent
            await vc.start()
            await wait_until(lambda: tab.install_button.isEnabled(), 10)
            # read at connection: both kinds asked, nothing installed yet
            await wait_until(lambda: len(answers("GetInstalledCertificateIds")) == 2, 10)
            assert tab.table.rowCount() == 0 and not tab.delete_button.isEnabled()

            qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.table.rowCount() == 1, 10)
            assert tab.table.item(0, 0).text() == "Central system root"
            assert tab.table.item(0, 1).text() == "CN=Hall B site CA (the site's CA)"
            assert tab.result.text() == "InstallCertificate: the charger answered Accepted."

            qtbot.mouseClick(tab.renew_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "CN=HALL-B-1" in tab.own.text(), 15)
            assert tab.step.text() == "The charger accepted its new certificate."
            assert tab.automatic.text().startswith("Renewed automatically 30 days before it expires")
            assert vc.charger.certificates.certificate is not None

            await asyncio.sleep(
                0.05
            )  # let the loop lay out (never processEvents() inside a qasync coroutine)
            SHOTS.mkdir(parents=True, exist_ok=True)
            frame.grab().save(str(SHOTS / "charger-certificates.png"))

            # delete asks first; No sends nothing
            tab.table.selectRow(0)
            assert tab.delete_button.isEnabled()
            qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
            assert tab.confirm is not None and "Delete CN=Hall B site CA from HALL-B-1?" in tab.confirm.text()
            tab.confirm.button(QMessageBox.StandardButton.No).click()
            assert tab.table.rowCount() == 1 and "DeleteCertificate" not in tab.result.text()
            qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
            assert tab.confirm is not None
            tab.confirm.button(QMessageBox.StandardButton.Yes).click()
            # the charger keeps the CA its own certificate needs
            await wait_until(
                lambda: tab.result.text() == "DeleteCertificate: the charger answered Failed.", 10
            )
            box = CertificateExpiryBox(service.certificates)
            box.reload()
            whats = [box.table.item(r, 0).text() for r in range(box.table.rowCount())]
            assert whats == ["Charger HALL-B-1", "The site's CA"]
            assert box.table.item(0, 1).text() == "O=ChargeDesk,CN=HALL-B-1"

        finally:
            await vc.stop()
            frame.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)
