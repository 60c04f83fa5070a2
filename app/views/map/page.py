"""The Map page: every station with a location, coloured by its live status and its access mode now.

The page is folium's (Leaflet) in a QWebEngineView, served by the application (:mod:`app.views.map.web`), so it
works on a LAN with no internet; tiles are whatever Settings → Map tiles says (:mod:`app.views.map.tiles`).
Stations are clustered (Leaflet.markercluster) so thousands stay fluid. The page is built once; stations are
pushed with ``runJavaScript`` when it is ready, and live events from the central system change only the markers
they are about (batched every :data:`PUSH_MS`), never reloading the page.

The filters are the Stations list's (site, status, access mode now, with the same meaning: the same functions
decide); a search box centres on a station; "Fit all" frames the stations shown. A popup's "Open in the station
editor" emits :attr:`MapPage.open_station`. The web view is created the first time the page is shown: the
console starts without paying for QtWebEngine until someone opens the map.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import station_map
from app.services.admin import stations as svc
from app.services.i18n import PLURAL, translate
from app.views.map import tiles as map_tiles
from app.views.shell.workers import DbWorker, Dropped
from app.views.stations.page import add_filter_combos, filter_values, follow_live_rows, select_filters
from app.views.widgets.style import MUTED_CSS, message_css

if TYPE_CHECKING:
    from app.views.map.web import MapView

log = logging.getLogger(__name__)

PUSH_MS = 150  # live changes are sent to the page at most this often
MODE_TICK_MS = 30_000  # the access mode "now" is re-evaluated this often
DEFAULT_VIEW = ((30.0, 10.0), 3)  # no station has a location yet
Clock = Callable[[], dt.datetime]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class _Snapshot:
    rows: list[svc.StationListRow]
    where: dict[int, tuple[float, float]]
    sites: list[svc.Choice]
    markers: dict[int, dict[str, Any]]
    payload: str  # the markers as JSON, for the page


def read_snapshot(service: station_map.StationMapService, now: dt.datetime) -> _Snapshot:
    """Everything the map shows, read and prepared off the GUI thread."""
    data = service.load()
    rows, where, sites = data.rows, data.where, data.sites
    markers = {r.id: station_map.marker(r, where[r.id], now).to_json() for r in rows if r.id in where}
    return _Snapshot(rows, where, sites, markers, json.dumps(list(markers.values()), separators=(",", ":")))


class MapPage(QWidget):
    """The map of the stations. Signals for the lead's wiring: ``open_station(station_id)`` (a popup's "Open in
    the station editor"), ``filters_changed(dict)`` (site_id, status, mode: to keep the Stations list in step,
    see :meth:`set_filters`)."""

    title = "Map"

    open_station = Signal(int)
    filters_changed = Signal(dict)
    # the Stations list's filter combos, made by add_filter_combos
    site_filter: QComboBox
    status_filter: QComboBox
    mode_filter: QComboBox

    def __init__(
        self,
        service: station_map.StationMapService,
        bridge: Any,
        central: Any,
        parent: QWidget | None = None,
        *,
        clock: Clock = _utcnow,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.central = central
        self.clock = clock
        self.map: MapView | None = None
        self.rows: dict[int, svc.StationListRow] = {}
        self.by_cp: dict[str, int] = {}
        self.where: dict[int, tuple[float, float]] = {}
        self.sent: dict[int, dict[str, Any]] = {}  # what the page shows, per station
        self.visible: set[int] | None = None  # None: no filter
        self.interactive_ms: float | None = None
        self._dirty: set[int] = set()
        self._fitted = False
        self._sites: list[svc.Choice] = []
        self._loaded = False
        self._generation = 0
        self._payload: str | None = None  # the last snapshot's markers as JSON (None: build from self.sent)
        self.loading = False
        self._reader = DbWorker("map-read", lifo=True, max_pending=1)
        self._reader.finished.connect(self._snapshot_read)
        reader = self._reader
        self.destroyed.connect(lambda *_: reader.close(timeout=0))

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("MapSearch")
        self.search.setPlaceholderText(
            translate("MapPage", "Find a station: name, charge point id or address, then Enter")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate("MapPage", "Centres the map on the station and opens its popup (Ctrl+F)")
        )
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        add_filter_combos(self, "Map")
        self.fit_button = QPushButton(translate("MapPage", "Fit all"))
        self.fit_button.setObjectName("FitAll")
        self.fit_button.setToolTip(translate("MapPage", "Frame every station shown (Ctrl+0)"))
        bar.addWidget(self.search, 3)
        bar.addWidget(self.site_filter, 1)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.mode_filter, 1)
        bar.addWidget(self.fit_button)
        lay.addLayout(bar)

        self.message = QLabel()
        self.message.setObjectName("MapMessage")
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(False)
        self.message.linkActivated.connect(self._message_link)
        self.message.hide()
        lay.addWidget(self.message)

        self.map_host = QVBoxLayout()
        self.map_host.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(translate("MapPage", "Loading the map…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet(MUTED_CSS)
        self.map_host.addWidget(self.placeholder, 1)
        lay.addLayout(self.map_host, 1)

        self.count = QLabel()
        self.count.setObjectName("MapCount")
        self.count.setStyleSheet(MUTED_CSS)
        self.count.setWordWrap(True)
        lay.addWidget(self.count)

        self.search.returnPressed.connect(self.find_station)
        self.completer.activated.connect(lambda _text: QTimer.singleShot(0, self.find_station))
        self.site_filter.currentIndexChanged.connect(lambda _i: self._filters_edited())
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filters_edited())
        self.mode_filter.currentIndexChanged.connect(lambda _i: self._filters_edited())
        self.fit_button.clicked.connect(self.fit_all)
        QShortcut(
            QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self._focus_search)
        QShortcut(
            QKeySequence("Ctrl+0"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.fit_all)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape), self.search, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.search.clear)

        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(PUSH_MS)
        self._push_timer.timeout.connect(self.flush)
        self._mode_timer = QTimer(self)
        self._mode_timer.setInterval(MODE_TICK_MS)
        self._mode_timer.timeout.connect(self.tick)
        self._mode_timer.start()
        self._reload_timer = QTimer(self)  # a charger of a station we do not list yet (created meanwhile)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(1_000)
        self._reload_timer.timeout.connect(self.reload)
        map_tiles.notifier().tiles_changed.connect(self._tiles_changed)

        self.live = follow_live_rows(self, bridge, central)
        self.reload()

    # --- the web view, created when first shown ------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.live is not None:
            self.live.hidden()

    def showEvent(self, event: QShowEvent) -> None:
        if self.live is not None:
            self.live.shown()  # first: catch up with what happened while hidden
        super().showEvent(event)
        if self.map is None:
            self.ensure_map()

    def ensure_map(self) -> MapView:
        if self.map is None:
            from app.views.map.web import (
                MapView,
            )  # folium and QtWebEngine: loaded when the map is first shown

            self.map = MapView("stations", self)
            self.map.setObjectName("StationMap")
            self.map.ready.connect(self._page_ready)
            self.map.interactive.connect(self._interactive)
            self.map.open_station.connect(self.open_station)
            self.map_host.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
            self.map_host.addWidget(self.map, 1)
            self.setTabOrder(self.fit_button, self.map.view)
            self._load_page()
        return self.map

    def _load_page(self) -> None:
        assert self.map is not None
        self._fitted = False
        self.interactive_ms = None
        self.map.load(center=DEFAULT_VIEW[0], zoom=DEFAULT_VIEW[1])

    def _tiles_changed(self) -> None:
        if self.map is not None:
            self._load_page()

    def _page_ready(self) -> None:
        if self.push_all(fit=not self._fitted):
            self._fitted = True

    def _interactive(self, ms: float, markers: int) -> None:
        self.interactive_ms = ms
        log.debug("map: %d markers drawn, interactive %.0f ms after navigation start", markers, ms)

    # --- data ----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the stations, their locations and the sites (after stations were edited), on a worker
        thread; the page is not rebuilt, only its markers replaced. ``loading`` is True meanwhile."""
        self._generation += 1
        self.loading = True
        service, clock = self.service, self.clock
        self._reader.submit(("snapshot", self._generation), lambda: read_snapshot(service, clock()))

    def _snapshot_read(self, key: Any, result: Any, error: Exception | None) -> None:
        if not isinstance(error, Dropped):
            self._read_done(key[1], error if error is not None else result)

    def _read_done(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self.loading = False
        if isinstance(result, BaseException):
            log.error("map: could not read the stations", exc_info=result)
            self._show_message(
                translate("MapPage", "The stations could not be read: {why}").format(
                    why=_esc(str(result).splitlines()[0][:200])
                ),
                "error",
            )
            return
        snap: _Snapshot = result
        self.rows = {r.id: r for r in snap.rows}
        self.by_cp = {r.charge_point_id: r.id for r in snap.rows}
        self.where = snap.where
        self._sites = snap.sites
        self.sent = snap.markers
        self._payload = snap.payload
        self._dirty.clear()
        self._loaded = True
        if self.central is not None:  # what changed since the read (live events went to the rows it replaces)
            for cp_id in self._apply_live()[0]:
                self._mark(self.by_cp[cp_id])
        self._fill_site_filter()
        self.names.setStringList(sorted(f"{r.name} · {r.charge_point_id}" for r in snap.rows))
        self.visible = self._visible_ids()
        self._update_count()
        if self.map is not None and self.map.is_ready and self.push_all(fit=not self._fitted):
            self._fitted = True

    def _fill_site_filter(self) -> None:
        current = self.site_filter.currentData()
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(translate("MapPage", "All sites"), None)
        for site in self._sites:
            self.site_filter.addItem(site.name, site.id)
        i = self.site_filter.findData(current) if current is not None else 0
        self.site_filter.setCurrentIndex(max(i, 0))
        self.site_filter.blockSignals(False)
        self.site_filter.setVisible(len(self._sites) > 1 or self.site_filter.currentData() is not None)

    def marker_json(self, station_id: int, now: dt.datetime | None = None) -> dict[str, Any] | None:
        row, where = self.rows.get(station_id), self.where.get(station_id)
        if row is None or where is None:
            return None
        return station_map.marker(row, where, now or self.clock()).to_json()

    def push_all(self, *, fit: bool = False) -> bool:
        """Every placed station to the page (replacing what it had), with the filters. False while the
        stations are still being read (they are pushed when they arrive)."""
        if self.map is None or not self._loaded:
            return False
        self._refresh_dirty()  # live changes that arrived while the page was not there
        if self._filtering():
            self.visible = self._visible_ids()
        payload = self._payload or json.dumps(list(self.sent.values()), separators=(",", ":"))
        self._payload = None
        self.map.call("showOnly", None if self.visible is None else sorted(self.visible & set(self.sent)))
        self.map.js(f"ChargeDesk.setStations({payload}, {json.dumps(fit)})")
        return True

    def _refresh_dirty(self) -> list[dict[str, Any]]:
        """Recompute the markers of the stations changed since last time; returns those that look different."""
        dirty, self._dirty = self._dirty, set()
        now = self.clock()
        changed = []
        for sid in dirty:
            m = self.marker_json(sid, now)
            if m is not None and m != self.sent.get(sid):
                self.sent[sid] = m
                changed.append(m)
                self._payload = None
        return changed

    def flush(self) -> None:
        """Send the stations changed since the last flush (live events, the minute tick)."""
        if self.map is None or not self.map.is_ready or not self._dirty:
            return  # the page gets everything when it is ready
        changed = self._refresh_dirty()
        if changed:
            self.map.call("update", changed)
            if self._filtering():
                visible = self._visible_ids()
                if visible != self.visible:
                    self.visible = visible
                    self.map.call("showOnly", sorted(visible or ()))
                    self._update_count()

    def _mark(self, station_id: int) -> None:
        self._dirty.add(station_id)
        if not self._push_timer.isActive():
            self._push_timer.start()

    def tick(self) -> None:
        """The access mode now follows the clock: re-evaluate stations that have a schedule."""
        for sid, row in self.rows.items():
            if sid in self.where and (row.plan is not None or row.connector_plans):
                self._dirty.add(sid)
        self.flush()

    # --- live events ---------------------------------------------------------------------------------------

    def _catch_up(self) -> None:
        """Shown again: the markers take the central system's current state (the live events went elsewhere
        meanwhile); a station the map lacks is read."""
        if self.central is None or not self._loaded:
            return  # (the read on its way brings the state)
        changed, missing = self._apply_live()
        for cp_id in changed:
            self._mark(self.by_cp[cp_id])
        if missing:
            self._reload_timer.start()

    def _apply_live(self) -> tuple[list[str], bool]:
        return svc.apply_live(
            {cp_id: self.rows[sid] for cp_id, sid in self.by_cp.items()}, self.central.chargers()
        )

    def on_status(self, e: Any) -> None:
        sid = self.by_cp.get(e.cp_id)
        if sid is None:
            if self._loaded:
                self._reload_timer.start()
            return
        if self.rows[sid].apply_status(e.connector_id, e.status, e.error_code):
            self._mark(sid)

    def on_connected(self, e: Any) -> None:
        sid = self.by_cp.get(e.cp_id)
        if sid is None:
            if getattr(e, "known", False):
                self._reload_timer.start()
            return
        self.rows[sid].apply_presence(True, getattr(e, "at", None))
        self._mark(sid)

    def on_disconnected(self, e: Any) -> None:
        sid = self.by_cp.get(e.cp_id)
        if sid is not None:
            self.rows[sid].apply_presence(False, getattr(e, "at", None))
            self._mark(sid)

    # --- filters, search, fit ---------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return filter_values(self)

    def set_filters(
        self, *, site_id: int | None = None, status: str | None = None, mode: str | None = None
    ) -> None:
        """Set the three filters at once (e.g. from the Stations list's), without echoing ``filters_changed``."""
        select_filters(self, site_id, status, mode)
        self._filters_edited(echo=False)

    def _filtering(self) -> bool:
        return any(v is not None for v in self.filters().values())

    def _visible_ids(self) -> set[int] | None:
        """The placed stations the filters let through (the Stations list's tests; the modes now are those
        computed for the markers, refreshed by :meth:`tick`)."""
        if not self._filtering():
            return None
        f, now = self.filters(), self.clock()
        return {
            sid
            for sid, m in self.sent.items()
            if (row := self.rows.get(sid)) is not None
            and station_map.matches(row, now, site_id=f["site_id"], status=f["status"])
            and (f["mode"] is None or f["mode"] in m["modes"])
        }

    def _filters_edited(self, echo: bool = True) -> None:
        self.visible = self._visible_ids()
        if self.map is not None:
            self.map.call("showOnly", None if self.visible is None else sorted(self.visible))
        self._update_count()
        if echo:
            self.filters_changed.emit(self.filters())

    def _update_count(self) -> None:
        if not self._loaded:
            self.count.setText(translate("MapPage", "Reading the stations…"))
            return
        total = len(self.rows)
        placed = [sid for sid in self.rows if sid in self.where]
        unplaced = [self.rows[sid] for sid in self.rows if sid not in self.where]
        if total == 0:
            self.count.setText(
                translate(
                    "MapPage",
                    "No stations yet. Add them on the Stations page; give each a location in its editor (Set on "
                    "map…).",
                )
            )
            self.count.setToolTip("")
            return
        shown = len(placed) if self.visible is None else len(self.visible & set(placed))
        n_placed = len(placed)
        text = (
            translate("MapPage", "{placed} of %n station(s) on the map", None, PLURAL, int(total)).format(
                placed=len(placed)
            )
            if self.visible is None
            else translate(
                "MapPage", "{shown} of %n placed station(s) match the filters", None, PLURAL, int(n_placed)
            ).format(shown=shown)
        )
        if unplaced:
            names = ", ".join(r.name for r in unplaced[:5]) + (" …" if len(unplaced) > 5 else "")
            n_unplaced = len(unplaced)
            text += " · " + translate(
                "MapPage", "%n without a location: {names}", None, PLURAL, int(n_unplaced)
            ).format(names=names)
            self.count.setToolTip(
                translate(
                    "MapPage", "Open a station and use Set on map… (or type its coordinates) to place it:\n"
                )
                + "\n".join(r.name for r in unplaced[:30])
            )
        else:
            self.count.setToolTip("")
        self.count.setText(text)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _show_message(self, text: str, level: str = "info") -> None:
        self.message.setStyleSheet(f"{message_css(level)} padding:2px 0;")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _message_link(self, link: str) -> None:
        if link.startswith("station:"):
            self.open_station.emit(int(link.split(":", 1)[1]))

    def matching(self, text: str) -> list[svc.StationListRow]:
        """Stations for the search text: the completer's "Name · ID" exactly, else every word matching."""
        text = text.strip()
        if not text:
            return []
        exact = [
            r
            for r in self.rows.values()
            if f"{r.name} · {r.charge_point_id}" == text
            or r.charge_point_id.casefold() == text.casefold()
            or r.name.casefold() == text.casefold()
        ]
        if exact:
            return exact
        return [r for r in self.rows.values() if svc.matches_search(r, text)]

    def find_station(self) -> bool:
        """Centre on the station the search box names (the first placed one when several match)."""
        found = self.matching(self.search.text())
        if not found:
            self._show_message(
                translate("MapPage", "No station matches “{text}”.").format(text=self.search.text().strip())
                if self.search.text().strip()
                else "",
                "warn",
            )
            return False
        placed = [r for r in found if r.id in self.where]
        if not placed:
            r = found[0]
            self._show_message(
                translate(
                    "MapPage",
                    "{name} has no location yet. <a href='station:{id}'>Open it</a> and use Set on map… to place it.",
                ).format(name=_esc(r.name), id=r.id),
                "warn",
            )
            return False
        return self.show_station(placed[0].id)

    def show_station(self, station_id: int) -> bool:
        """Centre on a station and open its popup (clearing the filters if they hide it)."""
        if station_id not in self.where:
            return False
        note = ""
        if self.visible is not None and station_id not in self.visible:
            self.set_filters()
            self.filters_changed.emit(self.filters())
            note = " " + translate("MapPage", "The filters hid it: they are cleared.")
        row = self.rows[station_id]
        self._show_message(
            translate("MapPage", "Showing {name} ({cp_id}).").format(
                name=_esc(row.name), cp_id=_esc(row.charge_point_id)
            )
            + note
            if note
            else ""
        )
        self.ensure_map().call("focusStation", station_id)
        return True

    def fit_all(self) -> None:
        if self.map is not None:
            self.map.call("fitAll")


def _esc(text: str) -> str:
    import html

    return html.escape(text)
