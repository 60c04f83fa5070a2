"""ChargersService (app.services.chargers.service): the Chargers page's calls, each one unit of work over the
Store, returning plain data; on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

import pytest

from app.db import Database
from app.models import AuditEntry, Charger, IdTag, User
from app.models.domain import ConfigSnapshot, ConfigSnapshotKey
from app.services.chargers import commissioning as com
from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import ChargerOffline
from app.services.chargers.service import BULK_READ, ChargersService
from app.services.chargers.virtual_fleet import VirtualFleet, VirtualSpec
from app.services.store import Store
from tests.helpers.ocpp import add_station


def _charger(db: Database, cp_id: str, registration: str = "Accepted", **kw: Any) -> None:
    with db.session() as s:
        s.add(
            Charger(charge_point_id=cp_id, registration=registration, last_seen=dt.datetime.now(dt.UTC), **kw)
        )


def _snapshot(db: Database, cp_id: str, taken_at: dt.datetime, keys: dict[str, str]) -> int:
    with db.session() as s:
        row = ConfigSnapshot(
            charge_point_id=cp_id, taken_at=taken_at, vendor="ABB", model="Terra", key_count=len(keys)
        )
        row.keys = [ConfigSnapshotKey(key=k, value=v, readonly=False) for k, v in keys.items()]
        s.add(row)
        s.flush()
        return int(row.id)


@pytest.fixture
def service(db: Database) -> Any:
    store = Store(db)
    yield ChargersService(store, None, fleet_=VirtualFleet())
    store.close()


def test_rows_detail_and_commissioning_state(db: Database, service: ChargersService) -> None:
    add_station(db, "HALL-B-1", connectors=2)
    _charger(db, "HALL-B-1", vendor="ABB", model="Terra")
    _charger(db, "NEW-1", registration="Pending")
    with db.session() as s:
        s.add(User(name="Eva", tags=[IdTag(id_tag="04A2B3C4")]))

    assert {r.cp_id for r in service.list_chargers()} == {"HALL-B-1", "NEW-1"}
    row = service.charger("HALL-B-1")
    assert row is not None and row.station_name == "Station HALL-B-1" and row.vendor_model == "ABB Terra"
    assert service.charger("NOPE") is None
    new = service.charger("NEW-1")
    assert new is not None and new.is_new

    detail = service.detail("HALL-B-1")
    assert detail.row == row and [c.connector_id for c in detail.connectors] == [1, 2]

    state = service.commissioning("HALL-B-1")
    assert state.row == row and state.connectors == [1, 2] and state.last_result is None
    assert [t.id_tag for t in state.tags] == ["04A2B3C4"]
    assert service.site_timezone("HALL-B-1") == "Europe/Zurich"
    assert service.site_timezone("NEW-1") is None  # not bound to a station

    choices = service.accept_choices()
    assert [c.label for c in choices.sites] == ["HQ"] and len(choices.stations) == 1
    form = com.AcceptForm("NEW-1", site_id=choices.sites[0].id, name="")
    assert "name" in service.validate_accept(form)
    assert service.validate_accept(com.AcceptForm("NEW-1", site_id=choices.sites[0].id, name="Hall C")) == {}


@pytest.mark.parametrize("n", [3, BULK_READ + 5])
def test_chargers_seen_one_by_one_or_all_at_once(db: Database, service: ChargersService, n: int) -> None:
    for i in range(n):
        _charger(db, f"CP-{i:03d}")
    _charger(db, "OTHER")
    wanted = [f"CP-{i:03d}" for i in range(n)] + ["UNKNOWN"]
    assert sorted(r.cp_id for r in service.chargers_seen(wanted)) == wanted[:-1]


def test_snapshots_listed_loaded_compared_peers_and_deleted(db: Database, service: ChargersService) -> None:
    _charger(db, "A", vendor="ABB", model="Terra")
    _charger(db, "B", vendor="ABB", model="Terra")
    _charger(db, "C", vendor="Other", model="X")
    t0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    old = _snapshot(db, "A", t0, {"HeartbeatInterval": "300"})
    new = _snapshot(db, "A", t0 + dt.timedelta(hours=1), {"HeartbeatInterval": "60"})

    assert [i.id for i in service.snapshots("A")] == [new, old]  # newest first
    assert [i.id for i in service.snapshots("A", limit=1)] == [new]
    a, b = service.snapshot(old), service.snapshot(new)
    assert set(cfg.diff(a, b).changed) == {"HeartbeatInterval"}
    assert [p.cp_id for p in service.chargers_of_same_model("A")] == ["B"]
    peers = service.chargers_of_same_model("A", include_self=True)
    assert [(p.cp_id, p.online) for p in peers] == [("A", False), ("B", False)]  # no central: none online

    service.delete_snapshot(old)
    assert [i.id for i in service.snapshots("A")] == [new]
    with pytest.raises(cfg.SnapshotNotFound):
        service.snapshot(old)
    with pytest.raises(cfg.SnapshotNotFound):
        service.delete_snapshot(old)
    with db.session() as s:
        assert s.query(AuditEntry).filter_by(entity="config_snapshot", action="delete").count() == 1


def test_local_list_context_and_virtual_ids(db: Database, service: ChargersService) -> None:
    add_station(db, "VIRTUAL-1", connectors=1)
    context = service.charger_context("VIRTUAL-1")
    assert context.charge_point_id == "VIRTUAL-1" and context.connectors == (1,)
    assert service.local_list("VIRTUAL-1").charge_point_id == "VIRTUAL-1"
    with pytest.raises(LookupError):
        service.local_list("NOPE")
    assert service.next_virtual_id() == "VIRTUAL-2"  # VIRTUAL-1 is a station's


def test_without_a_central_system_charger_calls_say_so(db: Database, service: ChargersService) -> None:
    with pytest.raises(ChargerOffline):
        service.operations  # noqa: B018
    with pytest.raises(ChargerOffline):
        asyncio.run(service.start_virtual(VirtualSpec(cp_id="VIRTUAL-9")))
    with pytest.raises(ChargerOffline):
        asyncio.run(service.read_configuration("A"))
