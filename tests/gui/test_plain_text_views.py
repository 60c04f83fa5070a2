"""Text a charger supplies is data outside the Chargers page too: ``<b>x</b><img src=y>`` as a charge point's error
text, an idTag, a stop reason or a station name (an auto-accepted charger's id) is shown literally on the
dashboard (tiles, recent events), the users page (unknown cards), the sessions table and detail, and the
stations list — in labels and tooltips, never rendered as HTML."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QLabel, QWidget

from app.db import Database
from app.models import ChargingSession, Connector, SessionStatus, Station
from app.models.domain import UnknownTag
from app.ocpp.events import AuthorizationDecided, StatusChanged
from app.services.api import AppServices
from app.services.reports.sessions import SessionsService
from app.services.store import Store
from app.views.dashboard import DashboardPage
from app.views.sessions.detail import SessionDetailDialog
from app.views.shell.bridge import CentralBridge
from app.views.users.page import UsersPage
from tests.gui.test_chargers_plain_text import rendered
from tests.helpers.ocpp import add_station

MARKUP = "<b>x</b><img src=y>"  # 19 characters: fits a 1.6 idTag (20) and every text column


def shown(text: str | None) -> str:
    """What a tooltip (or any text Qt may take as HTML) shows."""
    if not text:
        return ""
    if Qt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def labels_rendering_markup(root: QWidget) -> list[str]:
    return [
        f"{label.objectName() or type(label.parent()).__name__}: {label.text()!r}"
        for label in root.findChildren(QLabel)
        if MARKUP in label.text() and rendered(label) != label.text()
    ]


def rich_labels_losing_markup(root: QWidget) -> list[str]:
    """Rich labels on purpose (escaped values): what they show must still hold the markup as text."""
    return [
        label.text()
        for label in root.findChildren(QLabel)
        if "&lt;b&gt;x" in label.text() and MARKUP not in rendered(label)
    ]


def tooltips(model: QAbstractItemModel) -> list[str]:
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    return [
        model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""
        for r in range(model.rowCount(QModelIndex()))
        for c in range(columns)
    ]


def _mark_station(db: Database, cp_id: str) -> None:
    with db.session() as s:
        station = s.query(Station).filter_by(charge_point_id=cp_id).one()
        station.name = MARKUP  # an auto-accepted charger's station is named by the charger
        for c in s.query(Connector).filter_by(station_id=station.id):
            c.status, c.error_code = "Faulted", MARKUP


class _Central:
    def subscribe(self, callback: Any, *types: type) -> Any:
        return lambda: None


def test_dashboard_tiles_and_recent_events(qtbot: Any, sqlite_db: Database) -> None:
    add_station(sqlite_db, "HALL-B-1")
    _mark_station(sqlite_db, "HALL-B-1")
    bridge = CentralBridge(None)
    page = DashboardPage(AppServices.local(sqlite_db).overview, bridge)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.reload()
    page.show()
    qtbot.waitExposed(page)
    tile = page.tiles["HALL-B-1"]
    bridge.status_changed.emit(StatusChanged("HALL-B-1", 1, "Faulted", MARKUP, info=MARKUP))
    qtbot.waitUntil(lambda: MARKUP in tile.lines[1].badge.text())
    bridge.authorization.emit(AuthorizationDecided("HALL-B-1", 1, MARKUP, "Invalid", f"Rejected: {MARKUP}"))
    qtbot.waitUntil(lambda: len(page.event_lines()) == 2)
    assert labels_rendering_markup(page) == []
    assert rich_labels_losing_markup(page) == []
    assert any(MARKUP in rendered(label) for label in tile.findChildren(QLabel))  # the name, as text
    tips = [t for t in tooltips(page.events_model) if t]
    assert len(tips) == 2 and all(MARKUP in shown(t) for t in tips)


def test_users_page_unknown_cards(qtbot: Any, sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        s.add(UnknownTag(id_tag=MARKUP, charge_point_id=MARKUP, connector_id=1))
    services = AppServices.local(sqlite_db)
    page = UsersPage(services.users, services.statements, CentralBridge(_Central()), None)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.unknown_table.rowCount() == 1)
    table = page.unknown_table
    cells = [table.item(0, c) for c in range(6)]
    assert table.item(0, 0).text() == MARKUP
    tips = [c.toolTip() for c in cells if c is not None and c.toolTip()]
    assert any(MARKUP in shown(t) for t in tips)
    assert all(MARKUP in shown(t) for t in tips if "x" in t)
    button_tip = table.cellWidget(0, 6).findChildren(QWidget)[0].toolTip()
    assert shown(button_tip) == f"Give {MARKUP} to a user"
    assert labels_rendering_markup(page) == []


def _marked_session(db: Database) -> int:
    add_station(db, "CP-9")
    _mark_station(db, "CP-9")
    with db.session() as s:
        station = s.query(Station).filter_by(charge_point_id="CP-9").one()
        row = ChargingSession(
            station_id=station.id,
            charge_point_id="CP-9",
            connector_id=1,
            id_tag=MARKUP,
            start_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2),
            stop_at=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1),
            status=SessionStatus.COMPLETED,
            energy_wh=1000.0,
            stop_reason=MARKUP,
            decision_reason=MARKUP,
            transaction_uid=MARKUP,
            auth_status=MARKUP,
        )
        s.add(row)
        s.flush()
        return row.id


def test_session_detail_and_table_tooltips(qtbot: Any, sqlite_db: Database) -> None:
    from app.views.sessions.model import COLUMNS, SessionsModel

    session_id = _marked_session(sqlite_db)
    service = SessionsService(Store(sqlite_db))
    detail = service.detail(session_id)
    assert detail is not None
    dialog = SessionDetailDialog()
    qtbot.addWidget(dialog)
    dialog.set_detail(detail)
    dialog.show()
    assert MARKUP in dialog.heading.text() and rendered(dialog.heading) == dialog.heading.text()
    for key in ("station", "tag", "stop_reason", "auth", "reason", "uid"):
        assert MARKUP in dialog.values[key].text(), key
    assert labels_rendering_markup(dialog) == []

    model = SessionsModel(service)
    row = detail.row
    for key, _label in COLUMNS:
        text = model._tip(row, key)
        if text and "<" in text:
            assert "x" in shown(text) and shown(text) == model._tip_text(row, key), key
    assert any(MARKUP in shown(model._tip(row, key)) for key, _ in COLUMNS)


def test_stations_list_tooltips(qtbot: Any, sqlite_db: Database) -> None:
    from tests.gui.test_stations import page_of

    add_station(sqlite_db, "CP-7")
    _mark_station(sqlite_db, "CP-7")
    page = page_of(sqlite_db, qtbot)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    tips = [t for t in tooltips(page.model) if MARKUP in t or "&lt;b&gt;" in t]
    assert tips, "the name and the connectors' error show in tooltips"
    assert all(MARKUP in shown(t) for t in tips)
    assert labels_rendering_markup(page) == []
