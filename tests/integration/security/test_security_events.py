"""SecurityEventNotification (1.6 security extension and 2.0.1) is stored as an event the operator sees."""

from __future__ import annotations

import json

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry
from app.ocpp.events import SecurityEventReceived
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import EventRecorder, add_station, iso, now, raw_client, sim_charger

# a security event is a warning in the log as well as an event the operator sees
pytestmark = pytest.mark.expect_log(r"security event ", logger="app.services.central.system")


def stored(db: Database, cp_id: str) -> list[dict[str, object]]:
    with db.session() as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity_id == cp_id, AuditEntry.action == "security_event")
            .order_by(AuditEntry.id)
        ).all()
        assert all(r.entity == "charger" for r in rows)
        return [dict(r.changes or {}) for r in rows]


async def test_a_16_security_event_is_stored_and_shown(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-16")
    async with sim_charger(central.url, "CP-16") as c:
        await c.cp.call(call.BootNotification("Terra", "ABB"))
        answer = await c.cp.call(
            call.SecurityEventNotification(
                type="InvalidCentralSystemCertificate", timestamp=iso(now()), tech_info="chain <b>bad</b>"
            )
        )
        assert answer is not None
    event = await recorder.wait(SecurityEventReceived)
    assert (event.cp_id, event.event_type, event.tech_info) == (
        "CP-16",
        "InvalidCentralSystemCertificate",
        "chain <b>bad</b>",
    )
    [row] = stored(db, "CP-16")
    assert row["type"] == "InvalidCentralSystemCertificate" and row["tech_info"] == "chain <b>bad</b>"


async def test_a_201_security_event_is_stored_and_a_flood_is_bounded(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "CP-201")
    async with raw_client(central.url, "CP-201", subprotocols=["ocpp2.0.1"]) as ws:
        for i in range(40):
            body = {"type": "TamperDetectionActivated", "timestamp": iso(now()), "techInfo": f"lid {i}"}
            await ws.send(json.dumps([2, f"m-{i}", "SecurityEventNotification", body]))
            assert json.loads(await ws.recv()) == [3, f"m-{i}", {}]  # every one answered
    rows = stored(db, "CP-201")
    assert len(rows) == 30 and rows[0]["tech_info"] == "lid 0"
