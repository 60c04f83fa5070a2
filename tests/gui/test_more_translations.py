"""The 'more' catalogues (load, map, audit, log, operators, circuits): the Audit and Log pages read German through
Qt's translator, counts with their number; every de/fr/it message keeps its source's fields, %n, tags and keys."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.db import Database
from app.models import OperatorRole
from app.services import i18n
from app.services.admin.catalog import SiteForm, TariffForm
from app.services.api import AppServices
from app.services.central.events import FrameLogged
from app.services.roles import Principal
from app.views.audit_page import AuditPageView
from app.views.log_page import LogPage
from tests.helpers.gui import offline_bridge

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
H = Qt.Orientation.Horizontal


@contextmanager
def german() -> Iterator[None]:
    """The console as a German-speaking operator has it: more_de.qm in Qt, translate() through Qt."""
    translator = QTranslator()
    assert translator.load(str(I18N / "more_de.qm"))
    QCoreApplication.installTranslator(translator)
    i18n.install(lambda c, t, d, n: QCoreApplication.translate(c, t, d, n))
    try:
        yield
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)


def test_the_audit_page_in_german(qtbot: Any, sqlite_db: Database) -> None:
    services = AppServices.local(sqlite_db)
    services.store.principal = Principal("anna", "Anna Meier", OperatorRole.MANAGER, "desk-1", logged_in=True)
    services.catalog.save_site(SiteForm(name="HQ Zürich"))
    services.catalog.save_tariff(TariffForm(name="employee", per_kwh="0.20"))
    with german():
        page = AuditPageView(services.audit)
        qtbot.addWidget(page)
        page.show()
        page.reload()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2)
        assert [page.model.headerData(c, H) for c in (0, 1, 5, 6)] == [
            "Zeitpunkt",
            "Bediener",
            "Aktion",
            "Änderungen",
        ]
        assert page.refresh.text() == "Aktualisieren" and page.more.text() == "Ältere Einträge"
        assert page.operator.itemText(0) == "(alle)"
        assert page.status.text() == "Angezeigte Zeilen: 2, neueste zuerst"  # the count with its number
        page.table.selectRow(0)
        assert "anna auf desk-1" in page.detail.toPlainText()
        page.shutdown()
    services.close()


def frame(mid: str, mtype: int, direction: str, text: str) -> FrameLogged:
    return FrameLogged(
        "CP-1",
        ts=dt.datetime(2026, 11, 26, 10, 0, tzinfo=dt.UTC),
        direction=direction,
        message_type=mtype,
        message_id=mid,
        action="Heartbeat",
        frame=text,
    )


def test_the_log_page_in_german(qtbot: Any) -> None:
    with german():
        bridge = offline_bridge()
        page = LogPage(bridge, None)
        qtbot.addWidget(page)
        page.show()
        for mid in ("1", "2"):
            bridge.push_frame(frame(mid, 2, "in", f'[2,"{mid}","Heartbeat",{{}}]'))
        bridge.flush_frames()
        assert [page.model.headerData(c, H) for c in range(7)] == [
            "Zeit",
            "Ladepunkt",
            "Richtung",
            "Aktion",
            "Ergebnis",
            "Latenz",
            "Nachrichten-ID",
        ]
        assert page.count.text() == "Aufrufe: 2"
        assert page.export.text() == "Exportieren…" and page.errors.text() == "nur Fehler"
        page.pause.setChecked(True)
        assert page.pause.text() == "Fortsetzen"
        bridge.push_frame(frame("3", 2, "in", '[2,"3","Heartbeat",{}]'))
        bridge.flush_frames()
        assert page.count.text() == "pausiert – zurückgehaltene neue Frames: 1"
        page.pause.setChecked(False)
        assert page.count.text() == "Aufrufe: 3" and page.pause.text() == "Pause"
    page.close()


# What a translation must keep as its source has it (a reordering is fine, a loss or a typo is not).
KEPT = {
    "fields": re.compile(r"\{[a-z_]*\}"),
    "%n": re.compile(r"%n"),
    "tags": re.compile(r"</?[a-zA-Z][^>]*>"),
    "keys": re.compile(r"\b(?:Ctrl\+\w|F\d{1,2})\b"),
    "units": re.compile(r"(?<=[\d}] )(?:A|kW|MB|KB|ms)\b|\((?:A|kW)\)"),  # "{amps} A", "6–32 A", "(kW)"
}


@pytest.mark.parametrize("lang", ["de", "fr", "it"])
def test_every_message_keeps_its_fields_counts_and_tags(lang: str) -> None:
    messages = list(ET.parse(I18N / f"more_{lang}.ts").getroot().iter("message"))
    english = list(ET.parse(I18N / "more_en.ts").getroot().iter("message"))
    assert len(messages) == len(english) > 150  # every message of the area, in each language
    wrong = []
    for m in messages:
        source = m.findtext("source") or ""
        node = m.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]  # a plural: each form
        if node.get("type") or not all(f.strip() for f in forms):
            wrong.append(("untranslated", source))
            continue
        for text in forms:
            for what, pattern in KEPT.items():
                if sorted(pattern.findall(source)) != sorted(pattern.findall(text)):
                    wrong.append((what, source, text))
            # a closing line break kept; no "(s)", which translate() reads as English's plural ending
            if source.endswith("\n") != text.endswith("\n") or "(s)" in text:
                wrong.append(("form", source, text))
    assert wrong == []
