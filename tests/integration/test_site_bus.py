"""The site bus over the suite's real PostgreSQL: a host's central system with its :class:`SiteHost`, and an
attached console's :class:`RemoteCentral` (another engine, another bus connection) in the same test loop, with a
simulated charger on a real WebSocket. Processes are in tests/integration/test_team_processes.py."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import pytest

from app.db import Database
from app.ocpp import events as ev
from app.ocpp.chargepoint import ChargerCallError, ChargerOffline
from app.services.central import site_bus
from app.services.central.site_bus import RemoteCentral, SiteClient, SiteHost, decode_event, encode_event
from app.services.central.system import CentralSystem
from app.services.store import open_database
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, sim_charger, wait_until
from tests.helpers.site import wait_held


@pytest.fixture
def db_url(pg_url: str) -> str:  # PostgreSQL only: the bus is LISTEN/NOTIFY
    return pg_url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


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
    remote = RemoteCentral(db.url)
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
    await wait_until(lambda: site_host.publishing, timeout=10)
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
