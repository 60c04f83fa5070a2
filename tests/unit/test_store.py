"""The application boundary's unit of work (app.services.store) on a real SQLite file."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db import Database
from app.models import Site
from app.services.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Database(f"sqlite:///{tmp_path / 'store.db'}", migrate=True)
    s = Store(db)
    yield s
    s.close()
    db.dispose()


def names(store: Store) -> list[str]:
    return store.read(lambda s: list(s.scalars(select(Site.name).order_by(Site.name))))


def test_write_commits_and_read_never_does(store: Store) -> None:
    store.write(lambda s: s.add(Site(name="HQ", timezone="Europe/Zurich")))
    assert names(store) == ["HQ"]

    def sneaky(s):  # a read that changes something: rolled back
        s.add(Site(name="Ghost", timezone="Europe/Zurich"))
        s.flush()
        return len(list(s.scalars(select(Site))))

    assert store.read(sneaky) == 2
    assert names(store) == ["HQ"]


def test_a_failing_write_leaves_nothing(store: Store) -> None:
    def fails(s):
        s.add(Site(name="Half", timezone="Europe/Zurich"))
        s.flush()
        raise ValueError("no")

    with pytest.raises(ValueError):
        store.write(fails)
    assert names(store) == []


async def test_async_work_runs_off_the_loop_thread(store: Store) -> None:
    loop_thread = threading.get_ident()
    seen: list[int] = []

    def add(s):
        seen.append(threading.get_ident())
        s.add(Site(name="Basel", timezone="Europe/Zurich"))

    await store.awrite(add)
    assert await store.aread(lambda s: [x.name for x in s.scalars(select(Site))]) == ["Basel"]
    assert seen and seen[0] != loop_thread
    assert await store.run(lambda: threading.get_ident()) != loop_thread
    # two units of work at once do not wait for each other's thread
    await asyncio.gather(store.aread(lambda s: 1), store.aread(lambda s: 2))
