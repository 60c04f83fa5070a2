"""Every page of the console in German and French (issue 15): the real console, in the language chosen in Settings,
on a site with believable content — stations with connectors charging, faulted and offline, on a map; users with
cards; a month of priced sessions; a weekly schedule; circuits with their load; alarms; audit entries; a charger
connected (the log's frames, the Chargers page's overview, configuration and operations). Each navigation page,
the station editor, the session detail, each Settings tab and the first-start set-up is saved at 1280×800 as
docs/screenshots/<page>-<lang>.png, and none of them may show a text the language's catalogues translate in its
English source: a page a catalogue does not reach (or a string left out of it) fails, naming the text."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from ocpp.v16.enums import AuthorizationStatus, ChargePointStatus, Reason, RegistrationStatus
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from app.main import Console
from app.models import AccessMode, OperatorRole, Site, Station
from app.services.admin.catalog import TariffForm
from app.services.admin.operators import NewOperator
from app.services.api import AppServices
from app.services.central.addresses import central_addresses
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.first_start.wizard import FirstStartWizard
from app.views.map.tiles import MapTiles
from app.views.shell import language, preferences
from app.views.shell.main_window import page_title
from tests.gui import test_map as map_tests
from tests.gui.test_alarms_console import add_history as add_alarms
from tests.gui.test_chargers_config import FAST
from tests.gui.test_map import station as placed_station
from tests.gui.test_sessions import seed_demo
from tests.helpers.factories import operator
from tests.helpers.gui import SHOTS
from tests.helpers.load_site import allocation, seed_load_site
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
#: the Sessions page's demo stations (the load site has HALL-B-1 and GARAGE-1..3)
DEMO_STATIONS = [
    ("Reception", "RECEPTION-1", 2),
    ("Workshop", "WORKSHOP-1", 2),
    ("Visitor parking", "VISITOR-1", 2),
    ("Fleet", "FLEET-1", 1),
]
#: where the stations stand (Hardturmstrasse, Zurich): the map's markers
PLACES = {
    "RECEPTION-1": (47.38762, 8.52011),
    "WORKSHOP-1": (47.38771, 8.52064),
    "VISITOR-1": (47.38842, 8.52216),
    "FLEET-1": (47.38681, 8.51893),
    "GARAGE-1": (47.38612, 8.52092),
    "GARAGE-2": (47.38620, 8.52110),
    "GARAGE-3": (47.38628, 8.52128),
    "HALL-B-1": (47.38716, 8.52155),
}
CHARGER = "VISITOR-1"  # connected during the run: the log's frames, the Chargers page's tabs
#: OCPP's own words, which the Chargers page and a session's detail show as the charger said them (a registration,
#: a status, an authorization, a stop reason): not English left, even where a catalogue translates the same word
OCPP_WORDS = {
    m.value for kind in (RegistrationStatus, ChargePointStatus, AuthorizationStatus, Reason) for m in kind
}
OCPP_PAGES = ("chargers", "chargers-operations", "chargers-configuration", "session-detail")

# Offscreen there is no OpenGL or Vulkan: QtWebEngine (the map) says so once per process, as in the map's tests
pytestmark = map_tests.pytestmark


def translated_sources(lang: str) -> dict[str, str]:
    """English source → its translation, for every finished message of the language's catalogues whose
    translation differs from its source (what a page in that language must not show in English)."""
    found: dict[str, str] = {}
    for ts in sorted(I18N.glob(f"*_{lang}.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source, node = message.findtext("source") or "", message.find("translation")
            if node is None or node.get("type") or message.get("numerus") == "yes":
                continue
            text = node.text or ""
            if text and text != source:
                found[source] = text
    return found


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) of every visible label, button, group title, tab, header, placeholder, combo box choice and
    navigation item under ``root``; the cells of tables (the data) are not texts of the console."""
    texts: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        kind = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            texts.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((kind, w.title()))
        elif isinstance(w, QLineEdit):
            texts.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            texts.append((kind, w.currentText()))
        elif isinstance(w, QTabBar):
            texts += [("tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QListWidget) and w.objectName() == "Navigation":
            texts += [("navigation", w.item(i).text()) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None and hasattr(w, "horizontalHeader"):
            header, model = w.horizontalHeader(), w.model()
            texts += [
                ("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount())
                if header.isVisible() and not header.isSectionHidden(c)
            ]
        elif isinstance(w, QAbstractItemView) and hasattr(w, "headerItem") and not w.isHeaderHidden():
            item = w.headerItem()
            texts += [("header", item.text(c)) for c in range(item.columnCount())]
        if w.isWindow() and w is not root:
            texts.append(("window title", w.windowTitle()))
    return [(what, text) for what, text in texts if text.strip()]


def check(root: QWidget, sources: dict[str, str], where: str, found: dict[str, list[str]]) -> None:
    """Notes under ``where`` each text shown in English that the catalogues translate, a sharp s (Swiss German
    writes ss, Qt's own German does not) and a page that shows fewer than three of the catalogues' translations (a
    page the language does not reach at all)."""
    texts = shown_texts(root)
    kept = OCPP_WORDS if where in OCPP_PAGES else set()
    english = [
        f"{what} {text!r} (catalogue: {sources[text]!r})"
        for what, text in texts
        if text in sources and text not in kept
    ]
    english += [f"{what} {text!r}: Swiss German writes ss" for what, text in texts if "\u00df" in text]
    translations = set(sources.values())
    if sum(text in translations for _what, text in texts) < 3:
        english.append(f"hardly a translated text on the page: {[t for _w, t in texts][:20]}")
    if english:
        found[where] = english


def seed(url: str, now: dt.datetime) -> Any:
    """The demo site: the load site (HQ: circuits, GARAGE-1..3 and HALL-B-1 charging, their load), renamed
    "Werkhof Thun", with its alarms; "HQ Zurich" with four stations, six users with cards and 40 priced sessions;
    four more stations there placed on the map (charging, faulted, unavailable, offline; one with a weekly
    schedule, one private); tariffs, a site edit and an operator added by a manager (the audit's entries)."""
    upgrade(url)
    db = Database(url)
    load = seed_load_site(db, now)
    db.dispose()
    add_alarms(url)
    db = Database(url)
    demo = seed_demo(db, now, station_rows=DEMO_STATIONS)
    with db.session() as s:
        zurich = s.scalars(select(Site).where(Site.name == "HQ Zurich")).one()
        placed_station(
            s,
            zurich,
            "HALL-C-1",
            "Hall C",
            (47.38730, 8.52030),
            ["Charging", "Available"],
            weekdays_limited=True,
            address="Hardturmstrasse 101, Hall C",
        )
        placed_station(s, zurich, "VISITOR-P2", "Visitor P2", (47.38861, 8.52262), ["Available", "Faulted"])
        placed_station(
            s, zurich, "DOCK-1", "Loading dock", (47.38600, 8.52000), ["Unavailable"], online=False
        )
        placed_station(
            s, zurich, "DIR-1", "Director", (47.38716, 8.52000), ["Available"], mode=AccessMode.PRIVATE
        )
        for st in s.scalars(select(Station).where(Station.charge_point_id.in_(list(PLACES)))):
            st.lat, st.lon = PLACES[st.charge_point_id]
        s.get_one(Site, load.site_id).name = "Werkhof Thun"
    services = AppServices.local(db)
    services.store.principal = operator("anna")
    services.catalog.save_tariff(TariffForm(name="public", per_kwh="0.45", start_fee="1.00", per_hour="1.20"))
    services.catalog.save_tariff(TariffForm(name="employee", per_kwh="0.20", description="staff cards"))
    [zurich_form] = [f for f in services.catalog.sites() if f.name == "HQ Zurich"]
    services.catalog.save_site(dataclasses.replace(zurich_form, address="Hardturmstrasse 101, 8005 Zürich"))
    password = "Werkhof-2026!"
    services.operators.add(NewOperator("marco", "Marco Rossi", OperatorRole.TECHNICIAN, password, password))
    with db.session() as s:
        hall_c = s.scalars(select(Station.id).where(Station.charge_point_id == "HALL-C-1")).one()
    services.close()
    db.dispose()
    return load, demo.detail_id, hall_c


async def js(view: Any, code: str) -> Any:
    """The value of ``code`` in the map's page."""
    answer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    view.js(code, lambda value: answer.done() or answer.set_result(value))
    return await asyncio.wait_for(answer, 30)


async def map_drawn(view: Any) -> None:
    await wait_until(lambda: view.is_ready, timeout=60)
    for _ in range(600):
        if await js(view, "ChargeDesk.ready") is True:
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the map never said it was ready")


#: the Settings tabs' screenshots, in the tabs' order (the first is the Sites tab: settings-<lang>.png)
SETTINGS_SHOTS = (
    "settings",
    "settings-tariffs",
    "settings-database",
    "settings-central",
    "settings-language",
    "settings-map-tiles",
    "settings-operators",
)


@pytest.mark.isolated
@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_page_in_german_and_french(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    monkeypatch.setenv("CHARGEDESK_DATA_DIR", str(tmp_path / "data"))  # the map's tile cache
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    now = dt.datetime.now(dt.UTC).replace(second=30, microsecond=0)
    load, detail_id, hall_c = seed(url, now)
    settings = Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )
    tiles = preferences.map_tiles()
    preferences.save_map_tiles(MapTiles(source="none"))  # no network: the map's own background
    preferences.save_language(lang)  # as chosen in Settings → Language
    sources = translated_sources(lang)
    assert len(sources) > 1000  # every area's catalogue of the language
    found: dict[str, list[str]] = {}
    shots: list[str] = []

    async def scenario() -> None:
        language.install_language(language.chosen_language())  # as app.main does at start
        console = Console(settings, principal=operator("anna"))
        try:
            await console.start()
            window = console.window
            window.resize(1280, 800)
            # the Load page shows the allocation this test publishes (the console's own manager is stopped)
            await console.central.load.stop()
            console.central.bus.emit(allocation(load, now + dt.timedelta(seconds=20)))
            SHOTS.mkdir(parents=True, exist_ok=True)

            async def shot(name: str, ready: Any = lambda: True, widget: QWidget | None = None) -> None:
                await wait_until(ready, timeout=30)
                # an alarm's notice in the window (offscreen has no tray; the seeded session that runs for 18 h
                # raises one) goes on a click: clicked away, it covers no page
                window.alarm_notifier.notice.hide()
                await asyncio.sleep(0.3)  # laid out and painted at its size (no signal says "painted")
                target = widget or window
                check(target, sources, name, found)
                assert target.grab().save(str(SHOTS / f"{name}-{lang}.png"))
                shots.append(name)

            window.show_page("Dashboard")  # shown while the charger connects: its recent events
            async with VirtualCharger(console.central.url, CHARGER, **FAST) as charger:
                await charger.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=30)
                assert window.nav.item(0).text() == page_title("Dashboard") != "Dashboard"
                await shot("dashboard", lambda: window.dashboard.load_panel.isVisible())

                window.show_page("Map")
                view = window.map_page.ensure_map()
                await map_drawn(view)
                # the page's own texts (legend, popup) come from the catalogue too
                legend = await js(view, "document.querySelector('.cd-legend').innerText")
                assert sources["Charging / in use"] in legend and "Charging / in use" not in legend, legend
                QTest.keyClicks(window.map_page.search, "HALL-C-1")
                QTest.keyClick(window.map_page.search, Qt.Key.Key_Return)  # centres on it, opens its popup
                popup = f"ChargeDesk.markers[{hall_c}].isPopupOpen()"
                for _ in range(300):
                    if await js(view, popup) is True:
                        break
                    await asyncio.sleep(0.1)
                text = await js(view, "document.querySelector('.cd-popup').innerText")
                assert sources["Open in the station editor"] in text, text
                await asyncio.sleep(0.5)  # the popup's pan settles (no event says "painted")
                await shot("map")

                window.show_page("Stations")
                stations = window.stations
                await shot("stations", lambda: stations.proxy.rowCount() >= 12)
                assert stations.select_station(hall_c)
                stations.edit_selected()
                [editor] = stations.editors[hall_c]
                await shot("station-editor", editor.isVisible, editor)
                editor.close()

                window.show_page("Users")
                await shot("users", lambda: window.users.model.rowCount() >= 6)

                window.show_page("Schedules")
                window.schedules.open_for(hall_c)
                await shot("schedules")

                window.show_page("Sessions")
                sessions = window.sessions
                await shot("sessions", lambda: sessions.model.rowCount() >= 5)
                sessions.open_detail(detail_id)
                dialog = sessions.detail_dialog
                assert dialog is not None
                dialog.resize(1280, 800)
                await shot("session-detail", lambda: dialog.detail is not None, dialog)
                dialog.close()

                window.show_page("Load")
                page = window.load_page
                await wait_until(lambda: page.reads >= 1 and page.sessions.rowCount() == 3)
                page.tree.setCurrentItem(page.tree_items[load.garage])
                await shot("load", lambda: bool(page.charts[0].points["allocated_a"]))

                window.show_page("Chargers")
                chargers = window.chargers
                assert chargers.select(CHARGER)
                chargers.show_tab(chargers.overview)
                await shot("chargers")
                chargers.show_tab(chargers.operations)
                await shot("chargers-operations", lambda: "1.6" in chargers.operations.header.text())
                chargers.show_tab(chargers.config)
                await shot("chargers-configuration", lambda: chargers.config.proxy.rowCount() > 30)

                window.show_page("Log")
                await shot("log", lambda: window.log_page.model.rowCount() > 3)

            window.show_page("Audit")
            await shot("audit", lambda: window.audit_page.model.rowCount() >= 3)

            window.show_page(window.alarms_page.title)
            await shot("alarms", lambda: window.alarms_page.table.rowCount() >= 3)

            window.show_page("Settings")
            tabs = window.settings_page.tabs
            assert tabs.count() == len(SETTINGS_SHOTS)
            for index, name in enumerate(SETTINGS_SHOTS):
                tabs.setCurrentIndex(index)
                if index == 0:
                    window.settings_page.sites.list.setCurrentRow(0)
                await shot(name)

            wizard = FirstStartWizard(
                window.services.catalog, central_addresses(console.central, settings.central)
            )
            wizard.open()
            await shot("first-start", wizard.isVisible, wizard)
            wizard.reject()
        finally:
            if console.window is not None:
                console.window.close()
            await console.shutdown()
            language.uninstall_language()
            preferences.save_language("")
            preferences.save_map_tiles(tiles)

    run_on_qasync(qapp, scenario)
    assert len(shots) == 23
    assert not found, f"English left on the {lang} pages (texts the catalogues translate):\n" + "\n".join(
        f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items()
    )
