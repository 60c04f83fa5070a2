"""Every OCPP 1.6 message a charger sends, end to end over a real socket into the real database."""

from __future__ import annotations

import datetime as dt

from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database
from app.models import (
    Charger,
    ChargingSession,
    Connector,
    IdTag,
    MeterValue,
    OcppMessage,
    Station,
    UnknownTag,
    User,
)
from app.ocpp.backend import DataTransferResult
from app.ocpp.events import (
    AuthorizationDecided,
    DiagnosticsStatus,
    FirmwareStatus,
    FrameLogged,
    SessionStarted,
    SessionStopped,
    SessionUpdated,
    StatusChanged,
)
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import EventRecorder, add_station, iso, now, sim_charger


def add_user(
    db: Database, name: str, tag: str, *, expiry: dt.datetime | None = None, parent: str | None = None
) -> int:
    with db.session() as s:
        user = User(name=name)
        user.tags = [IdTag(id_tag=tag.upper(), expiry=expiry, parent_id_tag=parent)]
        s.add(user)
        s.flush()
        return user.id


async def test_boot_stores_charger_and_station(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        answer = await c.cp.call(
            call.BootNotification(
                charge_point_model="Terra AC",
                charge_point_vendor="ABB",
                charge_box_serial_number="BOX-9",
                firmware_version="4.5",
                iccid="8941",
                imsi="228",
                meter_type="EM",
                meter_serial_number="M-1",
            )
        )
        assert answer.status == "Accepted" and answer.interval == 300
        sent = dt.datetime.fromisoformat(answer.current_time)
        assert abs((sent - now()).total_seconds()) < 5
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "CP-1")).one()
        assert (station.vendor, station.model, station.serial_number, station.firmware_version) == (
            "ABB",
            "Terra AC",
            "BOX-9",
            "4.5",
        )
        charger = s.scalars(select(Charger).where(Charger.charge_point_id == "CP-1")).one()
        assert (charger.registration, charger.iccid, charger.imsi, charger.meter_type) == (
            "Accepted",
            "8941",
            "228",
            "EM",
        )
        assert charger.last_boot is not None


async def test_heartbeat_and_presence(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        answer = await c.cp.call(call.Heartbeat())
        assert abs((dt.datetime.fromisoformat(answer.current_time) - now()).total_seconds()) < 5
        state = next(s for s in central.chargers() if s.cp_id == "CP-1")
        assert state.connected and state.ip == "127.0.0.1"
        with db.session() as s:
            assert s.scalars(select(Charger.online).where(Charger.charge_point_id == "CP-1")).one() is True
    await central.store.flush()
    with db.session() as s:
        charger = s.scalars(select(Charger).where(Charger.charge_point_id == "CP-1")).one()
        assert charger.online is False and charger.last_seen is not None


async def test_status_notification(db: Database, central: CentralSystem, recorder: EventRecorder) -> None:
    add_station(db, "CP-1", connectors=1)
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        await c.cp.call(
            call.StatusNotification(  # a connector we did not know: created
                connector_id=3,
                error_code="GroundFailure",
                status="Faulted",
                info="RCD tripped",
                vendor_id="ABB",
                vendor_error_code="E42",
                timestamp=iso(now()),
            )
        )
        await c.cp.call(call.StatusNotification(connector_id=0, error_code="NoError", status="Available"))
        # replayed out of order by an offline charger: older than what we have, ignored
        await c.cp.call(
            call.StatusNotification(
                connector_id=3,
                error_code="NoError",
                status="Available",
                timestamp=iso(now() - dt.timedelta(hours=1)),
            )
        )
    with db.session() as s:
        rows = {c.connector_id: c for c in s.scalars(select(Connector)).all()}
        assert rows[1].status == "Available"
        assert (rows[3].status, rows[3].error_code) == ("Faulted", "GroundFailure")
        assert rows[3].status_info == "RCD tripped (vendor error ABB E42)"
        assert 0 not in rows
    changed = recorder.of(StatusChanged)
    assert [(e.connector_id, e.status) for e in changed] == [
        (1, "Available"),
        (3, "Faulted"),
        (0, "Available"),
    ]
    state = next(s for s in central.chargers() if s.cp_id == "CP-1")
    assert state.statuses[0].status == "Available"


async def test_authorize(db: Database, central: CentralSystem, recorder: EventRecorder) -> None:
    add_station(db, "CP-1")
    expiry = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    add_user(db, "Eva Keller", "04a2b3c4", expiry=expiry, parent="FLEET")
    async with sim_charger(central.url, "CP-1") as c:
        ok = await c.cp.call(call.Authorize(id_tag="04A2B3C4"))
        assert ok.id_tag_info["status"] == "Accepted"
        assert ok.id_tag_info["parent_id_tag"] == "FLEET"  # (the package hands answers over in snake_case)
        assert dt.datetime.fromisoformat(ok.id_tag_info["expiry_date"]) == expiry
        unknown = await c.cp.call(call.Authorize(id_tag="DEADBEEF"))
        assert unknown.id_tag_info["status"] == "Invalid"
    decided = recorder.of(AuthorizationDecided)
    assert [(d.id_tag, d.status, d.refused) for d in decided] == [
        ("04A2B3C4", "Accepted", False),
        ("DEADBEEF", "Invalid", True),
    ]
    assert decided[1].reason  # a reason a person can read
    with db.session() as s:
        seen = s.scalars(select(UnknownTag)).one()  # "unknown tag seen at station X"
        assert (seen.id_tag, seen.charge_point_id) == ("DEADBEEF", "CP-1")


async def test_transaction_with_meter_values(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    add_user(db, "Eva Keller", "TAG-EVA")
    t0 = now() - dt.timedelta(minutes=30)
    async with sim_charger(central.url, "CP-1") as c:
        started = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="tag-eva", meter_start=100_000, timestamp=iso(t0))
        )
        assert started.id_tag_info["status"] == "Accepted"
        tx = started.transaction_id
        await c.cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=tx,
                meter_value=[
                    {
                        "timestamp": iso(t0 + dt.timedelta(minutes=10)),
                        "sampledValue": [
                            {"value": "102.5", "unit": "kWh", "context": "Sample.Periodic"},  # kWh -> Wh
                            {"value": "7.2", "measurand": "Power.Active.Import", "unit": "kW"},
                            {"value": "16", "measurand": "Current.Import", "unit": "A", "phase": "L1"},
                            {"value": "230.5", "measurand": "Voltage", "unit": "V", "phase": "L1-N"},
                            {"value": "55", "measurand": "SoC", "unit": "Percent", "location": "EV"},
                        ],
                    }
                ],
            )
        )
        update = await recorder.wait(SessionUpdated)
        assert (update.energy_wh, update.power_w, update.soc_percent) == (2500.0, 7200.0, 55.0)
        stopped = await c.cp.call(
            call.StopTransaction(
                meter_stop=105_000,
                timestamp=iso(t0 + dt.timedelta(minutes=20)),
                transaction_id=tx,
                reason="EVDisconnected",
                id_tag="TAG-EVA",
                transaction_data=[
                    {
                        "timestamp": iso(t0 + dt.timedelta(minutes=20)),
                        "sampledValue": [{"value": "105000", "context": "Transaction.End"}],
                    }
                ],
            )
        )
        assert stopped.id_tag_info["status"] == "Accepted"
    with db.session() as s:
        session = s.get(ChargingSession, tx)
        assert session is not None
        assert (session.status, session.energy_wh, session.meter_stop_wh, session.stop_reason) == (
            "completed",
            5000.0,
            105_000.0,
            "EVDisconnected",
        )
        assert session.user_id is not None and session.id_tag == "TAG-EVA"
        assert (
            session.auth_status == "Accepted"
            and session.mode_at_start == "public"
            and session.decision_reason
        )
        assert session.max_power_w == 7200.0
        assert session.price_total is not None or "price_error" in session.flags
        values = s.scalars(
            select(MeterValue).where(MeterValue.session_id == tx).order_by(MeterValue.id)
        ).all()
        by = {(v.measurand, v.phase): v for v in values if v.context != "Transaction.End"}
        assert by[("Energy.Active.Import.Register", None)].value == 102_500.0
        assert by[("Energy.Active.Import.Register", None)].unit == "Wh"
        assert by[("Power.Active.Import", None)].unit == "W"
        assert by[("Current.Import", "L1")].value == 16.0 and by[("Voltage", "L1-N")].value == 230.5
        assert by[("SoC", None)].location == "EV"
        assert [v.context for v in values if v.context == "Transaction.End"] == ["Transaction.End"]
    started_ev = recorder.of(SessionStarted)[0]
    assert started_ev.transaction_id == tx and started_ev.user_name == "Eva Keller"
    assert (await recorder.wait(SessionStopped)).energy_wh == 5000.0


async def test_session_register_is_put_on_the_lifetime_scale(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    add_user(db, "Eva Keller", "TAG-EVA")
    t0 = now() - dt.timedelta(minutes=30)
    async with sim_charger(central.url, "CP-1") as c:
        tx = (
            await c.cp.call(
                call.StartTransaction(connector_id=1, id_tag="TAG-EVA", meter_start=50_000, timestamp=iso(t0))
            )
        ).transaction_id
        # this charger's register restarts at 0 for each session
        await c.cp.call(
            call.MeterValues(
                connector_id=1,
                transaction_id=tx,
                meter_value=[
                    {
                        "timestamp": iso(t0 + dt.timedelta(minutes=10)),
                        "sampledValue": [{"value": "1200", "unit": "Wh"}],
                    }
                ],
            )
        )
        await c.cp.call(
            call.StopTransaction(
                meter_stop=3000, timestamp=iso(t0 + dt.timedelta(minutes=20)), transaction_id=tx
            )
        )
    with db.session() as s:
        session = s.get(ChargingSession, tx)
        assert session is not None and session.energy_wh == 3000.0 and session.meter_stop_wh == 53_000.0
        assert "session_register" in session.flags
        value = s.scalars(select(MeterValue.value).where(MeterValue.session_id == tx)).one()
        assert value == 51_200.0


async def test_meter_values_without_transaction(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(
            call.MeterValues(
                connector_id=0,
                meter_value=[
                    {
                        "timestamp": iso(now()),
                        "sampledValue": [{"value": "123456", "context": "Sample.Clock"}],
                    }
                ],
            )
        )
    await central.store.flush()
    with db.session() as s:
        row = s.scalars(select(MeterValue)).one()
        assert (row.session_id, row.connector_id, row.value, row.context) == (
            None,
            0,
            123456.0,
            "Sample.Clock",
        )


async def test_data_transfer(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    central.register_data_transfer(
        "com.example", lambda cp, mid, data: DataTransferResult("Accepted", f"echo {data}")
    )
    async with sim_charger(central.url, "CP-1") as c:
        unknown = await c.cp.call(call.DataTransfer(vendor_id="com.other", message_id="x", data="y"))
        assert unknown.status == "UnknownVendorId"
        known = await c.cp.call(call.DataTransfer(vendor_id="com.example", data="hello"))
        assert (known.status, known.data) == ("Accepted", "echo hello")


async def test_firmware_and_diagnostics_status(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(call.FirmwareStatusNotification(status="Downloading"))
        await c.cp.call(call.FirmwareStatusNotification(status="Installed"))
        await c.cp.call(call.DiagnosticsStatusNotification(status="Uploaded"))
    assert [e.status for e in recorder.of(FirmwareStatus)] == ["Downloading", "Installed"]
    assert [e.status for e in recorder.of(DiagnosticsStatus)] == ["Uploaded"]
    state = next(s for s in central.chargers() if s.cp_id == "CP-1")
    assert (state.firmware_status, state.diagnostics_status) == ("Installed", "Uploaded")


async def test_message_log_pairs_requests_and_responses(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(call.Heartbeat(), unique_id="hb-1")
        await central.operations.clear_cache("CP-1")
    rows = await central.recent_messages(cp_id="CP-1")
    assert [(r.direction, r.message_type, r.action) for r in reversed(rows)] == [
        ("in", 2, "Heartbeat"),
        ("out", 3, "Heartbeat"),
        ("out", 2, "ClearCache"),
        ("in", 3, "ClearCache"),
    ]
    answer = next(r for r in rows if r.direction == "out" and r.message_id == "hb-1")
    assert answer.latency_ms is not None and answer.latency_ms >= 0 and '"currentTime"' in answer.frame
    assert next(r for r in rows if r.action == "ClearCache" and r.direction == "in").latency_ms is not None
    live = recorder.of(FrameLogged)
    assert len(live) == 4 and live[0].message_id == "hb-1"
    with db.session() as s:  # retention: rows older than message_log_days go
        old = OcppMessage(
            ts=now() - dt.timedelta(days=40),
            charge_point_id="CP-1",
            direction="in",
            message_type=2,
            message_id="old",
            payload="[]",
        )
        s.add(old)
    assert await central.purge_message_log() == 1
    assert {r.message_id for r in await central.recent_messages()} >= {"hb-1"}


async def test_a_refused_start_without_energy_is_not_billed_its_start_fee(
    db: Database, central: CentralSystem
) -> None:
    """A card refused at StartTransaction (blocked) ends at once with no energy: the driver did not charge, so the
    session is not priced (a start fee would bill a refusal). A refused start that did deliver energy (a charger
    that charged anyway) is priced as any other."""
    from decimal import Decimal

    from app.models import AccessSchedule, TagStatus, Tariff

    station_id = add_station(db, "CP-FEE")
    add_user(db, "Eva Keller", "TAG-EVA")
    with db.session() as s:
        tariff = Tariff(name="Start fee", per_kwh=Decimal("0.30"), start_fee=Decimal("2.00"))
        station = s.get(Station, station_id)
        assert station is not None
        station.schedule = AccessSchedule(station_id=station_id, default_tariff=tariff)
        s.scalars(select(IdTag).where(IdTag.id_tag == "TAG-EVA")).one().status = TagStatus.BLOCKED
    t0 = now() - dt.timedelta(minutes=5)
    ids = []
    async with sim_charger(central.url, "CP-FEE") as c:
        for connector, energy in ((1, 0), (2, 1_000)):
            started = await c.cp.call(
                call.StartTransaction(
                    connector_id=connector, id_tag="TAG-EVA", meter_start=50_000, timestamp=iso(t0)
                )
            )
            assert started.id_tag_info["status"] == "Blocked"
            ids.append(started.transaction_id)
            await c.cp.call(
                call.StopTransaction(
                    meter_stop=50_000 + energy,
                    timestamp=iso(t0 + dt.timedelta(minutes=1)),
                    transaction_id=started.transaction_id,
                    reason="DeAuthorized",
                )
            )
    with db.session() as s:
        refused, charged = (s.get(ChargingSession, i) for i in ids)
        assert refused is not None and charged is not None
        assert refused.price_total is None and "start was refused" in refused.price_breakdown["note"]
        assert charged.price_total == Decimal("2.30")
