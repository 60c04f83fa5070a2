"""The Operations tab's ExtendedTriggerMessage (OCPP 1.6 security extension) against a real central system and the
simulator as whitepaper firmware: the messages offered are those ChargeDesk then accepts, the charger's answer and
what it sends are shown; a charger without the extension answers NotImplemented."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from app.ocpp.events import DiagnosticsStatus
from app.services.central.system import CentralSystem
from app.services.chargers.operation_forms import extended_triggers, triggers
from app.simulator import VirtualCharger
from tests.gui.test_chargers_operations import answered, click, console, run, select_op
from tests.helpers.ocpp import EventRecorder, wait_until


@contextlib.asynccontextmanager
async def whitepaper_charger(central: CentralSystem, extension: bool) -> AsyncIterator[VirtualCharger]:
    vc = VirtualCharger(
        f"ws://127.0.0.1:{central.port}/ocpp/",
        "HALL-B-1",
        connectors=2,
        scenario="idle",
        seed=7,
        vendor="ABB",
        model="Terra AC",
        security_extension=extension,
    )
    await vc.start()
    try:
        await vc.wait_for("booted", timeout=20)
        await wait_until(lambda: central.is_connected("HALL-B-1"), timeout=10)
        yield vc
    finally:
        await vc.stop(timeout=10)


def test_the_trigger_lists_offer_only_what_chargedesk_accepts() -> None:
    # the certificate messages need SignCertificate handled; the ISO 15118 ones are never offered
    assert "SignV2GCertificate" not in triggers("2.0.1") and "SignCombinedCertificate" not in triggers(
        "2.0.1"
    )
    assert "PublishFirmwareStatusNotification" not in triggers("2.0.1")
    assert (
        "LogStatusNotification" in extended_triggers() and "FirmwareStatusNotification" in extended_triggers()
    )


@pytest.mark.isolated
@pytest.mark.expect_log(r"security event ", logger="app.services.central.system")
def test_extended_trigger_message_from_the_operations_tab(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (_db, central, tab):
            recorder = EventRecorder()
            central.subscribe(recorder, DiagnosticsStatus)
            async with whitepaper_charger(central, extension=True):
                tab.set_charger("HALL-B-1")
                select_op(tab, "extended_trigger")
                form = tab.extended_trigger
                offered = [form.message.itemText(i) for i in range(form.message.count())]
                assert offered == list(extended_triggers())
                assert form.message.currentText() == "LogStatusNotification"
                click(qtbot, tab, "extended_trigger")
                assert await answered(tab, "ExtendedTriggerMessage") == "Accepted"
                await recorder.wait(DiagnosticsStatus, lambda e: e.status == "Idle", 10)
            async with whitepaper_charger(central, extension=False):
                await wait_until(lambda: "online" in tab.header.text(), timeout=10)
                # without the extension's firmware: no log upload to report (its certificates it still renews)
                form.message.setCurrentText("LogStatusNotification")
                rows = tab.table.rowCount()
                click(qtbot, tab, "extended_trigger")
                await wait_until(lambda: tab.table.rowCount() > rows, timeout=10)
                assert "NotImplemented" in await answered(tab, "ExtendedTriggerMessage")

    run(qapp, scenario)
