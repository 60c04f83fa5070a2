"""OCPP 2.0.1 core end to end: a station simulated with the ``ocpp`` package's v201 ChargePoint over a real
socket, into the real database (SQLite and PostgreSQL). Sessions must come out exactly as with 1.6."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from ocpp.v16 import call as call16
from ocpp.v201 import call as call201
from ocpp.v201 import call_result
from sqlalchemy import func, select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    Charger,
    ChargingSession,
    Connector,
    IdTag,
    MeterValue,
    Site,
    Station,
    Tariff,
    UnknownTag,
    User,
)
from app.ocpp.backend import BackendUnavailable, IdTagInfo
from app.ocpp.events import (
    AuthorizationDecided,
    BootReceived,
    ChargerConnected,
    SessionStarted,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
)
from app.ocpp.v201 import VariablesReported
from app.ocpp.v201 import requests as requests201
from app.ocpp.v201.mapping import evse_status, id_token_info, our_status, sample
from app.services.central.system import CentralSystem
from app.services.chargers.operations import InvalidRequest, OperationNotSupported
from tests.helpers.ocpp import (
    CentralFactory,
    EventRecorder,
    add_station,
    iso,
    now,
    raw_client,
    sim_charger,
)
from tests.helpers.sim201 import REPORT, energy, sim201

EVA = "TAG-EVA"


def priced_site(db: Database, *cp_ids: str) -> None:
    """Stations ``cp_ids`` (two connectors each), Public at tariff 'public', and Eva Keller with tag TAG-EVA."""
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich")
        public = Tariff(
            name="public", per_kwh=Decimal("0.50"), per_hour=Decimal("1.20"), start_fee=Decimal("1.00")
        )
        for cp_id in cp_ids:
            station = Station(site=site, charge_point_id=cp_id, name=f"Station {cp_id}")
            station.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
            station.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC, default_tariff=public)
            s.add(station)
        eva = User(name="Eva Keller")
        eva.tags = [IdTag(id_tag=EVA, expiry=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), parent_id_tag="FLEET")]
        s.add(eva)


def session_of(db: Database, **where: Any) -> ChargingSession:
    with db.session() as s:
        row = s.scalars(select(ChargingSession).filter_by(**where)).one()
        s.expunge(row)
        return row


# --- provisioning ------------------------------------------------------------------------------------------


async def test_boot_accepted_and_pending(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CS-1")
    async with sim201(central.url, "CS-1") as c:
        assert c.connection.subprotocol == "ocpp2.0.1"
        answer = await c.cp.boot(
            serial_number="SN-42", firmware_version="6.1.2", modem={"iccid": "8941", "imsi": "228"}
        )
        assert (answer.status, answer.interval) == ("Accepted", 300)
        assert abs((dt.datetime.fromisoformat(answer.current_time) - now()).total_seconds()) < 5
        hb = await c.cp.call(call201.Heartbeat())
        assert abs((dt.datetime.fromisoformat(hb.current_time) - now()).total_seconds()) < 5
    async with sim201(central.url, "CS-NEW") as c:  # unknown station, policy "pending"
        pending = await c.cp.boot(reason="Triggered")
        assert (pending.status, pending.interval) == ("Pending", 60)
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "CS-1")).one()
        assert (
            station.vendor,
            station.model,
            station.serial_number,
            station.firmware_version,
            station.ocpp_version,
        ) == ("Alfen", "Eve Double", "SN-42", "6.1.2", "2.0.1")
        charger = s.scalars(select(Charger).where(Charger.charge_point_id == "CS-1")).one()
        assert (charger.iccid, charger.imsi, charger.registration) == ("8941", "228", "Accepted")
        new = s.scalars(select(Charger).where(Charger.charge_point_id == "CS-NEW")).one()
        assert (new.registration, new.ocpp_version) == ("Pending", "2.0.1")
    assert [(e.cp_id, e.ocpp_version) for e in recorder.of(ChargerConnected)] == [
        ("CS-1", "2.0.1"),
        ("CS-NEW", "2.0.1"),
    ]
    assert [(e.cp_id, e.registration) for e in recorder.of(BootReceived)] == [
        ("CS-1", "Accepted"),
        ("CS-NEW", "Pending"),
    ]


async def test_status_notifications_map_onto_our_statuses(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CS-1", connectors=1)
    t = now() - dt.timedelta(minutes=5)
    async with sim201(central.url, "CS-1") as c:
        await c.cp.status(1, 1, "Available", t)
        await c.cp.status(1, 1, "Occupied", t + dt.timedelta(seconds=1))  # plugged in: Preparing
        await c.cp.status(2, 1, "Available", t)  # EVSE 2 has two connectors; it is new: created
        await c.cp.status(2, 2, "Faulted", t + dt.timedelta(seconds=2))
        await c.cp.status(3, 1, "Reserved", t)
        await c.cp.status(4, 1, "Unavailable", t)
        await c.cp.status(0, 0, "Available", t)  # the station itself: memory only
        # replayed out of order by a station that was offline: older than what we have, ignored
        await c.cp.status(1, 1, "Available", t - dt.timedelta(hours=1))
    with db.session() as s:
        rows = {c.connector_id: c for c in s.scalars(select(Connector)).all()}
    assert {n: rows[n].status for n in (1, 2, 3, 4)} == {
        1: "Preparing",
        2: "Faulted",
        3: "Reserved",
        4: "Unavailable",
    }
    assert (
        rows[2].error_code == "OtherError"
        and rows[2].status_info == "connector 1 Available; connector 2 Faulted"
    )
    assert 0 not in rows
    changed = [(e.connector_id, e.status) for e in recorder.of(StatusChanged)]
    assert changed == [
        (1, "Available"),
        (1, "Preparing"),
        (2, "Available"),
        (2, "Faulted"),
        (3, "Reserved"),
        (4, "Unavailable"),
        (0, "Available"),
    ]
    state = next(s for s in central.chargers() if s.cp_id == "CS-1")
    assert state.statuses[0].status == "Available" and state.statuses[1].evse_id == 1


async def test_authorize_accepted_and_refused_with_reason(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    priced_site(db, "CS-1")
    async with sim201(central.url, "CS-1") as c:
        ok = await c.cp.authorize("tag-eva")  # matched case-insensitively
        assert ok.id_token_info["status"] == "Accepted"
        assert ok.id_token_info["group_id_token"] == {"id_token": "FLEET", "type": "Central"}
        assert dt.datetime.fromisoformat(ok.id_token_info["cache_expiry_date_time"]) == dt.datetime(
            2031, 1, 1, tzinfo=dt.UTC
        )
        unknown = await c.cp.authorize("DEADBEEF")
        assert unknown.id_token_info == {"status": "Invalid"}
    decided = recorder.of(AuthorizationDecided)
    assert [(d.id_tag, d.status) for d in decided] == [("tag-eva", "Accepted"), ("DEADBEEF", "Invalid")]
    assert "Eva Keller" in decided[0].reason and "unknown" in decided[1].reason
    with db.session() as s:
        seen = s.scalars(select(UnknownTag)).one()  # a technician can assign it in one click
        assert (seen.id_tag, seen.charge_point_id) == ("DEADBEEF", "CS-1")


async def test_a_2_0_1_idtoken_of_36_characters_is_a_card_like_any_other(
    db: Database, central: CentralSystem
) -> None:
    """2.0.1 idTokens have up to 36 characters (e.g. an eMAID); stored, matched and accepted; a longer one is
    refused at the protocol (PropertyConstraintViolation), not silently cut."""
    priced_site(db, "CS-1")
    emaid = "DE-8AA-C12345678-9X-ABCDEFGHIJKLMNOP"[:36]
    assert len(emaid) == 36
    with db.session() as s:
        s.add(
            User(
                name="Max Long", tags=[IdTag(id_tag=emaid.upper(), parent_id_tag="FLEET-GROUP-OF-TWENTY-ONE")]
            )
        )
    async with sim201(central.url, "CS-1") as c:
        ok = await c.cp.authorize(emaid.lower())
        assert ok.id_token_info["status"] == "Accepted"
        assert ok.id_token_info["group_id_token"]["id_token"] == "FLEET-GROUP-OF-TWENTY-ONE"


# --- transactions ------------------------------------------------------------------------------------------


async def test_session_is_stored_exactly_as_with_1_6(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    """The same charge (100 kWh register → 105 kWh in 20 min at 7.2 kW) once over 1.6 and once over 2.0.1."""
    priced_site(db, "CP-16", "CS-201")
    t0 = now() - dt.timedelta(minutes=30)
    t1, t2 = t0 + dt.timedelta(minutes=10), t0 + dt.timedelta(minutes=20)
    async with sim_charger(central.url, "CP-16") as c:
        tx16 = (
            await c.cp.call(
                call16.StartTransaction(connector_id=1, id_tag=EVA, meter_start=100_000, timestamp=iso(t0))
            )
        ).transaction_id
        await c.cp.call(
            call16.MeterValues(
                connector_id=1,
                transaction_id=tx16,
                meter_value=[
                    {
                        "timestamp": iso(t1),
                        "sampledValue": [
                            {"value": "102.5", "unit": "kWh"},
                            {"value": "7.2", "measurand": "Power.Active.Import", "unit": "kW"},
                        ],
                    }
                ],
            )
        )
        await c.cp.call(
            call16.StopTransaction(
                meter_stop=105_000,
                timestamp=iso(t2),
                transaction_id=tx16,
                reason="EVDisconnected",
                id_tag=EVA,
            )
        )
    power = {"value": 7200, "measurand": "Power.Active.Import", "unit_of_measure": {"unit": "W"}}
    soc = {"value": 55, "measurand": "SoC", "unit_of_measure": {"unit": "Percent"}, "location": "EV"}
    async with sim201(central.url, "CS-201") as c:
        await c.cp.status(1, 1, "Occupied", t0 - dt.timedelta(seconds=5))
        started = await c.cp.tx_event(
            "Started",
            "TX-201-A",
            0,
            t0,
            trigger="Authorized",
            token=EVA,
            charging_state="EVConnected",
            meter_value=[energy(100.0, t0, unit="kWh", context="Transaction.Begin")],
        )
        assert started.id_token_info["status"] == "Accepted"
        assert started.id_token_info["group_id_token"]["id_token"] == "FLEET"
        live = await c.cp.tx_event(
            "Updated",
            "TX-201-A",
            1,
            t1,
            trigger="ChargingStateChanged",
            charging_state="Charging",
            meter_value=[energy(1025, t1, unit="Wh", multiplier=2, extra=[power, soc])],
        )
        assert live.id_token_info is None  # no idToken in the request: none in the answer
        update = await recorder.wait(SessionUpdated, lambda e: e.cp_id == "CS-201")
        assert (update.energy_wh, update.power_w, update.soc_percent) == (2500.0, 7200.0, 55.0)
        ended = await c.cp.tx_event(
            "Ended",
            "TX-201-A",
            2,
            t2,
            trigger="EVDeparted",
            token=EVA,
            stopped_reason="EVDisconnected",
            meter_value=[energy(105_000, t2, context="Transaction.End")],
        )
        assert ended.id_token_info["status"] == "Accepted"
    s16 = session_of(db, id=tx16)
    s201 = session_of(db, transaction_uid="TX-201-A")
    assert (s201.charge_point_id, s201.connector_id, s201.status, s201.id_tag) == (
        "CS-201",
        1,
        "completed",
        EVA,
    )
    assert (s201.start_at, s201.stop_at) == (s16.start_at, s16.stop_at)
    assert (s201.meter_start_wh, s201.meter_stop_wh, s201.energy_wh) == (100_000.0, 105_000.0, 5000.0)
    same = (
        "energy_wh",
        "max_power_w",
        "stop_reason",
        "user_id",
        "auth_status",
        "mode_at_start",
        "tariff_name",
        "decision_reason",
        "currency",
        "price_net",
        "price_vat",
        "price_total",
        "flags",
    )
    assert {f: getattr(s201, f) for f in same} == {f: getattr(s16, f) for f in same}
    assert s201.price_total is not None and s201.price_total > Decimal("3") and s201.flags == ""
    assert s201.price_breakdown == s16.price_breakdown
    with db.session() as s:
        values = s.scalars(
            select(MeterValue)
            .where(MeterValue.session_id == s201.id)
            .order_by(MeterValue.timestamp, MeterValue.id)
        ).all()
        assert [(v.measurand, v.value, v.context) for v in values] == [
            ("Energy.Active.Import.Register", 100_000.0, "Transaction.Begin"),
            ("Energy.Active.Import.Register", 102_500.0, "Sample.Periodic"),
            ("Power.Active.Import", 7200.0, "Sample.Periodic"),
            ("SoC", 55.0, "Sample.Periodic"),
            ("Energy.Active.Import.Register", 105_000.0, "Transaction.End"),
        ]
        assert (
            s.get(
                Connector,
                s.scalar(
                    select(Connector.id)
                    .join(Station)
                    .where(Station.charge_point_id == "CS-201", Connector.connector_id == 1)
                ),
            ).status
            == "Finishing"
        )
    started_ev = next(e for e in recorder.of(SessionStarted) if e.cp_id == "CS-201")
    assert (started_ev.transaction_id, started_ev.user_name, started_ev.tariff_name) == (
        s201.id,
        "Eva Keller",
        "public",
    )
    stopped = next(e for e in recorder.of(SessionStopped) if e.cp_id == "CS-201")
    assert (stopped.energy_wh, stopped.price_total, stopped.stop_reason) == (
        5000.0,
        s201.price_total,
        "EVDisconnected",
    )
    statuses = [e.status for e in recorder.of(StatusChanged) if e.cp_id == "CS-201"]
    assert statuses == ["Preparing", "Charging", "Finishing"]  # EVConnected is Preparing already


async def test_resent_events_are_idempotent(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    priced_site(db, "CS-1")
    t0 = now() - dt.timedelta(minutes=30)
    t1, t2 = t0 + dt.timedelta(minutes=10), t0 + dt.timedelta(minutes=20)
    async with sim201(central.url, "CS-1") as c:
        first = await c.cp.tx_event(
            "Started",
            "TX-R",
            0,
            t0,
            trigger="Authorized",
            token=EVA,
            meter_value=[energy(10_000, t0, context="Transaction.Begin")],
        )
        again = await c.cp.tx_event(
            "Started",
            "TX-R",
            0,
            t0,
            trigger="Authorized",
            token=EVA,
            meter_value=[energy(10_000, t0, context="Transaction.Begin")],
        )
        assert again.id_token_info == first.id_token_info and first.id_token_info["status"] == "Accepted"
        await c.cp.tx_event("Updated", "TX-R", 1, t1, meter_value=[energy(11_000, t1)])
    async with sim201(central.url, "CS-1") as c:  # reconnected: the queued events come again, flagged offline
        await c.cp.tx_event("Updated", "TX-R", 1, t1, meter_value=[energy(11_000, t1)], offline=True)
        for _ in range(2):  # the answer to Ended was lost once
            ended = await c.cp.tx_event(
                "Ended",
                "TX-R",
                2,
                t2,
                trigger="StopAuthorized",
                token=EVA,
                stopped_reason="Local",
                offline=True,
                meter_value=[energy(12_000, t2, context="Transaction.End")],
            )
            assert ended.id_token_info["status"] == "Accepted"
    await central.store.flush()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 1
        row = s.scalars(select(ChargingSession)).one()
        assert (row.transaction_uid, row.energy_wh, row.flags, row.status) == (
            "TX-R",
            2000.0,
            "",
            "completed",
        )
        values = s.scalars(
            select(MeterValue.value).where(MeterValue.session_id == row.id).order_by(MeterValue.timestamp)
        ).all()
        assert values == [10_000.0, 11_000.0, 12_000.0]  # each reading once
    assert len(recorder.of(SessionStarted)) == 1 and len(recorder.of(SessionStopped)) == 1


@pytest.mark.expect_log(r"StopTransaction for unknown transaction", logger="app.services.central.store")
@pytest.mark.expect_log(
    r"TransactionEvent Ended for unknown transaction", logger="app.services.central.store"
)
async def test_ended_for_an_unknown_transaction_is_answered_and_flagged(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    priced_site(db, "CS-1")
    t1 = now() - dt.timedelta(minutes=5)
    async with sim201(central.url, "CS-1") as c:
        for _ in range(2):  # the retry is answered too, and stored once
            answer = await c.cp.tx_event(
                "Ended",
                "NEVER-SEEN",
                7,
                t1,
                trigger="EVDeparted",
                stopped_reason="PowerLoss",
                meter_value=[
                    energy(2000, t1 - dt.timedelta(minutes=30)),
                    energy(5000, t1, context="Transaction.End"),
                ],
            )
            assert answer is not None and answer.id_token_info is None
    row = session_of(db, transaction_uid="NEVER-SEEN")
    assert (row.status, row.stop_reason, row.meter_start_wh, row.energy_wh) == (
        "completed",
        "PowerLoss",
        2000.0,
        3000.0,
    )
    assert "unknown_transaction" in row.flags
    assert row.decision_reason.startswith(
        "TransactionEvent Ended for transaction NEVER-SEEN that this central system never started"
    )
    assert [e.flags for e in recorder.of(SessionStopped)] == ["unknown_transaction"]


async def test_transaction_started_at_plug_in_waits_for_authorization(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    """TxStartPoint EVConnected: Started carries no idToken; the session is stored once a token is presented,
    from the Started event's time and meter reading. Plugged in and out unauthorised: no session."""
    priced_site(db, "CS-1")
    t0 = now() - dt.timedelta(minutes=30)
    async with sim201(central.url, "CS-1") as c:
        plugged = await c.cp.tx_event(
            "Started",
            "TX-P",
            0,
            t0,
            trigger="CablePluggedIn",
            charging_state="EVConnected",
            meter_value=[energy(50_000, t0)],
        )
        assert plugged.id_token_info is None
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(ChargingSession)) == 0
        authorised = await c.cp.tx_event(
            "Updated", "TX-P", 1, t0 + dt.timedelta(minutes=1), trigger="Authorized", token="DEADBEEF"
        )  # a card nobody owns: refused, session stored
        assert authorised.id_token_info == {"status": "Invalid"}
        await c.cp.tx_event(
            "Ended",
            "TX-P",
            2,
            t0 + dt.timedelta(minutes=2),
            trigger="Deauthorized",
            stopped_reason="DeAuthorized",
            meter_value=[energy(50_000, t0 + dt.timedelta(minutes=2))],
        )
        # plugged in and out without a card
        await c.cp.tx_event(
            "Started", "TX-Q", 0, t0, trigger="CablePluggedIn", meter_value=[energy(50_000, t0)]
        )
        await c.cp.tx_event(
            "Ended",
            "TX-Q",
            1,
            t0 + dt.timedelta(minutes=1),
            trigger="EVDeparted",
            stopped_reason="EVDisconnected",
            meter_value=[energy(50_000, t0 + dt.timedelta(minutes=1))],
        )
    row = session_of(db, transaction_uid="TX-P")
    assert (row.start_at, row.meter_start_wh, row.energy_wh) == (
        t0.replace(microsecond=t0.microsecond // 1000 * 1000),
        50_000.0,
        0.0,
    )
    assert (row.id_tag, row.auth_status, row.stop_reason) == ("DEADBEEF", "Invalid", "DeAuthorized")
    assert "unknown" in row.decision_reason
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 1  # no session for TX-Q


async def test_a_restarted_central_system_finishes_the_session(
    db: Database, central_factory: CentralFactory
) -> None:
    """The process that stored the session is gone (its memory too): the next one links the new samples and
    closes the session by transactionId, nothing flagged."""
    priced_site(db, "CS-1")
    t0 = now() - dt.timedelta(minutes=30)
    first = await central_factory()
    async with sim201(first.url, "CS-1") as c:
        await c.cp.tx_event(
            "Started",
            "TX-K",
            0,
            t0,
            trigger="Authorized",
            token=EVA,
            meter_value=[energy(20_000, t0, context="Transaction.Begin")],
        )
    await first.stop()
    second = await central_factory()
    t1, t2 = t0 + dt.timedelta(minutes=10), t0 + dt.timedelta(minutes=20)
    async with sim201(second.url, "CS-1") as c:
        await c.cp.tx_event("Updated", "TX-K", 1, t1, meter_value=[energy(21_000, t1)])
        ended = await c.cp.tx_event(
            "Ended",
            "TX-K",
            2,
            t2,
            trigger="StopAuthorized",
            token=EVA,
            stopped_reason="Local",
            meter_value=[energy(23_000, t2, context="Transaction.End")],
        )
        assert ended.id_token_info["status"] == "Accepted"
    row = session_of(db, transaction_uid="TX-K")
    assert (row.status, row.energy_wh, row.flags, row.stop_reason) == ("completed", 3000.0, "", "Local")
    assert row.price_total is not None
    with db.session() as s:
        values = s.scalars(
            select(MeterValue.value).where(MeterValue.session_id == row.id).order_by(MeterValue.timestamp)
        ).all()
        assert values == [20_000.0, 21_000.0, 23_000.0]
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 1


@pytest.mark.expect_log(r"not answered: the database is unavailable", logger="app.ocpp.chargepoint")
async def test_database_outage_leaves_transaction_events_unanswered(
    db: Database, central: CentralSystem, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is acknowledged that was not stored: the station gets no answer and retries the same event."""
    priced_site(db, "CS-1")
    t0 = now() - dt.timedelta(minutes=5)
    frame = json.dumps(
        [
            2,
            "tx-1",
            "TransactionEvent",
            {
                "eventType": "Started",
                "timestamp": iso(t0),
                "triggerReason": "Authorized",
                "seqNo": 0,
                "transactionInfo": {"transactionId": "TX-D"},
                "idToken": {"idToken": EVA, "type": "ISO14443"},
                "evse": {"id": 1},
                "meterValue": [{"timestamp": iso(t0), "sampledValue": [{"value": 500}]}],
            },
        ]
    )
    real = central.backend.start_transaction

    async def unavailable(*args: Any) -> Any:
        raise BackendUnavailable("database down")

    async with raw_client(central.url, "CS-1", subprotocols=["ocpp2.0.1"]) as ws:
        monkeypatch.setattr(central.backend, "start_transaction", unavailable)
        await ws.send(frame)
        with pytest.raises(TimeoutError):  # no answer at all: the station keeps the event and retries
            await asyncio.wait_for(ws.recv(), 0.5)
        await ws.send('[2,"hb","Heartbeat",{}]')  # other messages are still answered
        assert json.loads(await asyncio.wait_for(ws.recv(), 5))[:2] == [3, "hb"]
        monkeypatch.setattr(central.backend, "start_transaction", real)
        await ws.send(frame)  # the retry
        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert answer[:2] == [3, "tx-1"] and answer[2]["idTokenInfo"]["status"] == "Accepted"
    row = session_of(db, transaction_uid="TX-D")
    assert row.meter_start_wh == 500.0


# --- operations --------------------------------------------------------------------------------------------


async def test_every_operation_round_trip(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    priced_site(db, "CS-1")
    ops = central.operations
    async with sim201(central.url, "CS-1") as c:
        got = c.cp.received

        answer = await ops.remote_start("CS-1", EVA, 1)
        assert answer == {"status": "Accepted"}
        action, kw = got[-1]
        assert action == "RequestStartTransaction" and kw["id_token"] == {"id_token": EVA, "type": "ISO14443"}
        assert kw["evse_id"] == 1 and isinstance(kw["remote_start_id"], int)

        t0 = now() - dt.timedelta(minutes=1)
        await c.cp.tx_event(
            "Started", "TX-OP", 0, t0, trigger="RemoteStart", token=EVA, meter_value=[energy(1000, t0)]
        )
        tx = session_of(db, transaction_uid="TX-OP").id
        assert await ops.remote_stop("CS-1", tx) == {"status": "Accepted"}  # our session id...
        assert got[-1] == ("RequestStopTransaction", {"transaction_id": "TX-OP"})
        await ops.remote_stop("CS-1", "TX-OP")  # ...or the station's transactionId
        assert got[-1] == ("RequestStopTransaction", {"transaction_id": "TX-OP"})
        with pytest.raises(InvalidRequest, match="transaction_uid"):
            await ops.remote_stop("CS-1", 999_999)

        await ops.reset("CS-1", "Hard")  # 1.6 names are translated
        assert got[-1] == ("Reset", {"type": "Immediate"})
        await ops.reset("CS-1", "OnIdle", evse_id=2)
        assert got[-1] == ("Reset", {"type": "OnIdle", "evse_id": 2})
        with pytest.raises(InvalidRequest):  # nothing sent
            await ops.reset("CS-1", "Sideways")

        assert await ops.unlock_connector("CS-1", 2) == {"status": "Unlocked"}
        assert got[-1] == ("UnlockConnector", {"evse_id": 2, "connector_id": 1})
        await ops.change_availability("CS-1", 0, "Inoperative")
        assert got[-1] == ("ChangeAvailability", {"operational_status": "Inoperative"})
        await ops.change_availability("CS-1", 2, "Operative")
        assert got[-1] == ("ChangeAvailability", {"operational_status": "Operative", "evse": {"id": 2}})
        await ops.trigger_message("CS-1", "StatusNotification", 1, evse_connector_id=1)
        assert got[-1] == (
            "TriggerMessage",
            {"requested_message": "StatusNotification", "evse": {"id": 1, "connector_id": 1}},
        )
        await ops.trigger_message("CS-1", "DiagnosticsStatusNotification")
        assert got[-1] == ("TriggerMessage", {"requested_message": "LogStatusNotification"})
        assert await ops.clear_cache("CS-1") == {"status": "Accepted"}

        values = await ops.get_variables(
            "CS-1", [("OCPPCommCtrlr", "HeartbeatInterval"), ("OCPPCommCtrlr", "NoSuchThing", "Actual")]
        )
        assert [(r["attributeStatus"], r.get("attributeValue")) for r in values["getVariableResult"]] == [
            ("Accepted", "300"),
            ("UnknownVariable", None),
        ]
        assert got[-1][1]["get_variable_data"][1] == {
            "component": {"name": "OCPPCommCtrlr"},
            "variable": {"name": "NoSuchThing"},
            "attribute_type": "Actual",
        }
        changed = await ops.set_variables("CS-1", [("OCPPCommCtrlr", "HeartbeatInterval", 120)])
        assert changed["setVariableResult"][0]["attributeStatus"] == "Accepted"
        assert c.cp.variables[("OCPPCommCtrlr", "HeartbeatInterval")] == "120"
        known = {(v.component, v.variable): v for v in ops.reported_variables("CS-1")}
        assert known[("OCPPCommCtrlr", "HeartbeatInterval")].value == "120"  # what we set, once accepted

        c.cp.answers["Reset"] = call_result.Reset(status="Scheduled")
        assert await ops.reset("CS-1", "Soft") == {"status": "Scheduled"}

        assert await ops.get_base_report("CS-1", "FullInventory", request_id=77) == {"status": "Accepted"}
        done = await recorder.wait(VariablesReported, lambda e: e.request_id == 77 and e.complete)
        assert (done.source, done.seq_no, done.count) == ("NotifyReport", 1, 1)
        assert [e.count for e in recorder.of(VariablesReported) if e.request_id == 77] == [2, 1]
    known = {(v.component, v.evse_id, v.variable): v for v in ops.reported_variables("CS-1")}
    assert len(known) == len(REPORT)
    power = known[("EVSE", 1, "Power")]
    assert power.attributes["MaxSet"] == {"value": "22000"} and power.value == "0"
    heartbeat = known[("OCPPCommCtrlr", None, "HeartbeatInterval")]
    assert heartbeat.value == "300" and heartbeat.characteristics == {
        "unit": "s",
        "dataType": "integer",
        "supportsMonitoring": False,
    }
    assert ops.reported_variables("CP-NOBODY") == []


async def test_operations_of_the_other_version_say_what_to_use(db: Database, central: CentralSystem) -> None:
    add_station(db, "CS-1")
    add_station(db, "CP-16")
    async with sim201(central.url, "CS-1"), sim_charger(central.url, "CP-16") as c16:
        with pytest.raises(OperationNotSupported, match=r"get_variables\(\)"):
            await central.operations.get_configuration("CS-1")
        with pytest.raises(OperationNotSupported, match=r"set_variables\(\)"):
            await central.operations.change_configuration("CS-1", "HeartbeatInterval", "60")
        with pytest.raises(
            OperationNotSupported, match=re.escape("GetBaseReport is not an operation of OCPP 1.6")
        ):
            await central.operations.get_base_report("CP-16")
        with pytest.raises(OperationNotSupported, match=r"get_configuration\(\)"):
            await central.operations.get_variables("CP-16", [("OCPPCommCtrlr", "HeartbeatInterval")])
        with pytest.raises(OperationNotSupported, match=re.escape("OCPP 2.0.1 feature")):
            await central.operations.reset("CP-16", "Hard", evse_id=1)
        await central.operations.reset("CP-16", "Immediate")  # 2.0.1 names work for 1.6 too
        assert c16.cp.received[-1] == ("Reset", {"type": "Hard"})


# --- bad input ---------------------------------------------------------------------------------------------

BAD_FRAMES = [
    # frame, expected 2.0.1 code, expected echoed message id
    # not an RPC frame at all: RpcFrameworkError; an unknown MessageTypeId: MessageTypeNotSupported (part 4 §4.3)
    ('{"not": "json"', "RpcFrameworkError", "-1"),
    ('[2,"m1","Heartbeat",{}', "RpcFrameworkError", "m1"),
    ("[]", "RpcFrameworkError", "-1"),
    ('[2,"m2","Heartbeat"]', "RpcFrameworkError", "m2"),
    ('[2,"","Heartbeat",{}]', "RpcFrameworkError", "-1"),
    ('[7,"m0","Heartbeat",{}]', "MessageTypeNotSupported", "m0"),
    ('["2","m0b","Heartbeat",{}]', "RpcFrameworkError", "m0b"),
    # a payload off its schema: FormatViolation and the constraint codes
    ('[2,"m3","Heartbeat",{"extra":1}]', "FormatViolation", "m3"),
    ('[2,"m3b","Heartbeat",[]]', "FormatViolation", "m3b"),
    ('[2,"m4","Authorize",{}]', "OccurrenceConstraintViolation", "m4"),  # 2.0.1 spells it with two r
    ('[2,"m5","Authorize",{"idToken":{"idToken":42,"type":"ISO14443"}}]', "TypeConstraintViolation", "m5"),
    (
        '[2,"m6","Authorize",{"idToken":{"idToken":"' + "A" * 37 + '","type":"ISO14443"}}]',
        "PropertyConstraintViolation",
        "m6",
    ),
    (
        '[2,"m7","StatusNotification",{"timestamp":"2026-01-01T00:00:00Z","connectorStatus":"Charging",'
        '"evseId":1,"connectorId":1}]',
        "PropertyConstraintViolation",
        "m7",
    ),  # a 1.6 status, not 2.0.1
    (
        '[2,"m8","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-01-01T00:00:00Z"}]',
        "NotImplemented",
        "m8",
    ),  # a 1.6 action on a 2.0.1 connection
    (
        '[2,"m9","RequestStartTransaction",{"idToken":{"idToken":"T","type":"Central"},"remoteStartId":1}]',
        "NotSupported",
        "m9",
    ),  # a 2.0.1 action a station does not send
    (
        '[2,"m10","TransactionEvent",{"eventType":"Started","timestamp":"yesterday","triggerReason":"Authorized",'
        '"seqNo":0,"transactionInfo":{"transactionId":"X"}}]',
        "PropertyConstraintViolation",
        "m10",
    ),
]


async def test_malformed_frames_get_2_0_1_call_errors_and_the_connection_stays_up(
    db: Database, central: CentralSystem
) -> None:
    add_station(db, "CS-1")
    async with raw_client(central.url, "CS-1", subprotocols=["ocpp2.0.1"]) as ws:
        assert ws.subprotocol == "ocpp2.0.1"
        for frame, code, message_id in BAD_FRAMES:
            await ws.send(frame)
            answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert answer[:3] == [4, message_id, code], (frame[:60], answer)
        await ws.send('[2,"hb","Heartbeat",{}]')
        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert answer[:2] == [3, "hb"] and "currentTime" in answer[2]
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(ChargingSession)) == 0


# --- the pure mappings -------------------------------------------------------------------------------------


def test_sampled_values_are_normalised_like_1_6() -> None:
    at = now()
    power = sample(
        {"value": 7.4, "measurand": "Power.Active.Import", "unitOfMeasure": {"unit": "kW"}},
        at,
        "Sample.Periodic",
    )
    assert (power.value, power.unit, power.context) == (7400.0, "W", "Sample.Periodic")
    register = sample(
        {"value": 12.5, "unitOfMeasure": {"unit": "Wh", "multiplier": 3}}, at, "Transaction.Begin"
    )
    assert (register.value, register.unit, register.measurand, register.context) == (
        12_500.0,
        "Wh",
        "Energy.Active.Import.Register",
        "Transaction.Begin",
    )
    assert sample({"value": 230, "measurand": "Voltage", "phase": "L1-N"}, at, "Trigger").unit == "V"


@pytest.mark.parametrize(
    ("raw", "state", "ours"),
    [
        (["Available"], "", "Available"),
        (["Occupied"], "", "Preparing"),
        (["Occupied"], "Charging", "Charging"),
        (["Occupied"], "SuspendedEV", "SuspendedEV"),
        (["Available", "Occupied"], "EVConnected", "Preparing"),
        (["Available", "Faulted"], "", "Faulted"),
        (["Unavailable", "Available"], "", "Available"),
        (["Reserved"], "Charging", "Reserved"),
        (["Unavailable"], "", "Unavailable"),
    ],
)
def test_connector_statuses(raw: list[str], state: str, ours: str) -> None:
    assert our_status(evse_status(raw), state) == ours


def test_id_token_info_and_variable_results() -> None:
    expiry = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    assert id_token_info(IdTagInfo("ConcurrentTx", expiry, "FLEET", reason="never sent")) == {
        "status": "ConcurrentTx",
        "cacheExpiryDateTime": "2031-01-01T00:00:00.000Z",
        "groupIdToken": {"idToken": "FLEET", "type": "Central"},
    }
    sent = requests201.set_variables(
        [
            ("OCPPCommCtrlr", "HeartbeatInterval", 60),
            ({"name": "EVSE", "evse": {"id": 1}}, "Enabled", True, "Target"),
        ]
    )
    assert sent["setVariableData"][1] == {
        "component": {"name": "EVSE", "evse": {"id": 1}},
        "variable": {"name": "Enabled"},
        "attributeValue": "true",
        "attributeType": "Target",
    }
    answer = {
        "setVariableResult": [
            {
                "attributeStatus": "Accepted",
                "component": {"name": "OCPPCommCtrlr"},
                "variable": {"name": "HeartbeatInterval"},
            },
            {
                "attributeStatus": "Rejected",
                "attributeType": "Target",
                "component": {"name": "EVSE", "evse": {"id": 1}},
                "variable": {"name": "Enabled"},
            },
        ]
    }
    assert requests201.accepted_values(answer, "setVariableResult", sent, "setVariableData") == [
        ({"name": "OCPPCommCtrlr"}, {"name": "HeartbeatInterval"}, "Actual", "60")
    ]
