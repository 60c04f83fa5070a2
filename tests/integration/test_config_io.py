"""Site configuration JSON: validation, import (create and update by natural key), export, round trip.

Every test with ``db`` runs on a real SQLite file and on a real PostgreSQL server.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    Base,
    Connector,
    DateException,
    GrantWindow,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    TagStatus,
    Tariff,
    User,
)
from app.services.admin.passwords import hash_password, verify_password
from app.services.transfer.site_config import (
    SCHEMA_PATH,
    ConfigError,
    Problem,
    dump_config,
    export_config,
    import_config,
    load_config_file,
    validate_config,
)

KNOWN_HASH = hash_password("known-password-1")

# Deliberately not in canonical form: unsorted, lower-case tags, "weekdays", "7:00", "00:00" as an end,
# integers for prices, a plain password. The export must normalise all of it.
RICH: dict[str, Any] = {
    "version": 1,
    "sites": [
        {
            "name": "Lager Winterthur",
            "timezone": "Europe/Zurich",
            "currency": "CHF",
            "vat_percent": 8.1,
            "address": "Industriestrasse 1, 8400 Winterthur",
            "grid_limit_kw": 63,
            "grid_limit_a": 100,
        },
        {"name": "HQ Zurich", "timezone": "Europe/Zurich", "vat_percent": 8.1, "address": "Bahnhofstrasse 1"},
        {"name": "Boston Lab", "timezone": "America/New_York", "currency": "USD", "vat_percent": 0},
    ],
    "tariffs": [
        {
            "name": "public",
            "per_kwh": 0.45,
            "per_hour": 1.5,
            "start_fee": 1,
            "free_minutes": 120,
            "vat_included": True,
            "description": "walk-in",
        },
        {
            "name": "employee",
            "per_kwh": 0.2,
            "per_hour": 0,
            "start_fee": 0,
            "free_minutes": 0,
            "vat_included": True,
        },
        {"name": "owner", "per_kwh": 0.1234},
        {"name": "visitor-eur", "per_kwh": 0.39, "currency": "EUR", "vat_included": False},
    ],
    "users": [
        {
            "name": "Max Huber",
            "email": "max@example.ch",
            "company": "ACME",
            "cost_centre": "4711",
            "tags": ["aa11bb22"],
        },
        {
            "name": "Eva Keller",
            "email": "eva@example.ch",
            "phone": "+41 44 000 00 00",
            "tags": [
                "04a2b3c4",
                {
                    "id_tag": "deadbeef",
                    "status": "blocked",
                    "label": "spare",
                    "expiry": "2027-01-31T00:00:00Z",
                    "parent": "04a2b3c4",
                },
            ],
        },
        {
            "name": "Zoe Former",
            "active": False,
            "notes": "left 2025",
            "tags": [{"id_tag": "ZZ-99", "status": "expired", "expiry": "2025-12-31T23:00:00+01:00"}],
        },
    ],
    "unassigned_tags": ["cafe0001", {"id_tag": "CAFE0002", "label": "pool card"}],
    "stations": [
        {
            "charge_point_id": "HALL-B-1",
            "name": "Hall B",
            "site": "HQ Zurich",
            "location": {"lat": 47.3769, "lon": 8.5417, "address": "Hall B"},
            "access": {
                "default": {"mode": "public", "tariff": "public"},
                "windows": [
                    {
                        "days": "weekdays",
                        "from": "7:00",
                        "to": "18:00",
                        "mode": "limited",
                        "tariff": "employee",
                    },
                    {"days": "Fri", "from": "22:00", "to": "00:00", "mode": "private", "tariff": None},
                    {"days": "Sat,Sun", "from": "00:00", "to": "06:00", "mode": "private"},
                ],
                "exceptions": [
                    {"date": "2026-12-26", "label": "St Stephen", "follow": "sunday"},
                    {"date": "2026-12-25", "label": "Christmas", "mode": "private"},
                    {"date": "2026-08-01", "label": "National Day", "mode": "limited", "tariff": "employee"},
                ],
            },
            "owners": ["Max Huber"],
            "owner_tariff": "owner",
            "special_users": [
                {
                    "user": "Eva Keller",
                    "tariff": "employee",
                    "connector": 2,
                    "valid_from": "2026-01-01T00:00:00Z",
                    "valid_until": "2026-12-31T23:00:00Z",
                    "windows": [
                        {"days": "Mon-Fri", "from": "07:00", "to": "18:00"},
                        {"days": "Sat", "from": "20:00", "to": "02:00"},
                    ],
                },
                {
                    "user": "Eva Keller",
                    "tariff": None,
                    "connector": None,
                    "valid_from": None,
                    "valid_until": None,
                    "windows": [],
                },
            ],
            "security": {"profile": 1, "password": "plain-secret-123"},
            "enabled": True,
            "description": "Two outlets by the loading bay",
            "notes": "fuse F12",
            "ocpp_version": "1.6",
            "connectors": [
                {"id": 2, "type": "Type2", "max_kw": 11},
                {
                    "id": 1,
                    "type": "Type2",
                    "max_kw": 22,
                    "access": {
                        "default": {"mode": "private", "tariff": "owner"},
                        "windows": [
                            {
                                "days": "Mon-Sun",
                                "from": "20:00",
                                "to": "06:00",
                                "mode": "public",
                                "tariff": "public",
                            }
                        ],
                        "exceptions": [],
                    },
                },
            ],
        },
        {
            "charge_point_id": "CP-0001",
            "name": "Visitor parking",
            "site": "Lager Winterthur",
            "location": None,
            "access": {"default": {"mode": "public", "tariff": "visitor-eur"}},
            "security": {"profile": 2, "password_hash": KNOWN_HASH, "allow_unsecured": False},
            "enabled": False,
            "ocpp_version": "2.0.1",
            "lenient": True,
            "connectors": [{"id": 1, "type": "CCS2", "max_kw": 50.5}],
        },
        {
            "charge_point_id": "BOS-1",
            "name": "Lab bench",
            "site": "Boston Lab",
            "location": {"lat": None, "lon": None, "address": "Room 101"},
        },
    ],
}


def _wipe(db: Database) -> None:
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())


def _count(s: Session, model: type[Base]) -> int:
    return s.scalar(select(func.count()).select_from(model)) or 0


def _import(db: Database, doc: dict[str, Any], actor: str = "import") -> Any:
    with db.session() as s:
        return import_config(s, copy.deepcopy(doc), actor=actor)


def _export(db: Database) -> dict[str, Any]:
    with db.session() as s:
        return export_config(s)


# -- schema file -----------------------------------------------------------------------------------------


def test_schema_file_is_valid_draft_2020_12() -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_rich_document_is_valid_without_a_database() -> None:
    assert validate_config(RICH) == []


# -- round trip ------------------------------------------------------------------------------------------


def test_round_trip_rich_document(db: Database) -> None:
    report = _import(db, RICH)
    assert report.created == {"sites": 3, "tariffs": 4, "users": 3, "tags": 6, "stations": 3}
    first = _export(db)

    _wipe(db)
    with db.session() as s:
        assert _count(s, Station) == _count(s, User) == _count(s, IdTag) == _count(s, AuditEntry) == 0
    _import(db, first)
    second = _export(db)
    assert second == first
    assert dump_config(second) == dump_config(first)  # same text, same key order


def test_export_is_canonical(db: Database) -> None:
    _import(db, RICH)
    doc = _export(db)
    assert doc["version"] == 1
    assert [s["name"] for s in doc["sites"]] == ["Boston Lab", "HQ Zurich", "Lager Winterthur"]
    assert [t["name"] for t in doc["tariffs"]] == ["employee", "owner", "public", "visitor-eur"]
    assert [u["name"] for u in doc["users"]] == ["Eva Keller", "Max Huber", "Zoe Former"]
    assert [st["charge_point_id"] for st in doc["stations"]] == ["BOS-1", "CP-0001", "HALL-B-1"]

    hq = doc["sites"][1]
    assert hq == {
        "name": "HQ Zurich",
        "timezone": "Europe/Zurich",
        "currency": "CHF",
        "vat_percent": 8.1,
        "address": "Bahnhofstrasse 1",
        "load": {"strategy": "equal", "min_current_a": 6.0, "meter": None},
        "circuits": None,
    }
    # a file from before circuits: its grid limit (amperes win) is the grid connection now
    assert doc["sites"][2]["circuits"] == {
        "name": "Grid connection",
        "phases": 3,
        "max_current_a": 100.0,
        "max_power_kw": None,
        "windows": [],
        "circuits": [],
    }
    public = doc["tariffs"][2]
    assert public["per_kwh"] == 0.45 and public["per_hour"] == 1.5 and public["start_fee"] == 1.0
    assert doc["tariffs"][1]["per_kwh"] == 0.1234  # four decimals survive, no float noise
    assert '"per_kwh": 0.1234,' in dump_config(doc)
    assert doc["tariffs"][3]["currency"] == "EUR" and doc["tariffs"][3]["vat_included"] is False

    eva = doc["users"][0]
    assert eva["tags"] == [
        "04A2B3C4",
        {
            "id_tag": "DEADBEEF",
            "status": "blocked",
            "label": "spare",
            "expiry": "2027-01-31T00:00:00Z",
            "parent": "04A2B3C4",
        },
    ]
    assert doc["users"][2]["tags"][0]["expiry"] == "2025-12-31T22:00:00Z"  # offset converted to UTC
    assert doc["unassigned_tags"] == [
        "CAFE0001",
        {"id_tag": "CAFE0002", "status": "active", "label": "pool card", "expiry": None, "parent": None},
    ]

    hall = doc["stations"][2]
    assert hall["access"]["windows"] == [
        {"days": "Mon-Fri", "from": "07:00", "to": "18:00", "mode": "limited", "tariff": "employee"},
        {"days": "Fri", "from": "22:00", "to": "24:00", "mode": "private", "tariff": None},
        {"days": "Sat,Sun", "from": "00:00", "to": "06:00", "mode": "private", "tariff": None},
    ]
    assert hall["access"]["exceptions"] == [
        {"date": "2026-08-01", "label": "National Day", "mode": "limited", "tariff": "employee"},
        {"date": "2026-12-25", "label": "Christmas", "mode": "private", "tariff": None},
        {"date": "2026-12-26", "label": "St Stephen", "follow": "Sun"},
    ]
    assert [g["connector"] for g in hall["special_users"]] == [None, 2]  # sorted by user, connector
    assert hall["special_users"][1]["windows"][1] == {"days": "Sat", "from": "20:00", "to": "02:00"}
    assert [c["id"] for c in hall["connectors"]] == [1, 2]
    assert hall["connectors"][0]["access"]["default"] == {"mode": "private", "tariff": "owner"}
    assert hall["connectors"][1]["access"] is None
    assert hall["owners"] == ["Max Huber"] and hall["owner_tariff"] == "owner"

    security = hall["security"]
    assert set(security) == {"profile", "password_hash", "allow_unsecured"}  # never a plain password
    assert "plain-secret-123" not in dump_config(doc)
    assert verify_password("plain-secret-123", security["password_hash"])
    assert doc["stations"][1]["security"] == {
        "profile": 2,
        "password_hash": KNOWN_HASH,
        "allow_unsecured": False,
    }
    assert doc["stations"][1]["location"] is None
    assert doc["stations"][0]["location"] == {"lat": None, "lon": None, "address": "Room 101"}
    assert doc["stations"][0]["access"] is None and doc["stations"][0]["connectors"] == []


def test_import_maps_to_the_model(db: Database) -> None:
    _import(db, RICH)
    with db.session() as s:
        hall = s.scalars(select(Station).where(Station.charge_point_id == "HALL-B-1")).one()
        assert (hall.lat, hall.lon, hall.address) == (47.3769, 8.5417, "Hall B")
        assert hall.security_profile == 1 and hall.password_hash is not None
        assert hall.password_hash.startswith("pbkdf2_sha256$200000$")
        schedule = hall.schedule
        assert schedule is not None and schedule.connector_pk is None
        assert schedule.default_mode is AccessMode.PUBLIC and schedule.default_tariff is not None
        assert [(w.position, w.days, w.start_minute, w.end_minute, w.mode) for w in schedule.windows] == [
            (0, 0b0011111, 7 * 60, 18 * 60, AccessMode.LIMITED),
            (1, 0b0010000, 22 * 60, 1440, AccessMode.PRIVATE),
            (2, 0b1100000, 0, 6 * 60, AccessMode.PRIVATE),
        ]
        st_stephen = s.scalars(select(DateException).where(DateException.date == dt.date(2026, 12, 26))).one()
        assert st_stephen.follow_weekday == 6 and st_stephen.mode is None

        c1 = s.scalars(
            select(Connector).where(Connector.station_id == hall.id, Connector.connector_id == 1)
        ).one()
        override = c1.schedule
        assert override is not None
        assert override.station_id == hall.id and override.connector_pk == c1.id
        assert override.default_mode is AccessMode.PRIVATE
        assert (
            s.scalar(select(func.count()).select_from(AccessSchedule)) == 3
        )  # HALL-B-1, its connector 1, CP-0001

        grant = s.scalars(select(SpecialGrant).where(SpecialGrant.connector_pk.is_not(None))).one()
        assert grant.connector is not None and grant.connector.connector_id == 2
        assert grant.valid_until == dt.datetime(2026, 12, 31, 23, 0, tzinfo=dt.UTC)
        gw = s.scalars(
            select(GrantWindow).where(GrantWindow.grant_id == grant.id).order_by(GrantWindow.position)
        )
        assert [(w.days, w.start_minute, w.end_minute) for w in gw] == [(31, 420, 1080), (32, 1200, 120)]

        tags = {t.id_tag: t for t in s.scalars(select(IdTag))}
        assert set(tags) == {"04A2B3C4", "DEADBEEF", "AA11BB22", "ZZ-99", "CAFE0001", "CAFE0002"}
        assert tags["DEADBEEF"].status is TagStatus.BLOCKED and tags["DEADBEEF"].parent_id_tag == "04A2B3C4"
        assert tags["CAFE0001"].user_id is None
        zoe = s.scalars(select(User).where(User.name == "Zoe Former")).one()
        assert zoe.active is False

        audits = s.scalars(select(AuditEntry)).all()
        assert len(audits) == 3 + 4 + 3 + 6 + 3
        assert {a.action for a in audits} == {"create"} and {a.actor for a in audits} == {"import"}
        station_audit = next(a for a in audits if a.entity == "station" and a.entity_id == str(hall.id))
        assert station_audit.changes is not None and station_audit.changes["key"] == "HALL-B-1"


# -- import into a database that has data --------------------------------------------------------------


def test_reimport_of_the_same_document_changes_nothing(db: Database) -> None:
    _import(db, RICH)
    exported = _export(db)
    with db.session() as s:
        audits = _count(s, AuditEntry)
        window_ids = sorted(s.scalars(select(AccessWindow.id)))
    report = _import(db, exported)
    assert not report.changed
    assert report.unchanged == {"sites": 3, "tariffs": 4, "users": 3, "tags": 6, "stations": 3}
    with db.session() as s:
        assert _count(s, AuditEntry) == audits
        assert sorted(s.scalars(select(AccessWindow.id))) == window_ids  # rows kept, not rewritten
    assert _export(db) == exported


def test_partial_import_updates_by_natural_key(db: Database) -> None:
    _import(db, RICH)
    before = _export(db)
    partial = {
        "sites": [{"name": "HQ Zurich", "vat_percent": 7.7}],
        "users": [
            {"name": "Eva Keller", "tags": ["04A2B3C4", "new-card"]},  # DEADBEEF dropped → detached
            {"name": "Max Huber", "tags": ["aa11bb22", "cafe0001"]},  # an unassigned tag is assigned
            {"name": "New Person", "email": "new@example.ch"},
        ],
        "stations": [
            {
                "charge_point_id": "HALL-B-1",
                "name": "Hall B (north)",
                "site": "HQ Zurich",
                "access": {
                    "default": {"mode": "limited", "tariff": "employee"},
                    "exceptions": [{"date": "2026-12-25", "label": "Christmas", "follow": "Sun"}],
                },
                "owners": ["Max Huber", "New Person"],
            }
        ],
    }
    report = _import(db, partial, actor="tester")
    assert report.created == {"sites": 0, "tariffs": 0, "users": 1, "tags": 1, "stations": 0}
    assert report.updated == {"sites": 1, "tariffs": 0, "users": 2, "tags": 2, "stations": 1}
    assert report.unchanged["tags"] == 2  # 04A2B3C4 and AA11BB22 listed again, as they were

    after = _export(db)
    hq = next(s for s in after["sites"] if s["name"] == "HQ Zurich")
    assert hq["vat_percent"] == 7.7 and hq["address"] == "Bahnhofstrasse 1"  # unlisted keys kept
    eva = next(u for u in after["users"] if u["name"] == "Eva Keller")
    assert eva["tags"] == ["04A2B3C4", "NEW-CARD"] and eva["phone"] == "+41 44 000 00 00"
    assert after["unassigned_tags"] == [  # DEADBEEF detached from Eva, kept with its status; CAFE0001 taken
        {"id_tag": "CAFE0002", "status": "active", "label": "pool card", "expiry": None, "parent": None},
        {
            "id_tag": "DEADBEEF",
            "status": "blocked",
            "label": "spare",
            "expiry": "2027-01-31T00:00:00Z",
            "parent": "04A2B3C4",
        },
    ]
    assert [u["tags"] for u in after["users"] if u["name"] == "Max Huber"] == [["AA11BB22", "CAFE0001"]]

    hall_before = next(st for st in before["stations"] if st["charge_point_id"] == "HALL-B-1")
    hall = next(st for st in after["stations"] if st["charge_point_id"] == "HALL-B-1")
    assert hall["name"] == "Hall B (north)"
    assert hall["access"] == {
        "default": {"mode": "limited", "tariff": "employee"},
        "windows": [],
        "exceptions": [{"date": "2026-12-25", "label": "Christmas", "follow": "Sun"}],
    }
    assert hall["owners"] == ["Max Huber", "New Person"]
    for kept in ("security", "special_users", "connectors", "location", "notes"):
        assert hall[kept] == hall_before[kept], kept
    assert hall["connectors"][0]["access"] is not None  # a connector override is not the station's access

    with db.session() as s:
        updates = s.scalars(
            select(AuditEntry).where(AuditEntry.actor == "tester", AuditEntry.action == "update")
        ).all()
        by_key = {(a.entity, (a.changes or {})["key"]): a for a in updates}
        assert set(by_key) == {
            ("site", "HQ Zurich"),
            ("user", "Eva Keller"),
            ("user", "Max Huber"),
            ("id_tag", "DEADBEEF"),
            ("id_tag", "CAFE0001"),
            ("station", "HALL-B-1"),
        }
        assert (by_key[("station", "HALL-B-1")].changes or {})["fields"] == ["access", "name", "owners"]
        assert (by_key[("site", "HQ Zurich")].changes or {})["fields"] == ["vat_percent"]


def test_password_is_kept_unless_the_document_says_otherwise(db: Database) -> None:
    _import(db, RICH)
    stored = next(st for st in _export(db)["stations"] if st["charge_point_id"] == "HALL-B-1")["security"]
    _import(
        db,
        {
            "stations": [
                {
                    "charge_point_id": "HALL-B-1",
                    "name": "Hall B",
                    "site": "HQ Zurich",
                    "security": {"profile": 2},
                }
            ]
        },
    )
    now = next(st for st in _export(db)["stations"] if st["charge_point_id"] == "HALL-B-1")["security"]
    assert now["password_hash"] == stored["password_hash"] and now["profile"] == 2
    _import(
        db,
        {
            "stations": [
                {
                    "charge_point_id": "HALL-B-1",
                    "name": "Hall B",
                    "site": "HQ Zurich",
                    "security": {"password": "another-secret-9"},
                }
            ]
        },
    )
    now = next(st for st in _export(db)["stations"] if st["charge_point_id"] == "HALL-B-1")["security"]
    assert verify_password("another-secret-9", now["password_hash"])
    with pytest.raises(ConfigError) as err:  # profile 2 and the password removed: refused
        _import(
            db,
            {
                "stations": [
                    {
                        "charge_point_id": "HALL-B-1",
                        "name": "Hall B",
                        "site": "HQ Zurich",
                        "security": {"password_hash": None},
                    }
                ]
            },
        )
    assert [str(p) for p in err.value.problems] == [
        'stations[0].security.profile: security profile 2 (HTTP Basic) needs a charger password: add "password"'
    ]


def test_partial_document_may_use_names_from_the_database(db: Database) -> None:
    _import(db, RICH)
    doc = {
        "stations": [
            {
                "charge_point_id": "NEW-1",
                "name": "New",
                "site": "HQ Zurich",
                "owners": ["Eva Keller"],
                "access": {"default": {"mode": "public", "tariff": "public"}},
                "special_users": [{"user": "Max Huber", "connector": 1}],
                "connectors": [{"id": 1}],
            }
        ]
    }
    assert [str(p) for p in validate_config(doc)] == [
        "stations[0].access.default.tariff: unknown tariff 'public'",
        "stations[0].owners[0]: unknown user 'Eva Keller'",
        "stations[0].site: unknown site 'HQ Zurich'",
        "stations[0].special_users[0].user: unknown user 'Max Huber'",
    ]
    with db.session() as s:
        assert validate_config(doc, session=s) == []
    report = _import(db, doc)
    assert report.created["stations"] == 1 and report.unchanged["stations"] == 0


# -- refusing bad documents ------------------------------------------------------------------------------


def _bad_document() -> dict[str, Any]:
    doc = copy.deepcopy(RICH)
    doc["sites"][0]["timezone"] = "Europe/Zurch"
    doc["sites"][1]["vat_percent"] = 8.125
    doc["sites"].append({"name": "HQ Zurich", "vat": 8.1})
    doc["tariffs"][0]["per_kwh"] = -0.1
    doc["tariffs"][1]["start_fee"] = 0.00001
    doc["users"][0]["email"] = "max(at)example.ch"
    doc["users"][0]["tags"].append("04A2B3C4")  # Eva's tag, in another case
    doc["users"][2]["tags"].append("X" * 37)
    doc["unassigned_tags"].append({"id_tag": "CAFE0003", "expiry": "2027-01-31"})
    hall = doc["stations"][0]
    hall["access"]["windows"].append({"days": "Sat", "from": "05:00", "to": "08:00", "mode": "public"})
    hall["access"]["exceptions"].append({"date": "2026-12-25", "follow": "Funday", "mode": "private"})
    hall["owners"].append("Nobody")
    hall["special_users"][0]["connector"] = 3
    hall["special_users"][0]["valid_until"] = "2025-01-01T00:00:00Z"
    hall["security"] = {"profile": 1, "password": "short"}
    hall["location"] = {"lat": 95, "lon": 8.5}
    doc["stations"][1]["site"] = "Lager Winterthur "
    doc["stations"][1]["security"]["password_hash"] = "not-a-hash"
    doc["stations"].append(
        {
            "charge_point_id": "HALL-B-1",
            "name": "Copy",
            "site": "HQ Zurich",
            "enabled": "yes",
            "access": {
                "default": {"mode": "open"},
                "windows": [
                    {"days": "Mon-Fri", "from": "25:00", "to": "18:00", "mode": "limited", "tariff": "staff"},
                    {"days": "Mon", "from": "08:00", "to": "08:00", "mode": "public"},
                ],
            },
        }
    )
    return doc


EXPECTED_PROBLEMS = [
    "sites[0].timezone: 'Europe/Zurch' is not a time zone (an IANA name such as Europe/Zurich)",
    "sites[1].vat_percent: 8.125 has more than 2 decimal places",
    "sites[3].name: duplicate site name 'HQ Zurich' (also sites[1])",
    "sites[3].vat: unknown field (known: name, timezone, currency, vat_percent, address, load, circuits, "
    "grid_limit_kw, grid_limit_a)",
    "stations[0].access.exceptions[3]: give follow (another day's plan) or mode (all day), not both",
    "stations[0].access.exceptions[3].date: 2026-12-25 is listed twice (also exceptions[1])",
    "stations[0].access.exceptions[3].follow: 'Funday' is not one weekday (Mon, Tue, … Sun)",
    "stations[0].access.windows[3]: overlaps windows[2] (Sat,Sun 00:00–06:00)",
    "stations[0].location.lat: latitude must be between -90 and 90, got 95",
    "stations[0].owners[1]: unknown user 'Nobody'",
    "stations[0].security.password: a charger password needs at least 8 characters (OCPP recommends 16–40)",
    "stations[0].special_users[0].connector: station HALL-B-1 has no connector 3",
    "stations[0].special_users[0].valid_until: must be after valid_from",
    'stations[1].security.password_hash: is not a password hash (pbkdf2_sha256$…); write a plain "password" '
    "to have it hashed",
    "stations[1].site: unknown site 'Lager Winterthur '",
    'stations[3].access.default.mode: must be one of "public", "limited", "private"; got "open"',
    "stations[3].access.windows[0].from: 25:00 is not a time (HH:MM, 00:00–23:59)",
    "stations[3].access.windows[0].tariff: unknown tariff 'staff'",
    "stations[3].access.windows[1].to: from and to are the same time; write 00:00–24:00 for the whole day",
    "stations[3].charge_point_id: duplicate charge point id 'HALL-B-1' (also stations[0])",
    'stations[3].enabled: expected true or false, got "yes"',
    "tariffs[0].per_kwh: must be a price between 0 and 99999999 (negative prices are not allowed), got -0.1",
    "tariffs[1].start_fee: 1e-05 has more than 4 decimal places",
    "unassigned_tags[2].expiry: 2027-01-31 has no time zone; write UTC with Z, e.g. 2026-01-31T00:00:00Z",
    "users[0].email: 'max(at)example.ch' is not an e-mail address",
    "users[1].tags[0]: tag 04A2B3C4 is listed twice (also users[0].tags[1])",
    "users[2].tags[1]: idTag " + "X" * 37 + " is longer than 36 characters (the OCPP 2.0.1 idToken limit; "
    "a 1.6 charger reads at most 20)",
]


def test_validate_lists_every_problem_by_path() -> None:
    problems = validate_config(_bad_document())
    assert [str(p) for p in problems] == EXPECTED_PROBLEMS
    assert all(isinstance(p, Problem) and str(p) == f"{p.path}: {p.message}" for p in problems)


def test_bad_document_is_refused_whole(db: Database) -> None:
    with db.session() as s:
        s.add(Site(name="HQ Zurich", timezone="Europe/Zurich", address="old address"))
    with pytest.raises(ConfigError) as err:
        _import(db, _bad_document())
    assert [str(p) for p in err.value.problems] == EXPECTED_PROBLEMS
    assert str(err.value).startswith(
        f"{len(EXPECTED_PROBLEMS)} problems in the configuration; nothing was imported:\n  sites[0].timezone:"
    )
    with db.session() as s:
        assert [(x.name, x.address) for x in s.scalars(select(Site))] == [("HQ Zurich", "old address")]
        for model in (Tariff, User, IdTag, Station, Connector, AccessSchedule, AuditEntry):
            assert _count(s, model) == 0, model.__name__


def test_one_bad_value_in_a_good_document_writes_nothing(db: Database) -> None:
    doc = copy.deepcopy(RICH)
    doc["stations"][0]["access"]["windows"][0]["from"] = "25:00"
    with pytest.raises(ConfigError) as err:
        _import(db, doc)
    assert [str(p) for p in err.value.problems] == [
        "stations[0].access.windows[0].from: 25:00 is not a time (HH:MM, 00:00–23:59)"
    ]
    with db.session() as s:
        assert _count(s, Site) == _count(s, Tariff) == _count(s, User) == 0


@pytest.mark.parametrize(
    ("windows", "problems"),
    [
        # adjacent windows, one across midnight, and a Friday-night window that stops at midnight: fine
        (
            [
                ("Mon-Fri", "07:00", "18:00"),
                ("Mon-Thu", "18:00", "07:00"),
                ("Fri", "18:00", "24:00"),
                ("Sat,Sun", "00:00", "24:00"),
            ],
            [],
        ),
        # Friday 18:00 → Saturday 07:00 runs into the weekend window
        (
            [("Mon-Fri", "18:00", "07:00"), ("Sat,Sun", "00:00", "24:00")],
            ["windows[1]: overlaps windows[0] (Mon-Fri 18:00–07:00)"],
        ),
        # Sunday night wraps into Monday morning, across the end of the week
        (
            [("Sun", "22:00", "02:00"), ("Mon", "01:00", "05:00")],
            ["windows[1]: overlaps windows[0] (Sun 22:00–02:00)"],
        ),
        (
            [("Mon", "00:00", "24:00"), ("Tue", "00:00", "00:00"), ("Wed", "08:00", "08:00")],
            ["windows[2].to: from and to are the same time; write 00:00–24:00 for the whole day"],
        ),
        (
            [("Mon", "08:00", "24:30"), ("Mo-Fr", "08:00", "09:00")],
            [
                "windows[0].to: 24:30 is not a time (HH:MM, 00:00–23:59, or 24:00)",
                "windows[1].days: 'Mo-Fr' is not a day list (e.g. 'Mon-Fri' or 'Sat,Sun')",
            ],
        ),
    ],
)
def test_window_checks(windows: list[tuple[str, str, str]], problems: list[str]) -> None:
    doc = {
        "sites": [{"name": "S"}],
        "stations": [
            {
                "charge_point_id": "CP",
                "name": "CP",
                "site": "S",
                "access": {
                    "default": {"mode": "public"},
                    "windows": [{"days": d, "from": a, "to": b, "mode": "limited"} for d, a, b in windows],
                },
            }
        ],
    }
    assert [str(p) for p in validate_config(doc)] == [f"stations[0].access.{p}" for p in problems]


def test_shape_errors_are_reported_not_raised() -> None:
    assert [str(p) for p in validate_config([])] == ["(root): expected an object, got []"]
    problems = [str(p) for p in validate_config({"version": 2, "sites": [{"nam": "X"}], "stations": {}})]
    assert problems == [
        "sites[0].nam: unknown field; did you mean 'name'?",
        "sites[0].name: is required",
        "stations: expected a list, got {}",
        "version: this file is for format version 1, got 2",
    ]


def test_exception_needs_follow_or_mode_and_dates_are_dates() -> None:
    doc = {
        "sites": [{"name": "S"}],
        "stations": [
            {
                "charge_point_id": "CP",
                "name": "CP",
                "site": "S",
                "access": {
                    "default": {"mode": "public"},
                    "exceptions": [
                        {"date": "25.12.2026"},
                        {"date": "2026-02-30", "follow": "Sun", "tariff": None},
                    ],
                },
            }
        ],
    }
    assert [str(p) for p in validate_config(doc)] == [
        'stations[0].access.exceptions[0]: needs follow (a weekday whose plan applies, e.g. "Sun") or mode',
        "stations[0].access.exceptions[0].date: 25.12.2026 is not a date (YYYY-MM-DD)",
        "stations[0].access.exceptions[1].date: 2026-02-30 is not a date (YYYY-MM-DD)",
        "stations[0].access.exceptions[1].tariff: a tariff goes with mode, not with follow",
    ]


# -- files -----------------------------------------------------------------------------------------------


def test_files_round_trip_and_syntax_errors_have_a_position(tmp_path: Path) -> None:
    good = tmp_path / "site.json"
    good.write_text(dump_config(RICH), encoding="utf-8")
    assert load_config_file(good) == RICH
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "sites": [\n    {"name": "HQ",}\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config_file(bad)
    assert [p.path for p in err.value.problems] == ["(root)"]
    assert "line 3 column" in err.value.problems[0].message


def test_the_documented_example_is_valid_and_canonical(db: Database) -> None:
    page = (Path(__file__).parents[2] / "docs" / "config-format.md").read_text(encoding="utf-8")
    example = json.loads(page.split("## A full example", 1)[1].split("```json\n", 1)[1].split("\n```", 1)[0])
    assert validate_config(example) == []
    _import(db, example)
    assert _export(db) == example  # the example is an export: importing it and exporting gives it back


def test_null_access_removes_the_rules(db: Database) -> None:
    _import(db, RICH)
    with db.session() as s:
        assert (
            _count(s, AccessSchedule) == 3 and _count(s, AccessWindow) == 4 and _count(s, DateException) == 3
        )
    report = _import(
        db,
        {
            "stations": [
                {
                    "charge_point_id": "HALL-B-1",
                    "name": "Hall B",
                    "site": "HQ Zurich",
                    "access": None,
                    "connectors": [{"id": 1, "access": None}],
                }
            ]
        },
    )
    assert report.updated["stations"] == 1
    hall = next(st for st in _export(db)["stations"] if st["charge_point_id"] == "HALL-B-1")
    assert hall["access"] is None and [c["access"] for c in hall["connectors"]] == [None, None]
    assert hall["connectors"][0]["max_kw"] == 22.0  # the connector itself is kept
    with db.session() as s:  # rows deleted, not orphaned
        assert (
            _count(s, AccessSchedule) == 1 and _count(s, AccessWindow) == 0 and _count(s, DateException) == 0
        )
