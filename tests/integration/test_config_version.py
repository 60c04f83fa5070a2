"""The configuration stamp's automatic bumps belong to the database opened for the services, not to import order.

Before, importing ``app.services`` installed listeners on SQLAlchemy's ``Session`` class, so whether a write of
configuration bumped the stamp depended on what the process had imported. Now the listeners are bound to one
database's ``sessionmaker`` by :func:`app.services.store.open_database`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db import Database, upgrade
from app.models import Site, Tariff
from app.services.central import config_version
from app.services.store import open_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'stamp.db'}"
    upgrade(url)
    return url


def _write_config(database: Database, name: str = "public") -> object:
    """Adds a tariff (configuration) through the ORM; returns the stamp as committed."""
    with database.session() as s:
        s.add(Tariff(name=name))
    with database.session() as s:
        return config_version.current(s)


def test_a_fresh_database_opened_for_the_services_bumps_the_stamp(url: str) -> None:
    database = open_database(url)
    try:
        assert config_version.installed(database)
        assert _write_config(database) is not None
        with database.session() as s:
            first = config_version.current(s)
            s.add(Site(name="Depot", timezone="Europe/Zurich"))
        with database.session() as s:
            assert config_version.current(s) not in (None, first)
    finally:
        database.dispose()


def test_a_plain_database_is_not_changed_by_what_was_imported(url: str) -> None:
    import app.services
    import app.services.rules.access  # noqa: F401

    assert not event.contains(Session, "after_flush", config_version._after_flush)
    database = Database(url)
    try:
        assert not config_version.installed(database)
        assert _write_config(database) is None  # no hook on this database: nothing bumped
        assert config_version.install(database) is database and config_version.installed(database)
        config_version.install(database)  # idempotent
        assert _write_config(database, "employee") is not None
    finally:
        database.dispose()


@pytest.mark.parametrize("imports", [[], ["app.services.rules.access", "app.services.admin.stations"]])
def test_in_a_fresh_process_the_bump_does_not_depend_on_other_imports(url: str, imports: list[str]) -> None:
    script = (
        "import importlib, json, sys\n"
        "from app.services.store import open_database\n"
        "from app.services.central import config_version\n"
        "from app.models import Tariff\n"
        f"for name in {imports!r}: importlib.import_module(name)\n"
        f"db = open_database({url!r})\n"
        "with db.session() as s: s.add(Tariff(name='employee'))\n"
        "with db.session() as s: print(json.dumps(config_version.current(s)))\n"
        "db.dispose()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) is not None


def test_a_new_database_at_a_freed_databases_address_still_bumps(url: str) -> None:
    """SQLAlchemy keys a listener by ``id()`` of the object it was given. A ``sessionmaker`` is freed as soon as its
    database is, while its Session subclass (and the listeners on it) waits for the cycle collector; the next
    ``sessionmaker`` usually lands at the freed address. Keyed by the ``sessionmaker``, such a database looked
    installed and never bumped (the CI run of stop 13: a whole test's configuration writes left the stamp None)."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    class Holder:  # the one attribute install() reads, without a Database's own allocations in between
        sessionmaker: sessionmaker[Session]

    engine = create_engine(url)
    lingering = []  # the Session subclasses the cycle collector has not reached yet
    addresses = set()
    try:
        for i in range(20):
            holder = Holder()
            holder.sessionmaker = sessionmaker()
            addresses.add(id(holder.sessionmaker))
            assert not config_version.installed(holder)  # type: ignore[arg-type]
            config_version.install(holder)  # type: ignore[arg-type]
            holder.sessionmaker.configure(bind=engine)
            with holder.sessionmaker.begin() as s:
                before = config_version.current(s)
                s.add(Tariff(name=f"t{i}"))
            with holder.sessionmaker() as s:
                assert config_version.current(s) != before
            lingering.append(holder.sessionmaker.class_)
            del holder, s
        assert len(addresses) < 20  # the case this test is about did occur
    finally:
        engine.dispose()
