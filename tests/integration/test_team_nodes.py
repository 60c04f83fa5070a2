"""More than one host, with real processes: two ``chargedesk serve --proxy-protocol`` nodes on one fresh
PostgreSQL database behind a real HAProxy started with packaging/haproxy/chargedesk.cfg (only its addresses
changed). Virtual chargers (they reconnect by themselves) connect through HAProxy and spread over both nodes;
operations from a SiteClient and from the command line reach the node holding each charger; the node holding a
charging charger is killed (SIGKILL) and the charger reconnects through HAProxy to the other node, which stops and
prices its session once. Then, in one process: what an attached console sees when a host dies or a charger's
connection moves."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database
from app.models import ChargingSession, SessionStatus
from app.models.site_bus import BusRequest
from app.ocpp.chargepoint import ChargerOffline
from app.ocpp.events import ChargerConnected, ChargerDisconnected
from app.services.central import site_bus
from app.services.central.site_bus import RemoteCentral, SiteClient, SiteHost
from app.simulator import events as sim
from app.simulator.api import VirtualCharger
from tests.helpers.factories import priced_site
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, sim_charger, wait_until
from tests.helpers.pgcluster import free_port
from tests.helpers.processes import cli, haproxy_binary, haproxy_process, serve_process
from tests.helpers.site import wait_held

TAG = "TAG-EVA"
CHARGERS = [f"NODE-{n}" for n in range(1, 7)]
LOST = "LOST-1"  # the test's own client: it does not reconnect when its node dies
FAST = {
    "connectors": 1,
    "tag": TAG,
    "speed": 60.0,
    "seed": 5,
    "reboot_s": 5.0,
    "reconnect_initial_s": 1.0,  # after the kill, a second before the chargers come back
    "reconnect_max_s": 2.0,
    "config": {"MeterValueSampleInterval": "30"},
}


@pytest.fixture
def db_url(pg_url: str) -> str:  # the suite's `db` (and central_factory's): PostgreSQL only (the site bus)
    return pg_url


@pytest.fixture
async def site_client(pg_url: str) -> AsyncIterator[SiteClient]:
    client = SiteClient(pg_url, requested_by="test")
    await client.start()
    yield client
    await client.stop()


async def until(check: Callable[[], object], what: str, timeout: float = 60.0) -> None:
    """Wait for a state the processes reach by themselves (polled: it has no event this test could await)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await asyncio.to_thread(check):
        assert loop.time() < deadline, f"{what}: not within {timeout} s"
        await asyncio.sleep(0.2)


async def chargers_listing(tmp_path: Path, pg_url: str) -> dict[str, str]:
    """`chargedesk chargers`: each charger's line by its id."""
    code, out, err = await cli(tmp_path, "--db", pg_url, "chargers")
    assert code == 0, err
    return {line.split()[0]: line for line in out.splitlines()[2:]}


async def test_two_nodes_behind_haproxy_route_operations_and_survive_a_killed_node(
    pg_url: str, db: Database, site_client: SiteClient, tmp_path: Path
) -> None:
    haproxy = haproxy_binary()
    priced_site(db, {cp_id: 1 for cp_id in [*CHARGERS, LOST]}, tags={"Eva Keller": TAG})
    async with contextlib.AsyncExitStack() as stack:
        procs = {}
        addresses = []
        for _ in range(2):
            proc, url = await stack.enter_async_context(serve_process(pg_url, tmp_path, "--proxy-protocol"))
            procs[proc.pid] = proc
            addresses.append(url.removeprefix("ws://").split("/")[0])
        lb = await stack.enter_async_context(haproxy_process(haproxy, tmp_path, addresses, free_port()))
        nodes = {n.id: n for n in await site_client.nodes() if n.role == "host"}
        assert sorted(n.pid for n in nodes.values()) == sorted(procs)

        # the test's own charger first (it stays on its node), from another address than HAProxy's: the node sees
        # the charger's address (HAProxy sends it in the PROXY header), then six virtual chargers at once
        lost = await stack.enter_async_context(sim_charger(lb, LOST, local_addr=("127.0.0.2", 0)))
        await lost.cp.call(boot())
        doomed = await wait_held(site_client, LOST)
        lost_holder = await site_client.holder(LOST)
        assert lost_holder is not None and lost_holder.ip == "127.0.0.2"
        vcs = {cp_id: VirtualCharger(lb, cp_id, **FAST) for cp_id in CHARGERS}  # type: ignore[arg-type]
        for vc in vcs.values():
            await stack.enter_async_context(vc)
        for vc in vcs.values():
            await vc.wait_for(sim.BOOTED, timeout=20)
        holders = {cp_id: await wait_held(site_client, cp_id) for cp_id in CHARGERS}
        assert set(holders.values()) == set(nodes), f"HAProxy put every charger on one node: {holders}"
        survivor = next(n for n in nodes if n != doomed)

        # an operation from a SiteClient reaches the node holding the charger, on each node
        one_on = {node: next(cp for cp, h in holders.items() if h == node) for node in nodes}
        for cp_id in one_on.values():
            answer = await site_client.operation(cp_id, "get_configuration", ["HeartbeatInterval"])
            assert [k["key"] for k in answer["configurationKey"]] == ["HeartbeatInterval"], answer
            op = vcs[cp_id].of(sim.OPERATION)[-1]
            assert op.data["action"] == "GetConfiguration"
        with db.session() as s:
            routed = {r.cp_id: (r.node_id, r.status) for r in s.scalars(select(BusRequest))}
        assert routed == {cp_id: (node, "done") for node, cp_id in one_on.items()}

        # and so does `chargedesk charger ID reset` (the chargers reboot and come back through HAProxy)
        resets = {
            node: next(cp for cp, h in holders.items() if h == node and cp != one_on[node]) for node in nodes
        }
        for node, cp_id in resets.items():
            mark = vcs[cp_id].mark()
            code, out, err = await cli(tmp_path, "--db", pg_url, "charger", cp_id, "reset")
            assert (code, json.loads(out)) == (0, {"status": "Accepted"}), err
            await vcs[cp_id].wait_for(sim.REBOOT, since=mark)
            with db.session() as s:
                row = s.scalars(select(BusRequest).where(BusRequest.cp_id == cp_id)).one()
            assert (row.node_id, row.action, row.status) == (node, "op:reset", "done")
            await vcs[cp_id].wait_for(sim.BOOTED, since=mark, timeout=20)

        # a charge starts on a charger of the node that will be killed (one that was not reset: it stayed there)
        cp_id = next(cp for cp, h in holders.items() if h == doomed and cp not in resets.values())
        vc = vcs[cp_id]
        mark = vc.mark()
        assert vc.present_card(TAG) == "starting"
        started = await vc.wait_for(sim.STARTED, since=mark)
        await vc.wait_for(sim.CHARGING, lambda e: e.data["energy_wh"] > 0, since=mark)
        transaction_id = int(started.data["transaction"])
        with db.session() as s:
            assert s.get(ChargingSession, transaction_id).status == SessionStatus.ACTIVE

        # the node dies; operations sent to it meanwhile: one for a charger that moves to the other node reaches
        # it there, one for a charger that does not come back fails with the reason once the lease runs out
        doomed_proc = procs[nodes[doomed].pid]
        doomed_proc.kill()
        await doomed_proc.wait()
        mark = vc.mark()
        before = await site_client.holder(cp_id)
        assert before is not None and before.node_id == doomed  # the operation goes to the dead node first
        moving = asyncio.ensure_future(site_client.operation(cp_id, "get_configuration", None, timeout=60))
        stranded = asyncio.ensure_future(site_client.operation(LOST, "get_configuration", None, timeout=60))
        lost_states: list[str] = []

        async def watch() -> None:  # `chargedesk chargers` again and again until the lost charger is offline
            while not lost_states or lost_states[-1] != "offline":
                line = (await chargers_listing(tmp_path, pg_url))[LOST]
                state = next(s for s in ("connected", "host down", "offline") if f"  {s}" in line)
                if not lost_states or lost_states[-1] != state:
                    lost_states.append(state)

        watcher = asyncio.ensure_future(watch())
        answer = await moving
        assert [k["key"] for k in answer["configurationKey"]] == [
            k["key"] for k in vc.of(sim.OPERATION)[-1].data["answer"]["configurationKey"]
        ]
        assert await wait_held(site_client, cp_id) == survivor
        with db.session() as s:
            row = s.scalars(
                select(BusRequest).where(BusRequest.cp_id == cp_id).order_by(BusRequest.id.desc())
            ).first()
        assert row is not None and (row.node_id, row.status) == (survivor, "done")
        with pytest.raises(
            ChargerOffline, match=rf"{LOST}'s host \(serve on .*\) went down while it was asked"
        ):
            await stranded
        await asyncio.wait_for(watcher, 60)
        assert lost_states[-2:] == ["host down", "offline"], lost_states

        # every virtual charger is on the surviving node
        for other in CHARGERS:
            await wait_held(site_client, other, 30, by=survivor)
        listing = await chargers_listing(tmp_path, pg_url)
        port = nodes[survivor].url.split(":")[2].split("/")[0]
        for other in CHARGERS:
            assert re.search(rf"  connected  serve on \S+:{port}\s+1\.6$", listing[other]), listing

        # the session started on the dead node is stopped on the survivor: closed and priced once
        assert vc.present_card(TAG) == "stopping"
        await vc.wait_for(sim.STOPPED, since=mark)

        def closed() -> bool:
            with db.session() as s:
                return s.get(ChargingSession, transaction_id).status == SessionStatus.COMPLETED

        await until(closed, "the session closed")
        with db.session() as s:
            sessions = s.scalars(
                select(ChargingSession).where(ChargingSession.charge_point_id == cp_id)
            ).all()
            assert [x.id for x in sessions] == [transaction_id]
            row = sessions[0]
            assert row.flags == "" and row.stop_reason == "Local"
            assert row.energy_wh is not None and row.energy_wh > 0
            assert row.price_total is not None and row.price_total > 0 and row.tariff_name == "public"


# --- in one process: what an attached console sees of a host that dies ------------------------------------------


@pytest.fixture
async def two_hosts(
    central_factory: CentralFactory, db: Database
) -> AsyncIterator[tuple[SiteHost, SiteHost, RemoteCentral, EventRecorder]]:
    """Two hosts (central systems with their SiteHost) and an attached console recording its events."""
    host_a = SiteHost(await central_factory("accept"), db.url)
    host_b = SiteHost(await central_factory("accept"), db.url)
    console = RemoteCentral(db)
    started = []
    try:
        for part in (host_a, host_b, console):
            await part.start()
            started.append(part)
        seen = EventRecorder()
        console.subscribe(seen)
        await wait_until(lambda: host_a.publishing and host_b.publishing, timeout=10)
        yield host_a, host_b, console, seen
    finally:
        for part in reversed(started):
            if part is not host_a or not host_a._closing:
                await part.stop()


def boot() -> call.BootNotification:
    return call.BootNotification(charge_point_vendor="Test", charge_point_model="T1")


async def after_host_events(host: SiteHost, seen: EventRecorder, cp_id: str) -> None:
    """Until every event ``host`` published so far has reached the console: one more, awaited (a host's events
    arrive in order)."""
    async with sim_charger(host.central.url, cp_id) as charger:
        await charger.cp.call(boot())
        await seen.wait(ChargerConnected, lambda e: e.cp_id == cp_id, timeout=10)


async def test_an_attached_console_sees_the_chargers_of_a_dead_host_go_offline(
    two_hosts: tuple[SiteHost, SiteHost, RemoteCentral, EventRecorder], db: Database
) -> None:
    host_a, host_b, console, seen = two_hosts
    add_station(db, "YARD-7")
    async with sim_charger(host_a.central.url, "YARD-7") as charger:
        await charger.cp.call(boot())
        await wait_until(lambda: console.is_connected("YARD-7"), timeout=10)
        # host A stops as a killed process does: no more lease renewals, its presence rows left behind
        host_a._closing = True
        for task in list(host_a._tasks):
            task.cancel()
        await host_a.bus.close()
        await host_b.bus.execute(
            "UPDATE bus_nodes SET lease_until = lease_until - interval '1 minute' WHERE id = %s",
            (host_a.node_id,),
        )
        gone = await seen.wait(
            ChargerDisconnected, lambda e: e.cp_id == "YARD-7", timeout=2 * site_bus.RENEW_S + 1
        )
        assert gone.reason == "its host stopped renewing its lease"
        assert not console.is_connected("YARD-7")
        assert await console.client.holder("YARD-7") is None


async def test_the_end_of_a_connection_the_charger_replaced_is_not_the_charger_leaving(
    two_hosts: tuple[SiteHost, SiteHost, RemoteCentral, EventRecorder], db: Database
) -> None:
    host_a, host_b, console, seen = two_hosts
    for cp_id in ("YARD-8", "MARK-1", "MARK-2"):
        add_station(db, cp_id)
    async with sim_charger(host_a.central.url, "YARD-8") as old:
        await old.cp.call(boot())
        await wait_held(console.client, "YARD-8", by=host_a.node_id)

        # on the same host: the new connection replaces the old one, whose end comes after
        async with sim_charger(host_a.central.url, "YARD-8") as new:
            await new.cp.call(boot())
            await old.connection.wait_closed()
            await after_host_events(host_a, seen, "MARK-1")
            assert not [e for e in seen.of(ChargerDisconnected) if e.cp_id == "YARD-8"]
            assert await wait_held(console.client, "YARD-8", by=host_a.node_id)
            assert console.is_connected("YARD-8")

            # on another host (a load balancer sent the new connection there) before the old host saw the end
            async with sim_charger(host_b.central.url, "YARD-8") as moved:
                await moved.cp.call(boot())
                await wait_held(console.client, "YARD-8", by=host_b.node_id)
                await new.close()
                await wait_until(lambda: not host_a.central.is_connected("YARD-8"), timeout=10)
                await after_host_events(host_a, seen, "MARK-2")
                assert not [e for e in seen.of(ChargerDisconnected) if e.cp_id == "YARD-8"]
                assert console.is_connected("YARD-8")
                assert await wait_held(console.client, "YARD-8", by=host_b.node_id)
                # the console knows the host that holds it now
                state = console.backend.states["YARD-8"]
                await wait_until(lambda: state.host_node == host_b.node_id, timeout=10)
