"""The console's Import a site configuration… (SiteConfigService.import_file) on SQLite and PostgreSQL: the file
`config export` writes is imported and audited as the operator; a refused one, unreadable JSON included, writes
nothing; an operator who may not change sites, stations and users is refused before anything is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db import Database, upgrade
from app.services.roles import NotAllowed
from app.services.store import Store
from app.services.transfer.site_config import ConfigError, SiteConfigService, export_config
from tests.helpers.factories import operator
from tests.helpers.ocpp import add_station


def exported(tmp_path: Path, db: Database) -> Path:
    add_station(db, "HALL-B-1", connectors=2)
    with db.session() as s:
        doc = export_config(s)
    path = tmp_path / "site.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_site_configuration_is_imported_as_the_operator(tmp_path: Path, db: Database) -> None:
    url = f"sqlite:///{tmp_path / 'other.db'}"  # where the file comes from (another site's database)
    upgrade(url)
    other = Database(url)
    try:
        path = exported(tmp_path, other)
    finally:
        other.dispose()
    service = SiteConfigService(Store(db, principal=operator("anna")))
    report = service.import_file(path)
    assert report.created["stations"] == 1 and report.created["sites"] == 1
    with db.session() as s:
        actors = {a for (a,) in s.execute(text("SELECT actor FROM audit_log"))}
    assert actors == {"anna"}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"format": "chargedesk-site", "version": 1, "stations": [{"name": 5}]}', ""),
        ("{not json", "site.json: is not a JSON document: "),
    ],
)
def test_a_refused_file_writes_nothing(tmp_path: Path, db: Database, content: str, problem: str) -> None:
    path = tmp_path / "site.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as refused:
        SiteConfigService(Store(db, principal=operator("anna"))).import_file(path)
    assert refused.value.problems and str(refused.value.problems[0]).startswith(problem)
    with db.session() as s:
        assert s.execute(text("SELECT count(*) FROM stations")).scalar() == 0


def test_a_viewer_may_not_import(tmp_path: Path, db: Database) -> None:
    with pytest.raises(NotAllowed):
        SiteConfigService(Store(db, principal=operator("vera", "viewer"))).import_file(
            tmp_path / "missing.json"
        )
