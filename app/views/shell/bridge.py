"""Adapts the central system's plain-Python event bus to Qt signals.

Under qasync the bus emits on the GUI thread, so the signals are delivered directly; a widget connects to
the signal it needs and updates only what the event is about (no model resets per message).

Frames (two per OCPP call, thousands a second under load) also come in batches: :attr:`CentralBridge.frames`
delivers the frames logged since the last batch as one list, at most every :data:`FRAME_BATCH_MS` (≤ 10 Hz),
so a view does work per batch (one model insert), not per frame. The per-frame :attr:`CentralBridge.frame` is
still emitted for anyone who needs each frame at once.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.central import events as ev

FRAME_BATCH_MS = 100  # frames reach the pages at most 10 times a second
MAX_PENDING_FRAMES = (
    20_000  # frames waiting for the next batch (the Log page holds 5,000 calls = 10,000 frames)
)


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
    frame = Signal(object)  # FrameLogged, each as it is logged
    frames = Signal(list)  # list[FrameLogged]: the frames since the last batch, oldest first, ≤ 10 Hz
    firmware = Signal(object)
    diagnostics = Signal(object)
    security_event = Signal(object)  # SecurityEventReceived

    def __init__(
        self, central: Any, parent: QObject | None = None, *, batch_ms: int = FRAME_BATCH_MS
    ) -> None:
        super().__init__(parent)
        self._pending: deque[Any] = deque(maxlen=MAX_PENDING_FRAMES)
        self.frames_dropped = 0  # frames that left the batch before it was delivered (a stalled GUI only)
        self._batch_timer = QTimer(self)
        self._batch_timer.setSingleShot(True)
        self._batch_timer.setInterval(batch_ms)
        self._batch_timer.timeout.connect(self.flush_frames)
        routes: list[tuple[type, Callable[[Any], Any]]] = [
            (ev.ChargerConnected, self.connected.emit),
            (ev.ChargerDisconnected, self.disconnected.emit),
            (ev.StatusChanged, self.status_changed.emit),
            (ev.SessionStarted, self.session_started.emit),
            (ev.SessionUpdated, self.session_updated.emit),
            (ev.SessionStopped, self.session_stopped.emit),
            (ev.AuthorizationDecided, self.authorization.emit),
            (ev.UnknownChargerSeen, self.unknown_charger.emit),
            (ev.BootReceived, self.boot.emit),
            (ev.FrameLogged, self.push_frame),
            (ev.FirmwareStatus, self.firmware.emit),
            (ev.DiagnosticsStatus, self.diagnostics.emit),
            (ev.SecurityEventReceived, self.security_event.emit),
        ]
        self._unsubscribe: list[Callable[[], None]] = []
        if central is not None:
            for event_type, emit in routes:
                self._unsubscribe.append(central.subscribe(emit, event_type))

    # --- frames, batched --------------------------------------------------------------------------------

    def push_frame(self, frame: Any) -> None:
        """A frame was logged: emit :attr:`frame` now and queue it for the next :attr:`frames` batch."""
        if len(self._pending) == MAX_PENDING_FRAMES:
            self.frames_dropped += 1
        self._pending.append(frame)
        if not self._batch_timer.isActive():
            self._batch_timer.start()
        self.frame.emit(frame)

    @property
    def pending_frames(self) -> int:
        return len(self._pending)

    def flush_frames(self) -> None:
        """Deliver the queued frames now as one :attr:`frames` batch (the timer does this every 100 ms)."""
        self._batch_timer.stop()
        if not self._pending:
            return
        batch = list(self._pending)
        self._pending.clear()
        self.frames.emit(batch)

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        self._batch_timer.stop()
        self._pending.clear()
