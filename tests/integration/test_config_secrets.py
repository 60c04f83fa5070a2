"""Secret configuration keys (the charger's HTTP Basic password: 1.6 ``AuthorizationKey``, 2.0.1
``BasicAuthPassword``) against a real central system, real chargers on 127.0.0.1 and both databases: a change from
the Configuration tab goes through the station's password flow (the charger is let in on its next connection) and
is audited without the value; readings and snapshots never keep the value in clear; a snapshot never applies one."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from ocpp.v16 import call, call_result
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Station
from app.models.domain import ConfigSnapshot, ConfigSnapshotKey
from app.services.admin.passwords import verify_password
from app.services.chargers import config_snapshots as cs
from app.services.chargers.operations import InvalidRequest
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, add_station, sim_charger
from tests.helpers.sim201 import sim201

FAST = {"speed": 600.0, "seed": 7, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}
OLD = "Old-password-0001"
NEW = "Kx7pQ2mZ9vRt4wLsYb3n"  # 20 characters: a 1.6 AuthorizationKey takes 16 to 20 bytes


def _audit(db: Database) -> list[AuditEntry]:
    with db.session() as s:
        return list(
            s.scalars(select(AuditEntry).where(AuditEntry.entity == "charger_config").order_by(AuditEntry.id))
        )


def test_secret_keys() -> None:
    assert cs.is_secret_key("AuthorizationKey")
    assert cs.is_secret_key("SecurityCtrlr/BasicAuthPassword")
    assert cs.is_secret_key("SecurityCtrlr[a]/BasicAuthPassword")
    assert not cs.is_secret_key("HeartbeatInterval")
    assert not cs.is_secret_key("SecurityCtrlr/SecurityProfile")
    assert cs.redacted(cs.ConfigEntry("AuthorizationKey", "4b78")) == cs.ConfigEntry(
        "AuthorizationKey", cs.HIDDEN
    )
    assert cs.redacted(cs.ConfigEntry("AuthorizationKey", None)).value is None  # write-only: nothing to hide
    entry = cs.ConfigEntry("HeartbeatInterval", "300")
    assert cs.redacted(entry) is entry


async def test_changing_the_authorization_key_changes_the_station_password(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    station_id = add_station(db, "HALL-S-1", password=OLD, allow_unsecured=False, security_profile=1)
    central = await central_factory(call_timeout_s=10)
    async with VirtualCharger(central.url, "HALL-S-1", password=OLD, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted")

        # the password policy and the 1.6 length are checked before anything is sent
        with pytest.raises(InvalidRequest, match="16 to 20"):
            await cs.change_key(central, "HALL-S-1", "AuthorizationKey", "Twenty-one-chars-xyz1")
        with pytest.raises(InvalidRequest):
            await cs.change_key(central, "HALL-S-1", "AuthorizationKey", "short")
        assert vc.charger.config.authorization_key is None

        result = await cs.change_key(central, "HALL-S-1", "AuthorizationKey", NEW, actor="Eva Keller")
        assert (result.status, result.value) == ("Accepted", cs.HIDDEN)
        # sent as commissioning sends it: the hex of the password's bytes, which the charger decodes
        assert vc.charger.config.authorization_key == NEW and vc.charger.options.password == NEW
        with db.session() as s:
            st = s.get(Station, station_id)
            assert st is not None and verify_password(NEW, st.password_hash)
            assert not verify_password(OLD, st.password_hash) and st.security_profile == 1

        # the audit trail says what changed, never the value (nor its hex form)
        audit = _audit(db)
        assert [(a.entity_id, a.action, a.actor) for a in audit] == [
            ("HALL-S-1", "config_change", "Eva Keller")
        ]
        kept = json.dumps(audit[0].changes)
        assert NEW not in kept and NEW.encode().hex() not in kept
        assert audit[0].changes["AuthorizationKey"] == {"value": cs.HIDDEN, "status": "Accepted"}

        # the charger is not locked out: after a reboot it connects with the new password and is accepted
        mark = vc.mark()
        await central.operations.reset("HALL-S-1", "Soft")
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", since=mark, timeout=20)


async def test_a_1_6_password_of_the_wrong_length_is_refused_before_sending(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    add_station(db, "HALL-S-2", password=OLD, allow_unsecured=False, security_profile=1)
    central = await central_factory(call_timeout_s=10)
    async with sim_charger(central.url, "HALL-S-2", password=OLD) as c:
        with pytest.raises(InvalidRequest, match="16 to 20"):
            await cs.change_key(central, "HALL-S-2", "AuthorizationKey", "Seven-Eleven-99")  # 15
        assert [a for a, _ in c.cp.received] == []
        # a charger refusing the new password: the station keeps the old one
        c.cp.answers["ChangeConfiguration"] = call_result.ChangeConfiguration(status="Rejected")
        result = await cs.change_key(central, "HALL-S-2", "AuthorizationKey", NEW)
        assert (result.status, result.value) == ("Rejected", cs.HIDDEN)
        assert c.cp.received[-1] == (
            "ChangeConfiguration",
            {"key": "AuthorizationKey", "value": NEW.encode().hex()},
        )
    with db.session() as s:
        hashed = s.scalar(select(Station.password_hash).where(Station.charge_point_id == "HALL-S-2"))
    assert verify_password(OLD, hashed)
    assert _audit(db) == []


async def test_secrets_are_kept_out_of_readings_snapshots_and_never_applied(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    for cp in ("HALL-K-1", "HALL-K-2"):
        add_station(db, cp)
    central = await central_factory(call_timeout_s=10)
    clear = NEW.encode().hex()
    keys = [
        {"key": "AuthorizationKey", "readonly": False, "value": clear},  # a charger that shows it
        {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
    ]
    async with sim_charger(central.url, "HALL-K-1") as a, sim_charger(central.url, "HALL-K-2") as b:
        for c in (a, b):
            await c.cp.call(call.BootNotification(charge_point_vendor="ACME", charge_point_model="Wall 22"))
        a.cp.answers["GetConfiguration"] = call_result.GetConfiguration(configuration_key=keys)
        b.cp.answers["GetConfiguration"] = call_result.GetConfiguration(
            configuration_key=[{"key": "AuthorizationKey", "readonly": False}, dict(keys[1], value="600")]
        )

        reading = await cs.read_configuration(central, "HALL-K-1")
        assert {e.key: e.value for e in reading.entries} == {
            "AuthorizationKey": cs.HIDDEN,
            "HeartbeatInterval": "300",
        }
        snap = await cs.take_snapshot(central, "HALL-K-1")
        with db.session() as s:
            stored = dict(
                s.execute(
                    select(ConfigSnapshotKey.key, ConfigSnapshotKey.value).where(
                        ConfigSnapshotKey.snapshot_id == snap.id
                    )
                ).all()
            )
        assert stored == {"AuthorizationKey": cs.HIDDEN, "HeartbeatInterval": "300"}

        b.cp.received.clear()
        report = await cs.apply_snapshot(central, snap.id, ["HALL-K-2"])
        assert report.skipped_secret == ["AuthorizationKey"] and report.skipped_readonly == []
        assert report.statuses("HALL-K-2") == {"AuthorizationKey": "Secret", "HeartbeatInterval": "Accepted"}
        skipped = report.results["HALL-K-2"]["AuthorizationKey"]
        assert skipped.value == cs.HIDDEN and "password" in skipped.detail and not skipped.ok
        changed = [kw for action, kw in b.cp.received if action == "ChangeConfiguration"]
        assert changed == [{"key": "HeartbeatInterval", "value": "300"}]

        # a snapshot stored before secrets were kept out (value in clear) is shown and applied redacted too
        with db.session() as s:
            old = ConfigSnapshot(
                charge_point_id="HALL-K-1",
                taken_at=dt.datetime.now(dt.UTC),
                label="old",
                ocpp_version="1.6",
                key_count=1,
                actor="",
                vendor="ACME",
                model="Wall 22",
            )
            old.keys = [ConfigSnapshotKey(key="AuthorizationKey", value=clear, readonly=False)]
            s.add(old)
            s.flush()
            old_id = old.id
        assert cs.load_snapshot(db, old_id).entries["AuthorizationKey"].value == cs.HIDDEN
        b.cp.received.clear()
        again = await cs.apply_snapshot(central, old_id, ["HALL-K-2"], ["AuthorizationKey"])
        assert again.statuses("HALL-K-2") == {"AuthorizationKey": "Secret"}
        assert [action for action, _ in b.cp.received] == []
    assert all(clear not in json.dumps(a.changes) for a in _audit(db))


async def test_changing_the_basic_auth_password_of_a_2_0_1_station(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    station_id = add_station(db, "DC-9", password=OLD, allow_unsecured=False, security_profile=1)
    central = await central_factory(call_timeout_s=10)
    key = "SecurityCtrlr/BasicAuthPassword"
    async with sim201(central.url, "DC-9", password=OLD) as c:
        await c.cp.boot()
        c.cp.variables[("SecurityCtrlr", "BasicAuthPassword")] = OLD
        result = await cs.change_key(central, "DC-9", key, NEW, actor="Eva Keller")
        assert (result.status, result.value) == ("Accepted", cs.HIDDEN)
        assert (
            c.cp.variables[("SecurityCtrlr", "BasicAuthPassword")] == NEW
        )  # 2.0.1 takes the password itself
    with db.session() as s:
        st = s.get(Station, station_id)
        assert st is not None and verify_password(NEW, st.password_hash)
    audit = _audit(db)
    assert [a.changes[key] for a in audit] == [{"value": cs.HIDDEN, "status": "Accepted"}]
    assert NEW not in json.dumps(audit[0].changes)
    logged = await central.recent_messages(action="SetVariables", direction="out")
    assert logged and all(NEW not in m.frame for m in logged)
    # the station is let in with its new password on its next connection
    async with sim201(central.url, "DC-9", password=NEW) as again:
        answer = await again.cp.boot()
        assert answer.status == "Accepted"
