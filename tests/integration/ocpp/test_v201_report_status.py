"""2.0.1 GetReport (B08) and GetTransactionStatus (E14) end to end: the real central system (strict: it validates
what it sends and what it is answered) and the repo's simulator in 2.0.1 mode over real sockets."""

from __future__ import annotations

import pytest
from ocpp.messages import get_validator
from sqlalchemy import select

from app.db import Database
from app.models import ChargingSession, SessionStatus
from app.ocpp.v201 import VariablesReported
from app.ocpp.v201 import requests as v201
from app.services.central.system import CentralSystem
from app.services.chargers.operations import InvalidRequest, OperationNotSupported
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, wait_until
from tests.integration.ocpp.test_v201_operations import FAST, REAL_TIME, add_tag, booted

CP = "HALL-B-1"


@pytest.mark.parametrize(
    "payload",
    [
        v201.get_report(1),
        v201.get_report(2, [("OCPPCommCtrlr", None), ({"name": "EVSE", "evse": {"id": 1}}, "Power")]),
        v201.get_report(3, [("SmartChargingCtrlr", {"name": "Enabled"})], ["Enabled", "Problem"]),
    ],
)
def test_the_get_report_payloads_pass_the_201_schema(payload: dict[str, object]) -> None:
    get_validator(2, "GetReport", "2.0.1").validate(payload)


def test_get_transaction_status_payloads_pass_the_201_schema() -> None:
    for payload in (v201.get_transaction_status(), v201.get_transaction_status("tx-1")):
        get_validator(2, "GetTransactionStatus", "2.0.1").validate(payload)


async def test_get_report_of_a_component(central_factory: CentralFactory, db: Database) -> None:
    add_station(db, CP, connectors=2)
    cs = await central_factory(call_timeout_s=10)
    ops = cs.operations
    rec = EventRecorder()
    cs.subscribe(rec)
    async with VirtualCharger(cs.url, CP, **FAST) as vc:
        await booted(vc, cs)
        # one component, whole: its variables arrive in a NotifyReport and are kept
        answer = await ops.get_report(CP, [("OCPPCommCtrlr", None)], request_id=501)
        assert answer == {"status": "Accepted"}
        done = await rec.wait(VariablesReported, lambda e: e.request_id == 501 and e.complete, timeout=10)
        known = {(v.component, v.variable): v for v in ops.reported_variables(CP)}
        assert {c for c, _ in known} == {"OCPPCommCtrlr"}
        assert known[("OCPPCommCtrlr", "HeartbeatInterval")].value == vc.charger.config.get(
            "HeartbeatInterval"
        )
        assert done.count == len(known)

        # one variable of a component, with criteria it meets; then criteria it does not meet
        answer = await ops.get_report(CP, [("SmartChargingCtrlr", "Enabled")], ["Enabled"], request_id=502)
        assert answer == {"status": "Accepted"}
        await rec.wait(VariablesReported, lambda e: e.request_id == 502 and e.complete, timeout=10)
        assert ("SmartChargingCtrlr", "Enabled") in {
            (v.component, v.variable) for v in ops.reported_variables(CP)
        }
        assert await ops.get_report(CP, [("SmartChargingCtrlr", None)], ["Problem"], request_id=503) == {
            "status": "EmptyResultSet"
        }
        assert await ops.get_report(CP, [("NoSuchCtrlr", None)], request_id=504) == {
            "status": "EmptyResultSet"
        }
        assert not [e for e in rec.of(VariablesReported) if e.request_id in (503, 504)]

        with pytest.raises(InvalidRequest, match="Broken"):
            await ops.get_report(CP, [("OCPPCommCtrlr", None)], ["Broken"])
        assert not vc.of(ev.ERROR), [e.text for e in vc.of(ev.ERROR)]


async def test_get_transaction_status_running_queued_and_delivered(
    central_factory: CentralFactory, db: Database
) -> None:
    add_station(db, CP, connectors=2)
    add_tag(db, "04A2B3C4")
    cs = await central_factory(call_timeout_s=10)
    ops = cs.operations
    async with VirtualCharger(cs.url, CP, **REAL_TIME) as vc:  # (no meter event in flight while asked)
        await booted(vc, cs)
        ch = vc.charger
        assert await ops.get_transaction_status(CP) == {"messagesInQueue": False}
        assert await ops.get_transaction_status(CP, "no-such-tx") == {
            "ongoingIndicator": False,
            "messagesInQueue": False,
        }
        assert (await ops.remote_start(CP, "04A2B3C4", 1))["status"] == "Accepted"

        def running() -> ChargingSession | None:
            with db.session() as s:
                found = s.scalars(
                    select(ChargingSession).where(
                        ChargingSession.charge_point_id == CP, ChargingSession.status == SessionStatus.ACTIVE
                    )
                ).first()
            if found is None or cs.server.charger(CP).transaction_uid(found.id) is None:
                return None
            return found

        session = await wait_until(running, timeout=20)
        await wait_until(lambda: vc.statuses()[1] == "Charging", timeout=20)
        assert await ch.queue.drain(10)  # (the Started event is popped once answered)
        # by our session id (a transaction this central system follows) or by the station's transactionId
        assert await ops.get_transaction_status(CP, session.id) == {
            "ongoingIndicator": True,
            "messagesInQueue": False,
        }
        uid = session.transaction_uid
        assert uid is not None

        # the station holds its messages (it considers itself offline; the connection still carries our
        # calls): the transaction ends there, its Ended event waits in the queue
        ch.online.clear()
        assert vc.present_card("04A2B3C4") == "stopping"
        await wait_until(lambda: ch.connectors[1].tx is None and len(ch.queue) > 0, timeout=20)
        assert await ops.get_transaction_status(CP, uid) == {
            "ongoingIndicator": False,
            "messagesInQueue": True,
        }
        assert await ops.get_transaction_status(CP) == {"messagesInQueue": True}

        ch.online.set()  # back: the queue is delivered, the session ends here too
        assert await ch.queue.drain(20)

        def ended() -> bool:
            with db.session() as s:
                row = s.get(ChargingSession, session.id)
                return row is not None and row.status != SessionStatus.ACTIVE

        await wait_until(ended, timeout=20)
        assert await ops.get_transaction_status(CP, uid) == {
            "ongoingIndicator": False,
            "messagesInQueue": False,
        }


async def test_report_and_transaction_status_are_201_only(central: CentralSystem) -> None:
    async with VirtualCharger(central.url, "CP-16", **{**FAST, "ocpp": "1.6"}) as vc:
        await vc.wait_for(ev.BOOTED, timeout=20)
        await wait_until(lambda: central.is_connected("CP-16"), timeout=10)
        with pytest.raises(OperationNotSupported, match="get_configuration"):
            await central.operations.get_report("CP-16", [("OCPPCommCtrlr", None)])
        with pytest.raises(OperationNotSupported):
            await central.operations.get_transaction_status("CP-16")
