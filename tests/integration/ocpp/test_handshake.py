"""Connecting: paths, subprotocols, HTTP Basic (security profile 1), TLS + Basic (profile 2), unknown chargers."""

from __future__ import annotations

import ssl
from pathlib import Path

import pytest
from ocpp.v16 import call
from sqlalchemy import select
from websockets.exceptions import InvalidStatus

from app.db import Database
from app.models import Charger, Connector, Site, Station
from app.ocpp.events import BootReceived, ChargerConnected, UnknownChargerSeen
from app.ocpp.security import create_self_signed
from app.ocpp.server import parse_charge_point_id
from app.services.central.system import CentralSystem
from tests.helpers.ocpp import CentralFactory, EventRecorder, add_station, raw_client, sim_charger


def boot() -> call.BootNotification:
    return call.BootNotification(
        charge_point_model="Terra AC",
        charge_point_vendor="ABB",
        charge_point_serial_number="SN-1",
        firmware_version="1.2.3",
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/ocpp/CP-1", "CP-1"),
        ("/CP-1", "CP-1"),
        ("/ocpp/HALL%20B%201", "HALL B 1"),
        ("/ocpp/CP-1?x=1", "CP-1"),
        ("/ocpp/", None),
        ("/", None),
        ("/ocpp/..", None),
        ("/ocpp/../x", None),
        ("/ocpp/a%2Fb", None),
        ("/ocpp/%2E%2E", None),
        ("/ocpp/a/b", None),
        ("/ocpp/" + "x" * 65, None),
        ("/ocpp/" + "x" * 64, "x" * 64),
        ("/ocpp/a%00b", None),
        ("/ocpp/a%0Ab", None),
        ("/ocpp/%FF", None),
    ],
)
def test_charge_point_id_from_path(path: str, expected: str | None) -> None:
    assert parse_charge_point_id(path) == expected


async def test_both_paths_and_no_subprotocol(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    add_station(db, "CP-1")
    base = central.url.removesuffix("ocpp/")
    async with sim_charger(base, "CP-1") as c:  # the bare /{id} form
        assert (await c.cp.call(boot())).status == "Accepted"
    async with sim_charger(central.url, "CP-1", subprotocols=[]) as c:  # offers none: treated as 1.6
        assert c.connection.subprotocol is None
        assert (await c.cp.call(boot())).status == "Accepted"
    connected = recorder.of(ChargerConnected)
    assert [e.ocpp_version for e in connected] == ["1.6", "1.6"] and all(e.known for e in connected)


async def test_refused_paths_and_subprotocols(db: Database, central: CentralSystem) -> None:
    add_station(db, "CP-1")
    for cp_id in ["a%2Fb", "x" * 65, "%2E%2E"]:
        with pytest.raises(InvalidStatus) as e:
            async with raw_client(central.url, cp_id):
                pass
        assert e.value.response.status_code == 404
    with pytest.raises(InvalidStatus) as e:
        async with raw_client(central.url, "CP-1", subprotocols=["ocpp1.2"]):
            pass
    assert e.value.response.status_code == 400


async def test_basic_auth(db: Database, central: CentralSystem) -> None:
    add_station(db, "SEC-1", password="correct horse battery", allow_unsecured=False, security_profile=1)
    async with sim_charger(central.url, "SEC-1", password="correct horse battery") as c:
        assert (await c.cp.call(boot())).status == "Accepted"
    for password, username in [("wrong password!", None), (None, None), ("correct horse battery", "OTHER")]:
        with pytest.raises(InvalidStatus) as e:
            async with sim_charger(central.url, "SEC-1", password=password, username=username):
                pass
        assert e.value.response.status_code == 401
        assert "Basic" in e.value.response.headers.get("WWW-Authenticate", "")


async def test_station_without_password_needs_allow_unsecured(db: Database, central: CentralSystem) -> None:
    add_station(db, "OPEN-1", allow_unsecured=True)
    add_station(db, "LOCKED-1", allow_unsecured=False)
    async with sim_charger(central.url, "OPEN-1") as c:
        assert (await c.cp.call(boot())).status == "Accepted"
    with pytest.raises(InvalidStatus) as e:
        async with sim_charger(central.url, "LOCKED-1"):
            pass
    assert e.value.response.status_code == 401  # the uniform refusal (tests/integration/security)


async def test_profile_2_requires_tls(db: Database, central: CentralSystem) -> None:
    add_station(db, "TLS-ONLY", password="a good long password", security_profile=2)
    with pytest.raises(InvalidStatus) as e:
        async with sim_charger(central.url, "TLS-ONLY", password="a good long password"):
            pass
    assert e.value.response.status_code == 403


async def test_tls_with_basic_auth(db: Database, central_factory: CentralFactory, tmp_path: Path) -> None:
    cert, key = create_self_signed(tmp_path / "certs", ["127.0.0.1", "localhost"])
    add_station(db, "TLS-1", password="a good long password", security_profile=2, allow_unsecured=False)
    cs = await central_factory(tls=(cert, key))
    assert cs.url.startswith("wss://127.0.0.1:")
    client_ctx = ssl.create_default_context(cafile=str(cert))
    async with sim_charger(cs.url, "TLS-1", password="a good long password", ssl_context=client_ctx) as c:
        assert (await c.cp.call(boot())).status == "Accepted"
    with pytest.raises(InvalidStatus) as e:
        async with sim_charger(cs.url, "TLS-1", password="not the password", ssl_context=client_ctx):
            pass
    assert e.value.response.status_code == 401
    with pytest.raises(ssl.SSLError):  # a client that does not trust the certificate
        async with sim_charger(
            cs.url, "TLS-1", password="a good long password", ssl_context=ssl.create_default_context()
        ):
            pass


async def test_unknown_charger_reject_policy(db: Database, central_factory: CentralFactory) -> None:
    cs = await central_factory("reject")
    with pytest.raises(InvalidStatus) as e:
        async with sim_charger(cs.url, "STRANGER"):
            pass
    assert e.value.response.status_code == 401  # as a wrong password: nothing says the id is unknown
    with db.session() as s:
        assert s.scalar(select(Charger).where(Charger.charge_point_id == "STRANGER")) is None


async def test_unknown_charger_pending_then_accepted(
    db: Database, central: CentralSystem, recorder: EventRecorder
) -> None:
    async with sim_charger(central.url, "NEW-7") as c:
        answer = await c.cp.call(boot())
        assert answer.status == "Pending" and answer.interval == 60
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
        await c.cp.call(call.StatusNotification(connector_id=2, error_code="NoError", status="Available"))
        seen = await recorder.wait(UnknownChargerSeen, lambda e: e.vendor == "ABB")
        assert seen.policy == "pending" and seen.ip == "127.0.0.1"
        with db.session() as s:
            charger = s.scalars(select(Charger).where(Charger.charge_point_id == "NEW-7")).one()
            assert (charger.registration, charger.vendor, charger.model, charger.serial_number) == (
                "Pending",
                "ABB",
                "Terra AC",
                "SN-1",
            )
            assert (
                charger.firmware_version == "1.2.3" and charger.ip_address == "127.0.0.1" and charger.online
            )
            assert s.scalar(select(Station).where(Station.charge_point_id == "NEW-7")) is None

        station_id = await central.accept_charger("NEW-7", name="Hall B")
        # the charger is asked to boot again (TriggerMessage, outside its receive path) and hears Accepted
        from tests.helpers.ocpp import wait_until

        await wait_until(lambda: any(a == "TriggerMessage" for a, _ in c.cp.received))
        assert c.cp.received[-1][1]["requested_message"] == "BootNotification"
        assert (await c.cp.call(boot())).status == "Accepted"
    with db.session() as s:
        station = s.get(Station, station_id)
        assert station is not None and station.name == "Hall B" and station.vendor == "ABB"
        assert [c.connector_id for c in station.connectors] == [1, 2]  # from the StatusNotifications seen
        assert (
            s.scalars(select(Charger.registration).where(Charger.charge_point_id == "NEW-7")).one()
            == "Accepted"
        )


async def test_rejected_charger_hears_rejected(db: Database, central: CentralSystem) -> None:
    async with sim_charger(central.url, "BAD-1") as c:
        assert (await c.cp.call(boot())).status == "Pending"
        await central.reject_charger("BAD-1")
        assert (await c.cp.call(boot())).status == "Rejected"


async def test_unknown_charger_accept_policy_creates_station(
    db: Database, central_factory: CentralFactory
) -> None:
    cs = await central_factory("accept")
    rec = EventRecorder()
    cs.subscribe(rec)
    async with sim_charger(cs.url, "AUTO-1") as c:
        assert (await c.cp.call(boot())).status == "Accepted"
        await c.cp.call(call.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
    assert (await rec.wait(BootReceived)).registration == "Accepted"
    with db.session() as s:
        station = s.scalars(select(Station).where(Station.charge_point_id == "AUTO-1")).one()
        assert station.site.name == "Default" and station.model == "Terra AC"
        assert s.scalars(select(Connector.status).where(Connector.station_id == station.id)).all() == [
            "Available"
        ]
        assert s.scalars(select(Site)).all() == [station.site]


async def test_disabled_station_boot_rejected(db: Database, central: CentralSystem) -> None:
    add_station(db, "OFF-1", enabled=False)
    async with sim_charger(central.url, "OFF-1") as c:
        assert (await c.cp.call(boot())).status == "Rejected"


async def test_station_edits_reach_a_connected_charger(db: Database, central: CentralSystem) -> None:
    """An operator deletes a station while its charger is connected: after refresh_stations() (the console
    calls it when stations change) the charger's next StatusNotification is answered normally instead of
    being written against the deleted station."""
    from ocpp.v16 import call as call16

    from app.models import Station

    add_station(db, "EDIT-1")
    async with sim_charger(central.url, "EDIT-1") as c:
        assert (await c.cp.call(boot())).status == "Accepted"
        with db.session() as s:
            s.delete(s.query(Station).filter_by(charge_point_id="EDIT-1").one())
        await central.refresh_stations()
        assert central.backend.state("EDIT-1").ref.station_id is None
        await c.cp.call(call16.StatusNotification(connector_id=1, error_code="NoError", status="Available"))
