"""A charger's security events (SecurityEventNotification) as the operator sees them: a line in the dashboard's
recent events (repeats of one type coalesced), and in the charger Overview's Events box — those stored before the
console started too (read from the audit trail where the central system stored them), critical ones in the error
colour."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QColor

from app.db import Database
from app.ocpp.events import SecurityEventReceived
from app.services.admin.audit import audit
from app.services.api import AppServices
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.views.chargers.overview import ChargerOverviewTab
from app.views.dashboard import DashboardPage
from app.views.shell.bridge import CentralBridge
from app.views.widgets.style import ERROR
from tests.helpers.ocpp import add_station


def test_the_dashboard_shows_security_events_coalesced(qtbot: Any, sqlite_db: Database) -> None:
    bridge = CentralBridge(None)
    page = DashboardPage(AppServices.local(sqlite_db).overview, bridge)
    qtbot.addWidget(page)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    for _ in range(3):
        bridge.security_event.emit(SecurityEventReceived("HALL-1", "TamperDetectionActivated", "lid"))
    page.flush_events()
    [line] = [line.split("  ", 1)[1] for line in page.event_lines()]
    assert line.startswith("HALL-1: security event TamperDetectionActivated ×3 since ")


def test_the_overview_shows_stored_and_live_security_events(qtbot: Any, sqlite_db: Database) -> None:
    add_station(sqlite_db, "HALL-1")
    before = dt.datetime.now(dt.UTC) - dt.timedelta(hours=2)
    with sqlite_db.session() as s:
        audit(
            s,
            entity="charger",
            entity_id="HALL-1",
            action="security_event",
            actor="charger HALL-1",
            changes={"type": "FirmwareUpdated", "timestamp": before.isoformat(), "tech_info": "fw 2.1.0"},
        )
        s.commit()
    bridge = CentralBridge(None)
    tab = ChargerOverviewTab(ChargersService(Store(sqlite_db)), bridge, None)
    qtbot.addWidget(tab)
    tab.set_charger("HALL-1")

    def rows() -> list[tuple[str, str, str, str]]:
        box = tab.charger_events.table
        return [
            (box.item(r, 1).text(), box.item(r, 2).text(), box.item(r, 3).text(), box.item(r, 4).text())
            for r in range(box.rowCount())
        ]

    def colour(row: int) -> str:
        return tab.charger_events.table.item(row, 2).foreground().color().name()

    # in the Events box, with the events the charger reported; not again in the timeline of what it did
    assert rows() == [("Security event", "FirmwareUpdated", "fw 2.1.0", "")]
    assert not any("security event" in tab.events.item(i).text() for i in range(tab.events.count()))
    bridge.security_event.emit(SecurityEventReceived("HALL-1", "InvalidFirmwareSignature"))
    bridge.security_event.emit(SecurityEventReceived("HALL-1", "TamperDetectionActivated", "lid opened"))
    assert rows() == [
        ("Security event", "TamperDetectionActivated", "lid opened", ""),
        ("Security event", "InvalidFirmwareSignature", "", ""),
        ("Security event", "FirmwareUpdated", "fw 2.1.0", ""),
    ]
    assert not any("security event" in tab.events.item(i).text() for i in range(tab.events.count()))
    # a critical one (the alarm's kind) in the error colour, the others not
    assert colour(0) == QColor(ERROR).name() and colour(1) != QColor(ERROR).name()
