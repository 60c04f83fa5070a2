"""The Stations page and the station editor in French, as a facility manager in Lausanne sees them: the console's
translator built from resources/i18n/pages_fr.qm (the catalogue this part commits) is installed the way the console
installs it (a QTranslator and app.services.i18n.install with QCoreApplication.translate), and the page is used by
clicking and typing. Without it (every other test) the same pages are English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.models import AccessMode
from app.services import i18n
from app.services.admin import stations as svc
from app.views.stations.editor import ACCESS, GENERAL, SECURITY
from app.views.stations.page import CONNECTORS, MODE, ONLINE
from tests.gui.test_stations import choose, demo, only_editor, page_of, type_into

__all__ = ["demo"]  # the fixture, shared with the English tests

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "pages_fr.qm"
#: the shared widgets' catalogue (the connector statuses the page shows are named in app/views/widgets/style.py)
SHARED = CATALOGUE.with_name("shell_fr.qm")
L = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = []
    for catalogue in (CATALOGUE, SHARED):  # as the console loads every catalogue of its language
        translator = QTranslator()
        assert translator.load(str(catalogue)), catalogue
        assert QCoreApplication.installTranslator(translator)
        translators.append(translator)
    i18n.install(
        lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n)
    )
    try:
        yield
    finally:
        i18n.install(None)
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_stations_page_and_editor_in_french(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int], french: None
) -> None:
    with sqlite_db.session() as s:
        for name, cpid, mode in (
            ("Hall B", "HALL-B-1", AccessMode.LIMITED),
            ("Hall C", "HALL-C-1", AccessMode.PUBLIC),
        ):
            svc.save_station(
                s,
                svc.StationForm(
                    name=name,
                    site_id=demo["hq"],
                    charge_point_id=cpid,
                    default_mode=mode,
                    connectors=[svc.ConnectorForm(number=1), svc.ConnectorForm(number=2)],
                ),
            )
    page = page_of(sqlite_db, qtbot)

    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    assert headers == [
        "Nom",
        "ID du point de charge",
        "Site",
        "Prises",
        "Mode actuel",
        "En ligne",
        "Sécurité",
        "Dernier contact",
        "Liste locale",
    ]
    assert page.new_button.text() == "Nouvelle borne…" and page.edit_button.text() == "Modifier…"
    assert page.search.placeholderText() == "Chercher nom, ID du point de charge ou adresse"
    assert page.count.text() == "2 bornes"  # the plural form
    modes = [page.mode_filter.itemText(i) for i in range(page.mode_filter.count())]
    assert modes == ["Tout mode d'accès", "Public maintenant", "Restreint maintenant", "Privé maintenant"]
    hall_b = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Hall B")
    assert page.proxy.index(hall_b, MODE).data() == "Restreint"  # the access mode names, through mode_name
    assert page.proxy.index(hall_b, ONLINE).data() == "hors ligne"
    assert page.proxy.index(hall_b, CONNECTORS).data() == "2 · #1 Hors ligne, #2 Hors ligne"

    choose(page.mode_filter, "Restreint maintenant")
    assert page.visible_names() == ["Hall B"]
    assert page.count.text() == "1 sur 2 bornes affichées"

    page.table.selectRow(0)
    qtbot.mouseClick(page.edit_button, L)
    editor = only_editor(page)
    assert editor.windowTitle() == "Borne Hall B — ChargeDesk"
    assert [editor.tabs.tabText(i) for i in (GENERAL, SECURITY, ACCESS)] == [
        "Général",
        "Sécurité",
        "Accès && propriétaires",  # && is Qt's escape: the tab reads "Accès & propriétaires"
    ]
    assert editor.default_mode.currentText() == "Restreint"
    assert [editor.default_mode.itemText(i) for i in range(editor.default_mode.count())] == [
        "Public",
        "Restreint",
        "Privé",
    ]
    assert editor.enabled.text() == "Activée : la borne est acceptée et les badges sont vérifiés"

    type_into(qtbot, editor.name, "")  # a station needs a name: the editor says so, in French around it
    qtbot.mouseClick(editor.save_button, L)
    assert (
        editor.status.text() == "Non enregistré : 1 problème (Général). Corrigez les champs marqués en rouge."
    )
    assert editor.tabs.tabText(GENERAL) == "Général ●"

    type_into(qtbot, editor.name, "Hall B")
    editor.reject()  # nothing changed any more: closes without asking
    qtbot.waitUntil(lambda: not editor.isVisible())


def test_without_a_translator_the_same_page_is_english(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    assert not i18n.installed()
    page = page_of(sqlite_db, qtbot)
    assert page.new_button.text() == "New station…"
    assert page.count.text() == "0 stations"
    assert [page.mode_filter.itemText(i) for i in range(page.mode_filter.count())][2] == "Limited now"
