"""A simulated OCPP 2.0.1 charging station built on the ``ocpp`` package alone (its v201 ChargePoint as the
client), over a real WebSocket: it answers the central system's operations and builds the messages a station
sends (boot, status, authorize, TransactionEvents with meter values, NotifyReport after GetBaseReport).

The 1.6 counterpart is ``SimCharger`` in :mod:`tests.helpers.ocpp`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from ocpp.routing import after, on
from ocpp.v201 import ChargePoint as LibChargePoint201
from ocpp.v201 import call, call_result
from ocpp.v201.enums import Action
from websockets.asyncio.client import ClientConnection, connect

from app.ocpp.security import basic_auth_header
from tests.helpers.ocpp import iso

# What the simulated station reports of its device model (NotifyReport after GetBaseReport), in two parts.
REPORT = [
    {
        "component": {"name": "OCPPCommCtrlr"},
        "variable": {"name": "HeartbeatInterval"},
        "variable_attribute": [{"type": "Actual", "value": "300", "mutability": "ReadWrite"}],
        "variable_characteristics": {"unit": "s", "data_type": "integer", "supports_monitoring": False},
    },
    {
        "component": {"name": "EVSE", "evse": {"id": 1}},
        "variable": {"name": "Power"},
        "variable_attribute": [{"type": "Actual", "value": "0"}, {"type": "MaxSet", "value": "22000"}],
    },
    {
        "component": {"name": "SecurityCtrlr"},
        "variable": {"name": "SecurityProfile"},
        "variable_attribute": [{"type": "Actual", "value": "1", "mutability": "ReadOnly"}],
    },
]


def energy(
    value: float,
    at: dt.datetime,
    *,
    unit: str = "Wh",
    context: str | None = None,
    extra: list[dict[str, Any]] | None = None,
    multiplier: int | None = None,
) -> dict[str, Any]:
    """One meterValue (snake_case, as the package takes it) with an energy register reading first."""
    uom: dict[str, Any] = {"unit": unit}
    if multiplier is not None:
        uom["multiplier"] = multiplier
    sv: dict[str, Any] = {
        "value": value,
        "measurand": "Energy.Active.Import.Register",
        "unit_of_measure": uom,
    }
    if context:
        sv["context"] = context
    return {"timestamp": iso(at), "sampled_value": [sv, *(extra or [])]}


class SimCharger201(LibChargePoint201):  # type: ignore[misc]
    """A 2.0.1 station; ``received`` lists the operations it got (action, snake_case kwargs)."""

    def __init__(self, cp_id: str, connection: ClientConnection) -> None:
        super().__init__(cp_id, connection, response_timeout=10)
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, Any] = {}  # action -> call_result to answer (overrides the defaults)
        self.variables: dict[tuple[str, str], str] = {("OCPPCommCtrlr", "HeartbeatInterval"): "300"}

    def _got(self, action: str, kwargs: dict[str, Any]) -> None:
        self.received.append((action, kwargs))

    # --- messages the station sends ------------------------------------------------------------------

    async def boot(self, reason: str = "PowerUp", **station: Any) -> Any:
        cs = {"vendor_name": "Alfen", "model": "Eve Double", **station}
        return await self.call(call.BootNotification(charging_station=cs, reason=reason))

    async def status(
        self, evse_id: int, connector_id: int, status: str, at: dt.datetime | None = None
    ) -> Any:
        return await self.call(
            call.StatusNotification(
                timestamp=iso(at or dt.datetime.now(dt.UTC)),
                connector_status=status,
                evse_id=evse_id,
                connector_id=connector_id,
            )
        )

    async def authorize(self, token: str, type_: str = "ISO14443") -> Any:
        return await self.call(call.Authorize(id_token={"id_token": token, "type": type_}))

    async def tx_event(
        self,
        event_type: str,
        uid: str,
        seq_no: int,
        at: dt.datetime,
        *,
        trigger: str = "MeterValuePeriodic",
        token: str | None = None,
        evse_id: int | None = 1,
        meter_value: list[dict[str, Any]] | None = None,
        charging_state: str | None = None,
        stopped_reason: str | None = None,
        offline: bool | None = None,
        unique_id: str | None = None,
    ) -> Any:
        info: dict[str, Any] = {"transaction_id": uid}
        if charging_state:
            info["charging_state"] = charging_state
        if stopped_reason:
            info["stopped_reason"] = stopped_reason
        return await self.call(
            call.TransactionEvent(
                event_type=event_type,
                timestamp=iso(at),
                trigger_reason=trigger,
                seq_no=seq_no,
                transaction_info=info,
                meter_value=meter_value,
                offline=offline,
                evse={"id": evse_id, "connector_id": 1} if evse_id is not None else None,
                id_token={"id_token": token, "type": "ISO14443"} if token is not None else None,
            ),
            unique_id=unique_id,
        )

    # --- operations the station answers ----------------------------------------------------------------

    @on(Action.request_start_transaction)
    async def on_request_start(self, **kw: Any) -> Any:
        self._got("RequestStartTransaction", kw)
        return self.answers.get(
            "RequestStartTransaction", call_result.RequestStartTransaction(status="Accepted")
        )

    @on(Action.request_stop_transaction)
    async def on_request_stop(self, **kw: Any) -> Any:
        self._got("RequestStopTransaction", kw)
        return self.answers.get(
            "RequestStopTransaction", call_result.RequestStopTransaction(status="Accepted")
        )

    @on(Action.reset)
    async def on_reset(self, **kw: Any) -> Any:
        self._got("Reset", kw)
        return self.answers.get("Reset", call_result.Reset(status="Accepted"))

    @on(Action.unlock_connector)
    async def on_unlock(self, **kw: Any) -> Any:
        self._got("UnlockConnector", kw)
        return self.answers.get("UnlockConnector", call_result.UnlockConnector(status="Unlocked"))

    @on(Action.change_availability)
    async def on_change_availability(self, **kw: Any) -> Any:
        self._got("ChangeAvailability", kw)
        return self.answers.get("ChangeAvailability", call_result.ChangeAvailability(status="Accepted"))

    @on(Action.trigger_message)
    async def on_trigger_message(self, **kw: Any) -> Any:
        self._got("TriggerMessage", kw)
        return self.answers.get("TriggerMessage", call_result.TriggerMessage(status="Accepted"))

    @on(Action.clear_cache)
    async def on_clear_cache(self, **kw: Any) -> Any:
        self._got("ClearCache", kw)
        return self.answers.get("ClearCache", call_result.ClearCache(status="Accepted"))

    @on(Action.get_variables)
    async def on_get_variables(self, get_variable_data: list[dict[str, Any]], **kw: Any) -> Any:
        self._got("GetVariables", {"get_variable_data": get_variable_data, **kw})
        results = []
        for d in get_variable_data:
            key = (d["component"]["name"], d["variable"]["name"])
            result = {"component": d["component"], "variable": d["variable"]}
            if key in self.variables:
                result.update(attribute_status="Accepted", attribute_value=self.variables[key])
            else:
                result.update(attribute_status="UnknownVariable")
            results.append(result)
        return call_result.GetVariables(get_variable_result=results)

    @on(Action.set_variables)
    async def on_set_variables(self, set_variable_data: list[dict[str, Any]], **kw: Any) -> Any:
        self._got("SetVariables", {"set_variable_data": set_variable_data, **kw})
        results = []
        for d in set_variable_data:
            key = (d["component"]["name"], d["variable"]["name"])
            known = key in self.variables
            if known:
                self.variables[key] = d["attribute_value"]
            results.append(
                {
                    "component": d["component"],
                    "variable": d["variable"],
                    "attribute_status": "Accepted" if known else "UnknownVariable",
                }
            )
        return call_result.SetVariables(set_variable_result=results)

    @on(Action.get_base_report)
    async def on_get_base_report(self, **kw: Any) -> Any:
        self._got("GetBaseReport", kw)
        return call_result.GetBaseReport(status="Accepted")

    @after(Action.get_base_report)
    async def send_report(self, request_id: int, **kw: Any) -> None:
        """Like a station: the report follows the answer, in parts (tbc)."""
        generated = iso(dt.datetime.now(dt.UTC))
        await self.call(
            call.NotifyReport(
                request_id=request_id, generated_at=generated, seq_no=0, report_data=REPORT[:2], tbc=True
            )
        )
        await self.call(
            call.NotifyReport(request_id=request_id, generated_at=generated, seq_no=1, report_data=REPORT[2:])
        )


@dataclass
class Connected201:
    cp: SimCharger201
    connection: ClientConnection
    task: asyncio.Task[None]

    async def close(self) -> None:
        await self.connection.close()
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)


@contextlib.asynccontextmanager
async def sim201(
    url: str, cp_id: str, *, password: str | None = None, subprotocols: list[str] | None = None
) -> AsyncIterator[Connected201]:
    """A connected :class:`SimCharger201` (offering ``ocpp2.0.1`` unless told otherwise) with its receive loop."""
    headers = {"Authorization": basic_auth_header(cp_id, password)} if password is not None else {}
    ws = await connect(
        url + cp_id,
        subprotocols=subprotocols or ["ocpp2.0.1"],  # type: ignore[list-item]
        additional_headers=headers,
        open_timeout=5,
        ping_interval=None,
    )
    cp = SimCharger201(cp_id, ws)
    conn = Connected201(cp, ws, asyncio.get_running_loop().create_task(cp.start()))
    try:
        yield conn
    finally:
        await conn.close()
