"""One set of station rules (app.services.admin.station_rules) behind both ways a station comes in: the station
editor's form (stations.validate_station) and the site configuration file (site_config.validate_config). Each
rule is exercised from both entry points, on the same database."""

from __future__ import annotations

import copy
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from app.db import Database
from app.models import Site, Station, Tariff, User
from app.services.admin import station_rules as rules
from app.services.admin import stations as svc
from app.services.admin.stations import ConnectorForm, GrantForm, StationForm, WindowText
from app.services.transfer.site_config import validate_config


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    with sqlite_db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", vat_percent=Decimal("8.1"))
        employee = Tariff(name="employee", per_kwh=Decimal("0.20"))
        eva, marc = User(name="Eva Keller"), User(name="Marc Brunner")
        s.add_all([hq, employee, eva, marc])
        s.flush()
        s.add(Station(name="Hall A", charge_point_id="HALL-A-1", site_id=hq.id))
        return {"hq": hq.id, "employee": employee.id, "eva": eva.id, "marc": marc.id}


def form(ids: dict[str, int]) -> StationForm:
    return StationForm(
        name="Hall B",
        site_id=ids["hq"],
        charge_point_id="HALL-B-1",
        owners=[ids["eva"]],
        grants=[GrantForm(user_id=ids["marc"], windows=[WindowText("Mon-Fri", "07:00", "18:00")])],
        connectors=[ConnectorForm(number=1, plug_type="Type2", max_kw=22)],
        lat="47.3769",
        lon="8.5417",
    )


DOC: dict[str, Any] = {
    "stations": [
        {
            "charge_point_id": "HALL-B-1",
            "name": "Hall B",
            "site": "HQ Zurich",
            "owners": ["Eva Keller"],
            "special_users": [
                {"user": "Marc Brunner", "windows": [{"days": "Mon-Fri", "from": "07:00", "to": "18:00"}]}
            ],
            "connectors": [{"id": 1, "type": "Type2", "max_kw": 22}],
            "location": {"lat": 47.3769, "lon": 8.5417},
        }
    ]
}

Edit = Callable[[StationForm, dict[str, Any], dict[str, int]], None]


def _max_kw(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.connectors[0].max_kw = 5000
    st["connectors"][0]["max_kw"] = 5000


def _profile(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.security_profile = 1
    st["security"] = {"profile": 1}


def _short_password(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.password = "abc12"
    st["security"] = {"password": "abc12"}


def _grant_overlap(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.grants[0].windows.append(WindowText("Fri", "17:00", "19:00"))
    st["special_users"][0]["windows"].append({"days": "Fri", "from": "17:00", "to": "19:00"})


def _same_times(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.grants[0].windows[0] = WindowText("Mon", "08:00", "08:00")
    st["special_users"][0]["windows"][0] = {"days": "Mon", "from": "08:00", "to": "08:00"}


def _half_location(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.lon = None
    st["location"] = {"lat": 47.3769, "lon": None}


def _owner_twice(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.owners.append(ids["eva"])
    st["owners"].append("Eva Keller")


def _connector_twice(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.connectors.append(ConnectorForm(number=1, plug_type="CCS"))
    st["connectors"].append({"id": 1, "type": "CCS"})


def _cpid_in_other_case(f: StationForm, st: dict[str, Any], ids: dict[str, int]) -> None:
    f.charge_point_id = "hall-a-1"
    st["charge_point_id"] = "hall-a-1"


CASES: list[tuple[str, Edit, str, str, str]] = [
    # rule, edit, editor field, file path, words both say
    ("max power", _max_kw, "connectors[0].max_kw", "stations[0].connectors[0].max_kw", "not plausible"),
    ("profile", _profile, "security_profile", "stations[0].security.profile", "needs a charger password"),
    ("password", _short_password, "password", "stations[0].security.password", "at least 8 characters"),
    ("overlap", _grant_overlap, "grants[0].windows", "stations[0].special_users[0].windows[1]", "overlaps"),
    (
        "empty window",
        _same_times,
        "grants[0].windows[0].end",
        "stations[0].special_users[0].windows[0].to",
        "same time",
    ),
    ("location", _half_location, "lon", "stations[0].location", "both latitude and longitude"),
    ("owner twice", _owner_twice, "owners", "stations[0].owners[1]", "listed twice"),
    (
        "connector twice",
        _connector_twice,
        "connectors[1].number",
        "stations[0].connectors[1].id",
        "listed twice",
    ),
    (
        "id in other case",
        _cpid_in_other_case,
        "charge_point_id",
        "stations[0].charge_point_id",
        "already used",
    ),
]


def test_the_unbroken_station_passes_both(sqlite_db: Database, ids: dict[str, int]) -> None:
    with sqlite_db.session() as s:
        assert svc.validate_station(s, form(ids)) == {}
        assert validate_config(DOC, session=s) == []


@pytest.mark.parametrize(("rule", "edit", "field", "path", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_rule_holds_for_the_editor_and_the_importer(
    sqlite_db: Database, ids: dict[str, int], rule: str, edit: Edit, field: str, path: str, words: str
) -> None:
    f, doc = form(ids), copy.deepcopy(DOC)
    edit(f, doc["stations"][0], ids)
    with sqlite_db.session() as s:
        editor = svc.validate_station(s, f)
        imported = {
            str(p).split(": ", 1)[0]: str(p).split(": ", 1)[1] for p in validate_config(doc, session=s)
        }
    assert list(editor) == [field] and words in editor[field].lower()
    assert list(imported) == [path] and words in imported[path].lower()


def test_a_charge_point_id_once_per_file_whatever_its_case() -> None:
    doc = copy.deepcopy(DOC)
    doc["stations"].append({**doc["stations"][0], "charge_point_id": "hall-b-1"})
    problems = [str(p) for p in validate_config(doc)]
    assert "stations[1].charge_point_id: duplicate charge point id 'hall-b-1' (also stations[0])" in problems


def test_rules_in_isolation() -> None:
    assert rules.max_kw_problem(None) is None and rules.max_kw_problem(22) is None
    assert "more than 0" in (rules.max_kw_problem(0) or "")
    assert rules.max_kw_problem(rules.MAX_KW_LIMIT) is None and rules.max_kw_problem(2001) is not None
    assert rules.location_problems(None, None) == {} and rules.location_problems(47.0, 8.0) == {}
    assert list(rules.location_problems(95.0, None)) == ["lat"]  # out of range first, then pairing
    assert list(rules.location_problems(47.0, None)) == ["lon"]
    assert rules.profile_problem(0, False) is None and rules.profile_problem(2, True) is None
    assert rules.duplicates([1, 2, None, 1, None, 2, 1]) == {3: 0, 5: 1, 6: 0}
    assert rules.charge_point_id_clash("Hall-B-1", None, {"hall-b-1": 7})
    assert not rules.charge_point_id_clash("Hall-B-1", 7, {"hall-b-1": 7})
    weekly, wrong = rules.parse_window_text("Sat,Sun", "22:00", "00:00")
    assert wrong == {} and weekly is not None and (weekly.start, weekly.end) == (1320, 1440)
    weekly, wrong = rules.parse_window_text("Funday", "25:00", "")
    assert weekly is None and set(wrong) == {"days", "start", "end"}
