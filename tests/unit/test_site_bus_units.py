"""Pure parts of the site bus: what a host advertises, events and errors on the wire."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.ocpp import events as ev
from app.ocpp.v201.events import MonitorsReported
from app.services.central import site_bus
from app.services.load.events import LoadAllocated
from app.services.roles import machine_name


def test_a_host_on_every_interface_advertises_its_address_towards_the_database() -> None:
    # 192.0.2.0/24 is TEST-NET-1: routing to it sends nothing, and gives this machine's outgoing address
    url = site_bus.advertised_url("ws://127.0.0.1:9000/ocpp/", "postgresql://u@192.0.2.7/site", "0.0.0.0")
    host = url.removeprefix("ws://").split(":")[0]
    assert url.endswith(":9000/ocpp/") and host not in ("127.0.0.1", "0.0.0.0", "")


def test_a_database_on_this_machine_gives_the_machine_name() -> None:
    url = site_bus.advertised_url("wss://127.0.0.1:9443/ocpp/", "postgresql://u@127.0.0.1/site", "::")
    assert url == f"wss://{machine_name()}:9443/ocpp/"


@pytest.mark.parametrize("listen", ["127.0.0.1", "10.1.2.3"])
def test_a_host_on_one_address_advertises_it(listen: str) -> None:
    assert (
        site_bus.advertised_url(f"ws://{listen}:9000/ocpp/", "postgresql://u@192.0.2.7/site", listen)
        == f"ws://{listen}:9000/ocpp/"
    )


def test_every_event_type_crosses_the_bus() -> None:
    at = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)
    for event in (
        ev.ChargerConnected("A", ocpp_version="2.0.1", ip="10.0.0.9", secure=True, at=at),
        ev.StatusChanged("A", connector_id=2, status="Faulted", error_code="GroundFailure", at=at),
        ev.SessionStopped("A", transaction_id=3, price_total=Decimal("1.20"), stop_at=at),
        ev.FrameLogged(
            "A", ts=at, direction="out", message_type=2, action="Reset", frame='[2,"1","Reset",{}]'
        ),
        site_bus.CardPresented("A", id_tag="CAFE", connector_id=None),
        ev.ChargerEventReceived(
            "A",
            event_id=7,
            trigger="Alerting",
            where="Connector 1 / Temperature",
            actual_value="85",
            monitor_id=101,
            monitor_value=80.0,
            problem=True,
            timestamp=at,
            at=at,
        ),
        MonitorsReported("A", request_id=5, seq_no=1, count=3, complete=False, at=at),
        LoadAllocated(
            "",
            site_id=1,
            at=at,
            circuits=(
                {"id": 1, "name": "Main", "parent_id": None, "limit_a": [63.0] * 3, "measured_a": None},
            ),
            sessions=(
                {"cp_id": "A", "connector_id": 1, "limit_a": 16.0, "reason": "equal share", "paused": False},
            ),
        ),
    ):
        decoded = site_bus.decode_event(site_bus.encode_event(event, 1, "n"))
        assert decoded is not None and decoded[2] == event


def test_an_unknown_event_type_from_a_newer_host_is_skipped() -> None:
    assert site_bus.decode_event('{"t":"FromTheFuture","s":1,"n":"x","f":[]}') is None


def test_operations_that_cross_the_bus_are_the_public_coroutines() -> None:
    assert {
        "remote_start",
        "reset",
        "get_configuration",
        "fetch_reported_variables",
        "fetch_reported_monitors",
        "get_monitoring_report",
        "set_variable_monitoring",
        "clear_variable_monitoring",
    } <= site_bus.ROUTED_OPERATIONS
    assert "reported_variables" not in site_bus.ROUTED_OPERATIONS  # synchronous: not routed
    assert "reported_monitors" not in site_bus.ROUTED_OPERATIONS
    assert not any(name.startswith("_") for name in site_bus.ROUTED_OPERATIONS)
