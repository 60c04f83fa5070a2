"""The Operations tab against a real central system and a simulated charger (app.simulator): remote start → a
session runs → remote stop through the form, a confirmed reset, a charging profile built in the form reaching the
charger and coming back in the composite schedule, the local list with who is left out, and an offline charger's
answer. Plus, without a loop, what a 2.0.1 charger cannot be sent."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from app.config import CentralSystemSettings
from app.db import Database, upgrade
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    ChargingSession,
    Connector,
    GrantWindow,
    IdTag,
    SessionStatus,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    User,
)
from app.services.central.system import CentralOptions, CentralSystem
from app.services.chargers.operation_forms import OPERATIONS
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import VirtualCharger
from app.views.chargers.operations import ChargerOperationsTab
from app.views.shell.bridge import CentralBridge
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

EVA = "04A2B3C4"
MON_FRI = 0b0011111


def seed(db: Database) -> None:
    """HQ Zurich: Hall B (HALL-B-1, 2 connectors) Limited Mon–Fri 07:00–18:00, Public otherwise; Eva Keller owns
    it, Max Muster is a special user in the mornings, Tom Weber a registered user; Garage (GARAGE-2) too."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        eva, max_, tom = User(name="Eva Keller"), User(name="Max Muster"), User(name="Tom Weber")
        s.add_all(
            [
                IdTag(id_tag=EVA, user=eva, label="badge"),
                IdTag(id_tag="0B7C11D2", user=max_),
                IdTag(id_tag="7F00AA01", user=tom),
            ]
        )
        hall = Station(site=hq, charge_point_id="HALL-B-1", name="Hall B")
        hall.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
        hall.schedule = AccessSchedule(
            default_mode=AccessMode.PUBLIC,
            windows=[
                AccessWindow(days=MON_FRI, start_minute=7 * 60, end_minute=18 * 60, mode=AccessMode.LIMITED)
            ],
        )
        hall.owners = [StationOwner(user=eva)]
        hall.grants = [
            SpecialGrant(
                user=max_, windows=[GrantWindow(days=MON_FRI, start_minute=7 * 60, end_minute=12 * 60)]
            )
        ]
        garage = Station(site=hq, charge_point_id="GARAGE-2", name="Garage")
        garage.connectors = [Connector(connector_id=1)]
        s.add_all([hall, garage])


@contextlib.asynccontextmanager
async def console(tmp_path: Path) -> AsyncIterator[tuple[Database, CentralSystem, ChargerOperationsTab]]:
    url = f"sqlite:///{tmp_path / 'ops.db'}"
    upgrade(url)
    db = Database(url)
    seed(db)
    central = CentralSystem(
        db,
        CentralSystemSettings(host="127.0.0.1", port=0, call_timeout_s=10, ping_interval_s=20),
        central=CentralOptions(unknown_charger_policy="pending"),
    )
    await central.start()
    bridge = CentralBridge(central)
    tab = ChargerOperationsTab(ChargersService(Store(db), central), bridge, central)
    tab.resize(1280, 800)
    tab.show()
    try:
        yield db, central, tab
    finally:
        bridge.close()
        await central.stop()
        db.dispose()
        tab.close()  # last: closing the last window would stop the loop


@contextlib.asynccontextmanager
async def charger(
    central: CentralSystem,
    cp_id: str = "HALL-B-1",
    ocpp: str = "1.6",
) -> AsyncIterator[VirtualCharger]:
    vc = VirtualCharger(
        f"ws://127.0.0.1:{central.port}/ocpp/",
        cp_id,
        connectors=2,
        scenario="idle",
        speed=1,
        seed=7,
        vendor="ABB",
        model="Terra AC",
        ocpp=ocpp,
    )
    await vc.start()
    try:
        await vc.wait_for("booted", timeout=20)
        await wait_until(lambda: central.is_connected(cp_id), timeout=10)
        yield vc
    finally:
        await vc.stop(timeout=10)


def select_op(tab: ChargerOperationsTab, key: str) -> None:
    tab.op_list.setCurrentRow(tab.op_rows[key])
    assert tab.stack.currentWidget() is tab.forms[key]


async def answered(tab: ChargerOperationsTab, operation: str, timeout: float = 15) -> str:
    """The answer text of the newest result row of ``operation`` once it is no longer 'Sending…'."""

    def done() -> str | None:
        for r in range(tab.table.rowCount()):
            if tab.table.item(r, 1).text() == operation:
                text = tab.table.item(r, 2).text()
                return text if text != "Sending…" else None
        return None

    result: str = await wait_until(done, timeout=timeout)
    return result


def click(qtbot: Any, tab: ChargerOperationsTab, key: str) -> None:
    button = tab.send_buttons[key]
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def run(qapp: Any, scenario: Callable[[], Awaitable[None]]) -> None:
    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_remote_start_stop_reset_and_an_offline_charger(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (db, central, tab), charger(central) as vc:
            assert tab.empty.isVisible() and not tab.body.isVisible()
            tab.set_charger("HALL-B-1")
            assert "HALL-B-1" in tab.header.text() and "online" in tab.header.text()
            assert "OCPP 1.6" in tab.header.text()

            # Remote start: connector 2, Eva's tag picked from the users' tags
            select_op(tab, "remote_start")
            tab.remote_start.connector.setCurrentIndex(tab.remote_start.connector.findData(2))
            tab.remote_start.tag.setCurrentIndex(tab.remote_start.tag.findData(EVA))
            assert "Eva Keller" in tab.remote_start.tag.currentText()
            click(qtbot, tab, "remote_start")
            assert await answered(tab, "RemoteStartTransaction") == "Accepted"
            assert tab.table.item(0, 3).text().endswith(" ms")

            def running() -> Any:
                with db.session() as s:
                    return s.scalars(
                        select(ChargingSession).where(
                            ChargingSession.charge_point_id == "HALL-B-1",
                            ChargingSession.status == SessionStatus.ACTIVE,
                        )
                    ).first()

            sess = await wait_until(running, timeout=20)
            assert (sess.connector_id, sess.id_tag) == (2, EVA)
            # the charger learns the transactionId from the StartTransaction reply, which may reach it after the
            # console shows the session: on a loaded machine a stop sent before that is (rightly) Rejected
            await wait_until(lambda: getattr(vc.charger.connectors[2].tx, "transaction_id", None) is not None)

            # Remote stop: the running session is offered (updated live from the bridge)
            select_op(tab, "remote_stop")
            await wait_until(lambda: tab.remote_stop.session.currentData() is not None, timeout=10)
            assert (
                "Connector 2" in tab.remote_stop.session.currentText()
                and "Eva Keller" in tab.remote_stop.session.currentText()
            )
            click(qtbot, tab, "remote_stop")
            assert await answered(tab, "RemoteStopTransaction") == "Accepted"

            def stopped() -> bool:
                with db.session() as s:
                    return s.get(ChargingSession, sess.id).status == SessionStatus.COMPLETED

            await wait_until(stopped, timeout=20)
            await wait_until(lambda: not tab.send_buttons["remote_stop"].isEnabled(), timeout=10)
            assert tab.send_buttons["remote_stop"].toolTip() == "No session is running on this charger"

            # Data transfer: validation first, then the simulator's ping → pong
            select_op(tab, "data_transfer")
            tab.data_transfer.vendor.clear()
            click(qtbot, tab, "data_transfer")
            assert "vendor id" in tab.problems["data_transfer"].text()
            qtbot.keyClicks(tab.data_transfer.vendor, "org.chargedesk.simulator")
            qtbot.keyClicks(tab.data_transfer.message, "ping")
            click(qtbot, tab, "data_transfer")
            assert (await answered(tab, "DataTransfer")).startswith("Accepted — data: pong")

            # Reset asks first; Cancel sends nothing, confirming shows the charger's Accepted
            select_op(tab, "reset")
            tab.reset.hard.setChecked(True)
            rows = tab.table.rowCount()
            click(qtbot, tab, "reset")
            assert (
                tab.reset.confirm_box is not None and "Hard reset HALL-B-1?" in tab.reset.confirm_box.text()
            )
            qtbot.mouseClick(
                tab.reset.confirm_box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
            )
            assert tab.table.rowCount() == rows
            click(qtbot, tab, "reset")
            qtbot.mouseClick(
                tab.reset.confirm_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton
            )
            assert await answered(tab, "Reset") == "Accepted"
            tab.table.selectRow(0)
            assert '"status": "Accepted"' in tab.detail.toPlainText()

            # an offline charger: the action is sent and the result says it is offline
            tab.set_charger("GARAGE-2")
            assert "offline" in tab.header.text() and tab.table.rowCount() == 0
            select_op(tab, "clear_cache")
            click(qtbot, tab, "clear_cache")
            assert await answered(tab, "ClearCache") == "Offline — GARAGE-2 is not connected"
            # each charger keeps its own results
            tab.set_charger("HALL-B-1")
            assert tab.table.rowCount() >= 4
            # the hard reset rebooted it: the header follows the disconnection
            await wait_until(lambda: "offline" in tab.header.text(), timeout=15)

    run(qapp, scenario)


@pytest.mark.isolated
def test_a_profile_built_in_the_form_reaches_the_charger_and_the_composite_schedule(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (_db, central, tab), charger(central) as vc:
            tab.set_charger("HALL-B-1")
            select_op(tab, "trigger")
            tab.trigger.message.setCurrentText("MeterValues")
            tab.trigger.connector.setCurrentIndex(tab.trigger.connector.findData(1))
            click(qtbot, tab, "trigger")
            assert await answered(tab, "TriggerMessage") == "Accepted"
            select_op(tab, "availability")
            assert tab.availability.connector.itemText(0) == "Whole charger"
            tab.availability.connector.setCurrentIndex(tab.availability.connector.findData(2))
            tab.availability.kind.setCurrentIndex(tab.availability.kind.findData("Inoperative"))
            click(qtbot, tab, "availability")
            assert await answered(tab, "ChangeAvailability") == "Accepted"
            await wait_until(lambda: vc.statuses()[2] == "Unavailable", timeout=10)

            select_op(tab, "set_profile")
            tab.set_profile.connector.setCurrentIndex(tab.set_profile.connector.findData(1))
            assert tab.set_profile.purpose.currentData() == "TxDefaultProfile"
            assert not tab.set_profile.recurrency.isEnabled()  # only for Recurring
            tab.set_profile.profile_id.setValue(7)
            # a period that does not follow the previous one is refused inline, nothing sent
            tab.set_profile.add.click()
            tab.set_profile.periods.item(1, 0).setText("0")
            rows = tab.table.rowCount()
            click(qtbot, tab, "set_profile")
            assert "Period 2: its start (0 s) must be after period 1's" in tab.problems["set_profile"].text()
            assert tab.table.rowCount() == rows
            # 10 A now, 6 A after 30 minutes, on one phase from then
            tab.set_profile.periods.item(0, 1).setText("10")
            tab.set_profile.periods.item(1, 0).setText("1800")
            tab.set_profile.periods.item(1, 1).setText("6")
            click(qtbot, tab, "set_profile")
            assert await answered(tab, "SetChargingProfile") == "Accepted"
            installed = vc.charger.smart.installed
            assert len(installed) == 1 and installed[0].connector_id == 1
            profile = installed[0].profile
            assert (
                profile["chargingProfileId"] == 7 and profile["chargingProfilePurpose"] == "TxDefaultProfile"
            )
            assert (
                profile["chargingProfileKind"] == "Absolute"
                and "startSchedule" in profile["chargingSchedule"]
            )
            assert profile["chargingSchedule"]["chargingSchedulePeriod"] == [
                {"startPeriod": 0, "limit": 10.0},
                {"startPeriod": 1800, "limit": 6.0},
            ]

            select_op(tab, "composite")
            tab.composite.connector.setCurrentIndex(tab.composite.connector.findData(1))
            tab.composite.unit.setCurrentIndex(tab.composite.unit.findData("A"))
            click(qtbot, tab, "composite")
            assert (await answered(tab, "GetCompositeSchedule")).startswith("Accepted")
            await wait_until(lambda: tab.composite.table.rowCount() >= 2, timeout=5)
            limits = [tab.composite.table.item(r, 2).text() for r in range(tab.composite.table.rowCount())]
            assert limits[:2] == ["10.0 A", "6.0 A"]
            starts = [tab.composite.table.item(r, 0).text() for r in range(tab.composite.table.rowCount())]
            assert starts[0] == "0 s" and 1700 <= int(starts[1].split()[0]) <= 1800
            assert tab.composite.chart.chart().series(), "the step chart is drawn"
            SHOTS.mkdir(parents=True, exist_ok=True)
            tab.table.selectRow(0)
            tab.grab().save(str(SHOTS / "charger-operations.png"))

            # clearing by id removes it from the charger
            select_op(tab, "clear_profile")
            tab.clear_profile.profile_id.setValue(7)
            click(qtbot, tab, "clear_profile")
            assert await answered(tab, "ClearChargingProfile") == "Accepted"
            assert vc.charger.smart.installed == []

    run(qapp, scenario)


@pytest.mark.isolated
def test_send_local_list_shows_who_is_left_out_before_sending(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (_db, central, tab), charger(central) as vc:
            tab.set_charger("HALL-B-1")
            select_op(tab, "local_list_version")
            click(qtbot, tab, "local_list_version")
            assert (await answered(tab, "GetLocalListVersion")).startswith("listVersion: 0")
            assert tab.send_local_list.version.value() == 1

            select_op(tab, "send_local_list")
            click(qtbot, tab, "send_local_list")
            dialog = tab.send_local_list.local_list_dialog
            assert dialog is not None and dialog.isVisible()
            sent = [dialog.sent.item(r, 0).text() for r in range(dialog.sent.rowCount())]
            assert sent == [EVA]
            left = {
                dialog.left_out.item(r, 1).text(): dialog.left_out.item(r, 2).text()
                for r in range(dialog.left_out.rowCount())
            }
            assert left == {
                "Max Muster": "access depends on time: their special access is limited to Mon–Fri 07:00–12:00 "
                "(Limited Mon–Fri 07:00–18:00)",
                "Tom Weber": "access depends on time: Limited Mon–Fri 07:00–18:00",
            }
            dialog.resize(900, 420)
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(SHOTS / "charger-operations-local-list.png"))
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            assert (await answered(tab, "SendLocalList")) == "Accepted"
            assert vc.charger.local_list_version == 1
            assert set(vc.charger.local_list) == {EVA}
            assert vc.charger.local_list[EVA]["status"] == "Accepted"
            assert tab.local_list_version.known.text() == "1" and tab.send_local_list.version.value() == 2

            # a reservation for Eva on connector 1, then cancelled by the id the form remembered
            select_op(tab, "reserve")
            tab.reserve.connector.setCurrentIndex(tab.reserve.connector.findData(1))
            tab.reserve.tag.setCurrentIndex(tab.reserve.tag.findData(EVA))
            reservation = tab.reserve.reservation.value()
            click(qtbot, tab, "reserve")
            assert await answered(tab, "ReserveNow") == "Accepted"
            await wait_until(lambda: vc.statuses()[1] == "Reserved", timeout=10)
            select_op(tab, "cancel_reservation")
            assert tab.cancel_reservation.reservation.value() == reservation
            click(qtbot, tab, "cancel_reservation")
            assert await answered(tab, "CancelReservation") == "Accepted"
            await wait_until(lambda: vc.statuses()[1] == "Available", timeout=10)

    run(qapp, scenario)


@pytest.mark.isolated
def test_a_201_charger_gets_the_profile_the_local_list_and_a_reservation(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    """The same forms for an OCPP 2.0.1 station: the profile reaches it (as a 2.0.1 ChargingProfile) and its
    composite schedule shows it; the local list and a reservation go out as idTokens."""

    async def scenario() -> None:
        async with console(tmp_path) as (_db, central, tab), charger(central, ocpp="2.0.1") as vc:
            tab.set_charger("HALL-B-1")
            assert "OCPP 2.0.1" in tab.header.text()
            select_op(tab, "set_profile")
            assert not tab.banners["set_profile"].isVisible()
            tab.set_profile.connector.setCurrentIndex(tab.set_profile.connector.findData(1))
            tab.set_profile.profile_id.setValue(7)
            tab.set_profile.add.click()
            tab.set_profile.periods.item(0, 1).setText("10")
            tab.set_profile.periods.item(1, 0).setText("1800")
            tab.set_profile.periods.item(1, 1).setText("6")
            click(qtbot, tab, "set_profile")
            assert await answered(tab, "SetChargingProfile") == "Accepted"
            installed = vc.charger.smart.installed
            assert len(installed) == 1 and installed[0].connector_id == 1
            assert installed[0].profile["chargingSchedule"]["chargingSchedulePeriod"] == [
                {"startPeriod": 0, "limit": 10.0},
                {"startPeriod": 1800, "limit": 6.0},
            ]
            rows = await central.recent_messages(
                cp_id="HALL-B-1", action="SetChargingProfile", direction="out"
            )
            sent = next(json.loads(r.frame)[3] for r in rows if r.message_type == 2)
            assert sent["evseId"] == 1 and sent["chargingProfile"]["id"] == 7
            assert sent["chargingProfile"]["chargingSchedule"][0]["id"] == 7  # a list of schedules in 2.0.1

            select_op(tab, "composite")
            tab.composite.connector.setCurrentIndex(tab.composite.connector.findData(1))
            tab.composite.unit.setCurrentIndex(tab.composite.unit.findData("A"))
            click(qtbot, tab, "composite")
            assert (await answered(tab, "GetCompositeSchedule")).startswith("Accepted — ")
            assert "2 periods" in tab.table.item(0, 2).text()
            await wait_until(lambda: tab.composite.table.rowCount() >= 2, timeout=5)
            limits = [tab.composite.table.item(r, 2).text() for r in range(tab.composite.table.rowCount())]
            assert limits[:2] == ["10.0 A", "6.0 A"]
            assert (
                tab.composite.table.item(1, 1).text() != ""
            )  # the time of day: the schedule's start is known
            assert tab.composite.chart.chart().series(), "the step chart is drawn"
            SHOTS.mkdir(parents=True, exist_ok=True)
            tab.table.selectRow(0)
            tab.grab().save(str(SHOTS / "charger-operations-201.png"))

            select_op(tab, "clear_profile")
            tab.clear_profile.profile_id.setValue(7)
            click(qtbot, tab, "clear_profile")
            assert await answered(tab, "ClearChargingProfile") == "Accepted"
            assert vc.charger.smart.installed == []

            # the local list: version first (2.0.1 calls it versionNumber), then Eva's tag as an idToken
            select_op(tab, "local_list_version")
            click(qtbot, tab, "local_list_version")
            assert (await answered(tab, "GetLocalListVersion")) == "versionNumber: 0"
            assert (
                tab.local_list_version.known.text() == "0 (no list)"
                and tab.send_local_list.version.value() == 1
            )
            select_op(tab, "send_local_list")
            click(qtbot, tab, "send_local_list")
            dialog = tab.send_local_list.local_list_dialog
            assert dialog is not None
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            assert (await answered(tab, "SendLocalList")) == "Accepted"
            assert set(vc.charger.local_list) == {EVA} and vc.charger.local_list_version == 1

            select_op(tab, "reserve")
            tab.reserve.connector.setCurrentIndex(tab.reserve.connector.findData(2))
            tab.reserve.tag.setCurrentIndex(tab.reserve.tag.findData(EVA))
            click(qtbot, tab, "reserve")
            assert await answered(tab, "ReserveNow") == "Accepted"
            await wait_until(lambda: vc.statuses()[2] == "Reserved", timeout=10)
            select_op(tab, "cancel_reservation")
            click(qtbot, tab, "cancel_reservation")
            assert await answered(tab, "CancelReservation") == "Accepted"
            await wait_until(lambda: vc.statuses()[2] == "Available", timeout=10)

    run(qapp, scenario)


class _Bridge(QObject):
    connected = Signal(object)
    disconnected = Signal(object)
    boot = Signal(object)
    session_started = Signal(object)
    session_stopped = Signal(object)
    reservation_changed = Signal(object)


class _Central:
    """A connected 2.0.1 station as central.chargers() describes it (no loop needed for what is disabled)."""

    def __init__(self, version: str) -> None:
        self.state = type(
            "State", (), {"cp_id": "HALL-B-1", "ocpp_version": version, "statuses": {1: None}, "boot": None}
        )()

    def chargers(self) -> list[Any]:
        return [self.state]

    def is_connected(self, cp_id: str) -> bool:
        return True


def test_a_201_charger_gets_every_operation_too(qtbot: Any, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'v201.db'}"
    upgrade(url)
    db = Database(url)
    seed(db)
    try:
        tab = ChargerOperationsTab(ChargersService(Store(db)), _Bridge(), _Central("2.0.1"))
        qtbot.addWidget(tab)
        tab.set_charger("HALL-B-1")
        assert "OCPP 2.0.1" in tab.header.text()
        disabled = {s.key for s in OPERATIONS if not tab.send_buttons[s.key].isEnabled()}
        # remote stop: nothing is running; ExtendedTriggerMessage is the 1.6 security extension's (2.0.1's
        # TriggerMessage has its messages)
        assert disabled == {"remote_stop", "extended_trigger"}
        assert not any(b.isVisibleTo(tab) and b.text() for b in tab.banners.values())
        select_op(tab, "set_profile")
        assert tab.send_buttons["set_profile"].isEnabled() and not tab.banners["set_profile"].text()
        # the trigger list is the 2.0.1 one
        messages = [tab.trigger.message.itemText(i) for i in range(tab.trigger.message.count())]
        assert "TransactionEvent" in messages and "DiagnosticsStatusNotification" not in messages
        # a 1.6 charger gets every operation
        tab2 = ChargerOperationsTab(ChargersService(Store(db)), _Bridge(), _Central("1.6"))
        qtbot.addWidget(tab2)
        tab2.set_charger("HALL-B-1")
        assert not any(b.isVisible() and b.text() for b in tab2.banners.values())
        # (but GetChargingProfiles, which 1.6 does not have: the composite schedule is offered instead; and
        # GetTransactionStatus, 2.0.1 only)
        others = [s for s in OPERATIONS if s.key not in ("remote_stop", "get_profiles", "transaction_status")]
        assert all(tab2.send_buttons[s.key].isEnabled() for s in others)
        assert not tab2.send_buttons["get_profiles"].isEnabled()
        assert not tab2.send_buttons["transaction_status"].isEnabled()
        assert "1.6 has no message" in tab2.banners["get_profiles"].text()
        assert tab2.get_profiles.composite_instead.isVisibleTo(tab2.get_profiles)
        tab2.get_profiles.composite_instead.click()
        assert tab2.stack.currentWidget() is tab2.forms["composite"]
        # nothing selected: a clear empty state
        tab2.set_charger(None)
        assert not tab2.body.isVisibleTo(tab2) and tab2.empty.isVisibleTo(tab2)
    finally:
        db.dispose()
