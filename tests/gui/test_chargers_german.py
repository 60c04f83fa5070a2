"""The Chargers page in German, as a Swiss technician sees it with the console's translator installed: Qt's
QTranslator loaded from resources/i18n/chargers_de.qm and app.services.i18n going through
QCoreApplication.translate (what the console installs at start). A new charger connects Pending: the list, the
Commissioning tab, the accept dialog and the Operations tab (its operations, its results table, a reset's
confirmation) speak German; plurals take their numerus forms. Screenshot: docs/screenshots/commissioning-de.png."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialogButtonBox

from app.db import Database
from app.services import i18n
from app.services.central.system import CentralSystem
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.chargers.page import ChargersPage
from app.views.shell.bridge import CentralBridge
from tests.gui.test_chargers_config import FAST, with_console
from tests.helpers.ocpp import wait_until

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "i18n" / "chargers_de.qm"
SHOTS = ROOT / "docs" / "screenshots"


def plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    """The console's German translator for the chargers area, removed afterwards (English again)."""
    translator = QTranslator()
    assert translator.load(str(CATALOGUE)), f"{CATALOGUE} does not load"
    QCoreApplication.installTranslator(translator)
    i18n.install(
        lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n)
    )
    try:
        yield
    finally:
        i18n.install(None)
        QCoreApplication.removeTranslator(translator)


@pytest.mark.isolated
def test_commissioning_and_operations_in_german(qapp: Any, qtbot: Any, tmp_path: Path, german: None) -> None:
    async def scenario(db: Database, central: CentralSystem, bridge: CentralBridge) -> None:
        page = ChargersPage(ChargersService(Store(db), central), bridge, central)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
            "Übersicht",
            "Inbetriebnahme",
            "Konfiguration",
            "Überwachung",
            "Snapshots",
            "Operationen",
            "Firmware && Diagnose",
            "Zertifikate",
        ]
        assert page.heading.text() == "Kein Ladegerät ausgewählt"
        async with (
            VirtualCharger(central.url, "HALL-B-1", **FAST) as known,
            VirtualCharger(central.url, "EVTEC-7F21", vendor="EV-TEC", model="Pro 22", **FAST) as new,
        ):
            await known.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)
            await new.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending", timeout=20)
            # the list: its groups and the count line, a plural in its German numerus form
            await wait_until(lambda: page.count.text() == "4 Ladegeräte, 2 online", timeout=20)
            assert page.groups["new"].text(0) == "Neue Ladegeräte (1)"
            assert page.items["EVTEC-7F21"].text(0) == "EVTEC-7F21  NEU"

            # the new charger opens on the Commissioning tab, in German
            assert page.select("EVTEC-7F21")
            tab = page.commissioning
            assert page.tabs.currentIndex() == 1
            reg = plain(tab.reg_text.text())
            assert reg.startswith("Neues Ladegerät. EVTEC-7F21 (EV-TEC Pro 22) hat sich von ")
            assert "wartet auf einen Bediener" in reg
            assert tab.accept_button.text() == "Annehmen…" and tab.reject_button.text() == "Ablehnen"
            assert tab.check_box.title() == "Inbetriebnahme-Checkliste — zuerst das Ladegerät annehmen"
            headers = [tab.steps.horizontalHeaderItem(c).text() for c in range(3)]
            assert headers == ["Ergebnis", "Schritt", "Details"]
            assert tab.run_button.text() == "Checkliste ausführen"
            assert plain(tab.summary.text()) == "Die Checkliste ist für dieses Ladegerät noch nicht gelaufen."
            page.grab().save(str(SHOTS / "commissioning-de.png"))

            qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
            dialog = tab.accept_dialog
            assert dialog is not None and dialog.isVisible()
            assert dialog.windowTitle() == "Ladegerät EVTEC-7F21 annehmen"
            assert dialog.create_new.text() == "Neue Ladestation anlegen"
            assert dialog.bind.text() == "Einer bestehenden Ladestation zuordnen"
            assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "Ladegerät annehmen"
            dialog.reject()

            # the known one's Operations tab
            assert page.select("HALL-B-1")
            page.show_tab(page.operations)
            ops = page.operations
            await wait_until(lambda: "OCPP 1.6" in ops.header.text(), timeout=10)
            assert plain(ops.header.text()) == "HALL-B-1 · Hall B · OCPP 1.6 · ● online"
            shown = [ops.op_list.item(i).text() for i in range(ops.op_list.count())]
            assert {"Transaktionen", "Steuerung des Ladegeräts", "Lokale Liste", "Reservierungen"} <= set(
                shown
            )
            results = [ops.table.horizontalHeaderItem(c).text() for c in range(4)]
            assert results == ["Zeit", "Operation", "Antwort des Ladegeräts", "Latenz"]
            ops.op_list.setCurrentRow(ops.op_rows["reset"])
            reset = ops.send_buttons["reset"]
            assert reset.text() == "Reset…" and reset.isEnabled()
            assert ops.reset.soft.text().startswith("Soft — Software neu starten, wenn frei")
            qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
            box = ops.reset.confirm_box
            assert box is not None and box.isVisible()
            assert box.windowTitle() == "Soft-Reset"
            assert box.text() == "Soft-Reset von HALL-B-1? Es startet neu, sobald es frei ist."
            box.reject()

    with_console(qapp, tmp_path, scenario, unknown_charger_policy="pending")
