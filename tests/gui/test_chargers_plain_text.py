"""Text a charger supplies is data on the Chargers page: a charger reporting ``<b>x</b><img src=y>`` as its model
(and markup as its vendor and firmware) sees it shown literally in every label of every tab and dialog — plain-text
labels, or escaped where a label is rich text on purpose — never rendered as HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from app.config import CentralSystemSettings
from app.services.central.system import CentralSystem
from app.services.chargers import config_snapshots as cfg
from app.services.chargers.service import ChargersService
from app.services.store import Store
from app.simulator import events as ev
from app.simulator.api import VirtualCharger
from app.views.chargers.page import ChargersPage
from app.views.shell.bridge import CentralBridge
from app.views.widgets.text import tip
from tests.gui.test_chargers_config import FAST, demo_database
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

VENDOR = "<i>ACME</i>"
MODEL = "<b>x</b><img src=y>"  # 19 characters: within 1.6's 20
FIRMWARE = "<u>1.0</u>"
MARKUP = (VENDOR, MODEL, FIRMWARE)


def rendered(label: QLabel) -> str:
    """What the user reads in ``label``: its text, or what Qt renders of it when it takes it as HTML."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text())):
        doc = QTextDocument()
        doc.setHtml(label.text())
        return doc.toPlainText()
    return label.text()


def labels_rendering_markup(*roots: QWidget) -> list[str]:
    """Labels that hold a charger's markup in their text and render it as HTML (should be none)."""
    bad = []
    for root in roots:
        for label in root.findChildren(QLabel):
            if any(m in label.text() for m in MARKUP) and rendered(label) != label.text():
                bad.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()!r}")
    return bad


def test_a_tooltip_shows_markup_literally(qapp: Any) -> None:
    doc = QTextDocument()
    doc.setHtml(tip(f"{VENDOR} {MODEL}"))
    assert doc.toPlainText() == f"{VENDOR} {MODEL}"
    assert tip("firmware 1.4.2") == "firmware 1.4.2"  # plain text stays as it is


@pytest.mark.isolated
def test_a_charger_reporting_markup_sees_it_shown_literally(qapp: Any, qtbot: Any, tmp_path: Path) -> None:
    async def main() -> None:
        db = demo_database(tmp_path)
        central = CentralSystem(
            db,
            CentralSystemSettings(
                host="127.0.0.1", port=0, call_timeout_s=10, unknown_charger_policy="pending"
            ),
        )
        await central.start()
        bridge = CentralBridge(central)
        try:
            page = ChargersPage(ChargersService(Store(db), central), bridge, central)
            qtbot.addWidget(page)
            page.resize(1280, 800)
            page.show()
            weird = {"vendor": VENDOR, "model": MODEL, "firmware": FIRMWARE, **FAST}
            async with (
                VirtualCharger(central.url, "HALL-B-1", **weird) as known,
                VirtualCharger(central.url, "EVIL-1", **weird) as new,
            ):
                await known.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Accepted", timeout=20)
                await new.wait_for(ev.BOOTED, lambda e: e.data["status"] == "Pending", timeout=20)
                await wait_until(lambda: {"HALL-B-1", "EVIL-1"} <= set(page.items), timeout=20)
                await wait_until(lambda: page.items["HALL-B-1"].text(3) == f"{VENDOR} {MODEL}", timeout=20)

                # a new charger: the Commissioning tab says who it is
                assert page.select("EVIL-1")
                reg = page.commissioning.reg_text
                await wait_until(lambda: MODEL in rendered(reg), timeout=10)
                assert f"({VENDOR} {MODEL})" in rendered(reg) and "New charger." in rendered(reg)
                assert (
                    reg.textFormat() == Qt.TextFormat.RichText
                )  # bold on purpose, the charger's text escaped
                assert labels_rendering_markup(page) == []

                # a known one: every tab
                assert page.select("HALL-B-1")
                assert f"{VENDOR} {MODEL}" in rendered(page.subheading)
                page.show_tab(page.overview)
                fields = page.overview.fields
                await wait_until(lambda: rendered(fields["Model"]) == MODEL, timeout=10)
                assert rendered(fields["Vendor"]) == VENDOR and rendered(fields["Firmware"]) == FIRMWARE
                await cfg.take_snapshot(central, "HALL-B-1", label="<script>label</script>")
                page.show_tab(page.snapshots)
                page.snapshots.reload()
                await wait_until(lambda: page.snapshots.list.rowCount() == 1, timeout=10)
                page.snapshots.list.selectRow(0)
                await wait_until(lambda: MODEL in rendered(page.snapshots.summary), timeout=10)
                assert FIRMWARE in rendered(page.snapshots.summary)
                page.snapshots.open_apply()
                dialog = page.snapshots._dialog
                assert dialog is not None and dialog.isVisible()
                intro = [lb for lb in dialog.findChildren(QLabel) if "Send the values" in rendered(lb)]
                assert len(intro) == 1 and f"({VENDOR} {MODEL})" in rendered(intro[0])
                assert "<script>label</script>" in rendered(intro[0])
                page.show_tab(page.files)
                await wait_until(lambda: FIRMWARE in rendered(page.files.heading), timeout=10)
                page.show_tab(page.operations)
                page.show_tab(page.config)
                await wait_until(lambda: page.config.model.rowCount() > 30, timeout=15)
                assert labels_rendering_markup(page, dialog) == []
                dialog.close()
        finally:
            bridge.close()
            await central.stop()
            db.dispose()

    qapp.setQuitOnLastWindowClosed(False)
    run_on_qasync(qapp, main)
