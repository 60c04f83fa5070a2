"""The central system's event bus: by type, in subscription order, a failing subscriber isolated, unsubscribe."""

from __future__ import annotations

from typing import Any

import pytest

from app.ocpp.events import ChargerConnected, Event, EventBus, FrameLogged, StatusChanged


@pytest.mark.expect_log("event subscriber .* failed on", logger="app.ocpp.events", level="ERROR")
def test_fan_out_by_type_in_order_and_unsubscribe() -> None:
    bus = EventBus()
    seen: list[tuple[str, str]] = []
    bus.subscribe(lambda e: seen.append(("all", type(e).__name__)))
    stop_status = bus.subscribe(lambda e: seen.append(("status", e.status)), StatusChanged)
    bus.subscribe(lambda e: seen.append(("base", type(e).__name__)), Event)  # a base class takes every event
    assert bus.wants(StatusChanged) and bus.wants(FrameLogged)

    def broken(_e: Any) -> None:
        raise RuntimeError("subscriber bug")

    bus.subscribe(broken, ChargerConnected)
    bus.emit(StatusChanged("CP-1", 1, "Charging"))
    bus.emit(ChargerConnected("CP-1"))  # the broken subscriber is logged, the others still run
    assert seen == [
        ("all", "StatusChanged"),
        ("status", "Charging"),
        ("base", "StatusChanged"),
        ("all", "ChargerConnected"),
        ("base", "ChargerConnected"),
    ]
    stop_status()
    seen.clear()
    bus.emit(StatusChanged("CP-1", 1, "Available"))
    assert seen == [("all", "StatusChanged"), ("base", "StatusChanged")]


def test_wants_only_what_someone_listens_to() -> None:
    bus = EventBus()
    assert not bus.wants(FrameLogged)
    stop = bus.subscribe(lambda e: None, StatusChanged)
    assert not bus.wants(FrameLogged) and bus.wants(StatusChanged)
    stop()
    assert not bus.wants(StatusChanged)
