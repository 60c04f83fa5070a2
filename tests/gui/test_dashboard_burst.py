"""The Dashboard under a burst of events: what waits in its dirty set ends in the same tiles, online count and recent
events as applying every event at once; and the bridge's per-event signals behave as Qt signals did."""

from __future__ import annotations

import random
import sys
import threading
from typing import Any

from PySide6.QtCore import QObject

from app.db import Database
from app.ocpp.events import (
    AuthorizationDecided,
    ChargerConnected,
    ChargerDisconnected,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
)
from app.services.api import AppServices
from app.views.dashboard import DashboardPage
from app.views.shell.bridge import CentralBridge
from tests.helpers.ocpp import add_station

STATUSES = ["Available", "Preparing", "Charging", "SuspendedEV", "Finishing", "Faulted", "Unavailable"]


def tile_state(page: DashboardPage) -> dict[str, Any]:
    return {
        cp: (
            tile.online,
            {c: (line.badge.text(), line.power.text()) for c, line in sorted(tile.lines.items())},
        )
        for cp, tile in page.tiles.items()
    }


def random_event(rng: random.Random, ids: list[str]) -> Any:
    cp = rng.choice(ids)
    kind = rng.random()
    connector = rng.choice([0, 1, 2, 2, 3])  # 0: the charger; 3: a connector the tile does not have yet
    if kind < 0.1:
        return ChargerConnected(cp)
    if kind < 0.18:
        return ChargerDisconnected(cp, reason=rng.choice(["", "network"]))
    if kind < 0.55:
        status = rng.choice(STATUSES)
        error = (
            "GroundFailure"
            if status == "Faulted"
            else rng.choice(["NoError", "NoError", "OverCurrentFailure"])
        )
        return StatusChanged(cp, connector, status, error)
    if kind < 0.85:
        return SessionUpdated(cp, 1, connector, power_w=rng.choice([None, 3700.0, 7400.0, 11000.0]))
    if kind < 0.93:
        return SessionStopped(cp, 1, connector, energy_wh=1000.0)
    return AuthorizationDecided(cp, 1, "TAG", rng.choice(["Accepted", "Invalid"]), "Rejected: unknown tag")


def emit(bridge: CentralBridge, e: Any) -> None:
    signal = {
        ChargerConnected: bridge.connected,
        ChargerDisconnected: bridge.disconnected,
        StatusChanged: bridge.status_changed,
        SessionUpdated: bridge.session_updated,
        SessionStopped: bridge.session_stopped,
        AuthorizationDecided: bridge.authorization,
    }[type(e)]
    signal.emit(e)


def test_a_burst_ends_in_the_state_of_every_event_applied_at_once(qtbot: Any, sqlite_db: Database) -> None:
    ids = [f"HALL-{i}" for i in range(6)]
    for cp in ids:
        add_station(sqlite_db, cp)
    services = AppServices.local(sqlite_db).overview
    shown_bridge, hidden_bridge = CentralBridge(None), CentralBridge(None)
    shown = DashboardPage(services, shown_bridge)  # coalesces: changes wait in its dirty set
    hidden = DashboardPage(services, hidden_bridge)  # a hidden page applies each change at once
    for page in (shown, hidden):
        qtbot.addWidget(page)
        page.reload()
    shown.show()
    qtbot.waitExposed(shown)
    rng = random.Random(16)
    for round_ in range(40):
        for _ in range(rng.randint(1, 60)):  # a burst: all within TILES_BATCH_MS of each other
            e = random_event(rng, ids)
            emit(shown_bridge, e)
            emit(hidden_bridge, e)
        if round_ % 3 == 0:
            assert shown._dirty or shown._tiles_timer.isActive()  # (the burst did wait)
        shown.flush_tiles()  # what the timer does when TILES_BATCH_MS is up
        shown.flush_events()
        hidden.flush_events()
        assert tile_state(shown) == tile_state(hidden), f"round {round_}"
        assert shown.card_online.value.text() == hidden.card_online.value.text()
        assert [line.split("  ", 1)[1] for line in shown.event_lines()] == [
            line.split("  ", 1)[1] for line in hidden.event_lines()
        ]
    # the burst did change something: tiles went on and off line, lines were added, power shown
    assert any(len(t.lines) == 3 for t in shown.tiles.values())
    assert any(line.power.text() for t in shown.tiles.values() for line in t.lines.values())
    # and the timer alone shows the last burst
    e = StatusChanged(ids[0], 1, "Charging")
    emit(shown_bridge, ChargerConnected(ids[0]))
    emit(shown_bridge, e)
    emit(shown_bridge, SessionUpdated(ids[0], 1, 1, power_w=7400.0))
    qtbot.waitUntil(lambda: not shown._dirty)
    line = shown.tiles[ids[0]].lines[1]
    assert shown.tiles[ids[0]].online and line.badge.text() == "Charging" and line.power.text()


def test_live_signals_behave_as_qt_signals(qtbot: Any, monkeypatch: Any) -> None:
    bridge = CentralBridge(None)
    got: list[Any] = []

    class Receiver(QObject):
        def on_event(self, e: Any) -> None:
            got.append(("receiver", e))

    receiver = Receiver()
    bridge.status_changed.connect(receiver.on_event)
    bridge.status_changed.connect(lambda e: 1 / 0)
    bridge.status_changed.connect(lambda e: got.append(("lambda", e)))
    hooked: list[Any] = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: hooked.append(exc[0]))
    bridge.status_changed.emit("a")  # an exception in one receiver is reported; the others still get it
    assert got == [("receiver", "a"), ("lambda", "a")] and hooked == [ZeroDivisionError]
    # emitted on another thread: delivered on the bridge's
    threads: list[int] = []
    bridge.connected.connect(lambda e: threads.append(threading.get_ident()))
    worker = threading.Thread(target=lambda: bridge.connected.emit("x"))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: threads == [threading.get_ident()])
    # a destroyed receiver is disconnected; disconnect(receiver) and disconnect() remove
    got.clear()
    receiver.deleteLater()
    qtbot.waitUntil(lambda: bridge.status_changed.receivers == 2)
    bridge.status_changed.emit("b")
    assert got == [("lambda", "b")]
    bridge.status_changed.disconnect()
    bridge.status_changed.emit("c")
    assert got == [("lambda", "b")] and bridge.status_changed.receivers == 0
