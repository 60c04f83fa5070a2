"""Chargers page, Configuration and Snapshots tabs (app.views.chargers.config), with a real central system and
simulated chargers (app.simulator): a key changed in the table shows in the next snapshot and in the diff, and a
snapshot's values reach another charger of the same model; a read-only key cannot be edited; RebootRequired is
reported with a Reset offer; an offline charger shows its last snapshot and nothing can be sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTabWidget

from app.config import CentralSystemSettings
from app.db import Database
from app.db.migrate import upgrade
from app.models import Connector, Site, Station
from app.services.central.system import CentralSystem
from app.services.chargers import config_snapshots as cfg
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.chargers.config import ChargerConfigTab, ChargerSnapshotsTab, ConfigModel
from app.views.shell.bridge import CentralBridge
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

FAST = {"speed": 600.0, "seed": 7, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}
LEFT = Qt.MouseButton.LeftButton


def demo_database(tmp_path: Path) -> Database:
    url = f"sqlite:///{tmp_path / 'chargers.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich", address="Hardturmstrasse 101, 8005 Zürich")
        for cp, name in (("HALL-B-1", "Hall B"), ("HALL-B-2", "Hall B east"), ("GARAGE-2", "Garage")):
            s.add(
                Station(
                    site=site,
                    charge_point_id=cp,
                    name=name,
                    connectors=[Connector(connector_id=n) for n in (1, 2)],
                )
            )
    return db


def with_console(
    qapp: Any,
    tmp_path: Path,
    scenario: Callable[[Database, CentralSystem, CentralBridge], Awaitable[None]],
    **central_settings: Any,
) -> None:
    """Run ``scenario`` on qasync with the demo database and a central system on 127.0.0.1 (``central_settings``:
    more of its settings, e.g. ``unknown_charger_policy="pending"``)."""

    async def main() -> None:
        db = demo_database(tmp_path)
        central = CentralSystem(
            db, CentralSystemSettings(host="127.0.0.1", port=0, call_timeout_s=10, **central_settings)
        )
        await central.start()
        bridge = CentralBridge(central)
        try:
            await scenario(db, central, bridge)
        finally:
            bridge.close()
            await central.stop()
            db.dispose()

    qapp.setQuitOnLastWindowClosed(False)  # as the console does (app.main)
    run_on_qasync(qapp, main)


def rows(tab: ChargerConfigTab) -> dict[str, tuple[str, str, str]]:
    """What the table shows (after the search filter): key -> (value, access, answer)."""
    p = tab.proxy
    return {
        p.index(r, 0).data(): (p.index(r, 1).data(), p.index(r, 2).data(), p.index(r, 3).data())
        for r in range(p.rowCount())
    }


def cell_center(view: QAbstractItemView, row: int, column: int) -> Any:
    return view.visualRect(view.model().index(row, column)).center()


def search(qtbot: Any, tab: ChargerConfigTab, text: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)


def asked(vc: VirtualCharger) -> list[str]:
    """The operations the charger was asked for, in order."""
    return [e.data["action"] for e in vc.of(ev.OPERATION)]


async def booted(*chargers: VirtualCharger) -> None:
    for vc in chargers:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)


@pytest.mark.isolated
def test_change_in_table_shows_in_snapshot_diff_and_applies(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def scenario(db: Database, central: CentralSystem, bridge: CentralBridge) -> None:
        host = QTabWidget()  # as on the Chargers page
        config = ChargerConfigTab(ChargersService(Store(db), central), bridge, central)
        snaps = ChargerSnapshotsTab(ChargersService(Store(db), central), bridge, central)
        host.addTab(config, "Configuration")
        host.addTab(snaps, "Snapshots")
        qtbot.addWidget(host)
        host.resize(1280, 800)
        host.show()
        assert config.empty.isVisible() and not config.body.isVisible()  # nothing selected
        async with (
            VirtualCharger(central.url, "HALL-B-1", **FAST) as b1,
            VirtualCharger(central.url, "HALL-B-2", firmware="1.3.0", **FAST) as b2,
        ):
            await booted(b1, b2)
            host.setCurrentWidget(snaps)
            config.set_charger("HALL-B-1")
            snaps.set_charger("HALL-B-1")
            assert "No snapshot yet" in snaps.diff_title.text()
            assert rows(config) == {} and "GetConfiguration" not in asked(b1)
            host.setCurrentWidget(config)  # the keys are read when the tab is shown
            assert not config.empty.isVisible()
            await wait_until(lambda: len(rows(config)) > 30, timeout=15)
            assert asked(b1) == ["GetConfiguration"]
            assert "keys" in config.state.text() and "read-only" in config.state.text()

            # a first snapshot, labelled
            host.setCurrentWidget(snaps)
            qtbot.keyClicks(snaps.label, "factory settings")
            qtbot.mouseClick(snaps.take_button, LEFT)
            await wait_until(lambda: snaps.list.rowCount() == 1, timeout=15)
            assert snaps.list.item(0, 1).text() == "factory settings" and "stored" in snaps.message.text()

            # change a key in place: search, double-click its value, type, Enter
            host.setCurrentWidget(config)
            search(qtbot, config, "metervaluesample")
            assert set(rows(config)) == {"MeterValueSampleInterval"}  # case-insensitive, on the key
            assert rows(config)["MeterValueSampleInterval"][0] == "60"
            qtbot.mouseClick(
                config.table.viewport(), LEFT, pos=cell_center(config.table, 0, ConfigModel.VALUE)
            )
            qtbot.mouseDClick(
                config.table.viewport(), LEFT, pos=cell_center(config.table, 0, ConfigModel.VALUE)
            )
            editor = config.table.viewport().findChild(QLineEdit)
            assert editor is not None and editor.text() == "60"
            editor.selectAll()
            qtbot.keyClicks(editor, "30")
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            await wait_until(lambda: rows(config)["MeterValueSampleInterval"][2] == "Accepted", timeout=10)
            assert rows(config)["MeterValueSampleInterval"][0] == "30"
            assert "answered Accepted" in config.message.text()

            # a value the charger refuses: Rejected shown, the value stays
            search(qtbot, config, "HeartbeatInterval")
            config.select_key("HeartbeatInterval")
            config.form_value.clear()
            qtbot.keyClicks(config.form_value, "soon")
            qtbot.mouseClick(config.send_button, LEFT)
            await wait_until(
                lambda: rows(config)["HeartbeatInterval"][2] == "Rejected by the charger", timeout=10
            )
            assert (
                rows(config)["HeartbeatInterval"][0] == "300" and "answered Rejected" in config.message.text()
            )

            # unknown keys asked for by name are listed
            qtbot.keyClicks(config.ask_keys, "LocalAuthListEnabled, AcmeBoostMode")
            qtbot.mouseClick(config.ask_button, LEFT)
            await wait_until(lambda: config.unknown.isVisible(), timeout=10)
            assert config.unknown.text() == "Unknown to HALL-B-1: AcmeBoostMode"

            # the next snapshot has the new value; the diff shows exactly that change, highlighted
            host.setCurrentWidget(snaps)
            qtbot.keyClicks(snaps.label, "sampling 30 s")
            qtbot.keyClick(snaps.label, Qt.Key.Key_Return)
            await wait_until(lambda: snaps.list.rowCount() == 2, timeout=15)
            newest = cfg.load_snapshot(db, snaps.snapshots[0].id)
            assert newest.entries["MeterValueSampleInterval"].value == "30"
            assert newest.info.label == "sampling 30 s" and newest.info.model == "VirtualCharger AC11"
            snaps.list.selectionModel().select(
                snaps.list.model().index(1, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            assert len(snaps.selected_ids()) == 2
            assert snaps.summary.text().startswith("1 changed, 0 added, 0 removed")
            shown = [
                [snaps.diff_table.item(r, c).text() for c in range(4)]
                for r in range(snaps.diff_table.rowCount())
            ]
            assert shown == [["MeterValueSampleInterval", "changed", "60", "30"]]
            assert snaps.diff_table.item(0, 3).background().color().name() == "#fff1c2"
            assert not snaps.apply_button.isEnabled()  # applying is for one snapshot
            qtbot.mouseClick(snaps.only_changes, LEFT)  # show everything: unchanged rows too, not highlighted
            assert snaps.diff_table.rowCount() == newest.info.key_count
            qtbot.mouseClick(snaps.only_changes, LEFT)
            SHOTS.mkdir(parents=True, exist_ok=True)
            host.grab().save(str(SHOTS / "charger-snapshots-diff.png"))

            host.setCurrentWidget(config)
            search(qtbot, config, "")
            config.select_key("MeterValueSampleInterval")
            host.grab().save(str(SHOTS / "charger-config.png"))
            host.setCurrentWidget(snaps)

            # apply the newest snapshot to the other charger of the same model, one key
            snaps.list.selectRow(0)
            qtbot.mouseClick(snaps.apply_button, LEFT)
            dialog = snaps._dialog
            assert dialog is not None and dialog.isVisible()
            assert dialog.checked(dialog.chargers) == ["HALL-B-2"]  # online, not the snapshot's own charger
            dialog.set_checked(dialog.keys, ["MeterValueSampleInterval", "HeartbeatInterval"])
            assert dialog.apply_button.isEnabled()
            qtbot.mouseClick(dialog.apply_button, LEFT)
            await wait_until(lambda: dialog.report is not None, timeout=15)
            header = [
                dialog.results.horizontalHeaderItem(c).text() for c in range(dialog.results.columnCount())
            ]
            assert header == ["Key", "HALL-B-2"]
            result = {
                dialog.results.item(r, 0).text(): dialog.results.item(r, 1).text()
                for r in range(dialog.results.rowCount())
            }
            assert result == {
                "MeterValueSampleInterval": "Accepted",
                "HeartbeatInterval": "already this value",
            }
            assert dialog.message.text() == "Done: 1 charger (1 Accepted, 1 already this value)."
            got = await central.operations.get_configuration("HALL-B-2", ["MeterValueSampleInterval"])
            assert got["configurationKey"][0]["value"] == "30"
            dialog.grab().save(str(SHOTS / "charger-snapshots-apply.png"))
            dialog.close()

    with_console(qapp, tmp_path, scenario)


@pytest.mark.isolated
def test_read_only_refused_reboot_required_offered_offline_shown(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    async def scenario(db: Database, central: CentralSystem, bridge: CentralBridge) -> None:
        config = ChargerConfigTab(ChargersService(Store(db), central), bridge, central)
        qtbot.addWidget(config)
        config.resize(1280, 800)
        config.show()
        vc = VirtualCharger(central.url, "HALL-B-1", **FAST)
        await vc.start()
        try:
            await booted(vc)
            config.set_charger("HALL-B-1")
            await wait_until(lambda: len(rows(config)) > 30, timeout=15)

            # read-only: greyed with a lock, no editor on double-click, the form refuses
            search(qtbot, config, "NumberOfConnectors")
            assert rows(config) == {"NumberOfConnectors": ("2", "read-only", "")}
            index = config.proxy.index(0, ConfigModel.VALUE)
            assert not index.flags() & Qt.ItemFlag.ItemIsEditable
            assert config.proxy.index(0, ConfigModel.KEY).data(Qt.ItemDataRole.DecorationRole) is not None
            assert (
                config.proxy.index(0, ConfigModel.VALUE).data(Qt.ItemDataRole.ForegroundRole).color().name()
                == "#8a8f98"
            )
            qtbot.mouseClick(
                config.table.viewport(), LEFT, pos=cell_center(config.table, 0, ConfigModel.VALUE)
            )
            qtbot.mouseDClick(
                config.table.viewport(), LEFT, pos=cell_center(config.table, 0, ConfigModel.VALUE)
            )
            assert config.table.state() != QAbstractItemView.State.EditingState
            assert config.table.viewport().findChild(QLineEdit) is None  # no editor opened
            assert config.form_key.text() == "NumberOfConnectors"
            assert not config.form_value.isEnabled() and not config.send_button.isEnabled()
            assert "read-only" in config.form_hint.text()
            config.send_change("NumberOfConnectors", "4")  # even asked directly, nothing is sent
            assert "read-only" in config.message.text() and rows(config)["NumberOfConnectors"][2] == ""

            # RebootRequired: reported on the row, with a Reset offer that sends a Reset
            search(qtbot, config, "WebSocketPing")
            qtbot.mouseClick(config.table.viewport(), LEFT, pos=cell_center(config.table, 0, ConfigModel.KEY))
            assert config.form_key.text() == "WebSocketPingInterval" and config.form_value.isEnabled()
            config.form_value.selectAll()
            qtbot.keyClicks(config.form_value, "120")
            qtbot.keyClick(config.form_value, Qt.Key.Key_Return)
            await wait_until(
                lambda: rows(config)["WebSocketPingInterval"][2].startswith("RebootRequired"), timeout=10
            )
            assert rows(config)["WebSocketPingInterval"][0] == "120"
            assert config.reboot_bar.isVisible() and "Reset now?" in config.reboot_text.text()
            assert "WebSocketPingInterval" in config.reboot_text.text()
            mark = vc.mark()
            qtbot.mouseClick(config.reset_button, LEFT)
            await wait_until(lambda: "accepted the Reset" in config.message.text(), timeout=10)
            assert not config.reboot_bar.isVisible()
            await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", since=mark, timeout=20)
            await wait_until(lambda: "read from HALL-B-1" in config.state.text(), timeout=15)  # read again

            # offline: the last snapshot is shown, nothing can be edited or sent
            await cfg.take_snapshot(central, "HALL-B-1", label="before leaving")
            await vc.stop()
            await wait_until(lambda: not central.is_connected("HALL-B-1"), timeout=10)
            await wait_until(lambda: "offline" in config.state.text(), timeout=10)
            config.set_charger("HALL-B-1")
            assert "showing the snapshot" in config.state.text()
            search(qtbot, config, "WebSocketPing")
            assert rows(config)["WebSocketPingInterval"][0] == "120"
            assert not config.proxy.index(0, ConfigModel.VALUE).flags() & Qt.ItemFlag.ItemIsEditable
            assert not config.refresh_button.isEnabled() and not config.send_button.isEnabled()
            result = await cfg.change_key(central, "HALL-B-1", "HeartbeatInterval", "60")
            assert result.status == "offline"
        finally:
            await vc.stop()

    with_console(qapp, tmp_path, scenario)
