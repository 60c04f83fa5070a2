"""Add virtual charger: a simulated charger started from the console connects to the console's own central
system, a presented card charges and the session is recorded; the form refuses what cannot be started."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.config import Settings
from app.main import Console
from app.models import ChargingSession, IdTag, Station, User
from app.ocpp.events import SecurityEventReceived
from app.services.chargers.virtual_fleet import fleet
from app.views.chargers.virtual import AddVirtualChargerDialog
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync


@pytest.mark.isolated
@pytest.mark.expect_log(r"security event ", logger="app.services.central.system")
def test_virtual_charger_starts_charges_and_stops(qapp: Any, qtbot: Any, console_settings: Settings) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        with window.database.session() as s:
            s.add(User(name="Eva Keller", tags=[IdTag(id_tag="04A2B3C4", label="badge")]))
        dialog = AddVirtualChargerDialog(window.chargers.service, window.bridge, console.central, window)
        created: list[int] = []
        dialog.station_created.connect(created.append)
        try:
            dialog.show()
            assert dialog.cp_id.text() == "VIRTUAL-1"  # the first id no station uses
            # a wrong id is refused with a message, nothing started
            dialog.cp_id.setText("bad id with spaces")
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            assert "charge point id" in dialog.message.text() and not fleet().entries
            dialog.cp_id.setText("DEMO-7")
            dialog.speed.setCurrentIndex(dialog.speed.findText("60× faster"))
            dialog.tags.setText("04A2B3C4")
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: dialog.table.rowCount() == 1, timeout=10)
            assert created, "a station was created for the charger"
            with window.database.session() as s:
                st = s.scalars(select(Station).where(Station.charge_point_id == "DEMO-7")).one()
                assert len(st.connectors) == 2
            await wait_until(lambda: console.central.is_connected("DEMO-7"), timeout=15)
            await wait_until(
                lambda: (
                    "booted: Accepted" in dialog.table.item(0, 3).text()
                    or fleet().entries["DEMO-7"].charger.online
                ),
                timeout=15,
            )
            # the same id again is refused while it runs
            dialog.cp_id.setText("DEMO-7")
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            assert "already running" in dialog.message.text()

            dialog.table.selectRow(0)
            assert dialog.card.currentText() == "04A2B3C4"
            dialog.card_connector.setCurrentIndex(dialog.card_connector.findData(2))
            qtbot.mouseClick(dialog.present, Qt.MouseButton.LeftButton)
            assert "presented at DEMO-7" in dialog.outcome.text()

            def session_on_2() -> Any:
                with window.database.session() as s:
                    return s.scalars(
                        select(ChargingSession).where(
                            ChargingSession.charge_point_id == "DEMO-7", ChargingSession.connector_id == 2
                        )
                    ).first()

            try:
                sess = await wait_until(session_on_2, timeout=20)
            except AssertionError:
                raise AssertionError("no session: " + " | ".join(fleet().entries["DEMO-7"].events)) from None
            assert sess.id_tag == "04A2B3C4"
            await wait_until(lambda: dialog.table.item(0, 3).text().startswith("DEMO-7 #2"), timeout=10)
            # the same card again ends the charge
            qtbot.mouseClick(dialog.present, Qt.MouseButton.LeftButton)
            assert "ends" in dialog.outcome.text()

            def stopped() -> bool:
                with window.database.session() as s:
                    return s.get(ChargingSession, sess.id).stop_at is not None

            await wait_until(stopped, timeout=20)

            qtbot.keyClicks(dialog.cp_id, "X")  # typing clears the complaint
            assert dialog.message.text() == ""
            dialog.cp_id.setText("VIRTUAL-1")
            SHOTS.mkdir(parents=True, exist_ok=True)
            dialog.resize(1000, 480)
            dialog.grab().save(str(SHOTS / "virtual-chargers.png"))
            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: not fleet().entries, timeout=15)
            await wait_until(lambda: not console.central.is_connected("DEMO-7"), timeout=10)

            # whitepaper firmware (1.6 only): it reports its start as a security event
            events: list[Any] = []
            console.central.subscribe(events.append, SecurityEventReceived)
            dialog.ocpp.setCurrentText("2.0.1")
            assert not dialog.security.isEnabled()
            dialog.ocpp.setCurrentText("1.6")
            dialog.cp_id.setText("DEMO-8")
            qtbot.mouseClick(dialog.security, Qt.MouseButton.LeftButton)
            assert dialog.spec().security_extension
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
            await wait_until(lambda: [e for e in events if e.cp_id == "DEMO-8"], timeout=20)
            assert events[0].event_type == "StartupOfTheDevice"
            await fleet().stop("DEMO-8")
        finally:
            dialog.close()
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
