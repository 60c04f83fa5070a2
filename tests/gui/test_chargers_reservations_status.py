"""The Operations tab's reservations list and GetTransactionStatus against a real central system and the
simulator as a 2.0.1 station: a reservation made in the form is listed at once (who made it, live from the
central system's ReservationChanged), picked from the list and cancelled; the station's answer about the queue
and about a running session in plain words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.models import ChargingSession, SessionStatus
from app.services.roles import local_principal
from tests.gui.test_chargers_operations import EVA, answered, charger, click, console, run, select_op
from tests.helpers.ocpp import wait_until


@pytest.mark.isolated
def test_reservations_listed_live_and_the_transaction_status_in_plain_words(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with console(tmp_path) as (db, central, tab), charger(central, ocpp="2.0.1") as vc:
            tab.set_charger("HALL-B-1")
            assert tab.reserve.table.rowCount() == 0

            # a reservation made in the form: listed with who made it, holding the connector
            select_op(tab, "reserve")
            tab.reserve.connector.setCurrentIndex(tab.reserve.connector.findData(2))
            tab.reserve.tag.setCurrentIndex(tab.reserve.tag.findData(EVA))
            reservation = tab.reserve.reservation.value()
            click(qtbot, tab, "reserve")
            assert await answered(tab, "ReserveNow") == "Accepted"
            await wait_until(lambda: tab.reserve.table.rowCount() == 1, timeout=10)
            row = [tab.reserve.table.item(0, c).text() for c in range(6)]
            assert row[0] == f"#{reservation}" and row[1:3] == ["2", EVA]
            assert row[4] == local_principal().username and row[5] == "Holding the connector"

            # picked in the cancel form's list, cancelled: the list says so (both forms' lists)
            select_op(tab, "cancel_reservation")
            table = tab.cancel_reservation.table
            assert table.rowCount() == 1
            tab.cancel_reservation.reservation.setValue(1)
            table.cellClicked.emit(0, 0)
            assert tab.cancel_reservation.reservation.value() == reservation
            click(qtbot, tab, "cancel_reservation")
            assert await answered(tab, "CancelReservation") == "Accepted"
            await wait_until(lambda: table.item(0, 5).text() == "Cancelled", timeout=10)
            assert tab.reserve.table.item(0, 5).text() == "Cancelled"
            await wait_until(lambda: vc.statuses()[2] == "Available", timeout=10)

            # the transaction status: nothing asked about a session, then a running session
            select_op(tab, "transaction_status")
            assert tab.transaction_status.session.currentData() is None
            click(qtbot, tab, "transaction_status")
            assert await answered(tab, "GetTransactionStatus") == "messagesInQueue: False"
            assert tab.transaction_status.answer.text() == (
                "The station has no transaction messages waiting to be delivered."
            )
            assert vc.present_card(EVA, 1) == "starting"

            def running() -> Any:
                with db.session() as s:
                    return s.scalars(
                        select(ChargingSession).where(ChargingSession.status == SessionStatus.ACTIVE)
                    ).first()

            session = await wait_until(running, timeout=20)
            combo = tab.transaction_status.session
            await wait_until(lambda: combo.count() == 2, timeout=10)  # offered live (the session started)
            combo.setCurrentIndex(1)
            click(qtbot, tab, "transaction_status")
            await wait_until(lambda: tab.transaction_status.answer.text() != "", timeout=15)
            assert tab.transaction_status.answer.text().startswith(
                f"Session {session.id} is still running on the station; "
            )

    run(qapp, scenario)


@pytest.mark.isolated
def test_the_session_detail_asks_a_201_station_about_a_running_session(
    qapp: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Where the operator sees a session whose end may be unknown (the session detail, beside End session…): the
    station says whether it still runs it."""
    from app.services.api import AppServices
    from app.views.sessions.page import SessionsPage
    from app.views.shell.bridge import CentralBridge

    async def scenario() -> None:
        async with console(tmp_path) as (db, central, _tab), charger(central, ocpp="2.0.1") as vc:
            # (online and announced: a card presented before that is checked offline against an empty list)
            await wait_until(lambda: vc.online and vc.statuses()[1] == "Available", timeout=10)
            await vc.wait_for("operation", lambda e: e.text.startswith("ClearCache"), timeout=10)
            assert vc.present_card(EVA, 1) == "starting"

            def running() -> Any:
                with db.session() as s:
                    return s.scalars(
                        select(ChargingSession).where(ChargingSession.status == SessionStatus.ACTIVE)
                    ).first()

            session = await wait_until(running, timeout=20)
            bridge = CentralBridge(central)
            page = SessionsPage(AppServices.local(db).sessions, bridge, central)
            qtbot.addWidget(page)
            try:
                page.open_detail(session.id)
                dialog = page.detail_dialog
                assert dialog is not None
                await wait_until(
                    lambda: dialog.detail is not None and dialog.ask_button.isVisible(), timeout=10
                )
                qtbot.mouseClick(dialog.ask_button, Qt.MouseButton.LeftButton)
                await wait_until(lambda: "on the station" in dialog.station_says.text(), timeout=15)
                assert dialog.station_says.text().startswith(
                    f"Session {session.id} is still running on the station; "
                )
                dialog.close()
            finally:
                page.shutdown()
                bridge.close()

    run(qapp, scenario)
