"""Chargers page, secrets in the Configuration and Snapshots tabs: the charger's password (1.6 AuthorizationKey)
is shown masked, changed in a password field through the station's password flow, never shown in the message
line; a snapshot holding one shows it masked and the apply dialog says it is skipped and why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTabWidget
from sqlalchemy import select

from app.config import CentralSystemSettings
from app.models import AuditEntry, Station
from app.models.domain import ConfigSnapshot, ConfigSnapshotKey
from app.services.admin.passwords import verify_password
from app.services.central.system import CentralSystem
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator.api import VirtualCharger
from app.views.chargers.config import ChargerConfigTab, ChargerSnapshotsTab, ConfigModel
from app.views.chargers.config.common import MASK
from app.views.chargers.config.keys import KeyRow
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_config import FAST, LEFT, booted, demo_database, rows
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

NEW = "Kx7pQ2mZ9vRt4wLsYb3n"


def test_the_keys_table_masks_a_secret_and_does_not_edit_it_in_place(qapp: Any) -> None:
    model = ConfigModel()
    model.set_rows(
        [
            KeyRow("AuthorizationKey", NEW.encode().hex(), False),
            KeyRow("SecurityCtrlr/BasicAuthPassword", NEW, False),
            KeyRow("HeartbeatInterval", "300", False),
        ]
    )
    shown = {model.index(r, 0).data(): model.index(r, ConfigModel.VALUE).data() for r in range(3)}
    assert shown == {
        "AuthorizationKey": MASK,
        "SecurityCtrlr/BasicAuthPassword": MASK,
        "HeartbeatInterval": "300",
    }
    for r in (0, 1):
        index = model.index(r, ConfigModel.VALUE)
        assert index.data(Qt.ItemDataRole.EditRole) == ""
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert "password" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(model.index(2, ConfigModel.VALUE)) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.isolated
def test_changing_the_password_from_the_configuration_tab(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def main() -> None:
        db = demo_database(tmp_path)
        central = CentralSystem(db, CentralSystemSettings(host="127.0.0.1", port=0, call_timeout_s=10))
        await central.start()
        bridge = CentralBridge(central)
        try:
            host = QTabWidget()
            config = ChargerConfigTab(ChargersService(Store(db), central), bridge, central)
            snaps = ChargerSnapshotsTab(ChargersService(Store(db), central), bridge, central)
            host.addTab(config, "Configuration")
            host.addTab(snaps, "Snapshots")
            qtbot.addWidget(host)
            host.resize(1280, 800)
            host.show()
            async with VirtualCharger(central.url, "HALL-B-1", **FAST) as vc:
                await booted(vc)
                config.set_charger("HALL-B-1")
                await wait_until(lambda: len(rows(config)) > 30, timeout=15)
                qtbot.keyClicks(config.ask_keys, "AuthorizationKey")
                qtbot.mouseClick(config.ask_button, LEFT)
                await wait_until(lambda: "AuthorizationKey" in rows(config), timeout=10)

                # a password field, never pre-filled
                config.select_key("HeartbeatInterval")
                assert config.form_value.echoMode() == QLineEdit.EchoMode.Normal
                assert config.form_value.text() == "300"
                config.select_key("AuthorizationKey")
                assert config.form_value.echoMode() == QLineEdit.EchoMode.Password
                assert config.form_value.text() == "" and not config.send_button.isEnabled()
                assert "station's password" in config.form_hint.text()
                qtbot.keyClicks(config.form_value, NEW)
                assert config.send_button.isEnabled()
                qtbot.mouseClick(config.send_button, LEFT)
                await wait_until(lambda: rows(config)["AuthorizationKey"][2] == "Accepted", timeout=10)
                assert rows(config)["AuthorizationKey"][0] == MASK
                assert "answered Accepted" in config.message.text()
                assert NEW not in config.message.text() and NEW.encode().hex() not in config.message.text()
                assert vc.charger.config.authorization_key == NEW
                with db.session() as s:
                    hashed = s.scalar(
                        select(Station.password_hash).where(Station.charge_point_id == "HALL-B-1")
                    )
                    changes = [a.changes for a in s.scalars(select(AuditEntry))]
                assert verify_password(NEW, hashed)
                assert changes and all(
                    NEW.encode().hex() not in str(c) and NEW not in str(c) for c in changes
                )

                # a snapshot holding a password in clear (stored before they were redacted): masked, skipped
                with db.session() as s:
                    old = ConfigSnapshot(
                        charge_point_id="HALL-B-1",
                        taken_at=dt.datetime.now(dt.UTC),
                        label="old",
                        ocpp_version="1.6",
                        key_count=2,
                        actor="",
                        vendor="ChargeDesk",
                        model="VirtualCharger AC11",
                    )
                    old.keys = [
                        ConfigSnapshotKey(key="AuthorizationKey", value=NEW.encode().hex(), readonly=False),
                        ConfigSnapshotKey(key="HeartbeatInterval", value="300", readonly=False),
                    ]
                    s.add(old)
                host.setCurrentWidget(snaps)
                snaps.set_charger("HALL-B-1")
                snaps.reload()
                await wait_until(lambda: snaps.list.rowCount() == 1, timeout=10)
                snaps.list.selectRow(0)
                await wait_until(lambda: snaps.diff_table.rowCount() == 2, timeout=10)
                values = {
                    snaps.diff_table.item(r, 0).text(): snaps.diff_table.item(r, 2).text() for r in range(2)
                }
                assert values == {"AuthorizationKey": MASK, "HeartbeatInterval": "300"}
                qtbot.mouseClick(snaps.apply_button, LEFT)
                dialog = snaps._dialog
                assert dialog is not None and dialog.isVisible()
                items = {
                    dialog.keys.item(i).text().split(" = ")[0]: dialog.keys.item(i)
                    for i in range(dialog.keys.count())
                }
                secret = items["AuthorizationKey"]
                assert (
                    "skipped" in secret.text()
                    and MASK in secret.text()
                    and NEW.encode().hex() not in secret.text()
                )
                assert "never applied from a snapshot" in secret.toolTip()
                dialog.set_checked(dialog.keys, ["AuthorizationKey", "HeartbeatInterval"])
                assert dialog.checked(dialog.keys) == ["HeartbeatInterval"]  # a password cannot be checked
                dialog.close()
        finally:
            bridge.close()
            await central.stop()
            db.dispose()

    qapp.setQuitOnLastWindowClosed(False)
    run_on_qasync(qapp, main)
