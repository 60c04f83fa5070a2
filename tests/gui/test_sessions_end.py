"""Ending a session the charger abandoned from the session detail dialog (issue 13): two clicks, audited."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, ChargingSession
from app.services.roles import local_principal
from app.views.sessions.page import SessionsPage
from tests.gui.test_sessions import COL, bridge, page, seed_demo, settle  # noqa: F401

# ending a session by hand is logged as a warning (it never got its StopTransaction)
pytestmark = pytest.mark.expect_log(r"closed without a StopTransaction", logger="app.services.central.store")


def test_an_open_session_is_ended_from_its_detail_dialog(
    qtbot: Any,
    page: SessionsPage,  # noqa: F811
    sqlite_db: Database,
) -> None:
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    settle(qtbot, page)
    running = demo.ids[0]  # still charging
    page.open_detail(running)
    dialog = page.detail_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.id == running, timeout=10_000)
    assert dialog.end_button.isVisible() and dialog.end_button.isEnabled()

    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)  # first click: asks to confirm
    assert "again" in dialog.end_button.text()
    with sqlite_db.session() as s:
        assert s.get(ChargingSession, running).status == "active"  # nothing happened yet
    qtbot.mouseClick(dialog.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.detail is not None and not dialog.detail.row.active, timeout=10_000)
    assert not dialog.end_button.isVisible()
    status = dialog.values["status"].text()
    assert (
        status.startswith("Completed")
        and f"closed by {local_principal().username} in the sessions view" in status
    )
    row = page.model.row_of(running)
    assert row is not None
    qtbot.waitUntil(
        lambda: page.model.index(row, COL["status"]).data() == "Completed · flagged", timeout=10_000
    )
    with sqlite_db.session() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.entity == "session")).one()
        assert (audit.entity_id, audit.action) == (str(running), "close")

    # a completed session has no such button
    page.open_detail(demo.detail_id)
    qtbot.waitUntil(
        lambda: dialog.detail is not None and dialog.detail.row.id == demo.detail_id, timeout=10_000
    )
    assert not dialog.end_button.isVisible()
    dialog.close()
