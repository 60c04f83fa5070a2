"""A charger nobody accepted (default ``pending`` policy) may boot, heartbeat and report status, nothing else;
made-up ids and oversized frames cannot fill the database."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import func, select
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus
from websockets.typing import Subprotocol

from app.config import CentralSystemSettings
from app.db import Database
from app.models import Charger, ChargingSession, MeterValue, OcppMessage
from app.ocpp.chargepoint import ConnectionOptions
from app.ocpp.v201.state import memory_of
from app.services.central.system import CentralOptions, CentralSystem
from app.services.central.writer import StoreWriter
from tests.helpers.ocpp import iso, now, raw_client, sim_charger, wait_until


async def test_a_pending_charger_may_boot_heartbeat_and_report_status_only(
    db: Database, central: CentralSystem
) -> None:
    async with sim_charger(central.url, "STRANGER-1") as c:
        assert (await c.cp.call(call.BootNotification("Terra", "ABB"))).status == "Pending"
        assert (await c.cp.call(call.Heartbeat())).current_time
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing"))
        # the message's own refusal: the card is refused, the charge does not start, nothing is stored
        assert (await c.cp.call(call.Authorize(id_tag="ANYTAG"))).id_tag_info["status"] == "Invalid"
        started = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="ANYTAG", meter_start=0, timestamp=iso(now()))
        )
        assert started.id_tag_info["status"] == "Invalid" and started.transaction_id == 0
        await c.cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=0,
                meter_value=[{"timestamp": iso(now()), "sampledValue": [{"value": "1000"}]}],
            )
        )
        stopped = await c.cp.call(
            call.StopTransaction(meter_stop=5000, timestamp=iso(now()), transaction_id=0)
        )
        assert stopped.id_tag_info is None
        assert (await c.cp.call(call.DataTransfer(vendor_id="x", data="y"))).status == "Rejected"
    await central.store.flush()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 0
        assert s.scalar(select(func.count()).select_from(MeterValue)) == 0


async def test_a_pending_charger_gets_security_error_where_the_message_has_no_refusal(
    central: CentralSystem,
) -> None:
    async with raw_client(central.url, "STRANGER-2", subprotocols=["ocpp2.0.1"]) as ws:
        event = {
            "generatedAt": iso(now()),
            "seqNo": 0,
            "tbc": False,
            "eventData": [
                {
                    "eventId": 1,
                    "timestamp": iso(now()),
                    "trigger": "Alerting",
                    "actualValue": "x",
                    "eventNotificationType": "HardWiredNotification",
                    "component": {"name": "EVSE"},
                    "variable": {"name": "Problem"},
                }
            ],
        }
        await ws.send(json.dumps([2, "m-1", "NotifyEvent", event]))
        answer = json.loads(await ws.recv())
        assert answer[:3] == [4, "m-1", "SecurityError"]
        await ws.send(json.dumps([2, "m-2", "Heartbeat", {}]))
        assert json.loads(await ws.recv())[0] == 3


@contextlib.asynccontextmanager
async def central_with(
    db: Database, connection: ConnectionOptions | None = None, **options: Any
) -> AsyncIterator[CentralSystem]:
    settings = CentralSystemSettings(host="127.0.0.1", port=0)
    cs = CentralSystem(db, settings, central=CentralOptions(**options), connection=connection)
    await cs.start()
    try:
        yield cs
    finally:
        await cs.stop()


async def connect_from(url: str, cp_id: str, source: str) -> int:
    """The HTTP status of a handshake from ``source`` (101 when let in; the connection is closed again)."""
    try:
        async with connect(
            url + cp_id, subprotocols=[Subprotocol("ocpp1.6")], local_addr=(source, 0), open_timeout=5
        ):
            return 101
    except InvalidStatus as e:
        return e.response.status_code


@pytest.mark.expect_log(r"unknown charge point ids refused", logger="app.services.central.system")
async def test_made_up_ids_are_bounded_in_all_and_per_address(db: Database) -> None:
    async with central_with(db, max_pending_chargers=5, max_pending_per_address=3) as cs:
        assert [await connect_from(cs.url, f"FAKE-A{i}", "127.0.0.1") for i in range(4)] == [
            101,
            101,
            101,
            401,
        ]
        assert await connect_from(cs.url, "FAKE-A0", "127.0.0.1") == 101  # one it presented before
        assert [await connect_from(cs.url, f"FAKE-B{i}", "127.0.0.2") for i in range(3)] == [101, 101, 401]
        assert await connect_from(cs.url, "FAKE-C0", "127.0.0.3") == 401  # 5 pending in all
        await cs.store.flush()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Charger)) == 5


async def test_oversized_frames_of_a_pending_charger_are_cut_in_the_message_log(db: Database) -> None:
    # (read at full speed here: how slowly a pending charger's bytes are read is the next test's subject)
    fast = ConnectionOptions(pending_bytes_burst=10_000_000, pending_burst=100)
    async with central_with(db, fast) as cs, sim_charger(cs.url, "BIG-1") as c:
        for _ in range(20):
            assert (await c.cp.call(call.DataTransfer(vendor_id="v", data="x" * 60_000))).status == "Rejected"
        await cs.store.flush()
    with db.session() as s:
        payloads = s.scalars(select(OcppMessage.payload).where(OcppMessage.charge_point_id == "BIG-1")).all()
    assert len(payloads) == 40
    assert sum(len(p) for p in payloads) < 100_000  # 1.2 MB sent
    assert all("[cut: 600" in p for p in payloads if len(p) > 1000)


async def test_frames_over_the_budget_are_left_out_with_a_marker(db: Database) -> None:
    async with (
        central_with(
            db,
            ConnectionOptions(pending_bytes_burst=10_000_000, pending_burst=100),
            pending_log_burst_bytes=8_000,
            pending_log_rate_bytes_s=500,
        ) as cs,
        sim_charger(cs.url, "BIG-2") as c,
    ):
        for _ in range(10):
            await c.cp.call(call.DataTransfer(vendor_id="v", data="x" * 10_000))
        await asyncio.sleep(1.0)  # the budget refills with time, nothing else to wait for
        await c.cp.call(call.Heartbeat())
        await cs.store.flush()
    with db.session() as s:
        payloads = s.scalars(select(OcppMessage.payload).where(OcppMessage.charge_point_id == "BIG-2")).all()
    markers = [p for p in payloads if "not logged: over this charger's message-log budget" in p]
    left_out = sum(int(p.split()[0].lstrip("[")) for p in markers)
    assert markers and len(payloads) - len(markers) + left_out == 22  # every frame logged or counted
    assert sum(len(p) for p in payloads) < 8_000 + 500 * 5


async def test_a_pending_charger_is_read_slowly(db: Database) -> None:
    slow = ConnectionOptions(pending_bytes_per_s=100_000, pending_bytes_burst=100_000)
    async with central_with(db, slow) as cs, sim_charger(cs.url, "BIG-3") as c:
        started = time.monotonic()
        for _ in range(5):  # 300 KB: 100 KB at once, then 100 KB/s
            await c.cp.call(call.DataTransfer(vendor_id="v", data="x" * 60_000))
        assert time.monotonic() - started > 1.5
        started = time.monotonic()
        await c.cp.call(call.Heartbeat())  # small frames still pass
        assert time.monotonic() - started < 1.5


async def test_state_of_made_up_ids_is_bounded_in_memory(db: Database) -> None:
    async with central_with(db, max_offline_unknown=3) as cs:
        for i in range(8):
            async with sim_charger(cs.url, f"GONE-{i}", subprotocols=["ocpp2.0.1"]):
                pass
            await wait_until(lambda: not cs.backend.state(f"GONE-{i}").connected)  # noqa: B023
        await wait_until(lambda: not memory_of(cs.backend).chargers)
        assert len(cs.backend.states) <= 4


def test_the_telemetry_buffer_is_bounded_by_bytes(db: Database) -> None:
    writer = StoreWriter(db, max_buffered_bytes=10_000)
    frames = [{"payload": "x" * 1000, "n": i} for i in range(50)]
    writer._keep([], frames, {}, [])
    kept = list(writer._telemetry.frames)
    assert len(kept) == 10 and kept[-1]["n"] == 49  # the newest are kept
    assert writer.stats.telemetry_dropped == 40
