"""The charger's own state on its Charger row: StatusNotification of connector 0, FirmwareStatusNotification and
DiagnosticsStatusNotification (buffered like the other telemetry: written at the writer's next flush)."""

from __future__ import annotations

import datetime as dt

from ocpp.v16 import call
from sqlalchemy import select

from app.db import Database
from app.models import Charger, Connector
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import CentralFactory, add_station, iso, now, sim_charger


def charger_row(db: Database, cp_id: str) -> Charger:
    with db.session() as s:
        return s.scalars(select(Charger).where(Charger.charge_point_id == cp_id)).one()


async def test_connector_0_status_and_the_jobs_are_stored(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1", connectors=1)
    t = now().replace(microsecond=0)
    async with sim_charger(central.url, "CP-1") as c:
        await c.cp.call(
            call.StatusNotification(
                connector_id=0,
                error_code="PowerMeterFailure",
                status="Faulted",
                info="meter",
                vendor_id="ABB",
                vendor_error_code="E7",
                timestamp=iso(t),
            )
        )
        # replayed late by a charger that was offline: older than the stored one, the row keeps the newer
        await c.cp.call(
            call.StatusNotification(
                connector_id=0,
                error_code="NoError",
                status="Available",
                timestamp=iso(t - dt.timedelta(hours=1)),
            )
        )
        await c.cp.call(call.FirmwareStatusNotification(status="Downloading"))
        await c.cp.call(call.FirmwareStatusNotification(status="Installed"))
        await c.cp.call(call.DiagnosticsStatusNotification(status="Uploading"))
        await c.cp.call(call.DiagnosticsStatusNotification(status="Uploaded"))
        await central.store.flush()
        row = charger_row(db, "CP-1")
        assert (row.status, row.error_code, row.status_info, row.status_at) == (
            "Faulted",
            "PowerMeterFailure",
            "meter (vendor error ABB E7)",
            t,
        )
        assert row.firmware_status == "Installed" and row.diagnostics_status == "Uploaded"
        assert (
            row.firmware_status_at is not None and abs((row.firmware_status_at - now()).total_seconds()) < 60
        )
        assert row.diagnostics_status_at is not None and row.diagnostics_status_at >= row.firmware_status_at

        await c.cp.call(
            call.StatusNotification(
                connector_id=0,
                error_code="NoError",
                status="Available",
                timestamp=iso(t + dt.timedelta(seconds=5)),
            )
        )
        await central.store.flush()
        row = charger_row(db, "CP-1")
        assert (row.status, row.error_code, row.status_info) == ("Available", "NoError", "")
    with db.session() as s:  # connector 0 is the charger, not a Connector row
        assert [c.connector_id for c in s.scalars(select(Connector)).all()] == [1]


async def test_a_pending_charger_has_its_status_stored_too(
    db: Database, central_factory: CentralFactory
) -> None:
    central = await central_factory("pending")
    async with sim_charger(central.url, "NEW-CP") as c:
        await c.cp.call(call.StatusNotification(connector_id=0, error_code="NoError", status="Unavailable"))
        await c.cp.call(call.FirmwareStatusNotification(status="InstallationFailed"))
        await central.store.flush()
    row = charger_row(db, "NEW-CP")
    assert (row.registration, row.status, row.firmware_status) == (
        "Pending",
        "Unavailable",
        "InstallationFailed",
    )
    assert row.status_at is not None
