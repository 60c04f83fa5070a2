"""The site bus over the suite's real PostgreSQL: a host's central system with its :class:`SiteHost`, and an
attached console's :class:`RemoteCentral` (another engine, another bus connection) in the same test loop, with a
simulated charger on a real WebSocket. Processes are in tests/integration/test_team_processes.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from app.db import Database
from app.ocpp import events as ev
from app.ocpp.chargepoint import ChargerCallError, ChargerOffline
from app.services.central import site_bus
from app.services.central.site_bus import RemoteCentral, SiteClient, SiteHost, decode_event, encode_event
from app.services.central.system import CentralSystem
from app.services.roles import machine_name
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, sim_charger, wait_until
from tests.helpers.site import wait_held

FAST = {"speed": 600.0, "seed": 7, "first_idle_s": (0.0, 1.0), "reboot_s": 5.0, "reconnect_initial_s": 0.05}


@pytest.fixture
def db_url(pg_url: str) -> str:  # PostgreSQL only: the bus is LISTEN/NOTIFY (conftest's ``db`` opens it)
    return pg_url


@pytest.fixture
async def host(
    central_factory: CentralFactory, db: Database
) -> AsyncIterator[tuple[CentralSystem, SiteHost]]:
    central = await central_factory("accept")
    site_host = SiteHost(central, db.url)
    await site_host.start()
    yield central, site_host
    await site_host.stop()


@pytest.fixture
async def console(db: Database) -> AsyncIterator[RemoteCentral]:
    remote = RemoteCentral(db)
    await remote.start()
    yield remote
    await remote.stop()


def test_events_cross_the_bus_as_they_were() -> None:
    from decimal import Decimal

    stopped = ev.SessionStopped("YARD-1", transaction_id=7, energy_wh=1234.5, price_total=Decimal("3.40"))
    node, seq, back = decode_event(encode_event(stopped, 5, "abc"))  # type: ignore[misc]
    assert (node, seq, back) == ("abc", 5, stopped)
    assert back.stop_at.tzinfo is not None


async def test_a_burst_of_events_arrives_whole_and_in_order(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral
) -> None:
    central, site_host = host
    seen = EventRecorder()
    console.subscribe(seen)
    await console.want_frames(True)  # the console shows the message log
    await wait_until(lambda: site_host.publishing and central.bus.wants(ev.FrameLogged), timeout=10)
    frame = '[2,"1","DataTransfer",{"vendorId":"X","data":"' + 'é"\\' * 40 + '"}]'  # escapes: longer as JSON
    sent = [
        ev.FrameLogged("YARD-9", direction="in", message_id=str(i), action="DataTransfer", frame=frame)
        for i in range(300)
    ]
    large = ev.FrameLogged(
        "YARD-9", message_id="large", frame="x" * 20_000
    )  # over NOTIFY's size: sent by its id
    for e in [*sent[:150], large, *sent[150:]]:
        central.bus.emit(e)
    await seen.wait(ev.FrameLogged, lambda e: e.message_id == "299", timeout=10)
    await seen.wait(ev.FrameLogged, lambda e: e.message_id == "large", timeout=10)
    got = seen.of(ev.FrameLogged)
    assert [e for e in got if e.message_id != "large"] == sent
    assert [e for e in got if e.message_id == "large"] == [large]


async def test_a_charger_on_the_host_is_seen_and_operated_from_an_attached_console(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    central, site_host = host
    add_station(db, "YARD-1")
    seen = EventRecorder()
    console.subscribe(seen)
    await wait_until(lambda: site_host.publishing, timeout=10)  # the host knows a console is attached
    async with sim_charger(central.url, "YARD-1") as charger:
        await charger.cp.call(_boot())
        connected = await seen.wait(ev.ChargerConnected, timeout=10)
        assert connected.cp_id == "YARD-1"
        await wait_until(lambda: console.is_connected("YARD-1"), timeout=5)

        holder = await console.client.holder("YARD-1")
        assert holder is not None and holder.node_id == site_host.node_id and holder.alive

        answer = await console.operations.remote_start("YARD-1", "04A2B3C4", connector_id=1)
        assert answer == {"status": "Accepted"}
        assert charger.cp.received[-1][0] == "RemoteStartTransaction"
        assert charger.cp.received[-1][1]["id_tag"] == "04A2B3C4"

        charger.cp.answers["Reset"] = _rejected_reset()
        assert await console.operations.reset("YARD-1", "Hard") == {"status": "Rejected"}

    await seen.wait(ev.ChargerDisconnected, timeout=10)
    await wait_until(lambda: not console.is_connected("YARD-1"), timeout=5)
    with pytest.raises(ChargerOffline, match="not connected"):
        await console.operations.reset("YARD-1")


async def test_an_operation_for_a_charger_whose_host_is_down_fails_at_once(
    host: tuple[CentralSystem, SiteHost], db: Database
) -> None:
    central, site_host = host
    add_station(db, "YARD-2")
    async with sim_charger(central.url, "YARD-2") as charger:
        await charger.cp.call(_boot())
        client = SiteClient(db.url)
        await client.start()
        try:
            await wait_held(client, "YARD-2")
            # the host stops renewing its lease (a crashed or cut-off machine)
            await site_host.bus.execute(
                "UPDATE bus_nodes SET lease_until = lease_until - interval '1 minute' WHERE id = %s",
                (site_host.node_id,),
            )
            loop = asyncio.get_running_loop()
            t0 = loop.time()
            with pytest.raises(ChargerOffline, match=r"YARD-2's host \(serve on .*\) is down"):
                await client.operation("YARD-2", "reset")
            assert loop.time() - t0 < 1.0
        finally:
            await client.stop()


async def test_a_host_whose_own_lease_looks_expired_keeps_its_chargers(
    host: tuple[CentralSystem, SiteHost], db: Database
) -> None:
    # the host's lease row is behind (a renewal late under load, a console's HELLO arriving then): its own
    # clean-up of dead hosts' chargers must not take its own chargers for a dead host's
    central, site_host = host
    add_station(db, "YARD-5")
    async with sim_charger(central.url, "YARD-5") as charger:
        await charger.cp.call(_boot())
        client = SiteClient(db.url)
        await client.start()
        try:
            await wait_held(client, "YARD-5")
            await site_host.bus.execute(
                "UPDATE bus_nodes SET lease_until = lease_until - interval '1 minute' WHERE id = %s",
                (site_host.node_id,),
            )
            await site_host._tick()
            held = await client.holder("YARD-5")
            assert held is not None and held.node_id == site_host.node_id and not held.alive
        finally:
            await client.stop()


async def test_a_charger_refusal_comes_back_as_the_same_error(
    host: tuple[CentralSystem, SiteHost], db: Database
) -> None:
    central, _ = host
    add_station(db, "YARD-3")
    async with sim_charger(central.url, "YARD-3") as charger:
        await charger.cp.call(_boot())
        charger.cp.route_map.pop("ClearCache")  # this charger does not implement ClearCache
        client = SiteClient(db.url)
        await client.start()
        try:
            await wait_held(client, "YARD-3")
            with pytest.raises(ChargerCallError) as refused:
                await client.operation("YARD-3", "clear_cache")
            assert refused.value.code == "NotImplemented"  # the charger's own CallError code
            assert refused.value.action == "ClearCache"
        finally:
            await client.stop()


async def test_an_answer_comes_in_its_notification_and_a_large_one_from_its_row(
    host: tuple[CentralSystem, SiteHost], db: Database
) -> None:
    from ocpp.v16 import call_result

    central, _ = host
    add_station(db, "YARD-4")
    async with sim_charger(central.url, "YARD-4") as charger:
        await charger.cp.call(_boot())
        client = SiteClient(db.url)
        await client.start()
        statements: list[str] = []
        execute = client.bus.execute

        async def spied(sql: str, params: object = None) -> list[tuple[object, ...]]:
            statements.append(sql)
            return await execute(sql, params)  # type: ignore[arg-type]

        client.bus.execute = spied  # type: ignore[method-assign]
        try:
            await wait_held(client, "YARD-4")
            small = await client.operation("YARD-4", "get_configuration")
            assert small["configurationKey"][0]["key"] == "HeartbeatInterval"
            assert not [s for s in statements if "SELECT status, answer" in s]  # taken from the notification

            keys = [{"key": f"Vendor.Key{i:03}", "readonly": True, "value": "x" * 200} for i in range(60)]
            charger.cp.answers["GetConfiguration"] = call_result.GetConfiguration(configuration_key=keys)
            large = await client.operation("YARD-4", "get_configuration")
            assert [k["key"] for k in large["configurationKey"]] == [k["key"] for k in keys]  # ~14 KB: whole
            assert large["configurationKey"][59]["value"] == "x" * 200
            assert [s for s in statements if "SELECT status, answer" in s]  # over NOTIFY's limit: read

            charger.cp.route_map.pop("ClearCache")
            with pytest.raises(ChargerCallError) as refused:  # a refusal comes inline too, as the same error
                await client.operation("YARD-4", "clear_cache")
            assert refused.value.code == "NotImplemented"
            assert len(client._answers) == 0 and len(client._waiting) == 0  # nothing left behind
        finally:
            await client.stop()


async def test_a_configuration_change_reaches_the_host_and_the_consoles_at_once(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    central, _ = host
    heard = asyncio.Event()
    console.on_config_changed(heard.set)
    refreshed = asyncio.Event()
    original = central.refresh_stations

    async def refresh() -> None:
        await original()
        refreshed.set()

    central.refresh_stations = refresh  # type: ignore[method-assign]
    add_station(db, "YARD-4")  # configuration written through the ORM: the stamp is bumped and notified
    await asyncio.wait_for(heard.wait(), 1.0)
    await asyncio.wait_for(refreshed.wait(), 1.0)


def _boot():  # type: ignore[no-untyped-def]
    from ocpp.v16 import call

    return call.BootNotification(charge_point_vendor="Test", charge_point_model="T1")


def _rejected_reset():  # type: ignore[no-untyped-def]
    from ocpp.v16 import call_result

    return call_result.Reset(status="Rejected")


_ = site_bus


async def test_a_console_attaches_automatically_only_when_a_host_runs(
    central_factory: CentralFactory, db: Database, tmp_path: object
) -> None:
    from app.services.central.site_bus import choose_role, running_hosts

    assert running_hosts(db) == []
    assert choose_role(db, "auto") == "host"
    assert choose_role(db, "attach") == "attach"
    central = await central_factory("accept")
    site_host = SiteHost(central, db.url, program="console")
    await site_host.start()
    try:
        assert running_hosts(db) == [f"console on {machine_name()}"]
        assert choose_role(db, "auto") == "attach"
        assert choose_role(db, "host") == "host"
    finally:
        await site_host.stop()
    assert running_hosts(db) == []  # a host that stops leaves the bus at once


def test_a_sqlite_console_always_hosts(sqlite_db: Database) -> None:
    from app.services.central.site_bus import choose_role

    assert choose_role(sqlite_db, "attach") == "host"


async def test_an_attached_console_accepts_a_pending_charger_held_by_the_host(
    central_factory: CentralFactory, db: Database
) -> None:
    from app.services.chargers.commissioning import AcceptForm
    from app.services.chargers.service import ChargersService
    from app.services.store import Store

    central = await central_factory("pending")
    site_host = SiteHost(central, db.url)
    await site_host.start()
    remote = RemoteCentral(db)
    await remote.start()
    try:
        with db.session() as s:
            from app.models import Site

            s.add(Site(name="HQ", timezone="Europe/Zurich"))
        async with sim_charger(central.url, "NEW-1") as charger:
            boot = await charger.cp.call(_boot())
            assert boot.status == "Pending"
            await wait_held(remote.client, "NEW-1")
            service = ChargersService(Store(db), remote)  # type: ignore[arg-type]
            site_id = service.accept_choices().sites[0].id
            outcome = await service.accept(AcceptForm("NEW-1", site_id=site_id, name="Yard"))
            assert outcome.station_name == "Yard"
            # the host asked the charger to boot again, and now answers Accepted
            await wait_until(lambda: any(a == "TriggerMessage" for a, _ in charger.cp.received), timeout=10)
            assert (await charger.cp.call(_boot())).status == "Accepted"
    finally:
        await remote.stop()
        await site_host.stop()


async def test_an_attached_console_says_when_it_lost_the_bus_and_catches_up(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    central, site_host = host
    add_station(db, "YARD-5")
    states: list[site_bus.BusState] = []
    console.on_bus_state(states.append)
    await wait_until(lambda: site_host.publishing, timeout=10)
    # an administrator (or a network cut) ends the console's connections to the database
    await site_host.bus.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = %s",
        (f"chargedesk-bus-console-{console.client.node_id}",),
    )
    await wait_until(lambda: any(not s.up for s in states), timeout=10)
    # while it is away a charger connects to the host: the console learns of it when it is back
    async with sim_charger(central.url, "YARD-5") as charger:
        await charger.cp.call(_boot())
        await wait_until(lambda: bool(states) and states[-1].up, timeout=15)
        await wait_until(lambda: console.is_connected("YARD-5"), timeout=10)
        assert states[-1].host.startswith("serve on ")


async def test_a_201_snapshot_taken_from_an_attached_console(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    """GetBaseReport through the host; the NotifyReport parts reach the host's memory and the console reads them
    through the host too."""
    from app.services.chargers import config_snapshots as cs
    from app.simulator import VirtualCharger
    from app.simulator import events as sim_ev

    central, _ = host
    add_station(db, "DC-201")
    async with VirtualCharger(central.url, "DC-201", ocpp="2.0.1", dc=True, **FAST) as vc:  # type: ignore[arg-type]
        await vc.wait_for(sim_ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        await wait_until(lambda: console.is_connected("DC-201"), timeout=10)
        taken = await cs.take_snapshot(console, "DC-201")  # type: ignore[arg-type]
        snap = cs.load_snapshot(db, taken.id)
        assert taken.ocpp_version == "2.0.1" and taken.key_count > 20
        assert snap.entries["OCPPCommCtrlr/HeartbeatInterval"].value == "300"


async def test_learning_a_card_from_an_attached_console(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    """Learn mode runs on the host holding the charger; the card presented there reaches the console, and no
    charge starts."""
    from ocpp.v16 import call

    central, _ = host
    add_station(db, "YARD-6")
    async with sim_charger(central.url, "YARD-6") as charger:
        await charger.cp.call(_boot())
        await wait_until(lambda: console.is_connected("YARD-6"), timeout=10)
        learnt: list[tuple[str, int | None]] = []
        stop = console.learn_cards("YARD-6", lambda tag, connector: learnt.append((tag, connector)))
        await wait_until(lambda: "YARD-6" in central.backend.learning, timeout=10)
        answer = await charger.cp.call(call.Authorize(id_tag="CAFE0001"))
        assert answer.id_tag_info["status"] != "Accepted"
        await wait_until(lambda: learnt == [("CAFE0001", None)], timeout=10)
        stop()
        await wait_until(lambda: "YARD-6" not in central.backend.learning, timeout=10)


async def test_a_firmware_update_from_an_attached_console(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database, tmp_path: object
) -> None:
    """The attached console serves the image itself (its own file server, the link for the charger's address);
    UpdateFirmware goes through the host, and the charger's FirmwareStatusNotifications come back on the bus."""
    from pathlib import Path

    from app.services.chargers.firmware_jobs import DONE, FirmwareJob
    from app.simulator import VirtualCharger
    from app.simulator import events as sim_ev

    central, _ = host
    add_station(db, "HALL-F-1", connectors=2)
    firmware = Path(str(tmp_path)) / "chargedesk-fw-3.0.0.bin"
    firmware.write_bytes(b"\x7fFW" + bytes(range(256)) * 16)
    async with VirtualCharger(central.url, "HALL-F-1", **FAST) as vc:  # type: ignore[arg-type]
        await vc.wait_for(sim_ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        await wait_until(lambda: console.is_connected("HALL-F-1"), timeout=10)
        job = FirmwareJob(console, "HALL-F-1", firmware, timeout_s=60)
        await job.run()
        assert job.state == DONE, job.message
        statuses = [s.status for s in job.steps]
        assert "Installed" in statuses and job.downloaded == firmware.stat().st_size
        await vc.wait_for(sim_ev.BOOTED, lambda e: e.data["firmware"] == "3.0.0")


async def test_a_viewer_on_an_attached_console_is_refused_before_anything_reaches_the_host(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    from app.models import OperatorRole
    from app.services.chargers.service import ChargersService
    from app.services.roles import NotAllowed, Principal
    from app.services.store import Store

    central, _ = host
    add_station(db, "YARD-7")
    viewer = Principal("vera", "Vera View", OperatorRole.VIEWER, machine_name(), logged_in=True)
    service = ChargersService(Store(db, principal=viewer), console)  # type: ignore[arg-type]
    async with sim_charger(central.url, "YARD-7") as charger:
        await charger.cp.call(_boot())
        await wait_until(lambda: console.is_connected("YARD-7"), timeout=10)
        with pytest.raises(NotAllowed, match="Vera View \\(viewer\\) may not operate chargers"):
            await service.operations.reset("YARD-7", "Hard")
        assert await service.operations.get_configuration("YARD-7") is not None  # reading is allowed
        assert [a for a, _ in charger.cp.received] == ["GetConfiguration"]
        with db.session() as s:
            from sqlalchemy import text

            actions = s.execute(text("SELECT action FROM bus_requests ORDER BY id")).scalars().all()
        assert actions == ["op:get_configuration"]  # the refused reset never became a request


async def test_a_host_listens_to_events_only_while_a_console_wants_them(
    host: tuple[CentralSystem, SiteHost], db: Database
) -> None:
    """The central system builds an event only when somebody listens to its type: a host nobody is attached to
    must not make it build them (its throughput on PostgreSQL would pay for nothing)."""
    central, site_host = host
    assert central.bus.wants(ev.ChargerConnected)  # presence: always
    assert not central.bus.wants(ev.StatusChanged) and not central.bus.wants(ev.SessionUpdated)
    assert not central.bus.wants(ev.FrameLogged)
    remote = RemoteCentral(db)
    await remote.start()
    try:
        await wait_until(lambda: site_host.publishing, timeout=10)
        assert central.bus.wants(ev.StatusChanged) and central.bus.wants(ev.SessionUpdated)
        assert central.bus.wants(site_bus.CardPresented)
        assert not central.bus.wants(ev.FrameLogged)  # nobody shows the message log
        await remote.want_frames(True)
        await wait_until(lambda: central.bus.wants(ev.FrameLogged), timeout=10)
        await remote.want_frames(False)
        await wait_until(lambda: not central.bus.wants(ev.FrameLogged), timeout=10)
    finally:
        await remote.stop()
    await site_host._tick()  # (a console that leaves is noticed at the next lease renewal)
    assert not central.bus.wants(ev.StatusChanged)


async def test_an_attached_consoles_load_report_keeps_the_hosts_newest_allocation(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    import datetime as dt
    import math

    from app.services.load.events import LoadAllocated
    from app.services.reports.load import LoadService
    from app.services.store import Store

    central, site_host = host
    service = LoadService(Store(db), console)  # the attached console's: it hears the host's events
    await wait_until(lambda: site_host.publishing, timeout=10)
    sent = LoadAllocated(
        "",
        site_id=1,
        at=dt.datetime.now(dt.UTC),
        circuits=(
            {
                "id": 3,
                "name": "Garage",
                "parent_id": 1,
                "limit_a": [32.0, math.inf, 32.0],  # inf: no limit on that phase
                "allocated_a": [21.0, 0.0, 21.0],
                "measured_a": None,
                "base_a": None,
            },
        ),
        sessions=(
            {
                "cp_id": "GARAGE-1",
                "connector_id": 1,
                "transaction_id": 12,
                "circuit_id": 3,
                "limit_a": 10.5,
                "phases": [1, 3],
                "reason": "equal share of Garage (32 A) / 3 sessions",
                "paused": False,
                "managed": True,
            },
        ),
    )
    central.bus.emit(sent)
    await wait_until(lambda: service.latest(1) is not None, timeout=10)
    assert service.latest(1) == sent
    service.close()


async def test_a_limit_set_on_site_and_the_profiles_a_201_station_holds_from_an_attached_console(
    host: tuple[CentralSystem, SiteHost], console: RemoteCentral, db: Database
) -> None:
    """The energy manager's NotifyChargingLimit reaches an attached console as ChargingLimitChanged, and its
    GetChargingProfiles goes through the host, which collects the ReportChargingProfiles parts."""
    from app.ocpp.v201 import ChargingLimitChanged
    from app.simulator import VirtualCharger
    from app.simulator import events as sim_ev

    central, _ = host
    add_station(db, "EMS-201")
    recorder = EventRecorder()
    console.subscribe(recorder, ChargingLimitChanged)
    async with VirtualCharger(central.url, "EMS-201", ocpp="2.0.1", **FAST) as vc:  # type: ignore[arg-type]
        await vc.wait_for(sim_ev.BOOTED, lambda e: e.data["status"] == "Accepted")
        await wait_until(lambda: console.is_connected("EMS-201"), timeout=10)
        assert await vc.set_external_limit(1, 10.0, source="SO") == {}
        event = await recorder.wait(ChargingLimitChanged, lambda e: e.cp_id == "EMS-201", timeout=10)
        assert (event.evse_id, event.source, event.cleared) == (1, "SO", False)
        assert event.schedules[0]["chargingSchedulePeriod"][0]["limit"] == 10.0
        got = await console.operations.get_charging_profiles("EMS-201", sources=["SO"])
        assert got["status"] == "Accepted" and got["reportComplete"] is True
        assert [(p["evseId"], p["chargingLimitSource"]) for p in got["reportedProfiles"]] == [(1, "SO")]
