"""Alarms end to end (issue #15): the real central system's AlarmEngine with simulated chargers over real sockets on
127.0.0.1, on SQLite and PostgreSQL; the database stopped (a PostgreSQL cluster of the test's own); a short-lived
certificate; the service's rules, acknowledgement and refusals.

The engine's clock is the test's (``cs.alarms.now``): a threshold of minutes or hours passes by moving it, then
``tick()`` looks (what the engine's timer does every 10 s)."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database, upgrade
from app.models import Alarm, AuditEntry
from app.ocpp.events import AuthorizationDecided, ChargerConnected, ChargerDisconnected, StatusChanged
from app.services.alarms import rules as R
from app.services.alarms.events import AlarmChanged
from app.services.alarms.service import ACTIVE, AlarmsService
from app.services.central.system import CentralSystem
from app.services.roles import NotAllowed
from app.services.store import Store, open_database
from tests.helpers.factories import operator, priced_site
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, iso, sim_charger, wait_until


class Clock:
    def __init__(self) -> None:
        self.at = dt.datetime.now(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += dt.timedelta(**delta)


async def started(central_factory: CentralFactory) -> tuple[CentralSystem, Clock, EventRecorder]:
    cs = await central_factory()
    clock = Clock()
    cs.alarms.now = clock
    rec = EventRecorder()
    cs.subscribe(rec)
    await cs.alarms.tick()  # the rules and stations read
    return cs, clock, rec


def rows(db: Database) -> list[Alarm]:
    with db.sessionmaker() as s:
        return list(s.scalars(select(Alarm).order_by(Alarm.id)))


async def written(cs: CentralSystem) -> None:
    await wait_until(lambda: cs.alarms.waiting_writes == 0)
    await cs.store.flush()


async def test_offline_longer_than_the_threshold_raises_one_alarm_cleared_by_reconnecting(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-1")
    cs, clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "HALL-1") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
    await rec.wait(ChargerDisconnected)

    clock.advance(minutes=14)
    await cs.alarms.tick()
    assert rec.of(AlarmChanged) == [] and rows(db) == []  # not yet: 15 minutes by default

    clock.advance(minutes=2)
    await cs.alarms.tick()
    await cs.alarms.tick()  # the same condition again: no second alarm
    raised = await rec.wait(AlarmChanged, lambda e: e.state == "raised")
    assert raised.kind == R.OFFLINE and raised.cp_id == "HALL-1" and "offline" in raised.text
    await written(cs)
    [alarm] = rows(db)
    assert alarm.kind == R.OFFLINE and alarm.cleared_at is None and alarm.count == 1 and alarm.site_id

    clock.advance(minutes=3)
    async with sim_charger(cs.url, "HALL-1") as c:
        await rec.wait(AlarmChanged, lambda e: e.state == "cleared")
        await written(cs)
        [alarm] = rows(db)  # the same row, kept as history
        assert alarm.cleared_at is not None and alarm.raised_at < alarm.cleared_at
        del c
    assert len(rec.of(AlarmChanged)) == 2


async def test_faulted_connector_with_its_error_code_counts_repeats_and_clears(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-2")
    cs, _clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "HALL-2") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        for _ in range(2):
            await c.cp.call(
                call.StatusNotification(connector_id=2, error_code="GroundFailure", status="Faulted")
            )
        await rec.wait(StatusChanged, lambda e: e.status == "Faulted")
        repeated = await rec.wait(AlarmChanged, lambda e: e.state == "repeated")
        assert repeated.count == 2 and "GroundFailure" in repeated.text and "connector 2" in repeated.text
        await c.cp.call(call.StatusNotification(connector_id=2, error_code="NoError", status="Available"))
        await rec.wait(AlarmChanged, lambda e: e.state == "cleared")
    await written(cs)
    [alarm] = rows(db)
    assert (alarm.kind, alarm.connector_id, alarm.count, alarm.severity) == (R.FAULTED, 2, 2, "critical")
    assert alarm.cleared_at is not None


async def test_a_session_longer_than_the_threshold(db: Database, central_factory: CentralFactory) -> None:
    priced_site(db, {"GARAGE-1": 1})
    cs, clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "GARAGE-1") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        t0 = clock()
        started_tx = await c.cp.call(
            call.StartTransaction(connector_id=1, id_tag="TAG-EVA", meter_start=1000, timestamp=iso(t0))
        )
        clock.advance(hours=11, minutes=59)
        await cs.alarms.tick()
        assert rec.of(AlarmChanged) == []
        clock.advance(minutes=2)
        await cs.alarms.tick()
        raised = await rec.wait(AlarmChanged, lambda e: e.state == "raised")
        assert raised.kind == R.SESSION and "connector 1" in raised.text
        await c.cp.call(
            call.StopTransaction(
                transaction_id=started_tx.transaction_id,
                meter_stop=5000,
                timestamp=iso(t0 + dt.timedelta(minutes=1)),
            )
        )
        await cs.alarms.tick()
        await rec.wait(AlarmChanged, lambda e: e.state == "cleared")


async def test_repeated_refused_cards_at_a_station(db: Database, central_factory: CentralFactory) -> None:
    priced_site(db, {"GATE-1": 1})
    store = Store(db, principal=operator("Anna"))
    site_id = AlarmsService(store).sites()[0][0]
    rules = {r.kind: r for r in AlarmsService(store).rules(site_id)}
    AlarmsService(store).save_rules(
        site_id, [R.RuleSpec(R.REFUSED, True, 3, 10, "critical", False, rules[R.REFUSED].revision)]
    )
    cs, clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "GATE-1") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        for n in range(3):
            await c.cp.call(call.Authorize(id_tag=f"STRANGER-{n}"))
            clock.advance(minutes=1)
        await rec.wait(AuthorizationDecided, lambda e: e.id_tag == "STRANGER-2")
        raised = await rec.wait(AlarmChanged, lambda e: e.state == "raised")
        assert raised.kind == R.REFUSED and raised.severity == "critical" and "3 refused cards" in raised.text
        await c.cp.call(call.Authorize(id_tag="TAG-EVA"))  # accepted: no refusal
    clock.advance(minutes=9)  # the first refusals leave the 10-minute window
    await cs.alarms.tick()
    await rec.wait(AlarmChanged, lambda e: e.state == "cleared")
    store.close()


async def test_acknowledging_in_the_operators_name_audited_and_refused_to_a_viewer(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-3")
    cs, _clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "HALL-3") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="OverVoltage", status="Faulted"))
        await rec.wait(AlarmChanged)
    await written(cs)

    viewer = AlarmsService(Store(db, principal=operator("Vera", "viewer")))
    assert viewer.unacknowledged() == 1 and [a.cp_id for a in viewer.alarms(state=ACTIVE)] == ["HALL-3"]
    with pytest.raises(NotAllowed, match="Vera \\(viewer\\) may not acknowledge alarms"):
        viewer.acknowledge()
    with pytest.raises(NotAllowed):
        viewer.save_rules(1, [])
    assert viewer.unacknowledged() == 1

    tech = AlarmsService(Store(db, principal=operator("Tom", "technician")))
    assert tech.acknowledge() == 1
    [row] = tech.alarms()
    assert row.acknowledged_by == "Tom" and row.acknowledged_at is not None and tech.unacknowledged() == 0
    with db.sessionmaker() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "alarm")).one()
        assert (entry.action, entry.actor, entry.entity_id) == ("acknowledge", "Tom", str(row.id))


async def test_rules_saved_by_a_manager_are_what_the_engine_uses(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-4")
    manager = AlarmsService(Store(db, principal=operator("Max")))
    site_id = manager.sites()[0][0]
    defaults = manager.rules(site_id)
    assert [(r.kind, r.threshold, r.revision) for r in defaults][:2] == [
        (R.OFFLINE, 15.0, 0),
        (R.FAULTED, None, 0),
    ]
    offline = defaults[0]
    with pytest.raises(Exception, match="threshold must be a number above 0"):
        manager.save_rules(site_id, [R.RuleSpec(R.OFFLINE, True, -1)])
    saved = manager.save_rules(
        site_id, [R.RuleSpec(R.OFFLINE, True, 2, None, "critical", False, offline.revision)]
    )
    assert saved[0].threshold == 2 and saved[0].revision == 1

    cs, clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "HALL-4") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
    await rec.wait(ChargerDisconnected)
    clock.advance(minutes=3)
    await cs.alarms.tick()
    raised = await rec.wait(AlarmChanged)
    assert raised.severity == "critical"


async def test_a_restart_takes_up_the_active_alarms_without_raising_them_again(
    db: Database, central_factory: CentralFactory
) -> None:
    add_station(db, "HALL-5")
    cs, clock, rec = await started(central_factory)
    async with sim_charger(cs.url, "HALL-5") as c:
        await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
    await rec.wait(ChargerDisconnected)
    clock.advance(minutes=20)
    await cs.alarms.tick()
    await written(cs)
    await cs.stop()

    again, clock2, rec2 = await started(central_factory)
    clock2.at = clock.at + dt.timedelta(minutes=5)
    await again.alarms.tick()
    assert rec2.of(AlarmChanged) == [] and len(rows(db)) == 1  # still the one alarm
    async with sim_charger(again.url, "HALL-5"):
        await rec2.wait(ChargerConnected)
        await rec2.wait(AlarmChanged, lambda e: e.state == "cleared")
    await written(again)
    assert rows(db)[0].cleared_at is not None


@pytest.fixture
def lan_certificate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A LAN certificate as ``chargedesk certs create`` writes it, valid 10 days, in the data directory."""
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path))
    certs = tmp_path / "certs"
    certs.mkdir()
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10", "-subj", "/CN=lan",
         "-keyout", str(certs / "chargedesk-key.pem"), "-out", str(certs / "chargedesk-cert.pem")],
        check=True, capture_output=True,
    )  # fmt: skip
    return certs / "chargedesk-cert.pem"


async def test_a_certificate_expiring_within_the_threshold(
    db: Database, central_factory: CentralFactory, lan_certificate: Path
) -> None:
    add_station(db, "HALL-6")
    cs, clock, rec = await started(central_factory)
    raised = await rec.wait(AlarmChanged)
    assert raised.kind == R.CERTIFICATE and "chargedesk-cert.pem" in raised.text
    clock.advance(days=11)
    await cs.alarms.tick()
    escalated = await rec.wait(AlarmChanged, lambda e: e.state == "repeated")
    assert escalated.severity == "critical" and " expired on " in escalated.text
    await cs.alarms.tick()
    await written(cs)
    # expired: still the one alarm, critical now
    assert [e.state for e in rec.of(AlarmChanged)] == ["raised", "repeated"] and len(rows(db)) == 1


@pytest.fixture
def own_pg(tmp_path: Path) -> Iterator[object]:
    """A PostgreSQL cluster of the test's own (it is stopped mid-test; the suite's shared one is never stopped)."""
    from tests.helpers.pgcluster import PgCluster, find_bindir

    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL server binaries")
    cluster = PgCluster(bindir)
    cluster.init()
    cluster.start()
    yield cluster
    cluster.cleanup()


@pytest.mark.expect_log(r"database unavailable", level="ERROR")
@pytest.mark.expect_log(r"database reachable again|unavailable")
async def test_database_unavailable_raised_from_memory_and_written_when_back(own_pg: object) -> None:
    from tests.helpers.pgcluster import PgCluster, wait_ready

    cluster = own_pg
    assert isinstance(cluster, PgCluster)
    url = cluster.create_database("alarms")
    upgrade(url)
    db = open_database(url)
    add_station(db, "HALL-7")
    from app.config import CentralSystemSettings

    cs = CentralSystem(db, CentralSystemSettings(host="127.0.0.1", port=0))
    cs.store.work_timeout_s = 3.0
    await cs.start()
    clock = Clock()
    cs.alarms.now = clock
    rec = EventRecorder()
    cs.subscribe(rec)
    try:
        await cs.alarms.tick()
        cluster.stop()
        await cs.alarms.tick()  # noticed
        clock.advance(seconds=31)
        await cs.alarms.tick()
        raised = await rec.wait(AlarmChanged)
        assert raised.kind == R.DATABASE and raised.alarm_id == 0  # not stored: the database is away
        assert cs.alarms.waiting_writes == 1
        cluster.start()
        wait_ready(cluster)
        for _ in range(
            120
        ):  # the writer's pool reconnects by itself: the tick that reaches the database clears
            await cs.alarms.tick()
            if R.DATABASE not in cs.alarms.active:
                break
            await asyncio.sleep(0.5)
        await rec.wait(AlarmChanged, lambda e: e.state == "cleared")
        await written(cs)
        [alarm] = rows(db)
        assert (
            alarm.kind == R.DATABASE and alarm.raised_at == raised.raised_at and alarm.cleared_at is not None
        )
    finally:
        await cs.stop()
        db.dispose()
