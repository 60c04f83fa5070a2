"""Opening the database for the services: the one place a :class:`~app.db.Database` gets the services' hooks."""

from __future__ import annotations

from typing import Any

from app.db import Database
from app.services.central import config_version


def open_database(url: str, *, migrate: bool = False, **engine_kwargs: Any) -> Database:
    """The database at ``url`` whose sessions bump the configuration stamp when they write configuration
    (:func:`app.services.central.config_version.install`), whatever else was imported."""
    return config_version.install(Database(url, migrate=migrate, **engine_kwargs))
