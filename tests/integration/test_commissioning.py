"""Commissioning (app.services.chargers.commissioning) end to end: a real central system with the Pending policy on
127.0.0.1, the charger simulator as the new charger, the real database (SQLite and PostgreSQL).

An unknown charger shows up first in the list as new; accepting it creates its station with a hashed password;
the checklist stores a snapshot, sets the intervals on the charger, checks its clock, its smart charging and local
list support and runs a test charge with a technician's tag; the result is stored and exported as a report. A
refused charger hears Rejected; a 2.0.1 charger is asked to boot again when accepted."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Charger, ChargingSession, IdTag, Site, Station, User
from app.ocpp.security import create_self_signed
from app.services.admin.passwords import verify_password
from app.services.chargers import commissioning as svc
from app.services.load.capabilities import load_capabilities
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import CentralFactory, wait_until

FAST = {"speed": 600.0, "seed": 11, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}
TECH = "TECH-EVA-01"
PASSWORD = "Kx7pQ2mZ9vRt4wLs"


def site_with_technician(db: Database) -> int:
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        user = User(name="Eva Keller", email="eva.keller@example.ch")
        user.tags = [IdTag(id_tag=TECH, label="technician card")]
        s.add_all([site, user])
        s.flush()
        return site.id


async def test_new_charger_accepted_and_commissioned(
    db: Database,
    central_factory: CentralFactory,
    tmp_path: Path,
) -> None:
    site_id = site_with_technician(db)
    # over wss://: a new password is never sent in clear over ws:// (test_security_commissioning.py)
    cert, key = create_self_signed(tmp_path / "certs", ["127.0.0.1"])
    cs = await central_factory("pending", call_timeout_s=10, tls=(cert, key))
    vc = VirtualCharger(
        cs.url,
        "HALL-B-1",
        connectors=2,
        password=PASSWORD,
        ssl_context=ssl.create_default_context(cafile=str(cert)),
        vendor="ABB",
        model="Terra AC W22",
        serial="TACW22-0042",
        firmware="1.8.3",
        **FAST,
    )
    async with vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending")
        with db.session() as s:
            rows = svc.list_chargers(s)
        new = rows[0]
        assert new.cp_id == "HALL-B-1" and new.is_new and new.registration == "Pending"
        assert (new.vendor, new.model, new.serial_number, new.firmware_version) == (
            "ABB",
            "Terra AC W22",
            "TACW22-0042",
            "1.8.3",
        )
        assert new.ip_address == "127.0.0.1" and new.first_seen is not None and new.online

        # the form says what is wrong before anything is stored
        with db.session() as s:
            problems = svc.validate_accept(
                s, svc.AcceptForm("HALL-B-1", site_id=site_id, name="", password="short")
            )
        assert set(problems) == {"name", "password"} and "at least 8" in problems["password"]
        with pytest.raises(ValueError, match="name"):
            await svc.accept(cs, svc.AcceptForm("HALL-B-1", site_id=site_id, name=""))
        with db.session() as s:
            assert s.scalar(select(Station).where(Station.charge_point_id == "HALL-B-1")) is None

        mark = vc.mark()
        out = await svc.accept(
            cs, svc.AcceptForm("HALL-B-1", site_id=site_id, name="Hall B", password=PASSWORD)
        )
        assert out.station_name == "Hall B"
        # sent as the 1.6 Security Whitepaper says: AuthorizationKey = the hex of the password's bytes; the charger
        # keeps it write-only and uses it from its next connection
        assert out.messages[0].startswith("Password stored and sent to HALL-B-1 (Accepted)")
        assert vc.charger.config.authorization_key == PASSWORD and vc.charger.options.password == PASSWORD
        assert vc.charger.config.entries(["AuthorizationKey"])[0] == [
            {"key": "AuthorizationKey", "readonly": False}
        ]
        logged = await cs.recent_messages(action="ChangeConfiguration", direction="out")
        sent = logged[0].frame if logged else None
        # the message log does not keep the password (nor its hex form)
        assert sent is not None and '"AuthorizationKey"' in sent and '"(hidden)"' in sent
        assert PASSWORD.encode().hex() not in sent and PASSWORD not in sent
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", since=mark)
        with db.session() as s:
            st = s.get(Station, out.station_id)
            assert st is not None and st.site_id == site_id and st.security_profile == 1
            assert verify_password(PASSWORD, st.password_hash) and st.vendor == "ABB"
            assert (
                s.scalar(select(Charger.registration).where(Charger.charge_point_id == "HALL-B-1"))
                == "Accepted"
            )
            row = svc.charger_row(s, "HALL-B-1")
        assert row is not None and not row.is_new and row.station_name == "Hall B"
        await wait_until(lambda: len(db_connectors(db, out.station_id)) == 2)  # from its StatusNotifications

        # the checklist with edited intervals and a test charge on connector 2
        seen: list[svc.StepResult] = []
        options = svc.ChecklistOptions(
            heartbeat_s=600, meter_sample_s=30, connector_id=2, id_tag=TECH.lower(), test_timeout_s=30
        )
        result = await svc.Checklist(cs, "HALL-B-1", options, on_step=seen.append).run()
        by_key = {s.key: s for s in result.steps}
        assert [s.key for s in result.steps] == [k for k, _ in svc.STEPS]
        assert all(s.result == svc.PASS for s in result.steps), [
            (s.key, s.result, s.detail) for s in result.steps
        ]
        assert result.verdict == "PASSED" and result.passed
        assert {s.result for s in seen if s.key == "test_charge"} >= {svc.RUNNING, svc.PASS}
        assert vc.charger.config.get("HeartbeatInterval") == "600"
        assert vc.charger.config.get("MeterValueSampleInterval") == "30"
        assert by_key["snapshot"].data["keys"] > 30
        # still the connection it had while pending: the new password counts from its next connection
        assert by_key["snapshot"].data["security_profile"] == 0
        assert "connected with security profile 0 (no authentication)" in by_key["snapshot"].detail
        # what load management can do with it, tried on it and stored with the charger
        assert by_key["smart_charging"].detail.startswith(
            "Accepts TxDefaultProfile, TxProfile and ChargePointMaxProfile in A and W, stack levels 0–10"
        )
        with db.session() as s:
            assert load_capabilities(s, "HALL-B-1").managed
        assert "enabled" in by_key["local_list"].detail
        assert abs(by_key["clock"].data["skew_s"]) < svc.CLOCK_OK_S
        tx_id = by_key["test_charge"].data["transaction_id"]
        assert "Charging" in by_key["test_charge"].data["statuses"]
        assert "Eva Keller" in by_key["test_charge"].detail
        # a TxProfile needs a transaction: tried on the test charge's (the smart-charging step could not)
        assert by_key["test_charge"].data["tx_profile"] == "Accepted"
        assert "TxProfile on the transaction: Accepted." in by_key["test_charge"].detail
        with db.session() as s:
            session = s.get(ChargingSession, tx_id)
            assert session is not None and session.connector_id == 2 and session.id_tag == TECH
            assert session.status == "completed" and session.stop_reason == "Remote"
            stored = svc.last_result(s, "HALL-B-1")
        assert stored is not None and stored.audit_id == result.audit_id
        assert [(x.key, x.result, x.detail) for x in stored.steps] == [
            (x.key, x.result, x.detail) for x in result.steps
        ]
        assert stored.options == options

        # the report: self-contained, with every step and the verdict
        path = tmp_path / "commissioning-HALL-B-1.html"
        svc.export_report(str(path), stored, site_tz="Europe/Zurich")
        text = path.read_text(encoding="utf-8")
        assert "PASSED" in text and "Hall B" in text and "TACW22-0042" in text
        assert all(title in text for _, title in svc.STEPS)
        assert "http://" not in text and "https://" not in text and "<script" not in text

    # re-run for an accepted charger that is offline: every step says so, and the run is stored as well
    await wait_until(lambda: not cs.is_connected("HALL-B-1"))
    again = await svc.Checklist(cs, "HALL-B-1", options).run()
    assert again.verdict == "FAILED" and all("not connected" in s.detail for s in again.steps)
    with db.session() as s:
        assert s.scalars(select(AuditEntry.id).where(AuditEntry.action == "commissioning")).all() == [
            result.audit_id,
            again.audit_id,
        ]


def db_connectors(db: Database, station_id: int) -> list[int]:
    from app.models import Connector

    with db.session() as s:
        return list(s.scalars(select(Connector.connector_id).where(Connector.station_id == station_id)))


@pytest.mark.expect_log(  # the refused start is closed when the connector is free again (issue 13)
    r"closed without a StopTransaction: connector \d+ reported Available", logger="app.services.central.store"
)
async def test_test_charge_with_a_refused_tag_fails_and_says_why(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    site_id = site_with_technician(db)
    cs = await central_factory("pending", call_timeout_s=10)
    async with VirtualCharger(cs.url, "GARAGE-2", connectors=1, **FAST) as vc:
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending")
        with db.session() as s:  # bind to an existing station this time
            st = Station(site_id=site_id, charge_point_id="GARAGE-2-OLD", name="Garage 2")
            s.add(st)
            s.flush()
            station_id = st.id
        mark = vc.mark()
        out = await svc.accept(cs, svc.AcceptForm("GARAGE-2", station_id=station_id))
        assert out.station_id == station_id and out.messages == ()
        await vc.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", since=mark)
        options = svc.ChecklistOptions(connector_id=1, id_tag="NOBODY-99", test_timeout_s=30)
        result = await svc.Checklist(cs, "GARAGE-2", options).run()
        test = {s.key: s for s in result.steps}["test_charge"]
        assert test.result == svc.FAIL and "NOBODY-99 was refused (Invalid)" in test.detail
        assert result.verdict == "FAILED"
        with db.session() as s:
            assert s.get(Station, station_id).charge_point_id == "GARAGE-2"  # type: ignore[union-attr]


async def test_rejected_charger_stays_refused_and_201_is_asked_to_boot(
    db: Database,
    central_factory: CentralFactory,
) -> None:
    site_id = site_with_technician(db)
    cs = await central_factory("pending", call_timeout_s=10)
    slow = {**FAST, "speed": 1.0}  # the Pending retry is 60 s: only the trigger can make it boot in time
    async with (
        VirtualCharger(cs.url, "ROGUE-1", **FAST) as rogue,
        VirtualCharger(cs.url, "NEW-201", ocpp="2.0.1", **slow) as v201,
    ):
        await rogue.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending")
        await v201.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending")
        mark = rogue.mark()
        await svc.reject(cs, "ROGUE-1")
        await rogue.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Rejected", since=mark)
        with db.session() as s:
            rows = {r.cp_id: r for r in svc.list_chargers(s)}
        assert rows["ROGUE-1"].refused and not rows["ROGUE-1"].is_new
        assert rows["NEW-201"].is_new and rows["NEW-201"].ocpp_version == "2.0.1"
        assert list(rows) == ["NEW-201", "ROGUE-1"]  # new first, refused last

        mark = v201.mark()
        await svc.accept(cs, svc.AcceptForm("NEW-201", site_id=site_id, name="Hall C"))
        await v201.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", since=mark, timeout=20)
        with db.session() as s:
            entries = s.scalars(
                select(AuditEntry.action).where(AuditEntry.entity == "charger").order_by(AuditEntry.id)
            ).all()
        assert entries == ["reject", "accept"]
        # the checklist speaks 2.0.1 too (device model variables instead of configuration keys)
        options = svc.ChecklistOptions(connector_id=1, id_tag=TECH, test_timeout_s=30)
        result = await svc.Checklist(cs, "NEW-201", options).run()
        steps = {s.key: s for s in result.steps}
        assert all(s.result in (svc.PASS, svc.WARN) for s in result.steps), [
            (s.key, s.result, s.detail) for s in result.steps
        ]
        assert steps["snapshot"].result == svc.PASS and steps["intervals"].result == svc.PASS
        assert steps["test_charge"].result == svc.PASS and steps["clock"].result == svc.PASS
