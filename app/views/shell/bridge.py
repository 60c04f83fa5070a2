"""Adapts the central system's plain-Python event bus to Qt signals.

Under qasync the bus emits on the GUI thread, so the signals are delivered directly; a widget connects to
the signal it needs and updates only what the event is about (no model resets per message).

The per-event signals are :class:`LiveSignal` objects, not Qt signals: the same ``connect``/``disconnect``/``emit``,
delivered by a plain Python call to each receiver. A Qt signal carrying a Python object costs a few microseconds
per emit and per receiver in PySide's machinery (the GIL handed over, the argument wrapped, QMetaObject::activate):
with a handful of pages listening and a dozen events per charger transaction, that machinery was about a fifth of
the GUI thread in a closed loop. As with Qt, a receiver that is a QObject's method is disconnected when the object
is destroyed, an exception in one receiver is reported (``sys.excepthook``) without stopping the others, and an
event emitted on another thread is delivered on the bridge's thread.

A page whose live handlers, while it is hidden, only keep its rows current (or do nothing) connects through
:class:`WhileShown`: its receivers are connected only while it is shown, and when it is shown again it catches up
from the central system's current state (a hidden page is not called for every event: under load the hidden
pages' handlers were about a twentieth of the GUI thread).

Frames (two per OCPP call, thousands a second under load) also come in batches: :attr:`CentralBridge.frames`
delivers the frames logged since the last batch as one list, at most every :data:`FRAME_BATCH_MS` (≤ 10 Hz),
so a view does work per batch (one model insert), not per frame. The per-frame :attr:`CentralBridge.frame` is
still emitted for anyone who needs each frame at once.
"""

from __future__ import annotations

import sys
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.services.alarms.events import AlarmChanged
from app.services.central import events as ev
from app.services.central.certificates import CertificateChanged
from app.services.central.reservations import ReservationChanged
from app.services.load.events import LoadAllocated

FRAME_BATCH_MS = 100  # frames reach the pages at most 10 times a second
MAX_PENDING_FRAMES = (
    20_000  # frames waiting for the next batch (the Log page holds 5,000 calls = 10,000 frames)
)


class LiveSignal:
    """A signal of one event argument with Qt's ``connect``/``disconnect``/``emit``, delivered by direct calls."""

    __slots__ = ("_hop", "_receivers", "_thread", "_watched")

    def __init__(self, hop: Callable[[LiveSignal, Any], None], thread: int) -> None:
        self._receivers: tuple[Callable[[Any], Any], ...] = ()  # replaced, never changed: safe to emit over
        self._hop = hop  # delivers on the owner's thread
        self._thread = thread
        self._watched: set[int] = set()  # ids of the QObjects whose destruction disconnects their methods

    def connect(self, receiver: Callable[[Any], Any]) -> None:
        self._receivers = (*self._receivers, receiver)
        owner = getattr(receiver, "__self__", None)
        # as Qt does: a destroyed object's methods are disconnected (hooked once: a page connects at each show)
        if isinstance(owner, QObject) and id(owner) not in self._watched:
            self._watched.add(id(owner))
            owner.destroyed.connect(lambda *_: self._forget(owner))

    def disconnect(self, receiver: Callable[[Any], Any] | None = None) -> None:
        """Disconnect ``receiver`` (every receiver without one)."""
        if receiver is None:
            self._receivers = ()
        else:
            self._receivers = tuple(r for r in self._receivers if r != receiver)

    def _forget(self, owner: QObject) -> None:
        self._watched.discard(id(owner))
        self._receivers = tuple(r for r in self._receivers if getattr(r, "__self__", None) is not owner)

    @property
    def receivers(self) -> int:
        return len(self._receivers)

    def emit(self, event: Any) -> None:
        if threading.get_ident() != self._thread:
            self._hop(self, event)
            return
        for receiver in self._receivers:
            try:
                receiver(event)
            except Exception:  # reported as an exception in a Qt slot is, the other receivers still get it
                sys.excepthook(*sys.exc_info())


class WhileShown:
    """Connects ``connections`` (live signal, receiver) only while ``page`` is shown: the page calls :meth:`shown`
    first thing in its ``showEvent`` and :meth:`hidden` in its ``hideEvent``; ``shown`` connects them again and
    calls ``catch_up()``, so the page shows the current state. Without ``catch_up`` (nothing to catch up from, e.g.
    a page without a central system) they stay connected.

    For pages whose receivers only keep hidden rows current: hidden, they are not called for every event of every
    charger, and when shown again ``catch_up`` reads the state those events would have left (the central system's
    current statuses and presence). A minimised window's pages stay connected (Qt still calls them visible)."""

    def __init__(
        self,
        page: QWidget,
        connections: list[tuple[Any, Callable[[Any], Any]]],  # (a LiveSignal or a Qt signal, receiver)
        catch_up: Callable[[], None] | None,
    ) -> None:
        self._page = page
        self._connections = connections
        self._catch_up = catch_up
        self.connected = False  # (a destroyed page's receivers are disconnected by the signals, as Qt's are)
        if page.isVisible() or catch_up is None:
            self.shown()

    def shown(self) -> None:
        if self.connected:
            return
        self.connected = True
        for signal, receiver in self._connections:
            signal.connect(receiver)
        if self._catch_up is not None:
            self._catch_up()

    def hidden(self) -> None:
        if self.connected and self._catch_up is not None and not self._page.isVisible():
            self.connected = False
            for signal, receiver in self._connections:
                signal.disconnect(receiver)


class CentralBridge(QObject):
    frames = Signal(object)  # list[FrameLogged]: the frames since the last batch, oldest first, ≤ 10 Hz
    _hop = Signal(object, object)  # (LiveSignal, event) emitted on another thread: delivered on this one

    def __init__(
        self, central: Any, parent: QObject | None = None, *, batch_ms: int = FRAME_BATCH_MS
    ) -> None:
        super().__init__(parent)
        self._hop.connect(lambda signal, event: signal.emit(event))
        thread = threading.get_ident()

        def live() -> LiveSignal:
            return LiveSignal(self._hop.emit, thread)

        self.connected = live()  # ChargerConnected
        self.disconnected = live()  # ChargerDisconnected
        self.status_changed = live()  # StatusChanged
        self.session_started = live()
        self.session_updated = live()
        self.session_stopped = live()
        self.authorization = live()  # AuthorizationDecided
        self.unknown_charger = live()
        self.boot = live()
        self.frame = live()  # FrameLogged, each as it is logged
        self.firmware = live()
        self.diagnostics = live()
        self.security_event = live()  # SecurityEventReceived
        self.charging_limit = (
            live()
        )  # ChargingLimitChanged: a limit set on site on a 2.0.1 station, or cleared
        self.charger_event = live()  # ChargerEventReceived: a 2.0.1 NotifyEvent's event, stored
        self.monitors_reported = (
            live()
        )  # MonitorsReported: what is known of a 2.0.1 charger's monitors changed
        self.load_allocated = live()  # LoadAllocated: a site's allocation changed
        self.alarm_changed = live()  # AlarmChanged: an alarm raised, seen again or cleared
        self.certificate_changed = live()  # CertificateChanged: a charger's certificate record changed
        self.reservation_changed = live()  # ReservationChanged: a charger's stored reservations changed
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
            (ev.ChargingLimitChanged, self.charging_limit.emit),
            (ev.ChargerEventReceived, self.charger_event.emit),
            (ev.MonitorsReported, self.monitors_reported.emit),
            (LoadAllocated, self.load_allocated.emit),
            (AlarmChanged, self.alarm_changed.emit),
            (CertificateChanged, self.certificate_changed.emit),
            (ReservationChanged, self.reservation_changed.emit),
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
        pending = self._pending
        pending.append(frame)
        if len(pending) == 1:  # the first of a batch (the timer is stopped whenever the batch is delivered)
            self._batch_timer.start()
        if self.frame._receivers:
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
