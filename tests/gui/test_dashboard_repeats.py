"""Recent events coalesce repeats (issue #15): a pending charger re-booting every 2 s is one line that counts,
"ABB-TERRA-2 booted as Pending ×31 since 20:00", not the whole list; other chargers' lines stay; after a quiet
spell longer than the window the count starts again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.db import Database
from app.ocpp.events import ChargerDisconnected, StatusChanged, UnknownChargerSeen
from app.services.api import AppServices
from app.views import dashboard
from app.views.dashboard import DashboardPage
from app.views.shell.bridge import CentralBridge


def test_a_pending_charger_rebooting_is_one_line_that_counts(
    qtbot: Any, sqlite_db: Database, monkeypatch: Any
) -> None:
    bridge = CentralBridge(None)
    page = DashboardPage(AppServices.local(sqlite_db).overview, bridge)
    qtbot.addWidget(page)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    first = dt.datetime.now()
    bridge.status_changed.emit(StatusChanged("HALL-1", 1, "Faulted", "GroundFailure"))
    for _ in range(31):  # connects, boots, goes: every 2 s
        bridge.unknown_charger.emit(UnknownChargerSeen("ABB-TERRA-2", "10.0.0.7", "pending"))
        bridge.unknown_charger.emit(
            UnknownChargerSeen("ABB-TERRA-2", "10.0.0.7", "pending", "ABB", "Terra AC")
        )
        bridge.disconnected.emit(ChargerDisconnected("ABB-TERRA-2"))
    page.flush_events()
    lines = [line.split("  ", 1)[1] for line in page.event_lines()]
    since = f"{first:%H:%M}"
    assert lines == [
        f"ABB-TERRA-2 went offline ×31 since {since}",
        f"ABB-TERRA-2 booted as Pending ×31 since {since}",
        f"Unknown charger ABB-TERRA-2 connected from 10.0.0.7 (pending) ×31 since {since}",
        "HALL-1 connector 1: Faulted (GroundFailure)",
    ]
    assert page.events_model.rowCount() == 4

    # quiet for longer than the window: the next boot is a line of its own again
    monkeypatch.setattr(dashboard, "EVENTS_COALESCE", dt.timedelta(0))
    bridge.unknown_charger.emit(UnknownChargerSeen("ABB-TERRA-2", "10.0.0.7", "pending", "ABB", "Terra AC"))
    page.flush_events()
    assert page.event_lines()[0].split("  ", 1)[1] == "ABB-TERRA-2 booted as Pending"
    assert len(page.event_lines()) == 4
