"""The embedded map's plumbing, shared by the Map page and the location picker: a folium page served from the
application's own URL scheme, a QWebChannel back to Python, and a guard that keeps the page off the network.

* ``chargedesk://map/<page>.html``   the page folium generated for one view (kept in memory, any size: no
  ``setHtml`` and its 2 MB limit)
* ``chargedesk://map/assets/...``    ``resources/web``: Leaflet, Leaflet.markercluster, our script and styles
* ``chargedesk://map/qwebchannel.js`` Qt's own, read from its resources
* ``chargedesk://tiles/<source>/z/x/y`` tiles (:mod:`app.views.map.tiles`: folder, MBTiles, or the network
  through a disk cache)

The scheme must be registered before the first QtWebEngine object exists: importing this module does it, and
:func:`register_scheme` may be called earlier (before the QApplication, the safest place). QtWebEngine needs
``--no-sandbox`` in ``QTWEBENGINE_CHROMIUM_FLAGS`` as root or in a container (``app.main`` sets it).

Markers are not in the page: once the page says it is ready (``bridge.pageReady``) the owner pushes them with
``runJavaScript`` (:meth:`MapView.js`), and live changes go the same way, so the page is never rebuilt for them.
"""

from __future__ import annotations

import atexit
import itertools
import json
import logging
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import folium
import shiboken6
from folium.elements import JSCSSMixin
from folium.template import Template
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QFile,
    QIODevice,
    QObject,
    Qt,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtNetwork import QNetworkAccessManager
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.services.admin.station_map import STATUS_CATEGORIES
from app.services.admin.stations import AccessMode
from app.services.i18n import translate
from app.services.rules.plan import mode_name
from app.views.map import tiles as map_tiles
from app.views.shell import preferences
from app.views.widgets.style import (
    FAILED,
    MODE_COLOURS,
    STATUS_COLOURS,
    UNAVAILABLE_MARKER,
    status_name,
    text_css,
)

log = logging.getLogger(__name__)

SCHEME = b"chargedesk"
WEB_ROOT = Path(__file__).resolve().parents[3] / "resources" / "web"
MIME = {
    ".js": b"application/javascript",
    ".css": b"text/css",
    ".png": b"image/png",
    ".svg": b"image/svg+xml",
    ".html": b"text/html",
    ".json": b"application/json",
}
ALLOWED_SCHEMES = {"chargedesk", "data", "blob", "about", "qrc"}

# one colour per marker status (app.services.admin.station_map.STATUS_CATEGORIES)
MARKER_COLOURS = {
    "available": STATUS_COLOURS["Available"],
    "charging": STATUS_COLOURS["Charging"],
    "faulted": STATUS_COLOURS["Faulted"],
    "unavailable": UNAVAILABLE_MARKER,
    "offline": STATUS_COLOURS["Offline"],
}
assert set(MARKER_COLOURS) == set(STATUS_CATEGORIES)


def page_texts() -> dict[str, Any]:
    """What the page's script writes (legend, popups, cluster tooltips, coordinates), in the operator's language:
    ``ChargeDesk.init`` takes them from the options (resources/web/chargedesk-map.js has the English ones)."""
    return {
        "status": {
            "available": translate("MapView", "Available"),
            "charging": translate("MapView", "Charging / in use"),
            "faulted": translate("MapView", "Faulted"),
            "unavailable": translate("MapView", "Unavailable"),
            "offline": translate("MapView", "Offline"),
        },
        "clusterStatus": {
            "available": translate("MapView", "{count} available"),
            "charging": translate("MapView", "{count} charging / in use"),
            "faulted": translate("MapView", "{count} faulted"),
            "unavailable": translate("MapView", "{count} unavailable"),
            "offline": translate("MapView", "{count} offline"),
        },
        "mode": {mode.value: mode_name(mode) for mode in AccessMode},
        "connectorStatus": {status: status_name(status) for status in STATUS_COLOURS},
        "connector": translate("MapView", "Connector"),
        "accessNow": translate("MapView", "Access now: {mode}"),
        "noConnectors": translate("MapView", "No connectors known yet"),
        "open": translate("MapView", "Open in the station editor"),
        "coordinates": translate("MapView", "Coordinates under the mouse (the map's centre otherwise)"),
        "centre": translate("MapView", "centre"),
        "modesTitle": translate("MapView", "The small dot: the access mode right now"),
        "pickerLabel": translate("MapView", "Map: click to place the station"),
        "stationsLabel": translate("MapView", "Map of the stations"),
        "needleTitle": translate("MapView", "The station's location: drag to adjust"),
        "needleAlt": translate("MapView", "Station location"),
    }


def register_scheme() -> None:
    """Register ``chargedesk://`` with QtWebEngine (idempotent). Before any QtWebEngine object is created."""
    if bytes(QWebEngineUrlScheme.schemeByName(QByteArray(SCHEME)).name().data()) == SCHEME:
        return
    scheme = QWebEngineUrlScheme(QByteArray(SCHEME))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


register_scheme()


# --- the page -------------------------------------------------------------------------------------------------


class ChargeDeskLayer(JSCSSMixin):
    """folium element: our assets in the page header and ``ChargeDesk.init(map, options)`` after the map."""

    _template = Template("""
        {% macro script(this, kwargs) %}
            L.control.scale({imperial: false, maxWidth: 160}).addTo({{ this._parent.get_name() }});
            ChargeDesk.init({{ this._parent.get_name() }}, {{ this.options|tojson }});
        {% endmacro %}
    """)

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__()
        self._name = "ChargeDesk"
        self.options = options
        # what folium's JSCSSMixin puts in the page header; per element, as page_html does for the map, so that
        # no list is shared between elements (folium's add_js_link/add_css_link extend them in place)
        self.default_js = [
            ("markercluster", "assets/leaflet.markercluster/leaflet.markercluster.js"),
            ("qwebchannel", "qwebchannel.js"),
            ("chargedesk", "assets/chargedesk-map.js"),
        ]
        self.default_css = [
            ("markercluster_css", "assets/leaflet.markercluster/MarkerCluster.css"),
            ("chargedesk_css", "assets/chargedesk-map.css"),
        ]


def page_html(
    kind: str,
    tiles: map_tiles.TileSpec,
    *,
    center: tuple[float, float] = (20.0, 0.0),
    zoom: int = 2,
    options: dict[str, Any] | None = None,
) -> str:
    """The whole page for a map of ``kind`` (``stations`` or ``picker``), generated by folium with every asset
    local (folium's defaults — Leaflet, jQuery, Bootstrap, Font Awesome from CDNs — are replaced: the page uses
    Leaflet only, served by the application)."""
    m = folium.Map(
        location=list(center),
        zoom_start=zoom,
        tiles=None,
        control_scale=False,
        min_zoom=2,
        max_zoom=map_tiles.MAX_ZOOM,
        world_copy_jump=True,
    )
    m.default_js = [("leaflet", "assets/leaflet/leaflet.js")]
    m.default_css = [("leaflet_css", "assets/leaflet/leaflet.css")]
    if tiles.url:
        folium.TileLayer(
            tiles=tiles.url,
            attr=tiles.attribution or "&nbsp;",
            name="tiles",
            max_zoom=map_tiles.MAX_ZOOM,
            max_native_zoom=tiles.max_native_zoom,
            min_zoom=tiles.min_zoom,
        ).add_to(m)
    opts = {
        "kind": kind,
        "colours": MARKER_COLOURS,
        "connectorColours": STATUS_COLOURS,
        "modeColours": MODE_COLOURS,
        "showGrid": not tiles.url,
        "maxZoom": map_tiles.MAX_ZOOM,
        "texts": page_texts(),
    }
    opts.update(options or {})
    ChargeDeskLayer(opts).add_to(m)
    return m.get_root().render()


# --- the scheme handler and the shared profile -----------------------------------------------------------------


class SchemeHandler(QWebEngineUrlSchemeHandler):
    """Answers ``chargedesk://`` requests: pages, assets and tiles."""

    def __init__(self, shared: _Shared, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.pages: dict[str, bytes] = {}
        self._assets: dict[str, tuple[bytes, bytes]] = {}
        self.requests = 0

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        self.requests += 1
        url = job.requestUrl()
        host, path = url.host(), url.path()
        if job.requestMethod() != b"GET":
            job.fail(QWebEngineUrlRequestJob.Error.RequestDenied)
        elif host == "map":
            self._map(job, path)
        elif host == "tiles":
            self._tile(job, path)
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    def _map(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        name = path.lstrip("/")
        if name in self.pages:
            _reply(job, b"text/html", self.pages[name])
            return
        asset = self._asset(name)
        if asset is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
        else:
            _reply(job, asset[0], asset[1])

    def _asset(self, name: str) -> tuple[bytes, bytes] | None:
        if name in self._assets:
            return self._assets[name]
        if name == "qwebchannel.js":
            f = QFile(":/qtwebchannel/qwebchannel.js")
            if not f.open(QIODevice.OpenModeFlag.ReadOnly):
                return None
            found = (b"application/javascript", bytes(f.readAll().data()))
            f.close()
        elif name.startswith("assets/"):
            target = (WEB_ROOT / name.removeprefix("assets/")).resolve()
            if not target.is_relative_to(WEB_ROOT) or not target.is_file():
                return None
            found = (MIME.get(target.suffix, b"application/octet-stream"), target.read_bytes())
        else:
            return None
        self._assets[name] = found
        return found

    def _tile(self, job: QWebEngineUrlRequestJob, path: str) -> None:
        parts = path.strip("/").split("/")
        provider = self.shared.providers.get(parts[0]) if parts else None
        try:
            z, x, y = (int(p) for p in parts[1:4])
            if len(parts) != 4 or not 0 <= z <= 24 or not 0 <= y < (1 << z):
                raise ValueError(path)
        except ValueError:
            job.fail(QWebEngineUrlRequestJob.Error.UrlInvalid)
            return
        if provider is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        key, status = parts[0], self.shared.status
        x %= 1 << z  # the world repeats sideways

        def done(data: bytes | None, mime: bytes, why: str | None) -> None:
            status.record(key, data is not None, why)
            if not shiboken6.isValid(job):  # the page no longer wants it (zoomed away)
                return
            if data is not None:
                _reply(job, mime, data)
            else:
                job.fail(
                    QWebEngineUrlRequestJob.Error.UrlNotFound
                    if why == "missing"
                    else QWebEngineUrlRequestJob.Error.RequestFailed
                )

        try:
            provider.fetch(z, x, y, done)
        except Exception as e:  # a broken MBTiles file, an unreadable folder: the map goes on without tiles
            log.warning("tile %s failed: %s", path, e)
            done(None, b"", f"the tiles could not be read ({e})")


def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
    buf = QBuffer(job)
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    job.reply(QByteArray(mime), buf)


class _Shared(QObject):
    """One off-the-record profile with the scheme handler, the tile sources and their status, for every map."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.profile = QWebEngineProfile(self)  # off the record: nothing of the page is written to disk
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.status = map_tiles.TileStatus(self)
        self.handler = SchemeHandler(self, self)
        self.profile.installUrlSchemeHandler(QByteArray(SCHEME), self.handler)
        self._network: QNetworkAccessManager | None = None
        self.providers: dict[str, Any] = {}
        self.cache: map_tiles.TileCache | None = None

    @property
    def network(self) -> QNetworkAccessManager:
        if self._network is None:
            self._network = QNetworkAccessManager(self)
        return self._network

    def use_tiles(self, tiles: preferences.MapTiles | None = None) -> map_tiles.TileSpec:
        """The spec of the configured (or given) tile source, its provider ready to serve."""
        tiles = tiles or preferences.map_tiles()
        spec = map_tiles.spec_for(tiles)
        if spec.url and spec.key not in self.providers:
            if tiles.source in ("osm", "server"):
                cache_root = map_tiles.cache_dir()
                if self.cache is None or self.cache.root != cache_root:
                    self.cache = map_tiles.TileCache(cache_root, tiles.cache_mb)
                    self.cache.prune_soon()
                self.cache.limit = tiles.cache_mb * 1024 * 1024
                template = map_tiles.OSM_URL if tiles.source == "osm" else tiles.url.strip()
                self.providers[spec.key] = map_tiles.RemoteTiles(spec.key, template, self.cache, self.network)
            else:
                self.providers[spec.key] = map_tiles.local_provider(tiles.path)
            self.status.reset(spec.key)
        return spec


_shared: _Shared | None = None
_pages: weakref.WeakSet[QWebEnginePage] = weakref.WeakSet()


def shared() -> _Shared:
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        _shared = _Shared(QCoreApplication.instance())
        atexit.register(_release_pages)
    return _shared


def _release_pages() -> None:
    """At exit, pages go before their profile (QtWebEngine warns and may crash the other way round: the profile
    is a child of the application, the views may outlive it when nobody deleted them)."""
    for page in list(_pages):
        if shiboken6.isValid(page):
            shiboken6.delete(page)


# --- one map view -----------------------------------------------------------------------------------------------


class MapBridge(QObject):
    """The object the page sees as ``bridge`` (QWebChannel): its slots are what the page may call."""

    page_ready = Signal(str)
    drawn = Signal(float, int)
    open_station = Signal(int)
    needle_moved = Signal(float, float, str)

    @Slot(str)
    def pageReady(self, page_id: str) -> None:  # called from JavaScript
        self.page_ready.emit(page_id)

    @Slot(float, int)
    def interactive(self, ms: float, markers: int) -> None:
        self.drawn.emit(float(ms), int(markers))

    @Slot(int)
    def openStation(self, station_id: int) -> None:
        self.open_station.emit(int(station_id))

    @Slot(float, float, str)
    def needleMoved(self, lat: float, lon: float, how: str) -> None:
        self.needle_moved.emit(float(lat), float(lon), str(how))


class _Guard(QWebEngineUrlRequestInterceptor):
    """Refuses every request that would leave the application (http, https, ws, file …) and remembers it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() not in ALLOWED_SCHEMES:
            info.block(True)
            self.blocked.append(url.toString())
            log.warning("map: blocked a request to %s", url.toString())


class _Page(QWebEnginePage):
    """Stays on its own page (no navigation, no new windows) and keeps the script errors."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.errors: list[str] = []

    def acceptNavigationRequest(
        self,
        url: QUrl | str,
        nav_type: QWebEnginePage.NavigationType,
        is_main_frame: bool,
    ) -> bool:
        url = QUrl(url)
        ok = url.scheme() == SCHEME.decode() and url.host() == "map"
        if not ok:
            log.info("map: not following a link to %s", url.toString())
        return ok

    def createWindow(  # type: ignore[override]  # None: no new window, as Qt allows
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        return None

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.errors.append(f"{source}:{line}: {message}")
            log.error("map script: %s:%s: %s", source, line, message)
        else:
            log.debug("map script: %s", message)


_numbers = itertools.count(1)


class MapView(QWidget):
    """A QWebEngineView with our page, the bridge, queued JavaScript calls and the tile notice.

    Signals: ``ready()`` each time the page is loaded and connected (push the data then), ``interactive(ms,
    markers)`` when the page has drawn what it was given (``ms`` since navigation start, measured by the page),
    ``open_station(id)``, ``needle_moved(lat, lon, how)``."""

    ready = Signal()
    interactive = Signal(float, int)
    open_station = Signal(int)
    needle_moved = Signal(float, float, str)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.shared = shared()
        self.name = f"{kind}-{next(_numbers)}.html"
        self.view = QWebEngineView(self)
        self.view.setObjectName("MapWebView")
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.page = _Page(self.shared.profile, self.view)
        _pages.add(self.page)
        settings = self.page.settings()
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
        self.guard = _Guard(self)
        self.page.setUrlRequestInterceptor(self.guard)
        self.bridge = MapBridge(self)
        self.channel = QWebChannel(self.page)
        self.channel.registerObject("bridge", self.bridge)
        self.page.setWebChannel(self.channel)
        self.view.setPage(self.page)
        self.bridge.page_ready.connect(self._page_ready)
        self.bridge.drawn.connect(self.interactive)
        self.bridge.open_station.connect(self.open_station)
        self.bridge.needle_moved.connect(self.needle_moved)
        self.page.loadFinished.connect(self._load_finished)
        self.page.renderProcessTerminated.connect(self._renderer_gone)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        self.failure = QLabel()
        self.failure.setObjectName("MapFailure")
        self.failure.setWordWrap(True)
        self.failure.setStyleSheet(f"{text_css(FAILED)} padding:6px;")
        self.failure.hide()
        lay.addWidget(self.failure)

        self.page_id = ""
        self.loads = 0
        self.tiles: map_tiles.TileSpec | None = None
        self._queue: list[tuple[str, Callable[[Any], None] | None]] = []
        self._notice: tuple[str, str, bool] | None = None
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(300)
        self._notice_timer.timeout.connect(self.update_notice)
        self.shared.status.changed.connect(self._tiles_status)
        handler = self.shared.handler
        name = self.name
        self.destroyed.connect(
            lambda *_: handler.pages.pop(name, None) if shiboken6.isValid(handler) else None
        )

    # --- loading -------------------------------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return bool(self.page_id)

    @property
    def url(self) -> QUrl:
        return QUrl(f"chargedesk://map/{self.name}")

    def load(
        self,
        *,
        center: tuple[float, float] = (20.0, 0.0),
        zoom: int = 2,
        options: dict[str, Any] | None = None,
        tiles: preferences.MapTiles | None = None,
    ) -> str:
        """(Re)build the page with the configured tiles and load it; returns the HTML (for tests)."""
        self.tiles = self.shared.use_tiles(tiles)
        html = page_html(self.kind, self.tiles, center=center, zoom=zoom, options=options)
        self.shared.handler.pages[self.name] = html.encode()
        self.page_id = ""
        self._notice = None
        self.failure.hide()
        self.view.load(self.url)
        return html

    def html(self) -> str:
        return self.shared.handler.pages.get(self.name, b"").decode()

    def _page_ready(self, page_id: str) -> None:
        self.page_id = page_id
        self.loads += 1
        queued, self._queue = self._queue, []
        self.ready.emit()
        for code, callback in queued:
            self.js(code, callback)
        self.update_notice()

    def _load_finished(self, ok: bool) -> None:
        if not ok:
            self.failure.setText(
                translate(
                    "MapWeb",
                    "The map page could not be loaded. The stations are still listed on the Stations page; see the log "
                    "for details.",
                )
            )
            self.failure.show()
            log.error("map: the page %s did not load", self.url.toString())

    def _renderer_gone(self, status: Any, code: int) -> None:
        log.error("map: the page's renderer process ended (%s, %s); reloading", status, code)
        self.page_id = ""
        QTimer.singleShot(1000, self.view.reload)

    # --- talking to the page ----------------------------------------------------------------------------

    def js(self, code: str, callback: Callable[[Any], None] | None = None) -> None:
        """Run ``code`` in the page now, or as soon as it is ready; ``callback`` gets the result."""
        if not self.is_ready:
            self._queue.append((code, callback))
            return
        if callback is None:
            self.page.runJavaScript(code, 0)
        else:
            self.page.runJavaScript(code, 0, callback)

    def call(self, function: str, *args: Any, callback: Callable[[Any], None] | None = None) -> None:
        """``ChargeDesk.<function>(args…)`` with the arguments as JSON."""
        self.js(
            f"ChargeDesk.{function}({', '.join(json.dumps(a, separators=(',', ':')) for a in args)})",
            callback,
        )

    @property
    def script_errors(self) -> list[str]:
        return self.page.errors

    @property
    def blocked_requests(self) -> list[str]:
        return self.guard.blocked

    # --- the tile notice --------------------------------------------------------------------------------

    def _tiles_status(self, key: str) -> None:
        if self.tiles is not None and key == self.tiles.key and not self._notice_timer.isActive():
            self._notice_timer.start()

    def tile_problem(self) -> tuple[str, str] | None:
        """(why there is no background, level) or None while tiles are shown."""
        spec = self.tiles
        if spec is None:
            return None
        if spec.problem:
            return spec.problem, "warn"
        status = self.shared.status
        state = status.state(spec.key)
        if state == "failed":
            return status.reason.get(spec.key, f"{spec.what} could not be reached"), "warn"
        if state == "missing":
            return f"{spec.what} have no tiles for this area", "info"
        return None

    def update_notice(self) -> None:
        problem = self.tile_problem()
        spec = self.tiles
        if problem is None or spec is None:
            notice = ("", "info", False)
        else:
            why, level = problem
            why = _html(why[0].upper() + why[1:])
            if spec.source == "none":
                text = translate(
                    "MapView",
                    "<b>No map tiles</b>: No tile source is chosen. The stations are shown on a grid of latitudes "
                    "and longitudes; Settings → Map tiles chooses a tile source.",
                )
            elif spec.problem:
                text = translate(
                    "MapView",
                    "<b>No map tiles</b>: {why}. The stations are shown on a grid of latitudes and longitudes; "
                    "Settings → Map tiles chooses a tile source.",
                ).format(why=why)
            elif spec.remote:
                text = translate(
                    "MapView",
                    "<b>No map tiles</b>: {why}. Tiles viewed before are shown from the cache, the rest of the "
                    "map is a grid of latitudes and longitudes. Settings → Map tiles chooses another source (a "
                    "tile server on the LAN or pre-downloaded tiles).",
                ).format(why=why)
            else:
                text = translate(
                    "MapView",
                    "<b>No map tiles here</b>: {why}. The map shows a grid of latitudes and longitudes.",
                ).format(why=why)
            notice = (text, level, True)
        if notice != self._notice and self.is_ready:
            self._notice = notice
            self.call("setNotice", notice[0], notice[1])
            self.call("setGrid", notice[2] or not (spec and spec.url))

    def notice_text(self) -> str:
        return self._notice[0] if self._notice else ""


def _html(text: str) -> str:
    import html

    return html.escape(text)
