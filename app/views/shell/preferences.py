"""Per-machine console preferences (QSettings): which database, and how the central system listens.

Precedence stays as app.config says — ``--db`` and ``CHARGEDESK_*`` variables win — and the values saved
from the Settings page come next, before the built-in defaults.

A PostgreSQL password is never kept here: QSettings holds the URL without it and the password goes to the
console's libpq password file (:mod:`app.services.admin.database`); a URL saved with its password by an older
version is moved there when the preferences are next read.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtCore import QSettings

from app.config import ENV_PREFIX, CentralSystemSettings, Settings
from app.services.admin import database as db_login


def qsettings() -> QSettings:
    return QSettings("ChargeDesk", "ChargeDesk")


def apply(settings: Settings, *, cli_db: str | None = None) -> Settings:
    """``settings`` with the saved preferences applied where neither the command line nor the environment
    decided."""
    s = qsettings()
    url = settings.database_url
    saved_url = saved_database_url()
    if saved_url and not cli_db and not os.environ.get(ENV_PREFIX + "DATABASE_URL"):
        url = db_login.connect_url(saved_url)
    c = settings.central
    changes: dict[str, object] = {}
    for key, env, cast in (
        ("port", "OCPP_PORT", int),
        ("host", "OCPP_HOST", str),
        ("ping_interval_s", "PING_INTERVAL", float),
        ("unknown_charger_policy", "UNKNOWN_CHARGERS", str),
        ("file_server_port", "FILE_SERVER_PORT", int),
        ("file_server_host", "FILE_SERVER_HOST", str),
        ("role", "CENTRAL_ROLE", str),
    ):
        value = s.value(f"central/{key}", None)
        if value not in (None, "") and not os.environ.get(ENV_PREFIX + env):
            changes[key] = cast(str(value))
    for key, env in (("tls_cert", "TLS_CERT"), ("tls_key", "TLS_KEY")):
        value = str(s.value(f"central/{key}", "", type=str))
        if not os.environ.get(ENV_PREFIX + env):
            changes[key] = Path(value) if value else c.tls_cert if key == "tls_cert" else c.tls_key
    central: CentralSystemSettings = dataclasses.replace(c, **changes)  # type: ignore[arg-type]
    return dataclasses.replace(settings, database_url=url, central=central)


def saved_database_url() -> str:
    """The saved database URL, without a password (one an older version saved is moved to the password file)."""
    s = qsettings()
    saved = str(s.value("database/url", "", type=str))
    try:
        login = db_login.database_login(saved)
    except ValueError:
        return saved
    if login.password is not None and login.url != saved:  # a password in clear in the settings: move it
        s.setValue("database/url", db_login.save_login(login))
        s.sync()
        return login.url
    return saved


def shown_database_url() -> str:
    """The saved database URL as the Settings page shows it (the password masked)."""
    return db_login.masked_url(saved_database_url())


def save_database_url(url: str, password: str = "") -> str:
    """Save the database to use from the next start: the URL without its password in QSettings, the password
    (typed in the URL or given apart) in the password file. Returns the URL as shown (masked). Raises
    ``ValueError`` for text that is not a database URL and ``OSError`` when the password file cannot be written."""
    bare = db_login.save_login(db_login.database_login(url, password))
    s = qsettings()
    s.setValue("database/url", bare)
    s.sync()
    return db_login.masked_url(bare)


def save_central(**values: object) -> None:
    s = qsettings()
    for key, value in values.items():
        s.setValue(f"central/{key}", "" if value is None else str(value))


# --- map tiles (issue 5) ----------------------------------------------------------------------------------------

MAP_TILE_SOURCES = ("osm", "server", "folder", "none")


@dataclasses.dataclass(frozen=True)
class MapTiles:
    """Where the map's background comes from (QSettings ``map/tiles`` and friends).

    ``source``: ``osm`` (the public OpenStreetMap tiles, needs internet), ``server`` (a tile server on the LAN,
    ``url`` is its template with ``{z}``, ``{x}``, ``{y}``), ``folder`` (``path`` is a folder of pre-downloaded
    ``{z}/{x}/{y}.png`` tiles or an ``.mbtiles`` file) or ``none``. ``attribution`` is shown in the map's
    corner (OpenStreetMap's is fixed). ``cache_mb`` bounds the disk cache of tiles fetched over the network."""

    source: str = "osm"
    url: str = ""
    path: str = ""
    attribution: str = ""
    cache_mb: int = 500


def map_tiles() -> MapTiles:
    s = qsettings()
    source = str(s.value("map/tiles", "osm", type=str))
    try:
        cache_mb = int(str(s.value("map/tile_cache_mb", 500)))
    except (TypeError, ValueError):
        cache_mb = 500
    return MapTiles(
        source=source if source in MAP_TILE_SOURCES else "osm",
        url=str(s.value("map/tile_url", "", type=str)),
        path=str(s.value("map/tile_path", "", type=str)),
        attribution=str(s.value("map/tile_attribution", "", type=str)),
        cache_mb=max(cache_mb, 0),
    )


def save_map_tiles(tiles: MapTiles) -> None:
    s = qsettings()
    s.setValue("map/tiles", tiles.source)
    s.setValue("map/tile_url", tiles.url)
    s.setValue("map/tile_path", tiles.path)
    s.setValue("map/tile_attribution", tiles.attribution)
    s.setValue("map/tile_cache_mb", int(tiles.cache_mb))


# --- language (issue 15) ----------------------------------------------------------------------------------------


def language() -> str:
    """The console's language as chosen in Settings: ``de``, ``fr``, ``it``, ``en``, or ``""`` (the system's)."""
    return str(qsettings().value("console/language", "", type=str))


def save_language(code: str) -> None:
    s = qsettings()
    s.setValue("console/language", code)
    s.sync()
