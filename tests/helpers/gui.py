"""Helpers for the GUI tests: a bridge whose domain signals the test emits by hand."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.views.shell.bridge import CentralBridge

SHOTS = (
    Path(__file__).resolve().parents[2] / "docs" / "screenshots"
)  # the docs' screenshots, saved by the tests


class FakeBridge(QObject):
    """The :class:`CentralBridge`'s per-event signals without a central system; the test emits them."""

    connected = Signal(object)  # ChargerConnected
    disconnected = Signal(object)  # ChargerDisconnected
    status_changed = Signal(object)  # StatusChanged
    session_started = Signal(object)
    session_updated = Signal(object)
    session_stopped = Signal(object)


def offline_bridge() -> CentralBridge:
    """The real bridge without a central system: the test pushes frames and flushes its batches by hand."""
    return CentralBridge(None)
