"""The Load page, the dashboard's load panel and a session's limit history, on SQLite and PostgreSQL rows: what
the user sees (the tree's values, each session's limit and why, paused ones marked, unmanaged chargers and why),
a live allocation updating the page without a read, a hidden page catching up when shown."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from app.db import Database
from app.ocpp.events import EventBus
from app.services.reports.load import LoadService
from app.services.reports.overview import OverviewService
from app.services.reports.sessions import SessionsService
from app.services.store import Store
from app.views.dashboard import DashboardPage
from app.views.load.page import LoadPage
from app.views.sessions.detail import SessionDetailDialog
from app.views.shell.bridge import CentralBridge
from tests.helpers.load_site import GARAGE_WHY, PAUSED_WHY, allocation, seed_load_site


def table(page: LoadPage) -> list[list[str]]:
    t = page.sessions
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def tree_rows(page: LoadPage) -> dict[str, list[str]]:
    out = {}
    for item in page.tree_items.values():
        out[item.text(0)] = [item.text(c) for c in (1, 2, 3)]
    return out


def test_load_page_shows_the_circuits_each_sessions_limit_and_why_and_follows_live_allocations(
    qtbot: Any, db: Database
) -> None:
    now = dt.datetime.now(dt.UTC)
    site = seed_load_site(db, now)
    bus = EventBus()  # the central system's event bus: the service and the bridge hear it
    service = LoadService(Store(db), bus)
    page = LoadPage(service, CentralBridge(bus))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.reads == 1)
    assert page.site_combo.currentText() == "HQ"  # the first site with circuits
    assert page.stack.currentWidget() is page.content
    assert page.state.text().startswith("No allocation heard since this console started: the newest samples")
    assert tree_rows(page) == {
        "Grid connection": ["63 · 63 · 63 A", "32 · 32 · 32 A", "33.7 · 33.9 · 34.1 A"],
        "Garage": ["32 · 32 · 32 A", "32 · 32 · 32 A", "30.7 · 30.9 · 31.1 A"],
        "Hall B (1-phase)": ["16 A", "0 A", "0 A"],
    }
    # the limits last sent to each session and why; the paused one marked
    assert table(page) == [
        ["Garage 1", "1", "Garage", "L1 L2 L3", "16 A", GARAGE_WHY],
        ["Garage 2", "1", "Garage", "L1 L2 L3", "16 A", GARAGE_WHY],
        ["Hall B 1", "1", "Hall B", "L2", "paused", PAUSED_WHY],
    ]
    assert page.sessions.item(2, 4).foreground().color().name() == "#9a6b00"  # WARN
    assert [page.unmanaged.item(i).text() for i in range(page.unmanaged.count())] == [
        "Garage 3 (old) (GARAGE-3): rejects every charging profile"
    ]
    # the charts: the root circuit's three phases; its history as steps up to now
    assert page.chart_title.text().startswith(
        "Grid connection: limit, allocated and measured current per phase"
    )
    assert [c.isVisible() for c in page.charts] == [True, True, True]
    allocated = page.charts[1].points["allocated_a"]
    assert max(v for _at, v in allocated) == 48.0 and allocated[-1][1] == 32.0
    assert {v for _at, v in page.charts[0].points["limit_a"]} == {63.0}
    # Hall B chosen in the tree: one chart (single-phase)
    page.tree.setCurrentItem(page.tree_items[site.hall])
    assert [c.isVisible() for c in page.charts] == [True, False, False]
    assert page.chart_title.text().startswith("Hall B:")

    # live: a third session on Garage → each gets 10.5 A, shown at once without a read
    reads = page.reads
    bus.emit(allocation(site, now + dt.timedelta(seconds=5), garage_each=10.5))
    assert page.reads == reads
    assert page.state.text().endswith("(live)")
    three = "equal share of Garage (32 A) / 3 sessions"
    assert table(page)[:2] == [
        ["Garage 1", "1", "Garage", "L1 L2 L3", "10.5 A", three],
        ["Garage 2", "1", "Garage", "L1 L2 L3", "10.5 A", three],
    ]
    assert tree_rows(page)["Garage"] == ["32 · 32 · 32 A", "21 · 21 · 21 A", "19.8 · 20.2 · 20 A"]
    page.tree.setCurrentItem(page.tree_items[site.garage])
    qtbot.waitUntil(lambda: page.charts[0].points["allocated_a"][-1][1] == 21.0)  # the charts' "now" follows

    # the central system says the site's meter cannot be read: the page says it, as a warning
    noted = allocation(site, now + dt.timedelta(seconds=7), garage_each=10.5)
    bus.emit(
        dataclasses.replace(noted, notes=("Base-load meter: no answer from 192.168.1.50:502 since 10:42",))
    )
    assert page.state.text().endswith("(live) · Base-load meter: no answer from 192.168.1.50:502 since 10:42")
    assert "#9a6b00" in page.state.styleSheet().lower()  # WARN
    bus.emit(allocation(site, now + dt.timedelta(seconds=8), garage_each=10.5))  # read again: gone
    assert page.state.text().endswith("(live)")

    # hidden: the page hears nothing, the service keeps the newest allocation; shown again, it is there
    page.hide()
    bus.emit(allocation(site, now + dt.timedelta(seconds=10), garage_each=8.0))
    assert table(page)[0][4] == "10.5 A"
    page.show()
    qtbot.waitUntil(lambda: table(page)[0][4] == "8 A")
    assert page.reads == reads + 1

    # another span: the history read again over a week
    page.span_combo.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.reads == reads + 2)
    assert page.load is not None and page.load.bucket_s == 3360
    page.shutdown()


def test_a_site_without_circuits_says_what_to_do(qtbot: Any, db: Database) -> None:
    site = seed_load_site(db, dt.datetime.now(dt.UTC))
    page = LoadPage(LoadService(Store(db)), CentralBridge(None))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.reads == 1)
    page.site_combo.setCurrentIndex(page.site_combo.findText("Depot"))
    qtbot.waitUntil(lambda: page.reads == 2)
    assert page.stack.currentWidget() is page.empty
    assert page.empty_text.text().startswith(
        "Depot has no circuits, so the load of its chargers is not managed."
    )
    with qtbot.waitSignal(page.open_site_settings) as asked:
        qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)
    assert asked.args == [site.empty_site_id]
    page.shutdown()


def test_dashboard_load_panel_bars_per_phase_live(qtbot: Any, db: Database) -> None:
    now = dt.datetime.now(dt.UTC)
    site = seed_load_site(db, now)
    bus = EventBus()
    store = Store(db)
    dash = DashboardPage(OverviewService(store), CentralBridge(bus), load=LoadService(store, bus))
    qtbot.addWidget(dash)
    dash.reload()
    panel = dash.load_panel
    assert not panel.isHidden()
    assert [b.circuit.name for b in panel.bars.values()] == ["Grid connection", "Garage", "Hall B"]
    assert (
        "HQ" in panel.headings[site.site_id].text() and "last sampled" in panel.headings[site.site_id].text()
    )
    assert panel.bars[site.garage].texts == [
        "L1 32 / 32 A · measured 30.7 A",
        "L2 32 / 32 A · measured 30.9 A",
        "L3 32 / 32 A · measured 31.1 A",
    ]
    assert panel.bars[site.hall].texts == ["L1 0 / 16 A · measured 0 A"]  # single-phase: one bar
    bus.emit(allocation(site, now, garage_each=10.5))
    assert panel.bars[site.garage].texts[0] == "L1 21 / 32 A · measured 19.8 A"
    assert panel.bars[site.grid].texts[1] == "L2 43 / 63 A · measured 40.5 A"
    assert panel.bars[site.hall].texts == ["L1 0 / 16 A"]  # not measured
    assert "live" in panel.headings[site.site_id].text()
    dash.shutdown()


def test_dashboard_has_no_load_panel_without_circuits(qtbot: Any, db: Database) -> None:
    from tests.helpers.ocpp import add_station

    add_station(db, "HALL-B-1")
    store = Store(db)
    dash = DashboardPage(OverviewService(store), CentralBridge(None), load=LoadService(store))
    qtbot.addWidget(dash)
    dash.show()
    dash.reload()
    assert dash.load_panel.isHidden()


def test_session_detail_shows_its_limit_history(qtbot: Any, db: Database) -> None:
    now = dt.datetime(2026, 12, 7, 13, 2, 30, tzinfo=dt.UTC)
    site = seed_load_site(db, now)
    sessions = SessionsService(Store(db))
    dialog = SessionDetailDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    detail = sessions.detail(site.sessions["GARAGE-1"])
    assert detail is not None
    dialog.set_detail(detail)
    assert dialog.limits.isVisible()
    assert dialog.limit_lines() == [
        "13:12 32 A equal share of Garage (32 A) / 1 session — Accepted",
        "13:42 16 A equal share of Garage (32 A) / 2 sessions — Accepted",
    ]
    paused = sessions.detail(site.sessions["HALL-B-1"])
    assert paused is not None
    dialog.set_detail(paused)
    assert dialog.limit_lines() == [f"13:52 paused (0 A) {PAUSED_WHY} — Accepted"]
    assert dialog.limits.item(0).foreground().color().name() == "#9a6b00"
    # a session on no managed circuit: no section
    with db.session() as s:
        from app.models import ChargingSession, SessionStatus

        other = ChargingSession(
            charge_point_id="DEPOT-1",
            connector_id=1,
            id_tag="T",
            start_at=now,
            status=SessionStatus.COMPLETED,
        )
        s.add(other)
        s.flush()
        other_id = other.id
    plain = sessions.detail(other_id)
    assert plain is not None
    dialog.set_detail(plain)
    assert not dialog.limits.isVisible() and not dialog.limits_title.isVisible()
