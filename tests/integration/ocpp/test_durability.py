"""Nothing acknowledged is lost: ``chargedesk serve`` killed with SIGKILL between StartTransaction and
StopTransaction, and PostgreSQL stopped and started again under traffic."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16 import call
from sqlalchemy import select
from websockets.asyncio.client import ClientConnection

from app.config import CentralSystemSettings
from app.db import Database, upgrade
from app.models import ChargingSession, SessionStatus
from app.ocpp.events import ChargerConnected
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import (
    EventRecorder,
    add_station,
    iso,
    now,
    raw_client,
    sim_charger,
    wait_until,
)
from tests.helpers.processes import serve_process

ROOT = Path(__file__).resolve().parents[3]


async def test_kill_9_between_start_and_stop(sqlite_db: Database, tmp_path: Path) -> None:
    add_station(sqlite_db, "CP-K")
    url = sqlite_db.url
    t0 = now() - dt.timedelta(minutes=5)
    async with serve_process(url, tmp_path) as (proc, ws_url):
        async with sim_charger(ws_url, "CP-K") as c:
            started = await c.cp.call(
                call.StartTransaction(connector_id=1, id_tag="TAG-K", meter_start=10_000, timestamp=iso(t0))
            )
            proc.send_signal(signal.SIGKILL)  # acknowledged, then the power goes
            await proc.wait()
    with sqlite_db.session() as s:  # the acknowledged start is on disk
        row = s.get(ChargingSession, started.transaction_id)
        assert row is not None and row.status == SessionStatus.ACTIVE and row.meter_start_wh == 10_000
    async with serve_process(url, tmp_path) as (proc, ws_url):
        async with sim_charger(ws_url, "CP-K") as c:
            # the charger re-sends the start whose answer it may have missed: same id
            again = await c.cp.call(
                call.StartTransaction(connector_id=1, id_tag="TAG-K", meter_start=10_000, timestamp=iso(t0))
            )
            assert again.transaction_id == started.transaction_id
            await c.cp.call(
                call.StopTransaction(
                    meter_stop=17_500, timestamp=iso(now()), transaction_id=started.transaction_id
                )
            )
        proc.send_signal(signal.SIGTERM)  # a clean stop: exit status 0
        assert await asyncio.wait_for(proc.wait(), 20) == 0
    with sqlite_db.session() as s:
        row = s.get(ChargingSession, started.transaction_id)
        assert row is not None and row.status == SessionStatus.COMPLETED and row.energy_wh == 7500.0


# --- PostgreSQL outage ------------------------------------------------------------------------------


async def until_answered(ws: ClientConnection, frame: list[Any], retry_s: float = 0.5) -> list[Any]:
    """Send ``frame`` and re-send it like a charger does until its answer (CallResult) arrives."""
    text = json.dumps(frame)
    while True:
        await ws.send(text)
        deadline = time.monotonic() + retry_s
        while (left := deadline - time.monotonic()) > 0:
            try:
                reply = json.loads(await asyncio.wait_for(ws.recv(), left))
            except TimeoutError:
                break
            if reply[1] == frame[1] and reply[0] == 3:
                return reply  # type: ignore[no-any-return]


async def traffic(url: str, cp_id: str, stop: asyncio.Event, acked: dict[int, str]) -> None:
    """A charger doing sessions back to back, retrying unanswered transaction messages."""
    async with raw_client(url, cp_id) as ws:
        i = 0
        while not stop.is_set():
            i += 1
            at = iso(now() - dt.timedelta(seconds=600 - i))
            start = await until_answered(
                ws,
                [
                    2,
                    f"s{i}",
                    "StartTransaction",
                    {"connectorId": 1, "idTag": "TAG-T", "meterStart": i * 1000, "timestamp": at},
                ],
            )
            tx = start[2]["transactionId"]
            acked[tx] = "started"
            await until_answered(
                ws,
                [
                    2,
                    f"e{i}",
                    "StopTransaction",
                    {"transactionId": tx, "meterStop": i * 1000 + 500, "timestamp": at},
                ],
            )
            acked[tx] = "stopped"


@pytest.mark.pg
@pytest.mark.expect_log(
    r"database unavailable|database reachable again", logger="app.services.central.writer", level="ERROR"
)
@pytest.mark.expect_log(r"not answered: the database is unavailable", logger="app.ocpp.chargepoint")
async def test_postgresql_outage_under_traffic(pg_cluster: Any) -> None:
    name = f"outage_{os.getpid()}"
    url = pg_cluster.create_database(name)
    upgrade(url)
    database = Database(url)
    add_station(database, "CP-T")
    add_station(database, "CP-O")
    cs = CentralSystem(database, CentralSystemSettings(host="127.0.0.1", port=0))
    await cs.start()
    events = EventRecorder()
    cs.subscribe(events, ChargerConnected)
    stop, acked = asyncio.Event(), {}
    worker = asyncio.ensure_future(traffic(cs.url, "CP-T", stop, acked))
    stopped_cluster = False
    try:
        await wait_until(lambda: len(acked) >= 3, timeout=10)
        async with raw_client(cs.url, "CP-O") as ws:
            await events.wait(ChargerConnected, lambda e: e.cp_id == "CP-O")
            pg_cluster.stop()
            stopped_cluster = True
            await wait_until(lambda: not cs.store.healthy, timeout=10)
            during = len(acked)
            # a transaction message gets no answer (the charger will retry); the heartbeat behind it does
            await ws.send(
                json.dumps(
                    [
                        2,
                        "t1",
                        "StartTransaction",
                        {"connectorId": 1, "idTag": "TAG-O", "meterStart": 5, "timestamp": iso(now())},
                    ]
                )
            )
            await ws.send('[2,"h1","Heartbeat",{}]')
            assert json.loads(await asyncio.wait_for(ws.recv(), 10))[:2] == [3, "h1"]
            await ws.send('[2,"a1","Authorize",{"idTag":"TAG-O"}]')  # others: an InternalError
            assert json.loads(await asyncio.wait_for(ws.recv(), 10))[:3] == [4, "a1", "InternalError"]
            assert len(acked) <= during + 1  # nothing (but one already in flight) acknowledged meanwhile
            pg_cluster.start()
            stopped_cluster = False
            await wait_until(lambda: len(acked) >= during + 3, timeout=20)  # service resumes by itself
        stop.set()
        await asyncio.wait_for(worker, 10)
    finally:
        stop.set()
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)
        if stopped_cluster:
            pg_cluster.start()
        await cs.stop()
    with database.session() as s:
        rows = {
            r.id: r
            for r in s.scalars(select(ChargingSession).where(ChargingSession.charge_point_id == "CP-T"))
        }
    for tx, state in acked.items():  # every acknowledged start and stop is in the database
        assert tx in rows, tx
        if state == "stopped":
            assert rows[tx].status == SessionStatus.COMPLETED and rows[tx].energy_wh == 500.0
    assert cs.store.stats.outages >= 1
    database.dispose()
    pg_cluster.drop_database(name)


def test_certs_create_command(tmp_path: Path) -> None:
    import subprocess

    out = tmp_path / "certs"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "certs",
            "create",
            "--out",
            str(out),
            "--host",
            "127.0.0.1",
            "--host",
            "charger-lan.local",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "CHARGEDESK_DATA_DIR": str(tmp_path / "data")},
    )
    assert proc.returncode == 0, proc.stderr
    cert, key = out / "chargedesk-cert.pem", out / "chargedesk-key.pem"
    assert cert.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert key.stat().st_mode & 0o077 == 0  # the private key is the owner's alone
    text = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-text"], capture_output=True, text=True, check=True
    ).stdout
    assert "IP Address:127.0.0.1" in text and "DNS:charger-lan.local" in text
