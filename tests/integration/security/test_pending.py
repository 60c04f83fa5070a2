"""A charger nobody accepted (default ``pending`` policy) may boot, heartbeat and report status, nothing else;
made-up ids and oversized frames cannot fill the database."""

from __future__ import annotations

import json

from integration.conftest_ocpp import iso, now, raw_client, sim_charger
from ocpp.v16 import call
from sqlalchemy import func, select

from app.db import Database
from app.models import ChargingSession, MeterValue
from app.services.central.system import CentralSystem


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
