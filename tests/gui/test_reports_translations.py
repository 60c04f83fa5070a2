"""The 'reports' catalogues (issue 15): load-sharing reasons, capability notes and the base-load meter's problems
are made by the host in English and stored as their template and values (an event that crosses the site bus as
JSON, a ``limit_changes`` row), and each console shows them in its own operator's language; rows stored before
(plain English) are shown as they are; the reports' own messages (a period that ends before it starts) reach the
operator translated; every de/fr/it message keeps its source's fields and %n."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTranslator

from app.db import Database
from app.models import Charger, LimitChange
from app.ocpp.events import EventBus
from app.services import i18n, locale_format
from app.services.api import AppServices
from app.services.central.site_bus import decode_event, encode_event
from app.services.load import reasons
from app.services.load.allocation import Demand, allocate
from app.services.load.limits import CircuitSpec
from app.services.reports.load import LoadService
from app.services.reports.sessions import Preset, SessionsService
from app.services.store import Store
from app.services.texts import Text, stored
from app.views.load.page import LoadPage
from app.views.sessions.detail import SessionDetailDialog
from app.views.sessions.page import SessionsPage
from app.views.shell.bridge import CentralBridge
from app.views.users.page import UsersPage
from tests.helpers.gui import FakeBridge
from tests.helpers.load_site import LoadSite, allocation, seed_load_site

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@contextmanager
def language(lang: str, *areas: str) -> Iterator[None]:
    """The console as an operator of ``lang`` has it: the areas' .qm in Qt, translate() through Qt, the locale's
    formats."""
    translators = []
    for area in areas:
        translator = QTranslator()
        assert translator.load(str(I18N / f"{area}_{lang}.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    locale_format.use(locale_format.LOCALES[lang])
    try:
        yield
    finally:
        locale_format.use(None)
        i18n.install(None)
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def host_allocation(site: LoadSite, at: dt.datetime) -> Any:
    """The allocation as the host publishes it (reasons from the allocation itself, the meter's problem as a
    note), after a trip over the site bus as JSON: what an attached console in another language receives."""
    circuits = [
        CircuitSpec(site.grid, None, "Grid connection", 3, 63.0, None),
        CircuitSpec(site.garage, site.grid, "Garage", 3, 32.0, None),
        CircuitSpec(site.hall, site.grid, "Hall B", 1, 16.0, None),
    ]
    limits = {site.grid: (63.0, 63.0, 63.0), site.garage: (32.0, 32.0, 32.0), site.hall: (4.0, 0.0, 0.0)}
    demands = [
        Demand(("GARAGE-1", 1), site.garage, (1, 2, 3), 6.0, 32.0, at - dt.timedelta(minutes=30)),
        Demand(("GARAGE-2", 1), site.garage, (1, 2, 3), 6.0, 32.0, at - dt.timedelta(minutes=20)),
        Demand(("HALL-B-1", 1), site.hall, (1,), 6.0, 16.0, at - dt.timedelta(minutes=10)),
    ]
    shares = {s.key[0]: s for s in allocate(circuits, limits, demands, "equal", 6.0)}
    event = allocation(site, at)
    sessions = tuple(
        {**s, "reason": str(shares[s["cp_id"]].reason), "reason_text": stored(shares[s["cp_id"]].reason)}
        for s in event.sessions
    )
    problem = Text(reasons.NO_ANSWER, where="192.168.1.50:502", time="10:42", detail="timed out")
    note = stored(Text(reasons.METER_NOTE, problem=problem))
    published = dataclasses.replace(event, sessions=sessions, notes=(note,))
    decoded = decode_event(encode_event(published, 1, "serve-1"))
    assert decoded is not None
    return decoded[2]


def table(page: LoadPage) -> list[list[str]]:
    t = page.sessions
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_the_load_page_shows_the_hosts_reasons_in_german(qtbot: Any, db: Database) -> None:
    now = dt.datetime.now(dt.UTC)
    site = seed_load_site(db, now)
    with db.session() as s:  # a note stored before notes were kept as templates: plain English
        s.query(Charger).filter_by(charge_point_id="GARAGE-3").update(
            {"sc_note": "refuses SetChargingProfile (NotSupported): 22 kW reserved on Garage"}
        )
    event = host_allocation(site, now + dt.timedelta(seconds=5))
    # the host wrote English (serve has no translator) and kept the template for the consoles
    assert event.sessions[0]["reason"] == "equal share of Garage (32 A) / 2 sessions"
    assert event.sessions[2]["reason"] == "paused: Hall B (4 A on L1) is full — waits for a free 6 A"
    bus = EventBus()
    with language("de", "more", "reports"):
        page = LoadPage(LoadService(Store(db), bus), CentralBridge(bus))
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitUntil(lambda: page.reads == 1)
        # what the load manager stored (templates) in German; a note stored before (plain English) as it is
        assert table(page)[0][5] == "gleicher Anteil von Garage (32 A) / 2 Ladevorgänge"
        assert [page.unmanaged.item(i).text() for i in range(page.unmanaged.count())] == [
            "Garage 3 (old) (GARAGE-3): refuses SetChargingProfile (NotSupported): 22 kW reserved on Garage"
        ]
        # the chart's span as a phrase of its own, not the combo's text lowercased
        assert "Strom pro Phase, letzte 6 Stunden (dreiphasig)" in page.chart_title.text()
        page.span_combo.setCurrentIndex(3)
        qtbot.waitUntil(lambda: page.reads == 2)
        assert "letzte 7 Tage" in page.chart_title.text()

        bus.emit(event)
        assert [row[5] for row in table(page)] == [
            "gleicher Anteil von Garage (32 A) / 2 Ladevorgänge",
            "gleicher Anteil von Garage (32 A) / 2 Ladevorgänge",
            "pausiert: Hall B (4 A auf L1) ist voll — wartet auf freie 6 A",
        ]
        assert page.state.text().endswith(
            "(live) · Grundlastzähler: keine Antwort von 192.168.1.50:502 seit 10:42 (timed out)"
        )
        page.shutdown()


def test_a_sessions_limit_history_in_french(qtbot: Any, db: Database) -> None:
    now = dt.datetime(2026, 12, 7, 13, 2, 30, tzinfo=dt.UTC)
    site = seed_load_site(db, now)
    session_id = site.sessions["GARAGE-1"]
    with db.session() as s:  # the first limit's reason stored before reasons were kept as templates
        first = s.query(LimitChange).filter_by(session_id=session_id).order_by(LimitChange.at).first()
        assert first is not None
        first.reason = "equal share of Garage (32 A) / 1 session"
    circuit = Text(reasons.CIRCUIT, name="Garage", limit=32.0)
    fcfs = Text(reasons.FIRST_COME, circuit=circuit, position=reasons.ordinal(1), count=2)
    ahead = Text(reasons.AHEAD, reason=fcfs, steps=[Text(reasons.AHEAD_STEP, limit=6.5, time="18:00")])
    with db.session() as s:  # as the load manager records a limit sent (its reason as template and values)
        s.add(
            LimitChange(
                session_id=session_id,
                charge_point_id="GARAGE-1",
                connector_id=1,
                at=now + dt.timedelta(hours=1),
                limit_a=22.5,
                phases=1,
                reason=reasons.for_column(ahead),
                purpose="TxProfile",
                status="Accepted",
            )
        )
    assert reasons.from_column(reasons.for_column(ahead)) == (
        "first come first served on Garage (32 A): 1st of 2; 6.5 A from 18:00 (time-of-day limit)"
    )
    detail = SessionsService(Store(db)).detail(session_id)
    assert detail is not None
    with language("fr", "reports"):
        dialog = SessionDetailDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_detail(detail)
        assert dialog.limit_lines()[-1] == (
            "15:02 22,5 A sur 1 phase premier arrivé, premier servi sur Garage (32 A)\u00a0: 1er sur 2\u00a0; "
            "6,5 A dès 18:00 (limite horaire) — Accepted"
        )
        # a row stored before, in English: as it is
        assert dialog.limit_lines()[0] == "13:12 32 A equal share of Garage (32 A) / 1 session — Accepted"


def test_a_period_that_ends_before_it_starts_in_french(qtbot: Any, sqlite_db: Database) -> None:
    with language("fr", "pages", "reports"):
        page = SessionsPage(AppServices.local(sqlite_db).sessions, FakeBridge(), None)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.preset.setCurrentIndex(page.preset.findData(Preset.CUSTOM.value))
        page.date_from.setDate(QDate(2026, 12, 10))
        page.date_to.setDate(QDate(2026, 12, 8))
        qtbot.waitUntil(page.filter_problem.isVisible)
        assert page.filter_problem.text() == (
            "La période se termine avant de commencer\u00a0: choisissez une date de fin le 10 déc. 2026 ou après."
        )


FIELD = re.compile(r"\{[a-z_]+\}|%n")


@pytest.mark.parametrize("lang", ["de", "fr", "it"])
def test_every_translation_keeps_its_fields(lang: str) -> None:
    root = ET.parse(I18N / f"reports_{lang}.ts").getroot()
    seen = 0
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for form in forms:
            assert sorted(set(FIELD.findall(form))) == sorted(set(FIELD.findall(source))), (source, form)
        seen += 1
    assert seen > 80


def test_why_a_user_may_charge_now_in_german(qtbot: Any, sqlite_db: Database) -> None:
    from tests.gui import test_users as users_test

    users_test.seed(sqlite_db)
    services = AppServices.local(sqlite_db)
    with language("de", "pages", "reports"):
        page = UsersPage(services.users, services.statements, CentralBridge(None), None)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0)
        users_test.select_user(qtbot, page, "Eva Keller")
        table = page.editor.stations_table
        # (the schedule's part, "Private (default)", is plan.py's: not this catalogue's)
        assert (
            table.item(0, 4)
            .text()
            .endswith(
                ", Karte EVA0… gehört Eva Keller (kein Eigentümer der Ladestation Garage; nur Eigentümer dürfen laden)"
            )
        )
        assert table.item(0, 4).toolTip().startswith("Abgelehnt: ")
        users_test.select_user(qtbot, page, "Max Huber")
        assert "Max Huber ist Eigentümer der Ladestation Garage" in table.item(0, 4).text()
    services.close()
