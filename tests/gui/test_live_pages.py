"""Pages under a stream of central-system events: a hidden page marks itself stale and catches up when shown,
nothing is lost (new chargers still appear), and database reads happen on worker threads, not per event."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.db import Database
from app.models.domain import Charger
from app.ocpp.events import (
    AuthorizationDecided,
    BootReceived,
    ChargerConnected,
    ChargerDisconnected,
    StatusChanged,
    UnknownChargerSeen,
)
from app.services.api import AppServices
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.views.chargers.page import ChargersPage
from app.views.dashboard import DashboardPage
from app.views.shell.bridge import CentralBridge
from app.views.users.page import UsersPage
from tests.helpers.ocpp import add_station


class FakeCentral:
    """A started central system as far as the pages ask: who is connected (set by the test)."""

    started = True

    def __init__(self) -> None:
        self.connected: set[str] = set()

    def is_connected(self, cp_id: str) -> bool:
        return cp_id in self.connected

    def chargers(self) -> list[Any]:
        return []


def add_charger(db: Database, cp_id: str, registration: str = "Accepted", **kw: Any) -> None:
    with db.session() as s:
        s.add(
            Charger(charge_point_id=cp_id, registration=registration, last_seen=dt.datetime.now(dt.UTC), **kw)
        )


def test_chargers_page_hidden_catches_up_and_new_chargers_still_appear(
    qtbot: Any, sqlite_db: Database
) -> None:
    add_station(sqlite_db, "HALL-B-1")
    add_station(sqlite_db, "GARAGE-2")
    add_charger(sqlite_db, "HALL-B-1", vendor="ABB", model="Terra AC W22")
    central = FakeCentral()
    bridge = CentralBridge(None)
    page = ChargersPage(ChargersService(Store(sqlite_db), central), bridge, central)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.items["HALL-B-1"].text(1) == "○ offline"
    assert page.items["GARAGE-2"].text(1) == "never connected"
    assert page.count.text() == "2 chargers, 0 online"

    # shown: a charger coming online shows at once; the count line follows within COUNT_DELAY_MS
    central.connected.add("HALL-B-1")
    bridge.connected.emit(ChargerConnected("HALL-B-1"))
    assert page.items["HALL-B-1"].text(1) == "● online"
    qtbot.waitUntil(lambda: page.count.text() == "2 chargers, 1 online")

    # a new charger: read on the worker thread (not in the event's call), then listed as new
    add_charger(sqlite_db, "EVTEC-7F21", registration="Pending", vendor="EV-TEC", model="eMOBILITY Pro 22")
    bridge.unknown_charger.emit(UnknownChargerSeen("EVTEC-7F21", policy="pending"))
    assert "EVTEC-7F21" not in page.items and page.pending_reads()
    qtbot.waitUntil(lambda: "EVTEC-7F21" in page.items and not page.pending_reads())
    assert page.items["EVTEC-7F21"].parent() is page.groups["new"]
    assert page.groups["new"].text(0) == "New chargers (1)" and not page.groups["new"].isHidden()

    # hidden (another page shown): presence changes are not drawn, only noted…
    page.hide()
    central.connected.discard("HALL-B-1")
    bridge.disconnected.emit(ChargerDisconnected("HALL-B-1"))
    assert page.items["HALL-B-1"].text(1) == "● online"  # stale while hidden
    # …but a charger seen for the first time is still read and listed (nothing lost)
    add_charger(sqlite_db, "DOCK-4", registration="Pending")
    bridge.boot.emit(BootReceived("DOCK-4", vendor="Alfen", model="Eve"))
    bridge.status_changed.emit(StatusChanged("DOCK-4", 1, "Available"))  # the same charger: one read
    qtbot.waitUntil(lambda: "DOCK-4" in page.items and not page.pending_reads())
    assert page.items["DOCK-4"].parent() is page.groups["new"]
    assert page.groups["new"].text(0) == "New chargers (2)"
    # shown again: up to date at once
    page.show()
    assert page.items["HALL-B-1"].text(1) == "○ offline"
    assert page.count.text() == "4 chargers, 0 online"
    # the groups stay sorted by charge point id
    new = page.groups["new"]
    assert [new.child(i).data(0, 256) for i in range(new.childCount())] == ["DOCK-4", "EVTEC-7F21"]


def test_a_burst_of_presence_events_is_one_count_and_no_query(qtbot: Any, sqlite_db: Database) -> None:
    for i in range(50):
        add_station(sqlite_db, f"CP-{i:03d}")
        add_charger(sqlite_db, f"CP-{i:03d}")
    central = FakeCentral()
    bridge = CentralBridge(None)
    page = ChargersPage(ChargersService(Store(sqlite_db), central), bridge, central)
    qtbot.addWidget(page)
    page.show()
    counts: list[str] = []
    original = page.count.setText
    page.count.setText = lambda text: (counts.append(text), original(text))  # type: ignore[method-assign]
    queries = 0

    def count_query(*_args: Any) -> None:
        nonlocal queries
        queries += 1

    from sqlalchemy import event

    event.listen(sqlite_db.engine, "before_cursor_execute", count_query)
    try:
        for i in range(50):
            central.connected.add(f"CP-{i:03d}")
            bridge.connected.emit(ChargerConnected(f"CP-{i:03d}"))
        assert queries == 0  # known chargers: no database read per event
        qtbot.waitUntil(lambda: page.count.text() == "50 chargers, 50 online")
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", count_query)
    assert len(counts) == 1  # recounted once for the burst


class _Central:
    def subscribe(self, callback: Any, *types: type) -> Any:
        return lambda: None


def test_users_page_reads_unknown_tags_off_the_gui_thread_and_not_while_hidden(
    qtbot: Any, sqlite_db: Database
) -> None:
    from app.models.domain import UnknownTag

    bridge = CentralBridge(_Central())
    services = AppServices.local(sqlite_db)
    page = UsersPage(services.users, services.statements, bridge, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.tabs.tabText(1) == "Unknown tags"
    refused = AuthorizationDecided("VISIT-1", 1, "C0FFEE01", "Invalid", "Rejected: unknown tag")
    with sqlite_db.session() as s:
        s.add(UnknownTag(id_tag="C0FFEE01", charge_point_id="VISIT-1", connector_id=1))
    for _ in range(20):  # a burst of refusals: one read, later, on the worker
        bridge.authorization.emit(refused)
    assert page.tabs.tabText(1) == "Unknown tags"
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "Unknown tags (1)")
    # hidden: refusals do nothing; shown: the list is read again
    page.hide()
    with sqlite_db.session() as s:
        s.add(UnknownTag(id_tag="C0FFEE02", charge_point_id="VISIT-1", connector_id=1))
    bridge.authorization.emit(refused)
    assert not page._unknown_timer.isActive()
    page.show()
    assert page.tabs.tabText(1) == "Unknown tags (2)"
    assert page.unknown_table.rowCount() == 2
    button = page.unknown_table.cellWidget(0, 6)
    assert button is not None and button.property("unknown_id") == page.unknown[0].id


def test_dashboard_hidden_reads_no_figures_and_catches_up(qtbot: Any, sqlite_db: Database) -> None:
    add_station(sqlite_db, "HALL-B-1")
    bridge = CentralBridge(None)
    page = DashboardPage(AppServices.local(sqlite_db).overview, bridge)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    tile = page.tiles["HALL-B-1"]
    # shown: tiles follow (a burst within TILES_BATCH_MS lands together, the last status wins)
    bridge.connected.emit(ChargerConnected("HALL-B-1"))
    assert tile.online and page.card_online.value.text() == "1 / 1"
    for status in ("Preparing", "Charging", "SuspendedEV", "Charging"):
        bridge.status_changed.emit(StatusChanged("HALL-B-1", 1, status))
    qtbot.waitUntil(lambda: tile.lines[1].badge.text() == "Charging")
    bridge.status_changed.emit(StatusChanged("HALL-B-1", 2, "Faulted", "GroundFailure"))
    qtbot.waitUntil(lambda: any("GroundFailure" in e for e in page.event_lines()))
    # hidden: sessions ending only mark the figures stale; events and tiles still follow, drawn when shown
    page.hide()
    read = page.figures_read
    from app.ocpp.events import SessionStopped

    for tid in range(10):
        bridge.session_stopped.emit(SessionStopped("HALL-B-1", tid, 1, energy_wh=1000.0))
    bridge.disconnected.emit(ChargerDisconnected("HALL-B-1", reason="network"))
    assert not tile.online and tile.lines[1].badge.text() == "Offline"
    assert not page._figures_soon.isActive() and page.figures_read == read
    page.show()
    qtbot.waitUntil(lambda: page.figures_read == read + 1)  # one read for all that happened meanwhile
    assert any("went offline: network" in e for e in page.event_lines())


def test_recent_events_a_burst_is_one_insert_newest_first_bounded(qtbot: Any, sqlite_db: Database) -> None:
    from app.views.dashboard import MAX_EVENTS

    bridge = CentralBridge(None)
    page = DashboardPage(AppServices.local(sqlite_db).overview, bridge)
    qtbot.addWidget(page)
    page.reload()
    page.show()
    inserts: list[tuple[int, int]] = []
    page.events_model.rowsInserted.connect(lambda _p, first, last: inserts.append((first, last)))
    refused = [
        AuthorizationDecided(f"CP-{i}", 1, f"TAG{i:04d}", "Invalid", f"Rejected: tag TAG{i:04d} is unknown")
        for i in range(MAX_EVENTS + 50)
    ]
    bridge.authorization.emit(refused[0])  # the first after a quiet spell: shown at once
    assert page.event_lines()[0].endswith("CP-0: Rejected: tag TAG0000 is unknown") and inserts == [(0, 0)]
    for e in refused[1:]:  # the rest within the batch interval: one insert when it is up
        bridge.authorization.emit(e)
    qtbot.waitUntil(lambda: len(inserts) == 2)
    assert inserts[1] == (0, MAX_EVENTS - 1)
    lines = page.event_lines()
    assert len(lines) == MAX_EVENTS and lines[0].endswith(f"TAG{MAX_EVENTS + 49:04d} is unknown")
    index = page.events_model.index(0, 0)
    assert (
        index.data(Qt.ItemDataRole.ToolTipRole)
        == f"CP-{MAX_EVENTS + 49}: Rejected: tag TAG{MAX_EVENTS + 49:04d} is unknown"
    )


def test_dashboard_figures_refresh_slows_down_when_reading_them_is_costly(
    qtbot: Any, sqlite_db: Database, monkeypatch: Any
) -> None:
    """Under load (hundreds of sessions a second) reading the figures can take hundreds of ms of database time:
    the refresh then waits FIGURES_BUDGET × that long, so the figures never take more than a tenth of the
    machine; a cheap read keeps the one-second refresh."""
    import time as time_mod

    from app.views import dashboard

    add_station(sqlite_db, "HALL-B-1")
    bridge = CentralBridge(None)
    services = AppServices.local(sqlite_db)
    page = DashboardPage(services.overview, bridge)
    qtbot.addWidget(page)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    real = services.overview.figures
    delay = {"s": 0.3}

    def slow(tz: str, days: int = 30) -> Any:
        time_mod.sleep(delay["s"])
        return real(tz, days)

    monkeypatch.setattr(services.overview, "figures", slow)
    from app.ocpp.events import SessionStopped

    read = page.figures_read
    bridge.session_stopped.emit(SessionStopped("HALL-B-1", 1, 1, energy_wh=1000.0))
    qtbot.waitUntil(lambda: page.figures_read == read + 1, timeout=5000)
    assert page._figures_soon.interval() >= int(0.3 * 1000 * dashboard.FIGURES_BUDGET)
    delay["s"] = 0.0
    bridge.session_stopped.emit(SessionStopped("HALL-B-1", 2, 1, energy_wh=1000.0))
    qtbot.waitUntil(lambda: page.figures_read == read + 2, timeout=10000)
    assert page._figures_soon.interval() == dashboard.FIGURES_COALESCE_MS
