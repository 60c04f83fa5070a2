"""Fixtures for the OCPP central system tests: a running central system on 127.0.0.1, simulated chargers
(the ``ocpp`` package's own v16 ChargePoint as the client), raw WebSocket clients and event waiting.

The fixtures (``central_factory``, ``central``, ``recorder``) are registered for the integration tests by
``tests/integration/conftest.py``; the helpers are imported as ``from tests.helpers.ocpp import ...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest
from ocpp.routing import on
from ocpp.v16 import ChargePoint as LibChargePoint
from ocpp.v16 import call_result
from ocpp.v16.enums import Action
from websockets.asyncio.client import ClientConnection, connect

from app.config import CentralSystemSettings
from app.db import Database
from app.models import Site, Station
from app.ocpp.chargepoint import ConnectionOptions
from app.ocpp.events import Event
from app.ocpp.security import basic_auth_header
from app.services.admin.passwords import hash_password
from app.services.central.system import CentralOptions, CentralSystem
from app.services.load.manager import LoadClock

E = TypeVar("E", bound=Event)


async def wait_until(predicate: Callable[[], Any], timeout: float = 5.0, interval: float = 0.01) -> Any:
    """Poll ``predicate`` until it returns something truthy (for state that has no event to await)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(interval)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class EventRecorder:
    """Every event of the bus, with a way to await one."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    def of(self, kind: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait(
        self, kind: type[E], predicate: Callable[[E], bool] = lambda e: True, timeout: float = 5.0
    ) -> E:
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events:
                if isinstance(e, kind) and predicate(e):
                    return e
            self._changed.clear()
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no {kind.__name__} event within {timeout} s; got {self.events[-5:]}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), left)


def add_station(
    db: Database,
    cp_id: str,
    *,
    password: str | None = None,
    allow_unsecured: bool = True,
    security_profile: int = 0,
    lenient: bool = False,
    enabled: bool = True,
    connectors: int = 2,
) -> int:
    """A station (in site 'HQ', created on first use) for ``cp_id``; returns its id."""
    from app.models import Connector

    with db.session() as s:
        site = s.query(Site).filter_by(name="HQ").one_or_none() or Site(name="HQ", timezone="Europe/Zurich")
        st = Station(
            site=site,
            charge_point_id=cp_id,
            name=f"Station {cp_id}",
            allow_unsecured=allow_unsecured,
            security_profile=security_profile,
            lenient=lenient,
            enabled=enabled,
            password_hash=hash_password(password, iterations=1000) if password else None,
        )
        st.connectors = [Connector(connector_id=n) for n in range(1, connectors + 1)]
        s.add(st)
        s.flush()
        return st.id


class SimCharger(LibChargePoint):  # type: ignore[misc]
    """A 1.6 charger built on the ``ocpp`` package alone; it answers the central system's operations."""

    def __init__(self, cp_id: str, connection: ClientConnection) -> None:
        super().__init__(cp_id, connection, response_timeout=10)
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, Any] = {}  # action -> call_result to answer (overrides the defaults)
        self.delay: dict[str, float] = {}

    def _got(self, action: str, kwargs: dict[str, Any]) -> None:
        self.received.append((action, kwargs))

    async def _answer(self, action: str, default: Any) -> Any:
        if action in self.delay:
            await asyncio.sleep(self.delay[action])
        return self.answers.get(action, default)

    @on(Action.remote_start_transaction)
    async def on_remote_start(self, **kw: Any) -> Any:
        self._got("RemoteStartTransaction", kw)
        return await self._answer(
            "RemoteStartTransaction", call_result.RemoteStartTransaction(status="Accepted")
        )

    @on(Action.remote_stop_transaction)
    async def on_remote_stop(self, **kw: Any) -> Any:
        self._got("RemoteStopTransaction", kw)
        return await self._answer(
            "RemoteStopTransaction", call_result.RemoteStopTransaction(status="Accepted")
        )

    @on(Action.reset)
    async def on_reset(self, **kw: Any) -> Any:
        self._got("Reset", kw)
        return await self._answer("Reset", call_result.Reset(status="Accepted"))

    @on(Action.unlock_connector)
    async def on_unlock(self, **kw: Any) -> Any:
        self._got("UnlockConnector", kw)
        return await self._answer("UnlockConnector", call_result.UnlockConnector(status="Unlocked"))

    @on(Action.change_availability)
    async def on_change_availability(self, **kw: Any) -> Any:
        self._got("ChangeAvailability", kw)
        return await self._answer("ChangeAvailability", call_result.ChangeAvailability(status="Accepted"))

    @on(Action.get_configuration)
    async def on_get_configuration(self, **kw: Any) -> Any:
        self._got("GetConfiguration", kw)
        keys = [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}]
        return await self._answer("GetConfiguration", call_result.GetConfiguration(configuration_key=keys))

    @on(Action.change_configuration)
    async def on_change_configuration(self, **kw: Any) -> Any:
        self._got("ChangeConfiguration", kw)
        return await self._answer("ChangeConfiguration", call_result.ChangeConfiguration(status="Accepted"))

    @on(Action.clear_cache)
    async def on_clear_cache(self, **kw: Any) -> Any:
        self._got("ClearCache", kw)
        return await self._answer("ClearCache", call_result.ClearCache(status="Accepted"))

    @on(Action.trigger_message)
    async def on_trigger_message(self, **kw: Any) -> Any:
        self._got("TriggerMessage", kw)
        return await self._answer("TriggerMessage", call_result.TriggerMessage(status="Accepted"))

    @on(Action.data_transfer)
    async def on_data_transfer(self, **kw: Any) -> Any:
        self._got("DataTransfer", kw)
        return await self._answer("DataTransfer", call_result.DataTransfer(status="Accepted", data="pong"))

    @on(Action.update_firmware)
    async def on_update_firmware(self, **kw: Any) -> Any:
        self._got("UpdateFirmware", kw)
        return await self._answer("UpdateFirmware", call_result.UpdateFirmware())

    @on(Action.get_diagnostics)
    async def on_get_diagnostics(self, **kw: Any) -> Any:
        self._got("GetDiagnostics", kw)
        return await self._answer("GetDiagnostics", call_result.GetDiagnostics(file_name="diag.zip"))

    @on(Action.send_local_list)
    async def on_send_local_list(self, **kw: Any) -> Any:
        self._got("SendLocalList", kw)
        return await self._answer("SendLocalList", call_result.SendLocalList(status="Accepted"))

    @on(Action.get_local_list_version)
    async def on_get_local_list_version(self, **kw: Any) -> Any:
        self._got("GetLocalListVersion", kw)
        return await self._answer("GetLocalListVersion", call_result.GetLocalListVersion(list_version=3))

    @on(Action.reserve_now)
    async def on_reserve_now(self, **kw: Any) -> Any:
        self._got("ReserveNow", kw)
        return await self._answer("ReserveNow", call_result.ReserveNow(status="Accepted"))

    @on(Action.cancel_reservation)
    async def on_cancel_reservation(self, **kw: Any) -> Any:
        self._got("CancelReservation", kw)
        return await self._answer("CancelReservation", call_result.CancelReservation(status="Accepted"))

    @on(Action.set_charging_profile)
    async def on_set_charging_profile(self, **kw: Any) -> Any:
        self._got("SetChargingProfile", kw)
        return await self._answer("SetChargingProfile", call_result.SetChargingProfile(status="Accepted"))

    @on(Action.clear_charging_profile)
    async def on_clear_charging_profile(self, **kw: Any) -> Any:
        self._got("ClearChargingProfile", kw)
        return await self._answer("ClearChargingProfile", call_result.ClearChargingProfile(status="Accepted"))

    @on(Action.get_composite_schedule)
    async def on_get_composite_schedule(self, **kw: Any) -> Any:
        self._got("GetCompositeSchedule", kw)
        return await self._answer(
            "GetCompositeSchedule",
            call_result.GetCompositeSchedule(
                status="Accepted",
                connector_id=kw.get("connector_id"),
                schedule_start="2026-01-01T00:00:00Z",
                charging_schedule={
                    "chargingRateUnit": "A",
                    "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
                },
            ),
        )


@dataclass
class Connected:
    """A simulated charger with its running receive loop."""

    cp: SimCharger
    connection: ClientConnection
    task: asyncio.Task[None]
    extra: dict[str, Any] = field(default_factory=dict)

    async def close(self) -> None:
        await self.connection.close()
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


@contextlib.asynccontextmanager
async def sim_charger(
    url: str,
    cp_id: str,
    *,
    password: str | None = None,
    username: str | None = None,
    subprotocols: list[str] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    **connect_kwargs: Any,
) -> AsyncIterator[Connected]:
    """A simulated 1.6 charger connected to ``url`` + ``cp_id`` (``connect_kwargs`` go to the socket's connection:
    ``sock`` an already connected socket, ``local_addr`` the address to connect from)."""
    headers = {}
    if password is not None:
        headers["Authorization"] = basic_auth_header(username or cp_id, password)
    protos = ["ocpp1.6"] if subprotocols is None else subprotocols
    ws = await connect(
        url + cp_id,
        subprotocols=protos or None,
        additional_headers=headers,  # type: ignore[arg-type]
        ssl=ssl_context,
        open_timeout=5,
        ping_interval=None,
        **connect_kwargs,
    )
    cp = SimCharger(cp_id, ws)
    task = asyncio.get_running_loop().create_task(cp.start())
    conn = Connected(cp, ws, task)
    try:
        yield conn
    finally:
        await conn.close()


@contextlib.asynccontextmanager
async def raw_client(url: str, cp_id: str, **kwargs: Any) -> AsyncIterator[ClientConnection]:
    kwargs.setdefault("subprotocols", ["ocpp1.6"])
    async with connect(url + cp_id, open_timeout=5, ping_interval=None, **kwargs) as ws:
        yield ws


CentralFactory = Callable[..., Awaitable[CentralSystem]]


@pytest.fixture
async def central_factory(db: Database) -> AsyncIterator[CentralFactory]:
    """Start central systems on 127.0.0.1 (free port) over the test database; stopped at the end."""
    started: list[CentralSystem] = []

    async def make(
        policy: str = "pending",
        *,
        tls: tuple[Any, Any] | None = None,
        call_timeout_s: float = 5.0,
        max_frame_bytes: int = 64 * 1024,
        flood_rate: float = 100.0,
        flood_burst: int = 200,
        ping_interval_s: float = 20.0,
        proxy_protocol: bool = False,
        load_clock: LoadClock | None = None,
    ) -> CentralSystem:
        settings = CentralSystemSettings(
            proxy_protocol=proxy_protocol,
            host="127.0.0.1",
            port=0,
            unknown_charger_policy=policy,
            tls_cert=tls[0] if tls else None,
            tls_key=tls[1] if tls else None,
            max_frame_bytes=max_frame_bytes,
            call_timeout_s=call_timeout_s,
            ping_interval_s=ping_interval_s,
        )
        options = ConnectionOptions(
            call_timeout_s=call_timeout_s,
            validate_responses=True,
            flood_rate_per_s=flood_rate,
            flood_burst=flood_burst,
        )
        cs = CentralSystem(
            db,
            settings,
            central=CentralOptions(unknown_charger_policy=policy),
            connection=options,
            load_clock=load_clock,
        )
        await cs.start()
        started.append(cs)
        return cs

    yield make
    for cs in started:
        await cs.stop()


@pytest.fixture
async def central(central_factory: CentralFactory) -> CentralSystem:
    """A central system with the default (pending) unknown-charger policy."""
    return await central_factory()


@pytest.fixture
def recorder(central: CentralSystem) -> Iterator[EventRecorder]:
    rec = EventRecorder()
    unsubscribe = central.subscribe(rec)
    yield rec
    unsubscribe()
