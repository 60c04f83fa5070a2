"""The Load page shows why a session has less than its share when the site's energy manager limited its station
(issue 17): the allocation's reason, live, in the operator's language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from app.db import Database
from app.ocpp.events import EventBus
from app.services import i18n
from app.services.load import reasons as why
from app.services.reports.load import LoadService
from app.services.store import Store
from app.services.texts import Text, stored
from app.views.load.page import LoadPage
from app.views.shell.bridge import CentralBridge
from tests.helpers.load_site import allocation, seed_load_site


def test_the_load_page_says_a_session_is_limited_by_the_sites_energy_manager(
    qtbot: Any, db: Database
) -> None:
    now = dt.datetime.now(dt.UTC)
    site = seed_load_site(db, now)
    bus = EventBus()
    page = LoadPage(LoadService(Store(db), bus), CentralBridge(bus))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.reads == 1)
    event = allocation(site, now + dt.timedelta(seconds=5))
    limited = Text(why.EXTERNAL_LIMIT, limit=11.0, source=why.source("EMS"))
    sessions = list(event.sessions)
    sessions[0] = {**sessions[0], "limit_a": 11.0, "reason": str(limited), "reason_text": stored(limited)}
    sessions[1] = {**sessions[1], "limit_a": 21.0}
    bus.emit(dataclasses.replace(event, sessions=tuple(sessions)))
    t = page.sessions
    assert [t.item(0, c).text() for c in (0, 4, 5)] == [
        "Garage 1",
        "11 A",
        "limited to 11 A by the site's energy manager (EMS)",
    ]
    assert t.item(1, 4).text() == "21 A"
    with i18n.language("de"):
        assert page.load is not None
        page.show_load(page.load)
        assert page.sessions.item(0, 5).text() == (
            "begrenzt auf 11 A durch das Energiemanagement des Standorts (EMS)"
        )
    page.shutdown()
