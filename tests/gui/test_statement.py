"""The user editor's "Monthly statement…": pick the month (last month by default) and the file, get an A4 PDF
with the sessions and the totals; an empty month still gives a statement, and says so."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from app.db import Database
from app.models import ChargingSession, Connector, IdTag, SessionStatus, Site, Station, User
from app.services.api import AppServices
from app.services.reports import statements
from app.views.shell.bridge import CentralBridge
from app.views.users.page import UsersPage
from app.views.users.statement import StatementDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LEFT = Qt.MouseButton.LeftButton
ZURICH = ZoneInfo("Europe/Zurich")


class FakeCentral:
    def subscribe(self, callback: Any, *types: type) -> Any:
        return lambda: None


def last_month() -> tuple[int, int]:
    return statements.previous_month(dt.datetime.now(ZURICH).date())


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZURICH).astimezone(dt.UTC)


def seed(db: Database) -> None:
    """HQ Zurich (CHF, VAT 8.1 %): Hall B (HALL-B-1, 2 connectors), Garage; Eva Keller (ACME AG, cost centre
    4711) charged 14 times last month; Max Huber never."""
    year, month = last_month()
    with db.session() as s:
        hq = Site(
            name="HQ Zurich",
            timezone="Europe/Zurich",
            currency="CHF",
            vat_percent=Decimal("8.1"),
            address="Hardstrasse 201, 8005 Zürich",
        )
        hall = Station(
            site=hq,
            charge_point_id="HALL-B-1",
            name="Hall B",
            connectors=[Connector(connector_id=1, max_kw=11), Connector(connector_id=2, max_kw=11)],
        )
        garage = Station(
            site=hq, charge_point_id="GARAGE-1", name="Garage", connectors=[Connector(connector_id=1)]
        )
        eva = User(
            name="Eva Keller",
            email="eva.keller@acme.ch",
            company="ACME AG",
            cost_centre="4711",
            tags=[IdTag(id_tag="EVA00001", label="white card")],
        )
        max_ = User(
            name="Max Huber", email="max.huber@acme.ch", company="ACME AG", tags=[IdTag(id_tag="04A2B3C4")]
        )
        s.add_all([hq, hall, garage, eva, max_])
        s.flush()
        for i in range(14):
            day = 1 + i * 2
            start = local(year, month, day, 7 + i % 3, 15 * (i % 4))
            kwh = Decimal("8.5") + i
            employee = kwh * Decimal("0.20")  # VAT included
            total = employee.quantize(Decimal("0.01"))
            net = (total / Decimal("1.081")).quantize(Decimal("0.01"))
            s.add(
                ChargingSession(
                    station_id=(hall if i % 4 else garage).id,
                    charge_point_id="HALL-B-1" if i % 4 else "GARAGE-1",
                    connector_id=1 + i % 2 if i % 4 else 1,
                    id_tag="EVA00001",
                    user_id=eva.id,
                    start_at=start,
                    stop_at=start + dt.timedelta(hours=1, minutes=10 + i),
                    meter_start_wh=0.0,
                    energy_wh=float(kwh * 1000),
                    status=SessionStatus.COMPLETED,
                    currency="CHF",
                    price_net=net,
                    price_vat=total - net,
                    price_total=total,
                    tariff_name="employee",
                    price_breakdown={
                        "tariff": "employee",
                        "vat_percent": "8.1",
                        "bands": [{"tariff": "employee", "kwh": str(kwh)}],
                    },
                )
            )
        # still charging: not on the statement
        s.add(
            ChargingSession(
                station_id=hall.id,
                charge_point_id="HALL-B-1",
                connector_id=2,
                id_tag="EVA00001",
                user_id=eva.id,
                start_at=local(year, month, 28, 17),
                status=SessionStatus.ACTIVE,
            )
        )


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database) -> UsersPage:
    seed(sqlite_db)
    bridge = CentralBridge(FakeCentral())
    services = AppServices.local(sqlite_db)
    p = UsersPage(services.users, services.statements, bridge, None)
    p._test_bridge = bridge  # type: ignore[attr-defined]
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    return p


def select_user(qtbot: Any, p: UsersPage, name: str) -> None:
    row = [r.name for r in p.model.rows].index(name)
    rect = p.table.visualRect(p.model.index(row, 0))
    qtbot.mouseClick(p.table.viewport(), LEFT, pos=rect.center())
    assert p.editor.loaded is not None and p.editor.loaded.name == name
    qtbot.waitUntil(
        lambda: p.editor.refresh_button.isEnabled(), timeout=10_000
    )  # no thread outlives the test


def open_dialog(qtbot: Any, p: UsersPage) -> StatementDialog:
    qtbot.mouseClick(p.editor.statement_button, LEFT)
    qtbot.waitUntil(lambda: p.editor.statement_dialog is not None and p.editor.statement_dialog.isVisible())
    dialog = p.editor.statement_dialog
    assert isinstance(dialog, StatementDialog)
    dialog.activateWindow()  # a window manager does this; offscreen, the page would keep the keyboard
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.month  # the month first: Up/Down, then Tab to the file
    return dialog


def pdf_text(path: Path) -> tuple[int, str]:
    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(doc.getAllText(i).text() for i in range(doc.pageCount()))
    pages = doc.pageCount()
    doc.close()
    return pages, text


def test_statement_of_last_month_as_pdf(
    qtbot: Any, page: UsersPage, sqlite_db: Database, tmp_path: Path
) -> None:
    year, month = last_month()
    period = statements.month_label(year, month)
    select_user(qtbot, page, "Eva Keller")
    dialog = open_dialog(qtbot, page)
    assert dialog.windowTitle() == "Monthly statement — Eva Keller"
    assert (dialog.month.date().year(), dialog.month.date().month()) == (year, month)  # last month by default
    assert dialog.summary.text().startswith(f"14 sessions in {period} · ")
    # the file: a default name in the remembered folder; the operator types another
    assert dialog.path.text().endswith(f"Charging statement {year}-{month:02d} Eva Keller.pdf")
    out = tmp_path / "eva.pdf"
    dialog.path.selectAll()
    qtbot.keyClicks(dialog.path, str(out))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter = Save PDF
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert out.read_bytes().startswith(b"%PDF")
    with sqlite_db.session() as s:
        expected = statements.monthly_statement(s, page.editor.loaded.id, year, month)
    (chf,) = expected.totals
    assert chf.sessions == 14 and chf.total == sum(line.total for line in expected.lines)
    total_text = f"CHF {statements.format_money(chf.total)}"
    assert total_text in dialog.html and statements.format_money(chf.net) in dialog.html
    pages, text = pdf_text(out)
    assert total_text in text
    assert "Charging statement" in text and period in text
    assert "ACME AG" in text and "4711" in text
    assert f"Page 1 of {pages}" in text
    assert "Hall B" in text and "Garage" in text
    assert page.editor.message.text() == f"Statement for {period} (14 sessions) saved to {out}."

    # for the user guide: the first page as an image
    SHOTS.mkdir(parents=True, exist_ok=True)
    doc = QPdfDocument()
    doc.load(str(out))
    size = doc.pagePointSize(0).toSize()
    image = doc.render(0, QSize(size.width() * 2, size.height() * 2))
    doc.close()
    framed = QImage(image.width() + 40, image.height() + 40, QImage.Format.Format_RGB32)
    framed.fill(QColor("#e4e7eb"))
    painter = QPainter(framed)
    painter.fillRect(20, 20, image.width(), image.height(), QColor("white"))
    painter.drawImage(20, 20, image)
    painter.end()
    framed.save(str(SHOTS / "statement.png"))


def test_empty_month_still_gives_a_statement_and_says_so(qtbot: Any, page: UsersPage, tmp_path: Path) -> None:
    select_user(qtbot, page, "Max Huber")
    dialog = open_dialog(qtbot, page)
    year, month = last_month()
    period = statements.month_label(year, month)
    assert dialog.summary.text() == f"No sessions in {period}: the statement will say so."
    dialog.path.setText(str(tmp_path / "max"))  # no .pdf: added
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    out = tmp_path / "max.pdf"
    assert out.read_bytes().startswith(b"%PDF")
    _pages, text = pdf_text(out)
    assert f"No charging sessions in {period}." in text
    assert page.editor.message.text() == f"No sessions in {period}: an empty statement was saved to {out}."


def test_another_month_and_a_folder_that_does_not_exist(qtbot: Any, page: UsersPage, tmp_path: Path) -> None:
    select_user(qtbot, page, "Eva Keller")
    dialog = open_dialog(qtbot, page)
    year, month = last_month()
    before = QDate(year, month, 1).addMonths(-1)
    dialog.month.setFocus()
    qtbot.keyClick(dialog.month, Qt.Key.Key_Down)  # the month section: one month back
    assert (dialog.month.date().year(), dialog.month.date().month()) == (before.year(), before.month())
    assert dialog.summary.text() == (
        f"No sessions in {statements.month_label(before.year(), before.month())}: the statement will say so."
    )
    assert f"{before.year()}-{before.month():02d}" in dialog.path.text()  # the default name follows the month
    dialog.path.setText(str(tmp_path / "missing" / "eva.pdf"))
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert (
        dialog.message.text()
        == f"The folder {tmp_path / 'missing'} does not exist: choose another with Browse…."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not (tmp_path / "missing").exists()
