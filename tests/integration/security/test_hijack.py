"""Nobody on the LAN takes over a charger's identity: new stations need a password unless an operator chose
otherwise, an unauthenticated connection never replaces an authenticated one, and a new password is never sent
in clear to whoever holds a pending id."""

from __future__ import annotations

import pytest
from ocpp.v16 import call
from sqlalchemy import select
from websockets.exceptions import InvalidStatus

from app.db import Database
from app.models import Site, Station
from app.services.admin import stations as stations_svc
from app.services.central.system import CentralSystem
from app.services.chargers import commissioning
from tests.helpers.ocpp import add_station, sim_charger, wait_until

PASSWORD = "correct horse battery staple"


async def test_a_new_station_needs_a_password_unless_unsecured_is_chosen(
    db: Database, central: CentralSystem
) -> None:
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich")
        s.add(site)
        s.flush()
        form = stations_svc.new_station_form(s, site.id)
        assert not form.allow_unsecured  # the default: the charger must give a password
        form.name, form.charge_point_id = "Hall B", "HALL-B-1"
        stations_svc.save_station(s, form)
        open_form = stations_svc.new_station_form(s, site.id)
        open_form.name, open_form.charge_point_id, open_form.allow_unsecured = "Demo", "DEMO-1", True
        stations_svc.save_station(s, open_form)
    with db.session() as s:
        assert dict(s.execute(select(Station.charge_point_id, Station.allow_unsecured)).tuples().all()) == {
            "HALL-B-1": False,
            "DEMO-1": True,
        }
    await central.refresh_stations()
    with pytest.raises(InvalidStatus) as e:
        async with sim_charger(central.url, "HALL-B-1"):
            pass
    assert e.value.response.status_code == 401
    async with sim_charger(central.url, "DEMO-1") as c:  # the operator's explicit choice
        assert (await c.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"


@pytest.mark.expect_log(r"did not authenticate and SEC-1 is connected", logger="app.ocpp.server")
async def test_an_unauthenticated_connection_never_replaces_an_authenticated_one(
    db: Database, central: CentralSystem
) -> None:
    station_id = add_station(db, "SEC-1", password=PASSWORD, allow_unsecured=False, security_profile=1)
    async with sim_charger(central.url, "SEC-1", password=PASSWORD) as real:
        assert (await real.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"
        live = central.server.get("SEC-1")
        assert live is not None and live.authenticated
        # the operator opens the station up (say, to swap the charger): the authenticated one stays connected
        with db.session() as s:
            st = s.get(Station, station_id)
            assert st is not None
            st.password_hash, st.allow_unsecured, st.security_profile = None, True, 0
        await central.refresh_stations()
        with pytest.raises(InvalidStatus) as e:
            async with sim_charger(central.url, "SEC-1"):
                pass
        assert e.value.response.status_code == 401
        assert central.server.get("SEC-1") is live and not live.closed
        assert (await real.cp.call(call.Heartbeat())).current_time
    await wait_until(lambda: central.server.get("SEC-1") is None)
    async with sim_charger(central.url, "SEC-1") as c:  # once it left, the station's settings apply
        assert (await c.cp.call(call.BootNotification("Terra", "ABB"))).status == "Accepted"


async def test_a_new_password_is_not_sent_in_clear_to_a_pending_id(
    db: Database, central: CentralSystem
) -> None:
    with db.session() as s:
        site = Site(name="HQ", timezone="Europe/Zurich")
        s.add(site)
        s.flush()
        site_id = site.id
    async with sim_charger(central.url, "NEW-1") as c:
        assert (await c.cp.call(call.BootNotification("Terra", "ABB"))).status == "Pending"
        out = await commissioning.accept(
            central, commissioning.AcceptForm("NEW-1", site_id=site_id, name="New", password=PASSWORD)
        )
        assert out.messages[0].startswith("Password stored, not sent: NEW-1 is connected over ws://")
        assert "did not authenticate" in out.messages[0]
        await wait_until(lambda: any(a == "TriggerMessage" for a, _ in c.cp.received))
        assert [a for a, _ in c.cp.received] == ["TriggerMessage"]  # no ChangeConfiguration AuthorizationKey
