"""The Chargers page's firmware & diagnostics tab and the RFID learn dialog, against the real central system and
the simulator over 127.0.0.1 (each test runs a qasync loop, so each is isolated in its own process)."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import select

from app.config import CentralSystemSettings
from app.db import Database, upgrade
from app.models import (
    AccessMode,
    AccessSchedule,
    ChargingSession,
    Connector,
    IdTag,
    Site,
    Station,
    Tariff,
    User,
)
from app.ocpp.events import AuthorizationDecided
from app.services.central.system import CentralSystem
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.shell.bridge import CentralBridge
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
FAST = {
    "speed": 600.0,
    "seed": 7,
    "first_idle_s": (0.0, 1.0),
    "reboot_s": 5.0,
    "reconnect_initial_s": 0.05,
    "connectors": 2,
    "vendor": "ABB",
    "model": "Terra AC W22",
    "firmware": "1.8.3",
}


@pytest.fixture
def database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        public = Tariff(name="Public", per_kwh=Decimal("0.45"))
        station = Station(site=site, charge_point_id="HALL-B-1", name="Hall B")
        station.connectors = [Connector(connector_id=n) for n in (1, 2)]
        station.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC, default_tariff=public)
        s.add(station)
        for name in ("Eva Keller", "Max Huber", "Nina Frei"):
            s.add(User(name=name, email=name.lower().replace(" ", ".") + "@example.com"))
    yield db
    db.dispose()


async def start_central(db: Database) -> CentralSystem:
    cs = CentralSystem(
        db, CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20, call_timeout_s=10)
    )
    await cs.start()
    return cs


def compose(background: QWidget, dialog: QWidget, path: Path) -> None:
    """A 1280x800 shot of ``background`` dimmed, with the (top-level) dialog and a title bar over its centre."""
    shot = QPixmap(1280, 800)
    background.render(shot)
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(QRect(0, 0, 1280, 800), QColor(0, 0, 0, 90))
    bar = 30
    x, y = (1280 - inner.width()) // 2, (800 - inner.height() - bar) // 2
    painter.fillRect(QRect(x - 1, y - 1, inner.width() + 2, inner.height() + bar + 2), QColor("#8a8f98"))
    painter.fillRect(QRect(x, y, inner.width(), bar), QColor("#e9ebee"))
    painter.setPen(QColor("#202124"))
    painter.drawText(QRect(x, y, inner.width(), bar), Qt.AlignmentFlag.AlignCenter, dialog.windowTitle())
    painter.drawPixmap(QPoint(x, y + bar), inner)
    painter.end()
    shot.save(str(path))


@pytest.mark.isolated
def test_firmware_update_to_installed_and_diagnostics_received(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path
) -> None:
    from app.views.chargers.files import FirmwareDiagnosticsTab

    (tmp_path / "Downloads").mkdir()
    firmware = tmp_path / "Downloads" / "terra-ac-2.1.0.bin"
    firmware.write_bytes(b"\x7fTERRA" + bytes(range(256)) * 4000)

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        frame = QTabWidget()
        tab = FirmwareDiagnosticsTab(ChargersService(Store(database), cs), bridge, cs)
        for name in ("Overview", "Commissioning", "Configuration", "Snapshots", "Operations"):
            frame.addTab(QWidget(), name)
        frame.addTab(tab, tab.title.replace("&", "&&"))  # (a single & would underline the next letter)
        frame.setCurrentWidget(tab)
        frame.resize(1280, 800)
        frame.show()
        vc = VirtualCharger(cs.url, "HALL-B-1", **FAST)
        try:
            assert tab.empty.isVisible() and not tab.body.isVisible()  # nothing selected: said so
            tab.set_charger("HALL-B-1")
            assert "offline" in tab.heading.text() and not tab.fw_start.isEnabled()
            await vc.start()
            await wait_until(lambda: tab.fw_start.isEnabled(), 10)
            await wait_until(lambda: "firmware 1.8.3" in tab.heading.text(), 10)

            # no file chosen: the user is told what to do, nothing is sent
            qtbot.mouseClick(tab.fw_start, Qt.MouseButton.LeftButton)
            assert "Choose the firmware file first" in tab.fw_error.text()
            assert "HALL-B-1" not in tab.firmware_jobs
            qtbot.keyClicks(tab.fw_path, str(firmware))
            assert tab.fw_error.text() == ""
            qtbot.mouseClick(tab.fw_start, Qt.MouseButton.LeftButton)
            job = tab.firmware_jobs["HALL-B-1"]
            assert tab.fw_cancel.isVisibleTo(tab) and not tab.fw_start.isEnabled()  # one update at a time
            await wait_until(lambda: tab.fw_panel.bar.value() >= 1, 20)
            assert "Serving at 127.0.0.1:" in tab.server_note.text()
            await wait_until(lambda: job.finished, 30)
            assert job.state == "done", job.message
            panel = tab.fw_panel
            assert panel.bar.value() == 4 and panel.bar.text() == "4 of 4 · Installed"
            steps = panel.steps.text()
            positions = [
                steps.index(s) for s in ("Requested", "Downloading", "Downloaded", "Installing", "Installed")
            ]
            assert positions == sorted(positions)
            assert "terra-ac-2.1.0.bin (1000 kB)" in steps and "downloaded 1000 kB" in steps
            await wait_until(lambda: "now reports firmware 2.1.0" in panel.result.text(), 20)
            assert "installed terra-ac-2.1.0.bin" in panel.result.text()
            await wait_until(
                lambda: "firmware 2.1.0" in tab.heading.text() and tab.diag_start.isEnabled(), 20
            )
            SHOTS.mkdir(parents=True, exist_ok=True)

            # diagnostics: requested, uploaded by the charger, then open / save as
            qtbot.mouseClick(tab.diag_until_on, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(tab.diag_from_on, Qt.MouseButton.LeftButton)
            tab.diag_from.setDateTime(tab.diag_until.dateTime().addSecs(60))
            qtbot.mouseClick(tab.diag_start, Qt.MouseButton.LeftButton)
            assert "“From” must be before “Until”" in tab.diag_error.text()
            qtbot.mouseClick(tab.diag_until_on, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(tab.diag_from_on, Qt.MouseButton.LeftButton)
            assert not tab.diag_open.isVisibleTo(tab)
            qtbot.mouseClick(tab.diag_start, Qt.MouseButton.LeftButton)
            diag = tab.diagnostics_jobs["HALL-B-1"]
            await wait_until(lambda: diag.finished, 30)
            assert diag.state == "done", diag.message
            assert tab.diag_panel.bar.value() == 2 and "Received" in tab.diag_panel.steps.text()
            assert tab.diag_open.isVisibleTo(tab) and tab.diag_save.isVisibleTo(tab)
            received = tab.received_file()
            assert received is not None and received.parent == tmp_path / "data" / "diagnostics" / "HALL-B-1"
            assert tab.diag_file.text().startswith(f"Received: {received.name}")
            copy = tmp_path / "copy.log"
            assert tab.save_diagnostics_to(copy) and copy.read_bytes() == received.read_bytes()
            assert "saved a copy" in tab.diag_file.text()
            assert not tab.save_diagnostics_to(tmp_path / "no-such-dir" / "x.log")
            assert "Could not save" in tab.diag_error.text()
            tab.diag_error.setText("")
            await asyncio.sleep(
                0.05
            )  # let the loop lay out (never processEvents() inside a qasync coroutine)
            frame.grab().save(str(SHOTS / "charger-firmware.png"))

            # another charger selected: its own (empty) state; back again: the results are still there
            tab.set_charger("GARAGE-2")
            assert tab.fw_panel.bar.value() == 0 and "offline" in tab.heading.text()
            tab.set_charger("HALL-B-1")
            assert tab.fw_panel.bar.value() == 4

            # the charger goes away: a request says so
            await vc.stop()
            await wait_until(lambda: not tab.diag_start.isEnabled(), 10)
        finally:
            await vc.stop()
            frame.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_a_201_charger_updates_its_firmware_to_installed_and_uploads_its_log(
    qapp: Any, qtbot: Any, database: Database, tmp_path: Path
) -> None:
    """The same tab for an OCPP 2.0.1 station: UpdateFirmware with a requestId, FirmwareStatusNotifications to
    Installed, the restart with the new version, then GetLog with its upload."""
    from app.views.chargers.files import FirmwareDiagnosticsTab

    firmware = tmp_path / "terra-ac-2.2.0.bin"
    firmware.write_bytes(b"\x7fTERRA" + bytes(range(256)) * 400)

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        tab = FirmwareDiagnosticsTab(ChargersService(Store(database), cs), bridge, cs)
        tab.resize(1280, 800)
        tab.show()
        vc = VirtualCharger(cs.url, "HALL-B-1", **FAST, ocpp="2.0.1")
        try:
            tab.set_charger("HALL-B-1")
            await vc.start()
            await wait_until(lambda: tab.fw_start.isEnabled(), 10)
            await wait_until(lambda: "firmware 1.8.3" in tab.heading.text(), 10)
            assert next(c for c in cs.chargers() if c.cp_id == "HALL-B-1").ocpp_version == "2.0.1"
            qtbot.keyClicks(tab.fw_path, str(firmware))
            qtbot.mouseClick(tab.fw_start, Qt.MouseButton.LeftButton)
            job = tab.firmware_jobs["HALL-B-1"]
            await wait_until(lambda: job.finished, 30)
            assert job.state == "done", job.message
            panel = tab.fw_panel
            assert panel.bar.value() == 4 and panel.bar.text() == "4 of 4 · Installed"
            steps = panel.steps.text()
            positions = [
                steps.index(s) for s in ("Requested", "Downloading", "Downloaded", "Installing", "Installed")
            ]
            assert positions == sorted(positions)
            assert "Accepted: terra-ac-2.2.0.bin" in steps  # the 2.0.1 answer has a status
            await wait_until(lambda: "now reports firmware 2.2.0" in panel.result.text(), 20)
            await wait_until(
                lambda: "firmware 2.2.0" in tab.heading.text() and tab.diag_start.isEnabled(), 20
            )

            qtbot.mouseClick(tab.diag_start, Qt.MouseButton.LeftButton)
            diag = tab.diagnostics_jobs["HALL-B-1"]
            await wait_until(lambda: diag.finished, 30)
            assert diag.state == "done", diag.message
            assert tab.diag_panel.bar.value() == 2 and "Received" in tab.diag_panel.steps.text()
            received = tab.received_file()
            assert received is not None and received.name == diag.file_name
            assert "OCPP 2.0.1" in received.read_text()
            assert tab.diag_file.text().startswith(f"Received: {received.name}")
        finally:
            await vc.stop()
            tab.close()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_learned_card_is_given_to_a_user_and_refused_meanwhile(
    qapp: Any, qtbot: Any, database: Database
) -> None:
    from app.services.api import AppServices
    from app.views.users.learn_card import LearnCardDialog
    from app.views.users.page import UsersPage

    async def scenario() -> None:
        cs = await start_central(database)
        bridge = CentralBridge(cs)
        decisions: list[AuthorizationDecided] = []
        cs.subscribe(decisions.append, AuthorizationDecided)
        vc = VirtualCharger(cs.url, "HALL-B-1", **FAST)
        services = AppServices.local(database)
        background = UsersPage(services.users, services.statements, bridge, cs)
        background.resize(1280, 800)
        background.reload()
        dialog = LearnCardDialog(services.users, bridge, cs, background)
        try:
            assert "No charger is connected" in dialog.status.text() and not dialog.save.isEnabled()
            await vc.start()
            await wait_until(lambda: dialog.charger.count() == 1, 10)
            await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
            await wait_until(lambda: vc.online, 10)
            assert dialog.charger.currentText() == "Hall B (HALL-B-1)"
            dialog.open()
            assert dialog.status.text().startswith("Waiting for a card on Hall B (HALL-B-1)")

            # the technician taps a new card: refused at the charger, shown in the dialog
            status = await vc.charger.authorize("04a2b3c4d5", 1)
            assert status == "Invalid"
            await wait_until(lambda: dialog.tag_field.text() == "04A2B3C4D5")
            assert decisions[-1].status == "Invalid" and "learn mode" in decisions[-1].reason
            assert "nobody has" in dialog.owner.text() and dialog.save.isEnabled()

            # no user given: told what to do
            qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
            assert "Choose the user" in dialog.error.text()
            qtbot.keyClicks(dialog.user, "Eva Keller")
            assert dialog.user_hint.text() == "" and not dialog.email.isVisibleTo(dialog)
            qtbot.keyClicks(dialog.label, "Company car ZH 123")
            SHOTS.mkdir(parents=True, exist_ok=True)
            await asyncio.sleep(0.05)  # the layout follows the rows shown
            compose(background, dialog, SHOTS / "learn-card.png")
            qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
            assert dialog.error.text() == ""
            assert "04A2B3C4D5 is now Eva Keller's card “Company car ZH 123”" in dialog.outcome.text()
            assert dialog.tag_field.text() == "" and not dialog.save.isEnabled()

            # a second card for a new user, typed in
            assert await vc.charger.authorize("CAFE0001", 2) == "Invalid"
            await wait_until(lambda: dialog.tag_field.text() == "CAFE0001")
            qtbot.keyClicks(dialog.user, "Lea Baumann")
            assert "A new user “Lea Baumann” is created" in dialog.user_hint.text()
            qtbot.keyClicks(dialog.email, "not-an-address")
            qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
            assert "name@example.com" in dialog.error.text()  # inline, nothing saved
            dialog.email.clear()
            qtbot.keyClicks(dialog.email, "lea.baumann@example.com")
            qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
            assert "CAFE0001 is now Lea Baumann's card" in dialog.outcome.text()
            # the same card again: it belongs to Lea now, said so, cannot be saved to someone else
            await vc.charger.authorize("CAFE0001", 2)
            await wait_until(lambda: dialog.tag_field.text() == "CAFE0001")
            assert "already belongs to Lea Baumann" in dialog.owner.text() and not dialog.save.isEnabled()

            with database.session() as s:
                tags = {t.id_tag: (t.user.name, t.label) for t in s.scalars(select(IdTag))}
                assert tags == {
                    "04A2B3C4D5": ("Eva Keller", "Company car ZH 123"),
                    "CAFE0001": ("Lea Baumann", ""),
                }
                assert (
                    s.scalar(select(User.email).where(User.name == "Lea Baumann"))
                    == "lea.baumann@example.com"
                )
                assert s.scalars(select(ChargingSession)).all() == []  # no charge started meanwhile

            # closing the dialog ends learn mode: Eva's card is now accepted at this Public station
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert not dialog.isVisible() and not cs.backend.learning
            assert await vc.charger.authorize("04A2B3C4D5", 1) == "Accepted"
            assert decisions[-1].user_name == "Eva Keller"
        finally:
            dialog.close()
            await vc.stop()
            bridge.close()
            await cs.stop()

    run_on_qasync(qapp, scenario)


def test_file_transfer_port_and_address_are_settings(
    qtbot: Any, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.config import Settings, load
    from app.services.api import AppServices
    from app.views.settings_page import SettingsPage
    from app.views.shell import preferences

    preferences.qsettings().clear()
    services = AppServices.local(sqlite_db)
    page = SettingsPage(
        services.catalog,
        services.databases,
        None,
        None,
        settings=Settings(database_url=sqlite_db.url, data_dir=tmp_path, central=CentralSystemSettings()),
    )
    qtbot.addWidget(page)
    assert page.file_port.text() == "any free port" and page.file_host.text() == ""
    page.file_port.setValue(8085)
    qtbot.keyClicks(page.file_host, "192.168.1.10")
    page.save_central()
    applied = preferences.apply(
        Settings(database_url="sqlite://", data_dir=tmp_path, central=CentralSystemSettings())
    )
    assert (applied.central.file_server_port, applied.central.file_server_host) == (8085, "192.168.1.10")
    monkeypatch.setenv("CHARGEDESK_FILE_SERVER_PORT", "9099")  # the environment still wins
    assert preferences.apply(load()).central.file_server_port == 9099
    preferences.qsettings().clear()
