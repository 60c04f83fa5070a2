"""The map (issue 5): the page works with no internet, shows the stations live, and places the needle.

Every test runs offscreen with no network: the page is served from the application's URL scheme and a guard
refuses any request that would leave it (``MapView.blocked_requests``). The page is queried with
``runJavaScript``; clicks and drags on the map are real mouse events on the web view, and their coordinates
come back to Python through QWebChannel. Tiles: none, a folder made here, and a tile server on 127.0.0.1
(started and stopped by the test) to show that tiles seen once are served from the disk cache afterwards.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import threading
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from app.db import Database
from app.models import AccessMode, AccessSchedule, AccessWindow, Charger, Connector, Site, Station, Tariff
from app.ocpp.events import ChargerConnected, ChargerDisconnected, StatusChanged
from app.services.admin import station_map
from app.services.admin import stations as svc
from app.services.admin.station_map import StationMapService
from app.services.store import Store
from app.views.map import tiles as map_tiles
from app.views.map import web as map_web
from app.views.map.page import MapPage
from app.views.map.picker import MapPickerDialog, parse_coordinate, pick_location
from app.views.map.tiles import MapTilesSettings
from app.views.map.web import MapView, page_html
from app.views.shell import preferences
from app.views.shell.preferences import MapTiles
from tests.helpers.gui import FakeBridge

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
WEB = ROOT / "resources" / "web"
CDN_HOSTS = ("cdn.jsdelivr", "cdnjs.", "unpkg.com", "code.jquery", "bootstrapcdn", "googleapis.com")
MONDAY_10 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # Monday 10:00 in Zurich
LOAD_TIMEOUT = 60_000  # ms: QtWebEngine's first start on a busy 2-core machine
L = Qt.MouseButton.LeftButton

# Offscreen there is no OpenGL or Vulkan: QtWebEngine says so once per process (it then renders in software)
pytestmark = pytest.mark.qt_log_ignore(
    "QRhiGles2: Failed to create",
    "Failed to create RHI",
    "does not support createPlatformVulkanInstance",
    "QVulkanInstance: Failed to initialize Vulkan",
    "GBM is not supported",
    "GPUInfo not initialized",
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


# --- demo data ------------------------------------------------------------------------------------------------


def charger(s: Any, cp: str, online: bool = True, status: str = "Available") -> None:
    s.add(
        Charger(
            charge_point_id=cp,
            registration="Accepted",
            online=online,
            status=status,
            vendor="ABB",
            model="Terra AC",
        )
    )


def station(
    s: Any,
    site: Site,
    cp: str,
    name: str,
    where: tuple[float, float] | None,
    statuses: list[str],
    *,
    online: bool = True,
    plug: str = "Type2",
    kw: float = 22.0,
    mode: AccessMode | None = None,
    address: str = "",
    weekdays_limited: bool = False,
) -> Station:
    st = Station(
        site=site,
        charge_point_id=cp,
        name=name,
        lat=where[0] if where else None,
        lon=where[1] if where else None,
        address=address,
    )
    st.connectors = [
        Connector(connector_id=n, plug_type=plug, max_kw=kw, status=status)
        for n, status in enumerate(statuses, start=1)
    ]
    s.add(st)
    s.flush()
    if mode is not None or weekdays_limited:
        schedule = AccessSchedule(station_id=st.id, default_mode=mode or AccessMode.PUBLIC)
        if weekdays_limited:  # Mon–Fri 07:00–18:00 Limited, Public otherwise
            schedule.windows = [
                AccessWindow(days=0b0011111, start_minute=7 * 60, end_minute=18 * 60, mode=AccessMode.LIMITED)
            ]
        s.add(schedule)
    if online is not None:
        charger(s, cp, online)
    return st


def make_demo(db: Database, parking: int = 8) -> dict[str, int]:
    """HQ Zurich (a hall, a garage, visitor parking, a parking deck) and a Basel site; one station unplaced."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", address="Hardstrasse 201, 8005 Zürich")
        basel = Site(name="Basel Plant", timezone="Europe/Zurich", address="Hafenstrasse 12, 4057 Basel")
        s.add_all([hq, basel, Tariff(name="employee", per_kwh=Decimal("0.20"))])
        ids = {}
        ids["HALL-B-1"] = station(
            s,
            hq,
            "HALL-B-1",
            "Hall B",
            (47.38762, 8.52011),
            ["Charging", "Available"],
            weekdays_limited=True,
            address="Hardstrasse 201, Hall B",
        ).id
        ids["HALL-B-2"] = station(
            s,
            hq,
            "HALL-B-2",
            "Hall B east",
            (47.38771, 8.52064),
            ["Available", "Available"],
            mode=AccessMode.LIMITED,
        ).id
        ids["GARAGE-2"] = station(
            s, hq, "GARAGE-2", "Garage 2", (47.38681, 8.51893), ["Available"], plug="CCS", kw=50.0
        ).id
        ids["VISITOR-P1"] = station(
            s, hq, "VISITOR-P1", "Visitor P1", (47.38842, 8.52216), ["Available", "Faulted"]
        ).id
        ids["VISITOR-P2"] = station(
            s, hq, "VISITOR-P2", "Visitor P2", (47.38861, 8.52262), ["Available", "Available"], online=False
        ).id
        ids["DIR-1"] = station(
            s, hq, "DIR-1", "Director", (47.38716, 8.52155), ["Available"], mode=AccessMode.PRIVATE
        ).id
        ids["DOCK-1"] = station(
            s, hq, "DOCK-1", "Loading dock", (47.38612, 8.52092), ["Unavailable", "Unavailable"]
        ).id
        for i in range(1, parking + 1):
            ids[f"P3-{i:02d}"] = station(
                s,
                hq,
                f"P3-{i:02d}",
                f"Deck P3 #{i}",
                (47.38930 + (i % 4) * 0.00003, 8.51705 + (i // 4) * 0.00004),
                ["Charging" if i % 3 == 0 else "Available"],
            ).id
        ids["HALL-C-1"] = station(s, hq, "HALL-C-1", "Hall C", None, ["Available"]).id
        ids["DOCK-4"] = station(
            s, basel, "DOCK-4", "Dock 4", (47.56961, 7.58802), ["Available"], online=False
        ).id
        ids["hq"], ids["basel"] = hq.id, basel.id
    return ids


# --- helpers ----------------------------------------------------------------------------------------------------


def js(qtbot: Any, view: MapView, code: str, timeout: int = 20_000) -> Any:
    """The value of ``code`` in the page (JSON round trip for objects)."""
    out: list[Any] = []
    view.js(f"JSON.stringify(({code}))", out.append)
    qtbot.waitUntil(lambda: bool(out), timeout=timeout)
    return None if out[0] in (None, "undefined") else json.loads(out[0])


def wait_drawn(qtbot: Any, view: MapView) -> None:
    qtbot.waitUntil(lambda: view.is_ready, timeout=LOAD_TIMEOUT)
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.ready") is True, timeout=LOAD_TIMEOUT)


def png(colour: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(buf.data().data())


@pytest.fixture
def tiles_setting() -> Iterator[Any]:
    """Set the map tile source for one test; the previous setting comes back afterwards."""
    before = preferences.map_tiles()

    def use(tiles: MapTiles) -> MapTiles:
        preferences.save_map_tiles(tiles)
        return tiles

    yield use
    preferences.save_map_tiles(before)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tile cache goes under CHARGEDESK_DATA_DIR: a fresh one per test."""
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def demo_db(sqlite_db: Database) -> tuple[Database, dict[str, int]]:
    return sqlite_db, make_demo(sqlite_db)


def open_map(qtbot: Any, database: Database, bridge: Any = None, clock: Any = None) -> MapPage:
    page = MapPage(StationMapService(Store(database)), bridge, None, clock=clock or (lambda: MONDAY_10))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.map is not None
    wait_drawn(qtbot, page.map)
    return page


# --- the page: no network, every asset local ----------------------------------------------------------------


@pytest.mark.parametrize("source", ["none", "osm", "server", "folder"])
def test_generated_page_names_no_network_url(qapp: Any, tmp_path: Path, source: str) -> None:
    folder = tmp_path / "tiles"
    (folder / "0" / "0").mkdir(parents=True)
    (folder / "0" / "0" / "0.png").write_bytes(png("#dde3ea"))
    tiles = MapTiles(
        source=source,
        url="http://tiles.example.lan/{z}/{x}/{y}.png",
        path=str(folder),
        attribution="© swisstopo",
    )
    spec = map_web.shared().use_tiles(tiles)
    html = page_html("stations", spec, center=(47.39, 8.52), zoom=15)
    assert re.findall(r"https?://[^\s\"'<>)]*", html) == []  # not even the configured tile URL: it is proxied
    for host in (*CDN_HOSTS, "tile.openstreetmap.org", "tiles.example.lan"):
        assert host not in html
    # folium's defaults are replaced: Leaflet and markercluster from the application, nothing else
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts == [
        "assets/leaflet/leaflet.js",
        "assets/leaflet.markercluster/leaflet.markercluster.js",
        "qwebchannel.js",
        "assets/chargedesk-map.js",
    ]
    for name in ("jquery", "bootstrap", "font-awesome", "fontawesome", "awesome-markers"):
        assert name not in html.lower()
    if source == "none":
        assert "L.tileLayer" not in html
    else:
        assert f'"chargedesk://tiles/{spec.key}/{{z}}/{{x}}/{{y}}"' in html
        if source == "osm":
            assert "OpenStreetMap contributors" in html


def test_vendored_assets_match_their_checksums_and_licences() -> None:
    listed = re.findall(r"^([0-9a-f]{64})  (\S+)$", (WEB / "ASSETS.md").read_text(), re.M)
    assert len(listed) == 12
    for digest, name in listed:
        assert hashlib.sha256((WEB / name).read_bytes()).hexdigest() == digest, name
    assert "BSD 2-Clause" in (WEB / "leaflet" / "LICENSE").read_text()
    assert (
        "MIT" in (WEB / "leaflet.markercluster" / "MIT-LICENCE.txt").read_text()
        or "Permission is hereby granted" in (WEB / "leaflet.markercluster" / "MIT-LICENCE.txt").read_text()
    )
    for path in [*WEB.rglob("*"), *(ROOT / "app").rglob("*.py")]:
        if path.is_file() and path.suffix in (".py", ".js", ".css", ".md", ".html"):
            text = path.read_text(errors="replace")
            assert not [h for h in CDN_HOSTS if h in text], path


# --- the Map page -----------------------------------------------------------------------------------------------


def test_map_page_loads_offline_with_a_marker_per_placed_station(
    qtbot: Any, demo_db: Any, tiles_setting: Any
) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    view = page.map
    assert view is not None
    placed = {k: v for k, v in ids.items() if k not in ("HALL-C-1", "hq", "basel")}
    assert js(qtbot, view, "ChargeDesk.markerCount()") == len(placed) == 16
    assert sorted(js(qtbot, view, "Object.keys(ChargeDesk.markers).map(Number)")) == sorted(placed.values())
    expected = {
        "HALL-B-1": ("charging", "limited"),
        "GARAGE-2": ("available", "public"),
        "VISITOR-P1": ("faulted", "public"),
        "VISITOR-P2": ("offline", "public"),
        "DIR-1": ("available", "private"),
        "DOCK-1": ("unavailable", "public"),
    }
    for cp, (status, mode) in expected.items():
        info = js(qtbot, view, f"ChargeDesk.markerInfo({ids[cp]})")
        assert (info["status"], info["mode"]) == (status, mode), cp
        assert info["colour"] == map_web.MARKER_COLOURS[status]
        assert f"background:{map_web.MARKER_COLOURS[status]}" in info["html"]
    hall = js(qtbot, view, f"ChargeDesk.markerInfo({ids['HALL-B-1']})")
    assert (hall["lat"], hall["lon"]) == (47.38762, 8.52011)
    # measured by the page itself, from navigation start to the markers drawn
    qtbot.waitUntil(lambda: page.interactive_ms is not None, timeout=LOAD_TIMEOUT)
    assert page.interactive_ms > 0
    assert page.count.text() == "16 of 17 stations on the map · 1 without a location: Hall C"
    # nothing tried to leave the machine, and the page's scripts ran without an error
    assert view.blocked_requests == []
    assert view.script_errors == []
    # with no tile source the map says why, and draws a grid with coordinates and a scale instead
    assert "No tile source is chosen" in view.notice_text()
    assert js(qtbot, view, "document.querySelector('.cd-notice').innerText").startswith("No map tiles")
    assert js(qtbot, view, "ChargeDesk.map.hasLayer(ChargeDesk.grid)") is True
    assert js(qtbot, view, "document.querySelectorAll('.cd-grid-label').length") > 2
    assert js(qtbot, view, "!!document.querySelector('.leaflet-control-scale-line')") is True
    assert "°" in js(qtbot, view, "document.querySelector('.cd-coords').innerText")


def test_popup_lists_connectors_and_opens_the_station(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    view = page.map
    qtbot.keyClicks(page.search, "HALL-B-1")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: js(qtbot, view, f"ChargeDesk.markers[{ids['HALL-B-1']}].isPopupOpen()") is True,
        timeout=20_000,
    )
    popup = js(qtbot, view, "document.querySelector('.cd-popup').innerText")
    assert "Hall B" in popup and "HALL-B-1 · HQ Zurich" in popup
    assert "#1" in popup and "Type2 · 22 kW" in popup and "Charging" in popup and "Available" in popup
    assert "Access now: Limited until 18:00" in popup
    centre = js(qtbot, view, "ChargeDesk.map.getCenter()")
    assert abs(centre["lat"] - 47.38762) < 0.001 and abs(centre["lng"] - 8.52011) < 0.001
    with qtbot.waitSignal(page.open_station, timeout=10_000) as opened:
        view.js("document.querySelector('.cd-popup a.cd-open').click()")
    assert opened.args == [ids["HALL-B-1"]]


def test_search_for_a_station_without_location_says_so(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    qtbot.keyClicks(page.search, "Hall C")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.message.isVisible()
    assert "Hall C has no location yet" in page.message.text()
    with qtbot.waitSignal(page.open_station) as opened:
        page.message.linkActivated.emit(f"station:{ids['HALL-C-1']}")
    assert opened.args == [ids["HALL-C-1"]]
    page.search.clear()
    qtbot.keyClicks(page.search, "nowhere")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.message.text() == "No station matches “nowhere”."


def test_filters_are_the_stations_lists(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    view = page.map
    total = js(qtbot, view, "ChargeDesk.visibleCount()")
    assert total == 16
    with qtbot.waitSignal(page.filters_changed) as changed:
        page.status_filter.setCurrentIndex(page.status_filter.findData("faulted"))
    assert changed.args == [{"site_id": None, "status": "faulted", "mode": None}]
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 1)
    assert js(qtbot, view, f"ChargeDesk.markerInfo({ids['VISITOR-P1']}).visible") is True
    assert page.count.text().startswith("1 of 16 placed stations match the filters")
    # the same decision as the Stations list
    with database.session() as s:
        rows = svc.list_rows(s)
    assert {r.id for r in rows if svc.matches_status(r, "faulted")} == {ids["VISITOR-P1"]}
    page.status_filter.setCurrentIndex(0)
    page.site_filter.setCurrentIndex(page.site_filter.findData(ids["basel"]))
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 1)
    assert js(qtbot, view, f"ChargeDesk.markerInfo({ids['DOCK-4']}).visible") is True
    page.site_filter.setCurrentIndex(0)
    page.mode_filter.setCurrentIndex(page.mode_filter.findData("limited"))
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 2)
    # the search reaches a station the filters hide: they are cleared
    qtbot.keyClicks(page.search, "GARAGE-2")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert page.filters() == {"site_id": None, "status": None, "mode": None}
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 16)
    assert "The filters hid it" in page.message.text()
    # Fit all frames every station shown (Zurich and Basel)
    QTest.mouseClick(page.fit_button, L)
    qtbot.waitUntil(
        lambda: (
            js(
                qtbot,
                view,
                "ChargeDesk.map.getBounds().contains([47.56961, 7.58802]) && "
                "ChargeDesk.map.getBounds().contains([47.38762, 8.52011])",
            )
            is True
        )
    )


def test_status_change_recolours_the_marker_without_reloading(
    qtbot: Any, demo_db: Any, tiles_setting: Any
) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    bridge = FakeBridge()
    page = open_map(qtbot, database, bridge)
    view = page.map
    page_id = js(qtbot, view, "ChargeDesk.pageId")
    garage = ids["GARAGE-2"]
    assert js(qtbot, view, f"ChargeDesk.markerInfo({garage}).status") == "available"
    bridge.status_changed.emit(
        StatusChanged("GARAGE-2", connector_id=1, status="Faulted", error_code="GroundFailure")
    )
    qtbot.waitUntil(lambda: js(qtbot, view, f"ChargeDesk.markerInfo({garage}).status") == "faulted")
    info = js(qtbot, view, f"ChargeDesk.markerInfo({garage})")
    assert info["colour"] == map_web.MARKER_COLOURS["faulted"] and "cd-s-faulted" in info["className"]
    bridge.disconnected.emit(ChargerDisconnected("GARAGE-2"))
    qtbot.waitUntil(lambda: js(qtbot, view, f"ChargeDesk.markerInfo({garage}).status") == "offline")
    bridge.connected.emit(ChargerConnected("VISITOR-P2"))
    bridge.status_changed.emit(StatusChanged("VISITOR-P2", connector_id=1, status="Charging"))
    qtbot.waitUntil(
        lambda: js(qtbot, view, f"ChargeDesk.markerInfo({ids['VISITOR-P2']}).status") == "charging"
    )
    # the same page all along: markers changed in place
    assert js(qtbot, view, "ChargeDesk.pageId") == page_id
    assert view.loads == 1
    assert js(qtbot, view, "ChargeDesk.markerCount()") == 16
    assert js(qtbot, view, "ChargeDesk.updates") == 3
    # a burst of events is sent as one update
    for n in range(20):
        bridge.status_changed.emit(
            StatusChanged("HALL-B-1", connector_id=1 + n % 2, status="Charging" if n % 2 else "Available")
        )
    qtbot.waitUntil(lambda: not page._push_timer.isActive() and not page._dirty)
    assert js(qtbot, view, "ChargeDesk.updates") <= 4
    assert view.script_errors == []


def test_events_before_the_map_is_opened_are_not_lost(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    bridge = FakeBridge()
    page = MapPage(StationMapService(Store(database)), bridge, None, clock=lambda: MONDAY_10)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: not page.loading)
    assert page.map is None  # no web engine until someone opens the map
    bridge.status_changed.emit(StatusChanged("GARAGE-2", connector_id=1, status="Charging"))
    bridge.disconnected.emit(ChargerDisconnected("DIR-1"))
    page.resize(1280, 800)
    page.show()
    assert page.map is not None
    wait_drawn(qtbot, page.map)
    assert js(qtbot, page.map, f"ChargeDesk.markerInfo({ids['GARAGE-2']}).status") == "charging"
    assert js(qtbot, page.map, f"ChargeDesk.markerInfo({ids['DIR-1']}).status") == "offline"


def test_access_mode_follows_the_clock_without_reloading(
    qtbot: Any, demo_db: Any, tiles_setting: Any
) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    now = [MONDAY_10 + dt.timedelta(hours=7, minutes=59)]  # Monday 17:59 in Zurich: Hall B is Limited
    page = open_map(qtbot, database, clock=lambda: now[0])
    view = page.map
    hall = ids["HALL-B-1"]
    assert js(qtbot, view, f"ChargeDesk.markerInfo({hall}).mode") == "limited"
    page.mode_filter.setCurrentIndex(page.mode_filter.findData("limited"))
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 2)
    page_id = js(qtbot, view, "ChargeDesk.pageId")
    now[0] += dt.timedelta(minutes=2)  # 18:01: Public
    page.tick()
    qtbot.waitUntil(lambda: js(qtbot, view, f"ChargeDesk.markerInfo({hall}).mode") == "public")
    assert "cd-m-public" in js(qtbot, view, f"ChargeDesk.markerInfo({hall}).className")
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 1)  # the filter follows too
    assert js(qtbot, view, "ChargeDesk.pageId") == page_id


def test_reload_replaces_markers_in_place(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    view = page.map
    page_id = js(qtbot, view, "ChargeDesk.pageId")
    with database.session() as s:
        st = s.get(Station, ids["HALL-C-1"])
        st.lat, st.lon = 47.3880, 8.5190
    page.reload()
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.markerCount()") == 17)
    assert js(qtbot, view, "ChargeDesk.pageId") == page_id
    assert page.count.text() == "17 of 17 stations on the map"


# --- tiles ---------------------------------------------------------------------------------------------------


def _tile_server(colour: str) -> tuple[ThreadingHTTPServer, list[str]]:
    body = png(colour)
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


def test_tiles_seen_once_are_there_offline(qtbot: Any, tiles_setting: Any, data_dir: Path) -> None:
    server, seen = _tile_server("#cfe3cf")
    port = server.server_address[1]
    tiles = tiles_setting(
        MapTiles(
            source="server", url=f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png", attribution="LAN tiles"
        )
    )
    first = MapView("stations")
    qtbot.addWidget(first)
    first.resize(800, 600)
    first.show()
    first.load(center=(47.3876, 8.5201), zoom=15, tiles=tiles)
    wait_drawn(qtbot, first)
    qtbot.waitUntil(lambda: js(qtbot, first, "ChargeDesk.tileCounts.idle") is True, timeout=30_000)
    assert js(qtbot, first, "ChargeDesk.tileCounts.load") >= 4
    fetched = len(seen)
    assert fetched >= 4 and all(re.fullmatch(r"/15/\d+/\d+\.png", p) for p in seen)
    assert len(list((data_dir / "tile-cache").rglob("*"))) > fetched  # folders and files
    assert first.notice_text() == ""
    assert first.blocked_requests == []  # the page never fetched from 127.0.0.1 itself: the application did
    server.shutdown()
    server.server_close()
    # the tile server is gone (the LAN is down): the same view comes from the cache
    second = MapView("stations")
    qtbot.addWidget(second)
    second.resize(800, 600)
    second.show()
    second.load(center=(47.3876, 8.5201), zoom=15, tiles=tiles)
    wait_drawn(qtbot, second)
    qtbot.waitUntil(lambda: js(qtbot, second, "ChargeDesk.tileCounts.idle") is True, timeout=30_000)
    assert js(qtbot, second, "ChargeDesk.tileCounts.load") == fetched
    assert len(seen) == fetched
    assert js(qtbot, second, "ChargeDesk.tileCounts.error") == 0
    assert second.notice_text() == ""


def test_unreachable_tile_server_says_why(qtbot: Any, tiles_setting: Any) -> None:
    server, _seen = _tile_server("#ffffff")
    port = server.server_address[1]
    server.server_close()  # nothing listens there any more
    tiles = tiles_setting(MapTiles(source="server", url=f"http://127.0.0.1:{port}/{{z}}/{{x}}/{{y}}.png"))
    view = MapView("stations")
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.load(center=(47.3876, 8.5201), zoom=14, tiles=tiles)
    wait_drawn(qtbot, view)
    qtbot.waitUntil(lambda: "could not be reached" in view.notice_text(), timeout=30_000)
    assert "127.0.0.1 could not be reached" in view.notice_text()
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.map.hasLayer(ChargeDesk.grid)") is True)
    assert view.blocked_requests == []


def test_local_tile_folder(qtbot: Any, tiles_setting: Any, tmp_path: Path) -> None:
    folder = tmp_path / "tiles"
    tile = png("#e4ecf2")
    for z in range(3):
        for x in range(1 << z):
            (folder / str(z) / str(x)).mkdir(parents=True)
            for y in range(1 << z):
                (folder / str(z) / str(x) / f"{y}.png").write_bytes(tile)
    tiles = tiles_setting(MapTiles(source="folder", path=str(folder)))
    spec = map_tiles.spec_for(tiles)
    assert spec.max_native_zoom == 2 and spec.problem is None
    view = MapView("stations")
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    view.load(center=(47.3876, 8.5201), zoom=12, tiles=tiles)  # zoom 12 drawn from the zoom-2 tiles
    wait_drawn(qtbot, view)
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.tileCounts.load") >= 1, timeout=30_000)
    assert js(qtbot, view, "ChargeDesk.tileCounts.error") == 0
    assert view.notice_text() == ""
    assert js(qtbot, view, "ChargeDesk.map.hasLayer(ChargeDesk.grid)") is False


def test_tile_settings_validate_and_save(qtbot: Any, tiles_setting: Any, tmp_path: Path) -> None:
    tiles_setting(MapTiles(source="osm"))
    w = MapTilesSettings()
    qtbot.addWidget(w)
    w.show()
    assert w.osm.isChecked() and not w.url.isEnabled()
    QTest.mouseClick(w.server, L, pos=QPoint(5, w.server.height() // 2))
    assert w.server.isChecked() and w.url.isEnabled() and not w.path.isEnabled()
    qtbot.keyClicks(w.url, "tiles.lan/{z}/{x}.png")
    with qtbot.assertNotEmitted(map_tiles.notifier().tiles_changed):
        QTest.mouseClick(w.save_button, L)
    assert w.url_error.isVisible()
    assert "must start with http:// or https://" in w.url_error.text()
    assert preferences.map_tiles().source == "osm"  # nothing saved
    w.url.clear()
    qtbot.keyClicks(w.url, "http://tiles.lan/{z}/{x}.png")
    QTest.mouseClick(w.save_button, L)
    assert "must contain {y}" in w.url_error.text()
    w.url.clear()
    qtbot.keyClicks(w.url, "http://tiles.lan/{z}/{x}/{y}.png")
    with qtbot.waitSignal(map_tiles.notifier().tiles_changed):
        QTest.keyClick(w.url, Qt.Key.Key_Return)
    assert not w.url_error.isVisible()
    assert preferences.map_tiles() == MapTiles(source="server", url="http://tiles.lan/{z}/{x}/{y}.png")
    # "Test" asks the server for a tile and says what came back
    server, seen = _tile_server("#ddeeff")
    try:
        w.url.clear()
        qtbot.keyClicks(w.url, f"http://127.0.0.1:{server.server_address[1]}/{{z}}/{{x}}/{{y}}.png")
        with qtbot.waitSignal(w.tested, timeout=10_000) as tested:
            QTest.mouseClick(w.test_button, L)
        assert tested.args[0].startswith("The server answered with a tile (")
        assert seen == ["/0/0/0.png"]
    finally:
        server.shutdown()
        server.server_close()
    QTest.mouseClick(w.folder, L, pos=QPoint(5, w.folder.height() // 2))
    qtbot.keyClicks(w.path, str(tmp_path / "missing"))
    QTest.mouseClick(w.save_button, L)
    assert "does not exist" in w.path_error.text()
    assert preferences.map_tiles().source == "server"


def test_mbtiles_and_the_cache_bound(tmp_path: Path) -> None:
    import sqlite3
    import time

    path = tmp_path / "site.mbtiles"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE metadata (name TEXT, value TEXT);"
        "CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT, tile_data BLOB);"
        "INSERT INTO metadata VALUES ('format', 'png'), ('minzoom', '0'), ('maxzoom', '14');"
    )
    tile = png("#abcdef")
    db.execute("INSERT INTO tiles VALUES (14, 8580, ?, ?)", ((1 << 14) - 1 - 5738, tile))  # TMS rows
    db.commit()
    db.close()
    assert map_tiles.path_problem(str(path)) is None
    spec = map_tiles.spec_for(MapTiles(source="folder", path=str(path)))
    assert (spec.max_native_zoom, spec.problem) == (14, None)
    got: list[Any] = []
    map_tiles.local_provider(str(path)).fetch(14, 8580, 5738, lambda *a: got.append(a))
    map_tiles.local_provider(str(path)).fetch(14, 8581, 5738, lambda *a: got.append(a))
    assert got == [(tile, b"image/png", None), (None, b"", "missing")]
    junk = tmp_path / "junk.mbtiles"
    junk.write_text("not a database")
    assert "not a readable MBTiles file" in (map_tiles.path_problem(str(junk)) or "")

    cache = map_tiles.TileCache(tmp_path / "cache", limit_mb=0)
    cache.limit = 3 * len(tile)
    for n in range(5):
        cache.put("src", 3, n, 1, tile)
        os.utime(cache._file("src", 3, n, 1), (time.time() - 100 + n, time.time() - 100 + n))
    assert cache.size() == (5, 5 * len(tile))
    assert cache.prune() == 3  # down to 90 % of the limit, the oldest first
    assert cache.get("src", 3, 0, 1) is None and cache.get("src", 3, 4, 1)[0] == tile
    cache.clear()
    assert cache.size() == (0, 0)


# --- the needle ----------------------------------------------------------------------------------------------


def open_picker(qtbot: Any, lat: Any = None, lon: Any = None, **kwargs: Any) -> MapPickerDialog:
    dialog = MapPickerDialog(lat, lon, **kwargs)
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    wait_drawn(qtbot, dialog.map)
    return dialog


def test_click_places_the_needle_and_dragging_moves_it(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    dialog = open_picker(
        qtbot, title="Hall C", map_service=StationMapService(Store(database)), station_id=ids["HALL-C-1"]
    )
    view = dialog.map
    assert not dialog.ok.isEnabled() and dialog.lat.text() == ""
    assert js(qtbot, view, "ChargeDesk.context.getLayers().length") == 16  # the others, faintly
    surface = view.view.focusProxy()
    # a click on the map: the page reports where, through QWebChannel
    with qtbot.waitSignal(view.needle_moved, timeout=10_000) as moved:
        QTest.mouseClick(surface, L, Qt.KeyboardModifier.NoModifier, QPoint(500, 300))
    lat, lon, how = moved.args
    expected = js(qtbot, view, "ChargeDesk.map.containerPointToLatLng([500, 300])")
    assert how == "click"
    assert (lat, lon) == pytest.approx((expected["lat"], expected["lng"]), abs=1e-9)
    assert float(dialog.lat.text()) == pytest.approx(lat, abs=1e-7)
    assert float(dialog.lon.text()) == pytest.approx(lon, abs=1e-7)
    assert dialog.ok.isEnabled() and dialog.ok.text() == "Use this location"
    # drag the needle 120 px right and 60 px down
    needle = js(qtbot, view, "ChargeDesk.needleInfo()")
    x, y = int(needle["x"]), int(needle["y"]) - 20  # grab it by its head
    with qtbot.waitSignal(view.needle_moved, timeout=10_000) as dragged:
        QTest.mousePress(surface, L, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
        for i in range(1, 13):
            QTest.mouseMove(surface, QPoint(x + 10 * i, y + 5 * i))
            qtbot.wait(15)
        QTest.mouseRelease(surface, L, Qt.KeyboardModifier.NoModifier, QPoint(x + 120, y + 60))
    lat2, lon2, how2 = dragged.args
    assert how2 == "drag"
    target = js(qtbot, view, f"ChargeDesk.map.containerPointToLatLng([{x + 120}, {y + 80}])")
    assert (lat2, lon2) == pytest.approx((target["lat"], target["lng"]), abs=2e-5)
    assert lat2 < lat and lon2 > lon
    assert float(dialog.lat.text()) == pytest.approx(lat2, abs=1e-7)
    # confirming hands the position to whoever asked (the station editor)
    with qtbot.waitSignal(dialog.location_chosen) as chosen:
        QTest.mouseClick(dialog.ok, L)
    assert chosen.args == [pytest.approx(lat2, abs=1e-7), pytest.approx(lon2, abs=1e-7)]
    assert view.blocked_requests == [] and view.script_errors == []


def test_typed_coordinates_move_the_needle_and_ranges_are_checked(qtbot: Any, tiles_setting: Any) -> None:
    tiles_setting(MapTiles(source="none"))
    dialog = open_picker(qtbot, "47.38762", "8.52011", title="Hall B")
    view = dialog.map
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.needleInfo()") is not None)
    assert js(qtbot, view, "ChargeDesk.needleInfo()")["lat"] == pytest.approx(47.38762)
    dialog.lat.clear()
    qtbot.keyClicks(dialog.lat, "47.3901")
    dialog.lon.clear()
    qtbot.keyClicks(dialog.lon, "8.5150")
    QTest.keyClick(dialog.lon, Qt.Key.Key_Tab)  # editing finished
    qtbot.waitUntil(lambda: (js(qtbot, view, "ChargeDesk.needleInfo()") or {}).get("lat") == 47.3901)
    assert js(qtbot, view, "ChargeDesk.needleInfo()")["lon"] == 8.515
    assert dialog.last_how == "typed"
    # out of range: marked, the needle stays, nothing can be confirmed
    dialog.lat.clear()
    qtbot.keyClicks(dialog.lat, "95")
    QTest.keyClick(dialog.lat, Qt.Key.Key_Tab)
    assert dialog.lat_error.isVisible()
    assert dialog.lat_error.text() == "Latitude must be between -90 (south) and 90 (north) degrees."
    assert "c63b3b" in dialog.lat.styleSheet()
    with qtbot.assertNotEmitted(dialog.location_chosen):
        QTest.mouseClick(dialog.ok, L)
    assert dialog.isVisible()
    assert js(qtbot, view, "ChargeDesk.needleInfo()")["lat"] == 47.3901
    # pasting "lat, lon" into the latitude field fills both
    dialog.lat.clear()
    qtbot.keyClicks(dialog.lat, "47.3755, 8.5301")
    QTest.keyClick(dialog.lat, Qt.Key.Key_Tab)
    assert (dialog.lat.text(), dialog.lon.text()) == ("47.3755", "8.5301")
    assert not dialog.lat_error.isVisible()
    qtbot.waitUntil(lambda: (js(qtbot, view, "ChargeDesk.needleInfo()") or {}).get("lon") == 8.5301)
    # Remove location: the needle goes, confirming says there is no location
    QTest.mouseClick(dialog.remove_button, L)
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.needleInfo()") is None)
    assert dialog.lat.text() == "" and dialog.ok.text() == "Use no location" and dialog.ok.isEnabled()
    with qtbot.waitSignal(dialog.location_removed):
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_pick_location_is_not_blocking_and_esc_cancels(qtbot: Any, tiles_setting: Any) -> None:
    tiles_setting(MapTiles(source="none"))
    got: list[Any] = []
    dialog = pick_location(None, 47.38762, 8.52011, title="Hall B")
    dialog.location_chosen.connect(lambda *a: got.append(a))
    assert dialog.isVisible()  # open(), not exec(): returns at once
    qtbot.waitUntil(lambda: dialog.map.is_ready, timeout=LOAD_TIMEOUT)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and got == []


def test_parse_coordinate() -> None:
    assert parse_coordinate(" 47,3769 ", "lat") == (47.3769, None)
    assert parse_coordinate("", "lat") == (None, None)
    assert parse_coordinate("-180", "lon") == (-180.0, None)
    assert (
        parse_coordinate("180.5", "lon")[1] == "Longitude must be between -180 (west) and 180 (east) degrees."
    )
    assert (
        parse_coordinate("north", "lat")[1] == "Latitude must be a number in decimal degrees, e.g. 47.3769."
    )
    assert parse_coordinate("nan", "lat")[0] is None


def test_marker_model(sqlite_db: Database) -> None:
    ids = make_demo(sqlite_db)
    with sqlite_db.session() as s:
        rows, where = station_map.load(s)
    by_cp = {r.charge_point_id: r for r in rows}
    assert ids["HALL-C-1"] not in where and len(where) == 16
    now = MONDAY_10
    m = station_map.marker(by_cp["HALL-B-1"], where[ids["HALL-B-1"]], now)
    assert (m.status, m.status_text, m.mode, m.mode_text) == (
        "charging",
        "In use (1 of 2 connectors)",
        "limited",
        "Limited until 18:00",
    )
    saturday = station_map.marker(by_cp["HALL-B-1"], where[ids["HALL-B-1"]], MONDAY_10 + dt.timedelta(days=5))
    assert (saturday.mode, saturday.mode_text) == ("public", "Public until Mon 07:00")
    assert [(c.n, c.status) for c in m.connectors] == [(1, "Charging"), (2, "Available")]
    off = station_map.marker(by_cp["VISITOR-P2"], where[ids["VISITOR-P2"]], now)
    assert off.status == "offline" and {c.status for c in off.connectors} == {"Offline"}
    assert station_map.status_text(by_cp["VISITOR-P1"], "faulted") == "Faulted (1 of 2 connectors)"
    assert station_map.status_category(by_cp["DOCK-1"]) == "unavailable"
    with sqlite_db.session() as s:
        assert station_map.locations(s, []) == {}
        assert station_map.locations(s, [ids["GARAGE-2"], ids["HALL-C-1"]]) == {
            ids["GARAGE-2"]: (47.38681, 8.51893)
        }
    assert json.dumps(m.to_json())  # what runJavaScript gets


# --- screenshots ------------------------------------------------------------------------------------------------


def test_screenshots(qtbot: Any, demo_db: Any, tiles_setting: Any) -> None:
    database, ids = demo_db
    tiles_setting(MapTiles(source="none"))
    page = open_map(qtbot, database)
    view = page.map
    page.site_filter.setCurrentIndex(page.site_filter.findData(ids["hq"]))
    QTest.mouseClick(page.fit_button, L)
    qtbot.waitUntil(lambda: js(qtbot, view, "ChargeDesk.visibleCount()") == 15)
    qtbot.keyClicks(page.search, "HALL-B-1")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: js(qtbot, view, f"ChargeDesk.markers[{ids['HALL-B-1']}].isPopupOpen()") is True)
    qtbot.wait(600)  # let the page paint (no event says "painted")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "map.png"))

    dialog = open_picker(
        qtbot,
        "47.38762",
        "8.52011",
        title="Hall B",
        map_service=StationMapService(Store(database)),
        station_id=ids["HALL-B-1"],
    )
    qtbot.waitUntil(lambda: js(qtbot, dialog.map, "ChargeDesk.needleInfo()") is not None)
    qtbot.wait(600)
    assert dialog.grab().save(str(SHOTS / "map-needle.png"))
