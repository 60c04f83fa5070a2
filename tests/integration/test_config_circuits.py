"""The site configuration file's load management (issue 14): circuits with windows, the site's load settings,
connectors' circuit, phases, rotation and maximum, tariffs' load priority — exported, imported, round-tripped,
checked; an old file's grid limit imports as the grid connection circuit."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import AuditEntry, Circuit, Connector
from app.services.admin.circuits import circuit_tree
from app.services.transfer.site_config import ConfigError, export_config, import_config, validate_config


def circuit(name: str, amperes: float | None, *children: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {
        "name": name,
        "phases": more.get("phases", 3),
        "max_current_a": amperes,
        "max_power_kw": more.get("kw"),
        "windows": more.get("windows", []),
        "circuits": list(children),
    }


DOC: dict[str, Any] = {
    "version": 1,
    "sites": [
        {
            "name": "Depot",
            "timezone": "Europe/Zurich",
            "load": {
                "strategy": "tariff",
                "min_current_a": 8,
                "meter": {"kind": "charger", "charger": "HALL-1", "circuit": "Garage"},
            },
            "circuits": circuit(
                "Grid connection",
                63,
                circuit(
                    "Garage",
                    32,
                    circuit("Row A", None, kw=11),
                    windows=[{"days": "Mon-Fri", "from": "11:00", "to": "14:00", "max_current_a": 20}],
                ),
                circuit("Lighting", 16, phases=1),
            ),
        }
    ],
    "tariffs": [{"name": "fleet", "load_priority": 20}],
    "stations": [
        {
            "charge_point_id": "HALL-1",
            "name": "Hall A",
            "site": "Depot",
            "security": {"allow_unsecured": True},
            "connectors": [
                {"id": 1, "circuit": "Row A", "phases": 3, "phase_rotation": "231", "max_current_a": 16},
                {"id": 2, "circuit": "Lighting", "phases": 1, "phase_rotation": "312"},
                {"id": 3},
            ],
        }
    ],
}


def _import(db: Database, doc: dict[str, Any]) -> Any:
    with db.session() as s:
        return import_config(s, copy.deepcopy(doc))


def _export(db: Database) -> dict[str, Any]:
    with db.session() as s:
        return export_config(s)


def test_round_trip(db: Database) -> None:
    assert validate_config(DOC) == []
    _import(db, DOC)
    first = _export(db)
    site = first["sites"][0]
    assert site["load"] == {
        "strategy": "tariff",
        "min_current_a": 8.0,
        "meter": {"kind": "charger", "charger": "HALL-1", "circuit": "Garage"},
    }
    garage = site["circuits"]["circuits"][0]
    assert garage["windows"] == [
        {"days": "Mon-Fri", "from": "11:00", "to": "14:00", "max_current_a": 20.0, "max_power_kw": None}
    ]
    assert [c["name"] for c in garage["circuits"]] == ["Row A"]
    assert first["tariffs"][0]["load_priority"] == 20
    connectors = first["stations"][0]["connectors"]
    assert [(c["circuit"], c["phases"], c["phase_rotation"], c["max_current_a"]) for c in connectors] == [
        ("Row A", 3, "231", 16.0),
        ("Lighting", 1, "312", None),
        (None, 3, "123", None),
    ]
    with db.session() as s:
        tree = circuit_tree(s, s.scalars(select(Circuit.site_id)).first() or 0)
    assert [(n.name, n.depth) for n in tree.nodes] == [
        ("Grid connection", 0),
        ("Garage", 1),
        ("Row A", 2),
        ("Lighting", 1),
    ]
    _import(db, first)  # the export imports to itself, changing nothing
    assert _export(db) == first
    with db.session() as s:
        second = _export(db)
        assert second == first


def test_a_tree_in_the_file_replaces_the_stored_one(db: Database) -> None:
    _import(db, DOC)
    with db.session() as s:
        row_a = s.scalar(select(Circuit.id).where(Circuit.name == "Row A"))
    smaller = copy.deepcopy(DOC)
    del smaller["stations"]
    smaller["sites"][0]["circuits"]["circuits"][0]["circuits"] = []  # Row A goes
    smaller["sites"][0]["circuits"]["circuits"][0]["max_current_a"] = 25
    _import(db, smaller)
    doc = _export(db)
    assert doc["sites"][0]["circuits"]["circuits"][0]["max_current_a"] == 25.0
    assert doc["stations"][0]["connectors"][0]["circuit"] is None  # its connector is not managed now
    with db.session() as s:
        assert s.scalar(select(Circuit.id).where(Circuit.name == "Row A")) is None
        assert row_a not in s.scalars(select(Connector.circuit_id)).all()
        site_updates = s.scalars(
            select(AuditEntry).where(AuditEntry.entity == "site", AuditEntry.action == "update")
        )
        assert any("circuits" in (e.changes or {}).get("fields", []) for e in site_updates)


def test_an_old_file_with_a_grid_limit(db: Database) -> None:
    _import(db, {"sites": [{"name": "Old", "grid_limit_kw": 43}, {"name": "Older", "grid_limit_a": 80}]})
    doc = _export(db)
    assert [(s["name"], s["circuits"]["name"], s["circuits"]["max_current_a"]) for s in doc["sites"]] == [
        ("Old", "Grid connection", 62.3),
        ("Older", "Grid connection", 80.0),
    ]
    assert "grid_limit_kw" not in doc["sites"][0]
    _import(db, {"sites": [{"name": "Old", "grid_limit_kw": 100}]})  # a grid connection exists: left alone
    assert _export(db)["sites"][0]["circuits"]["max_current_a"] == 62.3


def test_problems_are_reported_with_their_paths(db: Database) -> None:
    bad = copy.deepcopy(DOC)
    site = bad["sites"][0]
    site["load"]["meter"] = {"kind": "modbus", "address": "meter", "map": "exotic", "circuit": "Nowhere"}
    lighting = site["circuits"]["circuits"][1]
    lighting["circuits"] = [circuit("Lamp row", 10)]  # 3-phase under 1-phase
    site["circuits"]["circuits"][0]["windows"].append(
        {"days": "Mon", "from": "12:00", "to": "13:00", "max_current_a": 40}
    )
    site["circuits"]["circuits"][0]["circuits"][0]["max_power_kw"] = None  # Row A: no limit at all
    bad["stations"][0]["connectors"][1]["phases"] = 3  # on the 1-phase Lighting
    bad["stations"][0]["connectors"][2]["circuit"] = "Basement"
    bad["stations"][0]["connectors"][0]["max_current_a"] = 3200
    problems = [str(p) for p in validate_config(bad)]
    assert problems == [
        "sites[0].circuits.circuits[0].circuits[0]: give the circuit a limit: A per phase, kW, or both",
        "sites[0].circuits.circuits[0].windows[1]: a window lowers the limit; the circuit allows 32 A",
        "sites[0].circuits.circuits[0].windows[1]: overlaps windows[0] (Mon-Fri 11:00–14:00)",
        "sites[0].circuits.circuits[1].circuits[0].phases: a 3-phase circuit cannot be under the 1-phase "
        "circuit Lighting; choose 1 phase or another parent",
        "sites[0].load.meter.address: write the meter's address as host:port, e.g. 192.168.1.50:502",
        "sites[0].load.meter.circuit: site Depot has no circuit 'Nowhere'",
        "sites[0].load.meter.map: choose a register map: sdm630 (Eastron SDM630), em24 (Carlo Gavazzi EM24), "
        "abb_b23 (ABB B23/B24), janitza_umg96rme (Janitza UMG 96RM-E), or leave it empty for the generic (float32 "
        "input registers 0, 2, 4)",
        "stations[0].connectors[0].max_current_a: more than 1,000 A per phase is not plausible for a connector; "
        "check the unit",
        "stations[0].connectors[1].phases: the circuit Lighting carries 1 phase: make the connector 1-phase or "
        "choose another circuit",
        "stations[0].connectors[2].circuit: site Depot has no circuit 'Basement'",
    ]
    with pytest.raises(ConfigError), db.session() as s:
        import_config(s, bad)
    with db.session() as s:
        assert s.scalars(select(Circuit)).all() == []
