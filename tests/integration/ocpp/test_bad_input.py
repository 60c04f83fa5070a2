"""Bad frames get the CallError OCPP 1.6 specifies and the connection stays up; oversized frames and floods are
bounded per charger; lenient chargers may be slightly off the schema."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from app.db import Database
from app.models import Connector, MeterValue
from app.ocpp.frames import V16_ERRORS, FrameError, parse_frame
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import CentralFactory, add_station, iso, now, raw_client

HEARTBEAT = '[2,"hb","Heartbeat",{}]'


async def exchange(ws: ClientConnection, frame: str | bytes) -> list:
    await ws.send(frame)
    return json.loads(await asyncio.wait_for(ws.recv(), 5))


async def still_up(ws: ClientConnection) -> None:
    answer = await exchange(ws, HEARTBEAT)
    assert answer[0] == 3 and answer[1] == "hb" and "currentTime" in answer[2]


CASES = [
    # frame, expected code, expected echoed message id
    ('{"not": "json"', "FormationViolation", "-1"),
    ('[2,"m1","Heartbeat",{}', "FormationViolation", "m1"),  # truncated JSON, id still readable
    ('{"a": 1}', "FormationViolation", "-1"),  # not a list
    ("[]", "FormationViolation", "-1"),
    ('[7,"m2","Heartbeat",{}]', "FormationViolation", "m2"),  # unknown message type id
    ('["2","m3","Heartbeat",{}]', "FormationViolation", "m3"),  # message type as a string
    ('[2,"m4","Heartbeat"]', "FormationViolation", "m4"),  # missing payload
    ('[2,"m5","Heartbeat",{},{}]', "FormationViolation", "m5"),  # extra element
    ('[2,"m6","Heartbeat",[]]', "FormationViolation", "m6"),  # payload not an object
    ('[2,"' + "x" * 37 + '","Heartbeat",{}]', "FormationViolation", "x" * 37),  # id over 36 characters
    ('[2,"m7","Heartbeat",{"extra":1}]', "FormationViolation", "m7"),  # additional property
    ('[2,"m8","Authorize",{}]', "OccurenceConstraintViolation", "m8"),  # required field missing
    ('[2,"m9","Authorize",{"idTag":42}]', "TypeConstraintViolation", "m9"),
    ('[2,"m10","Authorize",{"idTag":"' + "A" * 21 + '"}]', "PropertyConstraintViolation", "m10"),  # too long
    (
        '[2,"m11","StatusNotification",{"connectorId":1,"errorCode":"Error","status":"Available"}]',
        "PropertyConstraintViolation",
        "m11",
    ),  # not in the enum
    (
        '[2,"m12","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"yesterday"}]',
        "PropertyConstraintViolation",
        "m12",
    ),  # not a date-time
    ('[2,"m13","FlyToTheMoon",{}]', "NotImplemented", "m13"),  # unknown action
    ('[2,"m14","Reset",{"type":"Soft"}]', "NotSupported", "m14"),  # a 1.6 action chargers do not send
    ("[" * 5000 + "]" * 5000, "FormationViolation", "-1"),  # deep nesting
]


@pytest.mark.expect_log(r"answer to an unknown or expired call", logger="app.ocpp.chargepoint")
async def test_malformed_frames_get_the_right_call_error(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with raw_client(central.url, "CP-1") as ws:
        for frame, code, message_id in CASES:
            answer = await exchange(ws, frame)
            assert answer[:3] == [4, message_id, code], (frame[:60], answer)
            assert isinstance(answer[3], str) and isinstance(answer[4], dict)
        answer = await exchange(ws, b'[2,"b1","Heartbeat",{}]')  # binary frame
        assert answer[:3] == [4, "b1", "FormationViolation"]
        await ws.send('[3,"nobody-asked",{}]')  # an answer to nothing: ignored, no reply
        await ws.send('[4,"nobody-asked","GenericError","",{}]')
        await still_up(ws)
    rows = await central.recent_messages(cp_id="CP-1", errors_only=True, limit=500)
    assert len([r for r in rows if r.direction == "out"]) == len(CASES) + 1


@pytest.mark.parametrize(
    "frame",
    [
        "[2,",
        "{}",
        "[2,1,2,3]",
        '[3,"x"]',
        '[4,"x",1,2,3]',
        '[2,"i","",{}]',
        '[true,"i","Heartbeat",{}]',
        "null",
        '"text"',
        '[2.0,"i","Heartbeat",{}]',
    ],
)
def test_parse_frame_refuses(frame: str) -> None:
    with pytest.raises(FrameError) as e:
        parse_frame(frame, V16_ERRORS)
    assert e.value.code == "FormationViolation"


async def test_oversized_frame_closes_only_that_charger(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "BIG-1")
    add_station(db, "CP-2")
    cs = await central_factory(max_frame_bytes=4096)
    async with raw_client(cs.url, "CP-2") as other, raw_client(cs.url, "BIG-1", max_size=None) as big:
        await big.send('[2,"big","DataTransfer",{"vendorId":"x","data":"' + "A" * 5000 + '"}]')
        with pytest.raises(ConnectionClosed) as e:
            await asyncio.wait_for(big.recv(), 5)
        assert e.value.rcvd is not None and e.value.rcvd.code == 1009
        await still_up(other)


async def test_flood_is_delayed_not_dropped_and_others_are_served(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "FLOOD")
    add_station(db, "CALM")
    cs = await central_factory(flood_rate=50, flood_burst=10)
    n = 40
    async with raw_client(cs.url, "FLOOD") as flood, raw_client(cs.url, "CALM") as calm:
        started = time.monotonic()
        for i in range(n):
            await flood.send(f'[2,"f{i}","Heartbeat",{{}}]')
        await still_up(calm)  # answered while the flood is still being worked off
        calm_answered = time.monotonic()
        answers = [json.loads(await asyncio.wait_for(flood.recv(), 5)) for _ in range(n)]
        flood_done = time.monotonic()
    assert [a[1] for a in answers] == [f"f{i}" for i in range(n)]  # every one answered, in order
    assert flood_done - started >= (n - 10) / 50 * 0.8  # beyond the burst of 10: 50 per second
    assert calm_answered < flood_done


async def test_lenient_charger_may_be_off_the_schema(db: Database, central: CentralSystem) -> None:
    add_station(db, "LENIENT", lenient=True)
    add_station(db, "STRICT")
    async with raw_client(central.url, "STRICT") as ws:
        answer = await exchange(
            ws, '[2,"s","StatusNotification",{"connectorId":1,"errorCode":"Error","status":"Available"}]'
        )
        assert answer[2] == "PropertyConstraintViolation"
    async with raw_client(central.url, "LENIENT") as ws:
        body = {"connectorId": 1, "errorCode": "Error", "status": "Available", "firmwareExtra": "x"}
        assert (await exchange(ws, json.dumps([2, "s", "StatusNotification", body])))[0] == 3
        frequency = {
            "connectorId": 1,
            "meterValue": [
                {
                    "timestamp": iso(now()),
                    "sampledValue": [
                        {"value": "50.0", "measurand": "Frequency", "unit": "Hz"},
                        {"value": "n/a"},
                    ],
                }
            ],
        }
        assert (await exchange(ws, json.dumps([2, "m", "MeterValues", frequency])))[0] == 3
        # a wrong type or a missing field is still refused: the message could not be used
        answer = await exchange(
            ws,
            '[2,"t","StatusNotification",{"connectorId":"one","errorCode":"NoError","status":"Available"}]',
        )
        assert answer[2] == "TypeConstraintViolation"
    await central.store.flush()
    with db.session() as s:
        connector = (
            s.query(Connector)
            .filter_by(connector_id=1)
            .join(Connector.station)
            .filter_by(charge_point_id="LENIENT")
            .one()
        )
        assert connector.error_code == "Error"  # not a 1.6 error code: kept as the charger said
        hz = s.query(MeterValue).filter_by(charge_point_id="LENIENT").one()  # "n/a" skipped, Hz kept
        assert (hz.value, hz.unit) == (50.0, "Hz")
