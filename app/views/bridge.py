"""Adapts the central system's plain-Python event bus to Qt signals.

Under qasync the bus emits on the GUI thread, so the signals are delivered directly; a widget connects to
the signal it needs and updates only what the event is about (no model resets per message).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.ocpp import events as ev


class CentralBridge(QObject):
    connected = Signal(object)  # ChargerConnected
    disconnected = Signal(object)  # ChargerDisconnected
    status_changed = Signal(object)  # StatusChanged
    session_started = Signal(object)
    session_updated = Signal(object)
    session_stopped = Signal(object)
    authorization = Signal(object)  # AuthorizationDecided
    unknown_charger = Signal(object)
    boot = Signal(object)
    frame = Signal(object)  # FrameLogged
    firmware = Signal(object)
    diagnostics = Signal(object)

    def __init__(self, central: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        routes: list[tuple[type, Signal]] = [
            (ev.ChargerConnected, self.connected), (ev.ChargerDisconnected, self.disconnected),
            (ev.StatusChanged, self.status_changed), (ev.SessionStarted, self.session_started),
            (ev.SessionUpdated, self.session_updated), (ev.SessionStopped, self.session_stopped),
            (ev.AuthorizationDecided, self.authorization), (ev.UnknownChargerSeen, self.unknown_charger),
            (ev.BootReceived, self.boot), (ev.FrameLogged, self.frame), (ev.FirmwareStatus, self.firmware),
            (ev.DiagnosticsStatus, self.diagnostics),
        ]
        self._unsubscribe: list[Callable[[], None]] = []
        for event_type, signal in routes:
            self._unsubscribe.append(central.subscribe(signal.emit, event_type))

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
