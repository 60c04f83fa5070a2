"""Map tiles: where the map's background comes from, a disk cache of what was shown, and the Settings section.

Every tile the map shows goes through the application's URL scheme (``chargedesk://tiles/<source>/z/x/y``):
the page itself never names a network host, and :class:`TileCache` keeps each tile fetched over the network on
disk, so a site viewed once works offline later. Sources (``preferences.MapTiles.source``):

* ``osm``    the public OpenStreetMap tiles (needs internet; attribution shown; cached; a User-Agent that names
             the application, as the OSM tile usage policy asks)
* ``server`` a tile server on the LAN, by URL template ``http://tiles.lan/{z}/{x}/{y}.png`` (cached too)
* ``folder`` pre-downloaded tiles: a folder ``{z}/{x}/{y}.png`` (or .jpg/.jpeg/.webp), or an ``.mbtiles`` file
* ``none``   no background: stations on a plain grid of latitudes and longitudes

Remote tiles are fetched with a ``QNetworkAccessManager`` on the GUI thread's event loop (asynchronous); a source
that cannot be reached is left alone for :data:`BACKOFF_S` seconds (cached tiles are still served) so an offline
map stays quick. :class:`TileStatus` counts served and failed tiles so the map can say why it has no background.
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import logging
import os
import re
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.services.i18n import PLURAL, translate
from app.views.shell import preferences
from app.views.shell.preferences import MapTiles
from app.views.widgets.style import BORDER_ERROR_CSS, ERROR, MUTED_CSS, OK, text_css

log = logging.getLogger(__name__)

OSM_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_HOST = "tile.openstreetmap.org"
OSM_ATTRIBUTION = "© OpenStreetMap contributors"
USER_AGENT = "ChargeDesk/0.1 (EV charging operator console; map tiles for the operator's own sites)"
MAX_ZOOM = 19
FRESH_S = (
    7 * 24 * 3600
)  # a cached network tile younger than this is not fetched again (OSM asks for >= 7 days)
BACKOFF_S = 20.0  # after a source could not be reached, serve from the cache only for this long
TIMEOUT_MS = 10_000
IMAGE_TYPES = {".png": b"image/png", ".jpg": b"image/jpeg", ".jpeg": b"image/jpeg", ".webp": b"image/webp"}
_TEMPLATE_FIELDS = re.compile(r"\{([a-z-]+)\}")

Done = Callable[[bytes | None, bytes, str | None], None]  # (data or None, mime type, why it failed)


def cache_dir() -> Path:
    return config.data_dir() / "tile-cache"


# --- what the page needs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TileSpec:
    """A tile source as the page sees it: ``url`` is the chargedesk:// template (empty: no tiles)."""

    key: str
    url: str
    attribution: str  # HTML (escaped)
    max_native_zoom: int
    min_zoom: int
    what: str  # for people: "OpenStreetMap (tile.openstreetmap.org)"
    problem: str | None = None  # known before any tile is asked for (folder missing, no source chosen)
    source: str = "osm"

    @property
    def remote(self) -> bool:
        return self.source in ("osm", "server")


def _key(tiles: MapTiles) -> str:
    ident = f"{tiles.source}\n{tiles.url}\n{tiles.path}"
    return hashlib.sha1(ident.encode()).hexdigest()[:12]


def spec_for(tiles: MapTiles) -> TileSpec:
    key = _key(tiles)
    url = f"chargedesk://tiles/{key}/{{z}}/{{x}}/{{y}}"
    if tiles.source == "none":
        return TileSpec(key, "", "", MAX_ZOOM, 0, "no tiles", "no tile source is chosen", "none")
    if tiles.source == "osm":
        return TileSpec(
            key, url, html.escape(OSM_ATTRIBUTION), MAX_ZOOM, 0, f"OpenStreetMap ({OSM_HOST})", None, "osm"
        )
    attribution = html.escape(tiles.attribution.strip())
    if tiles.source == "server":
        problem = url_problem(tiles.url)
        host = urlsplit(tiles.url).hostname or tiles.url
        return TileSpec(
            key,
            "" if problem else url,
            attribution,
            MAX_ZOOM,
            0,
            f"the tile server {host}",
            f"the tile server URL is not usable: {problem}" if problem else None,
            "server",
        )
    problem = path_problem(tiles.path)
    if problem:
        return TileSpec(key, "", attribution, MAX_ZOOM, 0, "local tiles", problem, "folder")
    provider = local_provider(tiles.path)
    _low, high = provider.zoom_range()
    return TileSpec(
        key,
        url,
        attribution,
        high,
        0,
        f"the local tiles in {tiles.path}",
        None if high >= 0 else f"{tiles.path} holds no tiles",
        "folder",
    )


def url_problem(url: str) -> str | None:
    """Why a tile server URL template cannot be used (None: it can)."""
    url = url.strip()
    if not url:
        return "enter the tile server's URL, e.g. http://tiles.example.lan/{z}/{x}/{y}.png"
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "it must start with http:// or https:// and name a host"
    fields = set(_TEMPLATE_FIELDS.findall(url))
    missing = [f"{{{f}}}" for f in ("z", "x", "y") if f not in fields]
    if missing:
        return f"it must contain {', '.join(missing)} where the zoom, column and row go"
    unknown = fields - {"z", "x", "y", "s", "r"}
    if unknown:
        return f"unknown placeholder {', '.join('{' + u + '}' for u in sorted(unknown))} (use {{z}}, {{x}}, {{y}}, {{s}})"
    return None


def path_problem(path: str) -> str | None:
    """Why a tiles folder or MBTiles file cannot be used (None: it can)."""
    if not path.strip():
        return "choose the folder of pre-downloaded tiles or an .mbtiles file"
    p = Path(path).expanduser()
    if not p.exists():
        return f"{path} does not exist"
    if p.is_file():
        if p.suffix.lower() != ".mbtiles":
            return f"{p.name} is not a folder or an .mbtiles file"
        try:
            with contextlib.closing(sqlite3.connect(f"file:{p}?mode=ro", uri=True)) as db:
                db.execute(
                    "SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1"
                ).fetchall()
        except sqlite3.Error as e:
            return f"{p.name} is not a readable MBTiles file ({e})"
        return None
    if not any(c.is_dir() and c.name.isdigit() for c in p.iterdir()):
        return f"{path} has no zoom folders: it must hold {{z}}/{{x}}/{{y}}.png tiles"
    return None


# --- providers ------------------------------------------------------------------------------------------------


class FolderTiles:
    """``{z}/{x}/{y}.png`` (or another image type) under a folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def zoom_range(self) -> tuple[int, int]:
        levels = [int(c.name) for c in self.root.iterdir() if c.is_dir() and c.name.isdigit()]
        return (min(levels), max(levels)) if levels else (0, -1)

    def fetch(self, z: int, x: int, y: int, done: Done) -> None:
        for ext, mime in IMAGE_TYPES.items():
            f = self.root / str(z) / str(x) / f"{y}{ext}"
            if f.is_file():
                done(f.read_bytes(), mime, None)
                return
        done(None, b"", "missing")


class MBTiles:
    """An MBTiles file (SQLite, TMS rows: y is flipped)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = (
            dict(self._db.execute("SELECT name, value FROM metadata").fetchall())
            if self._db.execute("SELECT 1 FROM sqlite_master WHERE name='metadata'").fetchone()
            else {}
        )
        fmt = str(meta.get("format", "png")).lower()
        self.mime = IMAGE_TYPES.get(f".{fmt}", b"image/png")
        self._meta = meta

    def zoom_range(self) -> tuple[int, int]:
        try:
            return int(self._meta["minzoom"]), int(self._meta["maxzoom"])
        except (KeyError, ValueError):
            low, high = self._db.execute("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles").fetchone()
            return (0, -1) if high is None else (int(low), int(high))

    def fetch(self, z: int, x: int, y: int, done: Done) -> None:
        row = self._db.execute(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?",
            (z, x, (1 << z) - 1 - y),
        ).fetchone()
        if row is None:
            done(None, b"", "missing")
        else:
            done(bytes(row[0]), self.mime, None)


def local_provider(path: str) -> FolderTiles | MBTiles:
    p = Path(path).expanduser()
    return MBTiles(p) if p.is_file() else FolderTiles(p)


class TileCache:
    """Tiles fetched over the network, on disk: ``<dir>/<source>/<z>/<x>/<y>``; bounded to ``limit_mb``
    (oldest first out, pruned in a worker thread)."""

    def __init__(self, root: Path, limit_mb: int = 500) -> None:
        self.root = root
        self.limit = limit_mb * 1024 * 1024
        self._written = 0
        self._pruning = False

    def _file(self, source: str, z: int, x: int, y: int) -> Path:
        return self.root / source / str(z) / str(x) / str(y)

    def get(self, source: str, z: int, x: int, y: int) -> tuple[bytes, bytes, float] | None:
        """(data, mime, age in seconds) or None."""
        f = self._file(source, z, x, y)
        try:
            data = f.read_bytes()
            age = time.time() - f.stat().st_mtime
        except OSError:
            return None
        return data, _sniff(data), age

    def put(self, source: str, z: int, x: int, y: int, data: bytes) -> None:
        f = self._file(source, z, x, y)
        try:
            f.parent.mkdir(parents=True, exist_ok=True)
            tmp = f.with_name(f"{f.name}.{os.getpid()}.tmp")
            tmp.write_bytes(data)
            os.replace(tmp, f)
        except OSError as e:  # a full or read-only disk costs the cache, not the map
            log.warning("tile cache: cannot write %s: %s", f, e)
            return
        self._written += len(data)
        if self._written > 8 * 1024 * 1024:
            self._written = 0
            self.prune_soon()

    def size(self) -> tuple[int, int]:
        """(files, bytes) in the cache (walks the folder: call from a worker thread for big caches)."""
        files = total = 0
        for dirpath, _dirs, names in os.walk(self.root):
            for n in names:
                with contextlib.suppress(OSError):
                    total += os.stat(os.path.join(dirpath, n)).st_size
                    files += 1
        return files, total

    def clear(self) -> None:
        for dirpath, _dirs, names in os.walk(self.root, topdown=False):
            for n in names:
                with contextlib.suppress(OSError):
                    os.remove(os.path.join(dirpath, n))
            with contextlib.suppress(OSError):
                os.rmdir(dirpath)

    def prune(self) -> int:
        """Delete the oldest tiles until the cache is within 90 % of its limit; returns how many went."""
        entries = []
        for dirpath, _dirs, names in os.walk(self.root):
            for n in names:
                p = os.path.join(dirpath, n)
                with contextlib.suppress(OSError):
                    st = os.stat(p)
                    entries.append((st.st_mtime, st.st_size, p))
        total = sum(e[1] for e in entries)
        if total <= self.limit:
            return 0
        removed = 0
        for _mtime, size, p in sorted(entries):
            if total <= self.limit * 0.9:
                break
            with contextlib.suppress(OSError):
                os.remove(p)
                total -= size
                removed += 1
        return removed

    def prune_soon(self) -> None:
        if self._pruning or self.limit <= 0:
            return
        self._pruning = True

        def work() -> None:
            try:
                n = self.prune()
                if n:
                    log.info("tile cache: removed %d old tiles (limit %d MB)", n, self.limit // 1024 // 1024)
            finally:
                self._pruning = False

        threading.Thread(target=work, name="tile-cache-prune", daemon=True).start()


def _sniff(data: bytes) -> bytes:
    if data.startswith(b"\x89PNG"):
        return b"image/png"
    if data.startswith(b"\xff\xd8"):
        return b"image/jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return b"image/webp"
    return b"application/octet-stream"


class RemoteTiles:
    """Tiles from a URL template over the network, through :class:`TileCache`."""

    def __init__(self, key: str, template: str, cache: TileCache, network: QNetworkAccessManager) -> None:
        self.key = key
        self.template = template
        self.cache = cache
        self.network = network
        self.host = urlsplit(template).hostname or template
        self.down_until = 0.0
        self.down_reason = ""
        self._n = 0

    def zoom_range(self) -> tuple[int, int]:
        return 0, MAX_ZOOM

    def url(self, z: int, x: int, y: int) -> str:
        self._n += 1
        values = {"z": str(z), "x": str(x), "y": str(y), "s": "abc"[self._n % 3], "r": ""}
        return _TEMPLATE_FIELDS.sub(lambda m: values.get(m.group(1), m.group(0)), self.template)

    def fetch(self, z: int, x: int, y: int, done: Done) -> None:
        cached = self.cache.get(self.key, z, x, y)
        if cached is not None and cached[2] < FRESH_S:
            done(cached[0], cached[1], None)
            return
        if time.monotonic() < self.down_until:
            if cached is not None:
                done(cached[0], cached[1], None)
            else:
                done(None, b"", self.down_reason)
            return
        request = QNetworkRequest(QUrl(self.url(z, x, y)))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
        request.setTransferTimeout(TIMEOUT_MS)
        reply = self.network.get(request)
        reply.finished.connect(lambda: self._finished(reply, z, x, y, cached, done))

    def _finished(
        self,
        reply: QNetworkReply,
        z: int,
        x: int,
        y: int,
        cached: tuple[bytes, bytes, float] | None,
        done: Done,
    ) -> None:
        reply.deleteLater()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        error = reply.error()
        if error == QNetworkReply.NetworkError.NoError and status == 200:
            data = bytes(reply.readAll().data())
            mime = _sniff(data)
            if mime.startswith(b"image/"):
                self.cache.put(self.key, z, x, y, data)
                done(data, mime, None)
                return
            why = f"{self.host} answered with something that is not an image"
        elif status is not None and int(status) in (400, 403, 404, 410):
            # the server is there, this tile is not (or we are refused): not a reason to stop asking
            why = (
                f"{self.host} has no tile {z}/{x}/{y} (HTTP {status})"
                if int(status) != 403
                else f"{self.host} refused the tiles (HTTP 403: check its usage policy or access rules)"
            )
            if cached is not None:
                done(cached[0], cached[1], None)
            else:
                done(None, b"", why)
            return
        else:
            why = f"{self.host} could not be reached ({reply.errorString() or f'HTTP {status}'})"
            self.down_until = time.monotonic() + BACKOFF_S
            self.down_reason = why
        if cached is not None:  # stale is better than nothing
            done(cached[0], cached[1], None)
        else:
            done(None, b"", why)


class TileStatus(QObject):
    """How the tiles of each source are doing: counts, the latest outcomes and the last reason for a failure.
    A map has no background while its source's recent tiles all failed (the network went away) or were all
    missing (a local folder that does not cover the area); one tile served clears it."""

    changed = Signal(str)  # source key
    WINDOW = 16

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.served: dict[str, int] = {}
        self.failed: dict[str, int] = {}
        self.missing: dict[str, int] = {}
        self.reason: dict[str, str] = {}
        self.recent: dict[str, deque[str]] = {}

    def reset(self, key: str) -> None:
        self.served[key] = self.failed[key] = self.missing[key] = 0
        self.reason.pop(key, None)
        self.recent[key] = deque(maxlen=self.WINDOW)

    def record(self, key: str, ok: bool, why: str | None = None) -> None:
        outcome = "ok" if ok else "missing" if why == "missing" else "failed"
        if outcome == "ok":
            self.served[key] = self.served.get(key, 0) + 1
        elif outcome == "missing":
            self.missing[key] = self.missing.get(key, 0) + 1
        else:
            self.failed[key] = self.failed.get(key, 0) + 1
            if why:
                self.reason[key] = why
        self.recent.setdefault(key, deque(maxlen=self.WINDOW)).append(outcome)
        self.changed.emit(key)

    def state(self, key: str) -> str:
        """``ok``, ``failed`` (the recent tiles all failed, or failed or were missing), ``missing`` (all missing),
        or ``unknown`` (nothing asked yet)."""
        recent = self.recent.get(key)
        if not recent:
            return "unknown"
        if "ok" in recent:
            return "ok"
        return "failed" if "failed" in recent else "missing"


# --- the Settings section -------------------------------------------------------------------------------------


class MapTilesSettings(QWidget):
    """Settings → Map tiles: the tile source, its URL or folder, the cache. Saved on "Save"; open maps reload
    their background at once (``preferences.MapTiles`` in QSettings; :func:`tiles_changed` notifies them)."""

    saved = Signal()
    tested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._network: QNetworkAccessManager | None = None
        tiles = preferences.map_tiles()
        lay = QVBoxLayout(self)
        box = QGroupBox(translate("MapTilesSettings", "Map tiles"))
        form = QFormLayout(box)
        intro = QLabel(
            translate(
                "MapTilesSettings",
                "The map's background. Stations are always shown; without tiles they appear on a grid of latitudes "
                "and longitudes. Tiles fetched over the network are kept on disk, so a site viewed once can be "
                "shown later without a connection.",
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)

        self.group = QButtonGroup(self)
        self.osm = QRadioButton(translate("MapTilesSettings", "OpenStreetMap (public tiles, needs internet)"))
        self.osm.setToolTip(
            translate(
                "MapTilesSettings",
                "tile.openstreetmap.org, with its attribution. For a few consoles only: heavy use needs a tile server "
                "of your own (OSM tile usage policy)",
            )
        )
        self.server = QRadioButton(translate("MapTilesSettings", "A tile server on the network"))
        self.folder = QRadioButton(
            translate("MapTilesSettings", "Pre-downloaded tiles: a folder or an MBTiles file")
        )
        self.none = QRadioButton(translate("MapTilesSettings", "No tiles (stations on a coordinate grid)"))
        sources = QVBoxLayout()
        for key, button in (
            ("osm", self.osm),
            ("server", self.server),
            ("folder", self.folder),
            ("none", self.none),
        ):
            button.setObjectName(f"tiles_{key}")
            self.group.addButton(button)
            sources.addWidget(button)
        form.addRow(translate("MapTilesSettings", "Source:"), sources)

        self.url = QLineEdit(tiles.url)
        self.url.setObjectName("field_tile_url")
        self.url.setPlaceholderText(translate("MapTilesSettings", "http://tiles.example.lan/{z}/{x}/{y}.png"))
        self.url.setToolTip(
            translate(
                "MapTilesSettings",
                "The server's URL template: {z} zoom, {x} column, {y} row ({s} for a, b, c sub-domains)",
            )
        )
        self.url_error = _error_label()
        self.test_button = QPushButton(translate("MapTilesSettings", "Test"))
        self.test_button.setObjectName("TestTiles")
        self.test_button.setToolTip(
            translate("MapTilesSettings", "Ask the server for its first tile (zoom 0) and say what came back")
        )
        self.test_button.clicked.connect(self.test_server)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.test_button)
        form.addRow(translate("MapTilesSettings", "Server URL:"), _stack(url_row, self.url_error))

        self.path = QLineEdit(tiles.path)
        self.path.setObjectName("field_tile_path")
        self.path.setPlaceholderText(
            translate("MapTilesSettings", "/srv/tiles  (holding {z}/{x}/{y}.png)  or  /srv/site.mbtiles")
        )
        browse_dir = QPushButton(translate("MapTilesSettings", "Folder…"))
        browse_dir.clicked.connect(self._browse_folder)
        browse_file = QPushButton(translate("MapTilesSettings", "MBTiles file…"))
        browse_file.clicked.connect(self._browse_file)
        self.browse = (browse_dir, browse_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse_dir)
        row.addWidget(browse_file)
        self.path_error = _error_label()
        form.addRow(translate("MapTilesSettings", "Tiles:"), _stack(row, self.path_error))

        self.attribution = QLineEdit(tiles.attribution)
        self.attribution.setObjectName("field_tile_attribution")
        self.attribution.setPlaceholderText(translate("MapTilesSettings", "© OpenStreetMap contributors"))
        self.attribution.setToolTip(
            translate("MapTilesSettings", "Shown in the map's corner: the data's licence usually requires it")
        )
        form.addRow(translate("MapTilesSettings", "Attribution:"), self.attribution)

        self.cache_mb = QSpinBox()
        self.cache_mb.setObjectName("field_tile_cache_mb")
        self.cache_mb.setRange(0, 100_000)
        self.cache_mb.setSuffix(" MB")  # i18n: not text (the unit)
        self.cache_mb.setValue(tiles.cache_mb)
        self.cache_mb.setToolTip(
            translate(
                "MapTilesSettings", "The oldest cached tiles are removed beyond this size (0: no limit)"
            )
        )
        cache_row = QHBoxLayout()
        cache_row.addWidget(self.cache_mb)
        self.cache_info = QLabel()
        self.cache_info.setObjectName("TileCacheInfo")
        self.cache_info.setStyleSheet(MUTED_CSS)
        self.clear_button = QPushButton(translate("MapTilesSettings", "Clear cache"))
        self.clear_button.setToolTip(
            translate("MapTilesSettings", "Delete every cached tile (they are fetched again when shown)")
        )
        self.clear_button.clicked.connect(self.clear_cache)
        cache_row.addWidget(self.clear_button)
        cache_row.addWidget(self.cache_info, 1)
        form.addRow(translate("MapTilesSettings", "Cache:"), cache_row)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("MapTilesSettings", "Save"))
        self.save_button.setObjectName("SaveTiles")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.result = QLabel()
        self.result.setObjectName("TilesResult")
        self.result.setWordWrap(True)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.result, 1)
        form.addRow("", buttons)
        lay.addWidget(box)
        lay.addStretch(1)

        {"osm": self.osm, "server": self.server, "folder": self.folder, "none": self.none}[
            tiles.source
        ].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._update())
        for w in (self.url, self.path):
            w.returnPressed.connect(self.save)
        self._update()
        self.refresh_cache_info()

    def source(self) -> str:
        for key, button in (("osm", self.osm), ("server", self.server), ("folder", self.folder)):
            if button.isChecked():
                return key
        return "none"

    def _update(self) -> None:
        source = self.source()
        self.url.setEnabled(source == "server")
        self.test_button.setEnabled(source == "server")
        self.path.setEnabled(source == "folder")
        for b in self.browse:
            b.setEnabled(source == "folder")
        self.attribution.setEnabled(source in ("server", "folder"))
        self.attribution.setPlaceholderText(
            translate("MapTilesSettings", "{attribution} (always shown)").format(attribution=OSM_ATTRIBUTION)
            if source == "osm"
            else translate(
                "MapTilesSettings", "e.g. © OpenStreetMap contributors, or your map data's licence"
            )
            if source in ("server", "folder")
            else ""
        )
        self._mark(self.url, self.url_error, None)
        self._mark(self.path, self.path_error, None)

    @staticmethod
    def _mark(field: QLineEdit, label: QLabel, message: str | None) -> None:
        field.setStyleSheet(BORDER_ERROR_CSS if message else "")
        label.setText(message or "")
        label.setVisible(bool(message))

    def tiles(self) -> MapTiles:
        return MapTiles(
            source=self.source(),
            url=self.url.text().strip(),
            path=self.path.text().strip(),
            attribution=self.attribution.text().strip(),
            cache_mb=self.cache_mb.value(),
        )

    def save(self) -> bool:
        tiles = self.tiles()
        problem = None
        if tiles.source == "server":
            problem = url_problem(tiles.url)
            self._mark(self.url, self.url_error, problem and problem[0].upper() + problem[1:] + ".")
            if problem:
                self.url.setFocus()
        elif tiles.source == "folder":
            problem = path_problem(tiles.path)
            self._mark(self.path, self.path_error, problem and problem[0].upper() + problem[1:] + ".")
            if problem:
                self.path.setFocus()
        if problem:
            self.result.setStyleSheet(text_css(ERROR))
            self.result.setText(translate("MapTilesSettings", "Not saved: fix the marked field."))
            return False
        preferences.save_map_tiles(tiles)
        notifier().tiles_changed.emit()
        self.result.setStyleSheet(text_css(OK))
        self.result.setText(
            translate("MapTilesSettings", "Saved; open maps use it now.")
            + (
                " "
                + translate(
                    "MapTilesSettings",
                    "OpenStreetMap needs internet: without it only tiles shown before are available.",
                )
                if tiles.source == "osm"
                else ""
            )
        )
        self.saved.emit()
        return True

    def test_server(self) -> None:
        """Fetch tile 0/0/0 from the server URL (asynchronously) and say what came back."""
        problem = url_problem(self.url.text())
        self._mark(self.url, self.url_error, problem and problem[0].upper() + problem[1:] + ".")
        if problem:
            return
        if self._network is None:
            self._network = QNetworkAccessManager(self)
        template = self.url.text().strip()
        values = {"z": "0", "x": "0", "y": "0", "s": "a", "r": ""}
        url = _TEMPLATE_FIELDS.sub(lambda m: values.get(m.group(1), m.group(0)), template)
        request = QNetworkRequest(QUrl(url))
        request.setHeader(QNetworkRequest.KnownHeaders.UserAgentHeader, USER_AGENT)
        request.setTransferTimeout(TIMEOUT_MS)
        started = time.monotonic()
        self.test_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(
            translate("MapTilesSettings", "Asking {host} for a tile…").format(host=urlsplit(url).hostname)
        )
        reply = self._network.get(request)

        def finished() -> None:
            reply.deleteLater()
            self.test_button.setEnabled(self.source() == "server")
            ms = (time.monotonic() - started) * 1000
            status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
            data = bytes(reply.readAll().data())
            if reply.error() == QNetworkReply.NetworkError.NoError and _sniff(data).startswith(b"image/"):
                self.result.setStyleSheet(text_css(OK))
                self.result.setText(
                    translate(
                        "MapTilesSettings", "The server answered with a tile ({size} KB) in {ms} ms."
                    ).format(size=f"{len(data) / 1024:.0f}", ms=f"{ms:.0f}")
                )
            else:
                why = (
                    reply.errorString()
                    if reply.error() != QNetworkReply.NetworkError.NoError
                    else translate("MapTilesSettings", "HTTP {status}, not an image").format(status=status)
                )
                self.result.setStyleSheet(text_css(ERROR))
                self.result.setText(
                    translate("MapTilesSettings", "No tile from {url}: {why}.").format(url=url, why=why)
                )
            self.tested.emit(self.result.text())

        reply.finished.connect(finished)

    def refresh_cache_info(self) -> None:
        files, total = TileCache(cache_dir()).size()
        self.cache_info.setText(
            translate(
                "MapTilesSettings", "%n tile(s), {size} MB in {folder}", None, PLURAL, int(files)
            ).format(size=f"{total / 1024 / 1024:,.1f}", folder=cache_dir())
        )
        self.clear_button.setEnabled(files > 0)

    def clear_cache(self) -> None:
        TileCache(cache_dir()).clear()
        self.refresh_cache_info()

    def _browse_folder(self) -> None:
        dialog = QFileDialog(self, translate("MapTilesSettings", "Folder of map tiles ({z}/{x}/{y}.png)"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()
        self._dialog = dialog

    def _browse_file(self) -> None:
        dialog = QFileDialog(self, "MBTiles file")
        dialog.setNameFilter("MBTiles (*.mbtiles)")
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()
        self._dialog = dialog


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(text_css(ERROR))
    label.setWordWrap(True)
    label.hide()
    return label


def _stack(top: Any, below: QLabel) -> QWidget:
    w = QWidget()
    lay = QVBoxLayout(w)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    if isinstance(top, QWidget):
        lay.addWidget(top)
    else:
        lay.addLayout(top)
    lay.addWidget(below)
    if isinstance(top, QWidget):
        w.setFocusProxy(top)
    return w


class _Notifier(QObject):
    tiles_changed = Signal()


_notifier: _Notifier | None = None


def notifier() -> _Notifier:
    """The process-wide "tile settings changed" signal (maps reload their background when it fires)."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
        _notifier.setObjectName("MapTilesNotifier")
    return _notifier
