"""Configuration snapshots (app.services.chargers.config_snapshots) against a real central system, real simulated chargers
(app.simulator, 1.6 and 2.0.1) and both databases: a snapshot stores every key with its read-only flag and the
charger's identity; a change shows in the next snapshot and in the diff; a snapshot is applied to chargers of the
same model only, with a result per charger per key (read-only skipped, unknown, unchanged, offline)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import AuditEntry
from app.models.domain import ConfigSnapshot, ConfigSnapshotKey
from app.services.chargers import config_snapshots as cs
from app.services.chargers.operations import ChargerOffline, InvalidRequest
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, add_station

FAST = {"speed": 600.0, "seed": 7, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}


def _counts(db: Database) -> tuple[int, int]:
    with db.session() as s:
        return (
            s.scalar(select(func.count()).select_from(ConfigSnapshot)) or 0,
            s.scalar(select(func.count()).select_from(ConfigSnapshotKey)) or 0,
        )


async def test_snapshots_diff_and_apply_16(db: Database, central_factory: CentralFactory) -> None:
    for cp in ("HALL-B-1", "HALL-B-2", "HALL-C-1", "HALL-B-3"):
        add_station(db, cp)
    central = await central_factory(call_timeout_s=10)
    b1 = VirtualCharger(central.url, "HALL-B-1", **FAST)
    b2 = VirtualCharger(central.url, "HALL-B-2", firmware="1.3.0", **FAST)
    b3 = VirtualCharger(central.url, "HALL-B-3", **FAST)  # same model, goes offline below
    other = VirtualCharger(central.url, "HALL-C-1", model="Wallbox Pro 22", **FAST)
    async with b1, b2, b3, other:
        for vc in (b1, b2, b3, other):
            await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        await b3.stop()

        before = dt.datetime.now(dt.UTC)
        first = await cs.take_snapshot(central, "HALL-B-1", label=" factory ", actor="Eva Keller")
        assert (
            first.label == "factory" and first.charge_point_id == "HALL-B-1" and first.ocpp_version == "1.6"
        )
        assert (first.vendor, first.model, first.firmware_version) == (
            "ChargeDesk",
            "VirtualCharger AC11",
            "1.4.2",
        )
        assert first.taken_at >= before - dt.timedelta(seconds=1) and first.taken_at.tzinfo is not None
        assert first.key_count > 30 and _counts(db) == (1, first.key_count)
        loaded = cs.load_snapshot(db, first.id)
        assert loaded.info == first and len(loaded.entries) == first.key_count
        assert loaded.entries["NumberOfConnectors"] == cs.ConfigEntry("NumberOfConnectors", "2", True)
        assert loaded.entries["MeterValueSampleInterval"] == cs.ConfigEntry(
            "MeterValueSampleInterval", "60", False
        )

        # each answer of ChangeConfiguration, as the charger gave it
        ok = await cs.change_key(central, "HALL-B-1", "MeterValueSampleInterval", "30", actor="Eva Keller")
        assert (ok.status, ok.ok) == ("Accepted", True)
        assert (
            await cs.change_key(central, "HALL-B-1", "WebSocketPingInterval", "120")
        ).status == "RebootRequired"
        assert (await cs.change_key(central, "HALL-B-1", "NumberOfConnectors", "4")).status == "Rejected"
        assert (await cs.change_key(central, "HALL-B-1", "NoSuchKey", "1")).status == "NotSupported"
        assert (await cs.change_key(central, "HALL-B-3", "HeartbeatInterval", "60")).status == "offline"
        with pytest.raises(InvalidRequest):
            await cs.change_key(central, "HALL-B-1", "HeartbeatInterval", "x" * 501)

        second = await cs.take_snapshot(central, "HALL-B-1", label="after tuning")
        assert [s.id for s in cs.list_snapshots(db, "HALL-B-1")] == [second.id, first.id]  # newest first
        assert cs.list_snapshots(db, "HALL-B-2") == []
        d = cs.diff(cs.load_snapshot(db, first.id), cs.load_snapshot(db, second.id))
        assert set(d.changed) == {"MeterValueSampleInterval", "WebSocketPingInterval"}
        old, new = d.changed["MeterValueSampleInterval"]
        assert (old.value, new.value) == ("60", "30")
        assert not d.added and not d.removed and d.unchanged == first.key_count - 2 and not d.is_empty
        assert cs.diff(cs.load_snapshot(db, second.id), cs.load_snapshot(db, second.id)).is_empty

        connected = [c.cp_id for c in central.chargers() if c.connected]
        peers = cs.chargers_of_same_model(db, "HALL-B-1", connected=connected)
        assert [(p.cp_id, p.online, p.firmware_version) for p in peers] == [
            ("HALL-B-2", True, "1.3.0"),
            ("HALL-B-3", False, "1.4.2"),
        ]
        assert peers[0].station_name == "Station HALL-B-2"
        assert [p.cp_id for p in cs.chargers_of_same_model(db, "HALL-C-1")] == []

        keys = [
            "MeterValueSampleInterval",
            "NumberOfConnectors",
            "HeartbeatInterval",
            "WebSocketPingInterval",
        ]
        report = await cs.apply_snapshot(
            central, second.id, ["HALL-B-2", "HALL-B-3"], keys, actor="Eva Keller"
        )
        assert report.skipped_readonly == ["NumberOfConnectors"]
        assert report.statuses("HALL-B-2") == {
            "MeterValueSampleInterval": "Accepted",
            "NumberOfConnectors": "ReadOnly",
            "HeartbeatInterval": "Unchanged",
            "WebSocketPingInterval": "RebootRequired",
        }
        assert report.statuses("HALL-B-3") == {
            "MeterValueSampleInterval": "offline",
            "NumberOfConnectors": "ReadOnly",
            "HeartbeatInterval": "offline",
            "WebSocketPingInterval": "offline",
        }
        got = await central.operations.get_configuration("HALL-B-2", ["MeterValueSampleInterval"])
        assert got["configurationKey"][0]["value"] == "30"  # really on the other charger now

        # all keys: only the differences are sent, read-only ones never
        whole = await cs.apply_snapshot(central, first.id, ["HALL-B-1"])
        sent = {
            k: r.status
            for k, r in whole.results["HALL-B-1"].items()
            if r.status not in ("Unchanged", "ReadOnly")
        }
        assert sent == {"MeterValueSampleInterval": "Accepted", "WebSocketPingInterval": "RebootRequired"}
        assert all(whole.results["HALL-B-1"][k].status == "ReadOnly" for k in whole.skipped_readonly)
        assert len(whole.skipped_readonly) > 10

        with pytest.raises(InvalidRequest, match="HALL-C-1"):  # another model: nothing sent
            await cs.apply_snapshot(central, second.id, ["HALL-B-2", "HALL-C-1"])
        with pytest.raises(InvalidRequest, match="Nope"):
            await cs.apply_snapshot(central, second.id, ["HALL-B-2"], ["Nope"])
        with pytest.raises(cs.SnapshotNotFound):
            await cs.apply_snapshot(central, 999_999, ["HALL-B-2"])

        with pytest.raises(ChargerOffline):
            await cs.take_snapshot(central, "HALL-B-3")
        assert _counts(db)[0] == 2  # nothing stored for the offline charger

    await central.store.flush()
    with db.session() as s:
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "charger_config").order_by(AuditEntry.id)
        ).all()
    assert [(a.entity_id, a.action) for a in audit] == [
        ("HALL-B-1", "config_change"),
        ("HALL-B-1", "config_change"),
        ("HALL-B-2", "config_apply"),
        ("HALL-B-1", "config_apply"),
    ]
    assert audit[0].actor == "Eva Keller" and audit[0].changes == {
        "MeterValueSampleInterval": {"value": "30", "status": "Accepted"}
    }

    cs.delete_snapshot(db, first.id)
    assert [s.id for s in cs.list_snapshots(db, "HALL-B-1")] == [second.id]
    assert _counts(db) == (1, second.key_count)  # its keys went with it


async def test_snapshot_of_a_201_station(db: Database, central_factory: CentralFactory) -> None:
    add_station(db, "DC-201")
    central = await central_factory(call_timeout_s=10)
    async with VirtualCharger(central.url, "DC-201", ocpp="2.0.1", dc=True, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        first = await cs.take_snapshot(central, "DC-201")
        snap = cs.load_snapshot(db, first.id)
        assert first.ocpp_version == "2.0.1" and first.model == "VirtualCharger DC50" and first.key_count > 20
        assert snap.entries["OCPPCommCtrlr/HeartbeatInterval"] == cs.ConfigEntry(
            "OCPPCommCtrlr/HeartbeatInterval", "300", False
        )
        assert snap.entries["ChargingStation/Model"].readonly
        assert "DeviceDataCtrlr/ItemsPerMessage[GetVariables]" in snap.entries  # variable instance kept

        assert (
            await cs.change_key(central, "DC-201", "OCPPCommCtrlr/HeartbeatInterval", "120")
        ).status == "Accepted"
        assert (await cs.change_key(central, "DC-201", "ChargingStation/Model", "X")).status == "Rejected"
        assert (
            await cs.change_key(central, "DC-201", "OCPPCommCtrlr/WebSocketPingInterval", "30")
        ).status == "RebootRequired"
        second = await cs.take_snapshot(central, "DC-201", label="heartbeat 2 min")
        d = cs.diff(snap, cs.load_snapshot(db, second.id))
        assert set(d.changed) == {"OCPPCommCtrlr/HeartbeatInterval", "OCPPCommCtrlr/WebSocketPingInterval"}
        assert d.changed["OCPPCommCtrlr/HeartbeatInterval"][1].value == "120"

        back = await cs.apply_snapshot(
            central, first.id, ["DC-201"], ["OCPPCommCtrlr/HeartbeatInterval", "ChargingStation/Model"]
        )
        assert back.statuses("DC-201") == {
            "OCPPCommCtrlr/HeartbeatInterval": "Accepted",
            "ChargingStation/Model": "ReadOnly",
        }
        third = cs.load_snapshot(db, (await cs.take_snapshot(central, "DC-201")).id)
        assert third.entries["OCPPCommCtrlr/HeartbeatInterval"].value == "300"


def test_variable_keys_round_trip() -> None:
    key = cs.format_variable_key("EVSE", "Power", evse_id=1, connector_id=2)
    assert key == "EVSE#1.2/Power"
    assert cs.parse_variable_key(key) == (
        {"name": "EVSE", "evse": {"id": 1, "connectorId": 2}},
        {"name": "Power"},
    )
    key = cs.format_variable_key("OCPPCommCtrlr", "MessageAttempts", "", "TransactionEvent")
    assert key == "OCPPCommCtrlr/MessageAttempts[TransactionEvent]"
    assert cs.parse_variable_key(key)[1] == {"name": "MessageAttempts", "instance": "TransactionEvent"}
    assert cs.parse_variable_key("Ctrl[a]/V") == ({"name": "Ctrl", "instance": "a"}, {"name": "V"})
    with pytest.raises(ValueError):
        cs.parse_variable_key("HeartbeatInterval")


def test_diff_added_and_removed() -> None:
    info = cs.SnapshotInfo(1, "X", dt.datetime.now(dt.UTC), "", "1.6", "", "", "", "", 2)
    e = cs.ConfigEntry
    a = cs.Snapshot(info, {"A": e("A", "1"), "B": e("B", "2"), "C": e("C", None)})
    b = cs.Snapshot(info, {"A": e("A", "1"), "C": e("C", None, True), "D": e("D", "4")})
    d = cs.diff(a, b)
    assert set(d.added) == {"D"} and set(d.removed) == {"B"} and set(d.changed) == {"C"} and d.unchanged == 1
