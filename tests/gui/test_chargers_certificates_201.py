"""The Chargers page's Certificates tab with an OCPP 2.0.1 station (blocks A and M), unchanged from a 1.6 charger's:
install the site's CA in one click (CSMSRootCertificate), the CA certificates listed with expiry, renew (TriggerMessage
SignChargingStationCertificate), delete; and, for a site with its own CA, export the station's request and send the
certificate the CA made. Against the real central system and the simulator as a 2.0.1 station over 127.0.0.1 (a
qasync loop: isolated in its own process)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db import Database, upgrade
from app.models import Connector, Site, Station
from app.ocpp.events import FrameLogged
from app.services.chargers import certificates as certs
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_files import start_central
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync
from tests.integration.test_certificates import _signed, make_ca

FAST = {"speed": 600.0, "seed": 7, "reconnect_initial_s": 0.05, "connectors": 1, "ocpp": "2.0.1"}


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    make_ca(tmp_path / "data", "Hall C site CA")  # `chargedesk certs ca` made the site's local CA
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        for cp_id, name in (("HALL-C-1", "Hall C"), ("HALL-D-1", "Hall D")):
            station = Station(site=site, charge_point_id=cp_id, name=name)
            station.connectors = [Connector(connector_id=1)]
            s.add(station)
    yield db
    db.dispose()


@pytest.mark.isolated
def test_the_certificates_tab_works_for_a_201_station(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path
) -> None:
    from app.views.chargers.certificates import ChargerCertificatesTab

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        service = ChargersService(Store(database), cs)
        tab = ChargerCertificatesTab(service, bridge, cs)
        tab.resize(1280, 800)
        tab.show()
        frames: list[FrameLogged] = []
        cs.subscribe(frames.append, FrameLogged)

        def out(action: str) -> list[dict[str, Any]]:
            return [json.loads(f.frame)[3] for f in frames if f.action == action and f.direction == "out"]

        vc = VirtualCharger(cs.url, "HALL-C-1", **FAST)
        try:
            tab.set_charger("HALL-C-1")
            assert not tab.install_button.isEnabled()  # offline: nothing can be sent
            await vc.start()
            await wait_until(lambda: tab.install_button.isEnabled() and tab.renew_button.isEnabled(), 10)
            # read at connection: both kinds asked (2.0.1: a list of one use each), nothing installed yet
            await wait_until(lambda: len(out("GetInstalledCertificateIds")) == 2, 10)
            assert [p["certificateType"] for p in out("GetInstalledCertificateIds")] == [
                ["CSMSRootCertificate"],
                ["ManufacturerRootCertificate"],
            ]
            assert tab.table.rowCount() == 0

            qtbot.mouseClick(tab.install_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: tab.table.rowCount() == 1, 10)
            assert out("InstallCertificate")[0]["certificateType"] == "CSMSRootCertificate"
            assert tab.table.item(0, 0).text() == "Central system root"
            assert tab.table.item(0, 1).text() == "CN=Hall C site CA (the site's CA)"
            assert tab.table.item(0, 2).text() != "—"  # its expiry, known from the site's CA
            assert tab.result.text() == "InstallCertificate: the charger answered Accepted."

            qtbot.mouseClick(tab.renew_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: "CN=HALL-C-1" in tab.own.text(), 15)
            assert tab.step.text() == "The charger accepted its new certificate."
            assert out("TriggerMessage") == [{"requestedMessage": "SignChargingStationCertificate"}]
            assert out("CertificateSigned")[0]["certificateType"] == "ChargingStationCertificate"
            assert vc.charger.certificates.certificate is not None
            await wait_until(lambda: tab.result.text() == "TriggerMessage: the charger answered Accepted.", 5)

            tab.table.selectRow(0)
            qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
            assert tab.confirm is not None and "Delete CN=Hall C site CA from HALL-C-1?" in tab.confirm.text()
            tab.confirm.button(QMessageBox.StandardButton.Yes).click()
            # the station keeps the CSMS root its own certificate needs
            await wait_until(
                lambda: tab.result.text() == "DeleteCertificate: the charger answered Failed.", 10
            )
            await vc.stop()

            # a site with its own CA: the station's request (A03, at boot) exported, the CA's certificate sent
            cs.certificates.data_dir = tmp_path / "no-local-ca"
            await cs.certificates.publish()
            own_ca, own_key = make_ca(tmp_path / "own", "Own CA")
            vc = VirtualCharger(cs.url, "HALL-D-1", **FAST, sign_certificate_at_boot=True)
            tab.set_charger("HALL-D-1")
            await vc.start()
            await wait_until(lambda: tab.export_button.isEnabled() and tab.import_button.isEnabled(), 15)
            assert "This site signs with its own CA" in tab.step.text()
            exported = tmp_path / "HALL-D-1.csr.pem"
            tab.export_request(str(exported))
            assert tab.result.text() == f"Request saved to {exported}."
            csr = x509.load_pem_x509_csr(exported.read_bytes())
            own_pem = own_ca.public_bytes(serialization.Encoding.PEM)
            answer = await service.operations.install_certificate(
                "HALL-D-1", certs.CENTRAL_ROOT, own_pem.decode()
            )
            assert answer["status"] == "Accepted"
            signed = tmp_path / "HALL-D-1.pem"
            signed.write_bytes(_signed(csr.subject, csr.public_key(), own_ca, own_key) + own_pem)
            tab.send_signed(str(signed))
            await wait_until(
                lambda: tab.result.text() == "CertificateSigned: the charger answered Accepted.", 10
            )
            assert "CN=HALL-D-1" in tab.own.text() and not tab.export_button.isEnabled()
            assert vc.charger.certificates.certificate is not None
        finally:
            await vc.stop()
            tab.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)
