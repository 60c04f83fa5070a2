"""The circuits service (issue 14, admin part): a site's circuit tree with its rules and messages, revisions and
conflicts between two consoles, the audit trail, roles, deleting with what is on it, the site's load settings;
connectors' circuit, phases, rotation and maximum current through the station editor. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Circuit, CircuitWindow, Connector, Site, Station
from app.services.admin.circuits import (
    CircuitForm,
    CircuitInUse,
    CircuitsService,
    LoadSettingsForm,
    WindowForm,
)
from app.services.admin.stations import StationsService, load_station
from app.services.revisions import EditConflict
from app.services.roles import NotAllowed
from app.services.store import Store, open_database
from app.services.validation import FormError
from tests.helpers.factories import operator


@pytest.fixture
def site_id(db: Database) -> int:
    with db.session() as s:
        site = Site(name="Depot Winterthur", timezone="Europe/Zurich", address="", currency="CHF")
        s.add(site)
        s.flush()
        for cp, name in (("HALL-1", "Hall A"), ("HALL-2", "Hall B")):
            st = Station(site_id=site.id, charge_point_id=cp, name=name)
            st.connectors = [Connector(connector_id=1), Connector(connector_id=2)]
            s.add(st)
        return site.id


@pytest.fixture
def svc(db: Database) -> Iterator[CircuitsService]:
    store = Store(db, principal=operator("anna"))
    yield CircuitsService(store)
    store.close()


def connector_ids(db: Database, cp: str) -> list[int]:
    with db.session() as s:
        return list(
            s.scalars(
                select(Connector.id)
                .join(Station)
                .where(Station.charge_point_id == cp)
                .order_by(Connector.connector_id)
            )
        )


def build(svc: CircuitsService, site_id: int) -> tuple[int, int, int]:
    first = svc.new_form(site_id)
    assert first.parent_id is None and first.name == "Grid connection"
    first.max_current_a = "63"
    root = svc.save(first).id
    garage = svc.new_form(site_id, root)
    garage.name, garage.max_current_a = "Garage", "32"
    g = svc.save(garage).id
    office = svc.new_form(site_id, root)
    office.name, office.max_power_kw = "Office", "11"
    o = svc.save(office).id
    return root, g, o


def test_a_tree_with_limits_windows_and_connectors(db: Database, svc: CircuitsService, site_id: int) -> None:
    _root, garage, _office = build(svc, site_id)
    form = svc.load(garage)
    form.windows = [WindowForm("Mon-Fri", "11:00", "14:00", "16", ""), WindowForm()]
    svc.save(form, base=svc.load(garage))
    svc.assign_connectors(site_id, garage, connector_ids(db, "HALL-1"))
    tree = svc.tree(site_id)
    assert [(n.name, n.depth, n.limit) for n in tree.nodes] == [
        ("Grid connection", 0, "63 A"),
        ("Garage", 1, "32 A"),
        ("Office", 1, "11 kW"),
    ]
    node = tree.node(garage)
    assert node is not None and node.windows == ("Mon–Fri 11:00–14:00 → 16 A",)
    assert [c.label for c in node.connectors] == ["Hall A #1", "Hall A #2"]
    assert [c.label for c in tree.unmanaged] == ["Hall B #1", "Hall B #2"]
    with db.session() as s:
        (w,) = s.scalars(select(CircuitWindow)).all()
        assert (w.days, w.start_minute, w.end_minute, w.max_current_a) == (0b0011111, 660, 840, 16.0)
        entries = s.scalars(select(AuditEntry).where(AuditEntry.entity == "circuit")).all()
        assert {e.action for e in entries} == {"create", "update"} and {e.actor for e in entries} == {"anna"}
        assert next(e.changes for e in entries if e.action == "update")["windows"] == [
            [],
            ["Mon–Fri 11:00–14:00 → 16 A"],
        ]
        # the station moved on: an editor open on it sees a conflict rather than writing the old circuit back
        assert s.scalar(select(Station.revision).where(Station.charge_point_id == "HALL-1")) == 2


def test_rules_and_their_messages(svc: CircuitsService, site_id: int) -> None:
    root, garage, _ = build(svc, site_id)
    second_root = CircuitForm(site_id, None, "Another grid", max_current_a="40")
    with pytest.raises(FormError) as e:
        svc.save(second_root)
    assert e.value.problems == {
        "parent_id": "Depot Winterthur has its grid connection already (Grid connection); add this circuit under it."
    }
    bad = CircuitForm(site_id, root, "", max_current_a="-3", max_power_kw="lots")
    with pytest.raises(FormError) as e:
        svc.save(bad)
    assert e.value.problems == {
        "name": "Give the circuit a name, e.g. Main or Garage.",
        "max_current_a": "A current limit is a positive number of A per phase (e.g. 63), or empty.",
        "max_power_kw": "'lots' is not a number of kW; leave it empty if there is no such limit.",
    }
    with pytest.raises(FormError) as e:
        svc.save(CircuitForm(site_id, root, "Workshop"))
    assert e.value.problems == {"max_current_a": "Give the circuit a limit: A per phase, kW, or both."}
    with pytest.raises(FormError, match="has a circuit named 'garage' already"):
        svc.save(CircuitForm(site_id, root, "garage", max_current_a="10"))
    # a child above its parent: allowed, with a warning
    saved = svc.save(CircuitForm(site_id, garage, "Wallbox row", max_current_a="40"))
    assert saved.warnings == ("40 A is never reached: Garage allows 32 A.",)
    assert svc.tree(site_id).node(saved.id).warning == "40 A is never reached: Garage allows 32 A"  # type: ignore[union-attr]
    # 3-phase under 1-phase: refused
    single = svc.save(CircuitForm(site_id, root, "Lighting", phases=1, max_current_a="16")).id
    with pytest.raises(FormError) as e:
        svc.save(CircuitForm(site_id, single, "Sub", phases=3, max_current_a="10"))
    assert e.value.problems["phases"] == (
        "A 3-phase circuit cannot be under the 1-phase circuit Lighting; choose 1 phase or another parent."
    )
    # windows: the access windows' rules (times, overlaps) and a window only lowers the limit
    form = svc.load(garage)
    form.windows = [
        WindowForm("Mon-Fri", "11:00", "14:00", "16"),
        WindowForm("Mon", "13:00", "15:00", "20"),
    ]
    with pytest.raises(FormError) as e:
        svc.save(form)
    assert "overlaps window 1" in e.value.problems["windows"]
    form.windows = [WindowForm("Someday", "25:00", "14:00", "40")]
    with pytest.raises(FormError) as e:
        svc.save(form)
    assert set(e.value.problems) == {"windows[0].days", "windows[0].start", "windows[0].max_current_a"}
    assert e.value.problems["windows[0].max_current_a"] == (
        "Window 1: a window lowers the limit; the circuit allows 32 A."
    )


def test_move_and_loops(svc: CircuitsService, site_id: int) -> None:
    root, garage, office = build(svc, site_id)
    moved = svc.move(office, garage, revision=svc.load(office).revision)
    assert moved.warnings == ()
    assert [(n.name, n.depth) for n in svc.tree(site_id).nodes] == [
        ("Grid connection", 0),
        ("Garage", 1),
        ("Office", 2),
    ]
    with pytest.raises(FormError, match="Office is below Garage; a circuit cannot be under itself"):
        svc.move(garage, office, revision=svc.load(garage).revision)
    with pytest.raises(FormError, match="grid connection is the top of the tree"):
        svc.move(root, garage, revision=svc.load(root).revision)


def test_delete_asks_then_force_leaves_connectors_unmanaged(
    db: Database, svc: CircuitsService, site_id: int
) -> None:
    root, garage, office = build(svc, site_id)
    svc.assign_connectors(site_id, garage, connector_ids(db, "HALL-1")[:1])
    with db.session() as s:
        s.get(Site, site_id).meter_circuit_id = garage  # type: ignore[union-attr]
    with pytest.raises(CircuitInUse) as e:
        svc.delete(garage, revision=svc.load(garage).revision)
    assert e.value.connectors == ["Hall A #1"] and e.value.circuits == []
    assert "leaves the connectors not load-managed" in e.value.sentence
    with pytest.raises(CircuitInUse) as e:
        svc.delete(root)
    assert e.value.circuits == ["Garage", "Office"]
    svc.delete(garage, revision=svc.load(garage).revision, force=True)
    svc.delete(office)  # nothing on it: no question
    with db.session() as s:
        assert [c.name for c in s.scalars(select(Circuit))] == ["Grid connection"]
        assert s.scalars(select(Connector.circuit_id)).all() == [None, None, None, None]
        assert s.get(Site, site_id).meter_circuit_id is None  # type: ignore[union-attr]
        deleted = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete")).all()
        assert deleted[0].changes == {"name": "Garage", "connectors not managed": ["Hall A #1"]}


def test_two_consoles_conflict(db: Database, svc: CircuitsService, site_id: int) -> None:
    root, garage, _ = build(svc, site_id)
    other_db = open_database(db.url)
    bruno = CircuitsService(Store(other_db, principal=operator("bruno")))
    try:
        mine = svc.load(garage)
        theirs = bruno.load(garage)
        theirs.max_current_a = "25"
        bruno.save(theirs, base=bruno.load(garage))
        edited = CircuitForm(**{**mine.__dict__, "name": "Garage east"})
        with pytest.raises(EditConflict) as e:
            svc.save(edited, base=mine)
        assert e.value.actor == "bruno" and [d.text() for d in e.value.differences] == [
            "Max current (A): 32 → 25"
        ]
        assert svc.load(garage).name == "Garage"  # nothing written
        with pytest.raises(EditConflict):
            svc.delete(garage, revision=mine.revision)
        with pytest.raises(EditConflict):
            svc.move(garage, root, revision=mine.revision)
    finally:
        bruno.store.close()
        other_db.dispose()


def test_viewer_reads_technician_edits(db: Database, svc: CircuitsService, site_id: int) -> None:
    _root, garage, _ = build(svc, site_id)
    viewer = CircuitsService(Store(db, principal=operator("vera", "viewer")))
    tech = CircuitsService(Store(db, principal=operator("tom", "technician")))
    try:
        assert next(n.name for n in viewer.tree(site_id).nodes) == "Grid connection"
        with pytest.raises(
            NotAllowed, match=r"vera \(viewer\) may not change stations, connectors, schedules or"
        ):
            viewer.save(viewer.load(garage))
        with pytest.raises(NotAllowed):
            viewer.delete(garage)
        with pytest.raises(NotAllowed):
            viewer.save_settings(viewer.site_load(site_id).settings)
        form = tech.load(garage)
        form.max_current_a = "30"
        tech.save(form)
    finally:
        viewer.store.close()
        tech.store.close()


def test_load_settings(db: Database, svc: CircuitsService, site_id: int) -> None:
    _root, garage, _ = build(svc, site_id)
    loaded = svc.site_load(site_id)
    assert loaded.settings.strategy == "equal" and loaded.settings.min_current_a == "6"
    assert [c.label for c in loaded.chargers] == ["Hall A (HALL-1)", "Hall B (HALL-2)"]
    bad = LoadSettingsForm(**{**loaded.settings.__dict__})
    bad.strategy, bad.min_current_a, bad.meter_kind, bad.meter_host, bad.meter_unit = (
        "random", "4", "modbus", "meter.local", "300",
    )  # fmt: skip
    with pytest.raises(FormError) as e:
        svc.save_settings(bad)
    assert e.value.problems == {
        "strategy": (
            "Choose a strategy: Equal share, First come, first served, Priority: owners, special users, public, "
            "By tariff priority."
        ),
        "min_current_a": "The minimum current is from 6 to 32 A per phase (6 A is what vehicles need).",
        "meter_host": "Write the meter's address as host:port, e.g. 192.168.1.50:502.",
        "meter_unit": "A Modbus unit id is a whole number from 0 to 255 (often 1).",
    }
    good = LoadSettingsForm(site_id, "priority", "8", "modbus", "", "192.168.1.50:502", "3", "", garage,
                            loaded.settings.revision)  # fmt: skip
    svc.save_settings(good, base=loaded.settings)
    with db.session() as s:
        site = s.get(Site, site_id)
        assert site is not None
        assert (site.load_strategy, site.min_current_a, site.meter_kind, site.meter_address, site.meter_unit) == (
            "priority", 8.0, "modbus", "192.168.1.50:502", 3,
        )  # fmt: skip
        assert site.meter_circuit_id == garage
    # the same form again is a conflict (the site moved on)
    with pytest.raises(EditConflict):
        svc.save_settings(good, base=loaded.settings)
    charger = svc.site_load(site_id).settings
    charger.meter_kind, charger.meter_charger = "charger", "NOPE"
    with pytest.raises(FormError, match="Choose the charger whose inlet meter"):
        svc.save_settings(charger)
    charger.meter_charger = "HALL-2"
    svc.save_settings(charger)
    assert svc.site_load(site_id).settings.meter_charger == "HALL-2"


def test_station_editor_connector_load_fields(db: Database, svc: CircuitsService, site_id: int) -> None:
    root, garage, _ = build(svc, site_id)
    single = svc.save(CircuitForm(site_id, root, "Lighting", phases=1, max_current_a="16")).id
    stations = StationsService(svc.store)
    with db.session() as s:
        sid = s.scalar(select(Station.id).where(Station.charge_point_id == "HALL-2"))
        assert sid is not None
    data = stations.open_editor(sid)
    assert [c.label for c in data.choices.circuits_of(site_id)] == [
        "Grid connection",
        "    Garage",
        "    Office",
        "    Lighting (1 phase)",
    ]
    form = data.form
    form.connectors[0].circuit_id, form.connectors[0].phase_rotation = garage, "231"
    form.connectors[0].max_current_a = "16"
    form.connectors[1].circuit_id = single  # still 3-phase
    form.connectors[1].phase_rotation = "321"
    with pytest.raises(FormError) as e:
        stations.save(form, base=stations.open_editor(sid).form)
    assert e.value.problems == {
        "connectors[1].phases": (
            "The circuit Lighting carries 1 phase: make the connector 1-phase or choose another circuit."
        ),
        "connectors[1].phase_rotation": "Choose the phase rotation: L1 L2 L3, L2 L3 L1, L3 L1 L2.",
    }
    form.connectors[1].phases, form.connectors[1].phase_rotation = 1, "312"
    stations.save(form, base=stations.open_editor(sid).form)
    with db.session() as s:
        stored = load_station(s, sid)
    assert [(c.circuit_id, c.phases, c.phase_rotation, c.max_current_a) for c in stored.connectors] == [
        (garage, 3, "231", 16.0),
        (single, 1, "312", None),
    ]
    # a circuit made 1-phase with 3-phase connectors on it is refused
    g = svc.load(garage)
    g.phases = 1
    with pytest.raises(FormError, match=r"3-phase connectors are on it \(Hall B #1\)"):
        svc.save(g)
