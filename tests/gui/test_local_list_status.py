"""What the operator sees of the local lists kept in sync (issue 17): the Stations page's Local list column (the
version the charger holds, "not supported" flagged for a charger without a local list, "not in sync" after a
failure, with the last sync's outcome as the tooltip) and the charger's Overview tab. The charger rows hold what
:mod:`app.services.chargers.local_sync` writes (its own tests send the lists through the real central system)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.db import Database
from app.models import Charger, Connector, Site, Station
from app.services.admin.stations import StationsService
from app.services.chargers.local_sync import _store
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.views.chargers.overview import ChargerOverviewTab
from app.views.stations.page import LOCAL_LIST, NAME, StationsPage
from app.views.widgets.style import OK, WARN


def seed(db: Database) -> None:
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        for name, cp in (
            ("Hall B", "HALL-B-1"),
            ("Hall C", "HALL-C-1"),
            ("Hall D", "HALL-D-1"),
            ("Yard", "YARD-1"),
        ):
            st = Station(site=site, name=name, charge_point_id=cp)
            st.connectors = [Connector(connector_id=1)]
            s.add(st)
            s.add(Charger(charge_point_id=cp, registration="Accepted"))
        s.flush()
        entries = {"ANNA0001": {"status": "Accepted"}, "EVA0001": {"status": "Accepted"}}
        sent = {
            "kind": "sent",
            "update": "Differential",
            "version": 3,
            "added": 1,
            "removed": 1,
            "cache": "Accepted",
        }
        _store(s, "HALL-B-1", sent, ok=True, version=3, entries=entries)
        _store(s, "HALL-C-1", {"kind": "unsupported"}, ok=None, supported=False)
        _store(
            s, "HALL-D-1", {"kind": "refused", "update": "Full", "status": "Failed", "version": 4}, ok=False
        )


def cell(page: StationsPage, station: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, NAME).data() == station:
            return page.proxy.index(row, LOCAL_LIST).data(role)
    raise AssertionError(f"{station} not listed")


def test_the_stations_page_shows_each_chargers_local_list_and_flags_one_without(
    sqlite_db: Database, qtbot: Any
) -> None:
    seed(sqlite_db)
    page = StationsPage(StationsService(Store(sqlite_db)), None, None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 4)
    assert page.proxy.headerData(LOCAL_LIST, Qt.Orientation.Horizontal) == "Local list"
    assert cell(page, "Hall B") == "version 3"
    assert cell(page, "Hall C") == "not supported"
    assert cell(page, "Hall D") == "not in sync"
    assert cell(page, "Yard") == "—"
    assert cell(page, "Hall C", Qt.ItemDataRole.ForegroundRole).color().name() == WARN
    assert cell(page, "Hall B", Qt.ItemDataRole.ForegroundRole).color().name() == OK
    tip_b = cell(page, "Hall B", Qt.ItemDataRole.ToolTipRole)
    assert "Differential update accepted (version 3): 1 added or changed, 1 removed" in tip_b
    assert "authorization cache cleared" in tip_b
    tip_c = cell(page, "Hall C", Qt.ItemDataRole.ToolTipRole)
    assert "The charger has no local authorization list: nothing sent" in tip_c
    assert "does not check cards against this station's rules while it is offline" in tip_c
    assert "Full update refused by the charger: Failed" in cell(page, "Hall D", Qt.ItemDataRole.ToolTipRole)


def test_the_overview_tab_shows_the_version_the_tags_and_the_last_sync(
    sqlite_db: Database, qtbot: Any
) -> None:
    seed(sqlite_db)
    tab = ChargerOverviewTab(ChargersService(Store(sqlite_db), None), None, None)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_charger("HALL-B-1")
    text = tab.local_list.text()
    assert text.startswith("version 3, 2 tags — ")
    assert text.endswith(
        ": Differential update accepted (version 3): 1 added or changed, 1 removed — authorization cache cleared"
    )
    tab.set_charger("HALL-C-1")
    assert tab.local_list.text().startswith(
        "none — cards are not checked against the station's rules while it is offline"
    )
    tab.set_charger("YARD-1")
    assert tab.local_list.text() == "not synchronised yet"
