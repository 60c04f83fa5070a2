"""A charger's security events (SecurityEventNotification) as the operator sees them: a line in the dashboard's
recent events (repeats of one type coalesced), and on the charger's Overview — those stored before the console
started too (read from the audit trail where the central system stored them)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.db import Database
from app.ocpp.events import SecurityEventReceived
from app.services.admin.audit import audit
from app.services.api import AppServices
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.views.chargers.overview import ChargerOverviewTab
from app.views.dashboard import DashboardPage
from app.views.shell.bridge import CentralBridge
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
    texts = [tab.events.item(i).text() for i in range(tab.events.count())]
    assert len(texts) == 1 and texts[0].endswith("security event: FirmwareUpdated (fw 2.1.0)")
    bridge.security_event.emit(SecurityEventReceived("HALL-1", "StartupOfTheDevice"))
    texts = [tab.events.item(i).text() for i in range(tab.events.count())]
    assert texts[0].endswith("security event: StartupOfTheDevice") and "FirmwareUpdated" in texts[1]
