"""The Stations page and the station editor as an operator uses them: type, click, save, and see what is shown
and what is stored (a real SQLite file; no qasync loop needed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QMessageBox, QSpinBox, QWidget
from sqlalchemy import select

from app.db import Database
from app.models import (
    AccessMode,
    AccessWindow,
    AuditEntry,
    Charger,
    ChargingSession,
    Connector,
    SessionStatus,
    Site,
    Station,
    Tariff,
    User,
)
from app.ocpp.backend import StatusReport
from app.ocpp.events import ChargerConnected, ChargerDisconnected, StatusChanged
from app.services.admin import stations as svc
from app.services.admin.passwords import verify_password
from app.services.admin.stations import StationsService
from app.services.central.store import StationRef
from app.services.central.system import ChargerState
from app.services.store import Store
from app.views.stations.editor import CONNECTORS, GENERAL, LOCATION, SECURITY, SPECIAL, StationEditor
from app.views.stations.page import CONNECTORS as CONNECTORS_COL
from app.views.stations.page import LAST_SEEN, MODE, NAME, ONLINE, StationsPage
from app.views.stations.page import SECURITY as SECURITY_COL
from tests.helpers.gui import FakeBridge, offline_bridge

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MONDAY_10 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)  # Monday 10:00 in Zurich
SATURDAY_10 = dt.datetime(2026, 3, 7, 9, 0, tzinfo=dt.UTC)
L = Qt.MouseButton.LeftButton

# the offscreen platform cannot raise windows or grab the keyboard (the name completer's popup)
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def demo(sqlite_db: Database) -> dict[str, int]:
    with sqlite_db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", address="Hardstrasse 201, 8005 Zürich")
        s.add_all([hq, Site(name="Branch Basel", timezone="Europe/Zurich")])
        employee = Tariff(name="employee", per_kwh=Decimal("0.20"))
        public = Tariff(name="public", per_kwh=Decimal("0.45"), start_fee=Decimal("1"))
        s.add_all([employee, public, Tariff(name="owner", per_kwh=Decimal("0.10"))])
        s.add_all(
            [
                User(name="Eva Keller", email="eva.keller@example.com"),
                User(name="Marc Brunner"),
                User(name="Lea Frei"),
            ]
        )
        s.flush()
        return {"hq": hq.id, "employee": employee.id, "public": public.id}


def page_of(db: Database, qtbot: Any, clock: Clock | None = None, bridge: Any = None) -> StationsPage:
    page = StationsPage(StationsService(Store(db)), bridge, None, clock=clock or Clock(MONDAY_10))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def add_halls(db: Database, site_id: int) -> None:
    """Hall B and Hall C (HALL-B-1, HALL-C-1), two connectors each."""
    with db.session() as s:
        for name, cpid in (("Hall B", "HALL-B-1"), ("Hall C", "HALL-C-1")):
            svc.save_station(
                s,
                svc.StationForm(
                    name=name,
                    site_id=site_id,
                    charge_point_id=cpid,
                    connectors=[svc.ConnectorForm(number=1), svc.ConnectorForm(number=2)],
                ),
            )


def only_editor(page: StationsPage) -> StationEditor:
    editors = [e for group in page.editors.values() for e in group]
    assert len(editors) == 1, editors
    return editors[0]


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item the way the keyboard does: focus the combo and type the start of its text."""
    i = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert i >= 0, f"{text!r} not in {[combo.itemText(j) for j in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(i)


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def error_text(editor: StationEditor, key: str) -> str:
    _, label, _ = editor.fields[key]
    return "" if label.isHidden() else label.text()


def cell(editor: StationEditor, row: int, key: str) -> QWidget:
    return editor.connectors.cells[row][key]


def fill_hall_b(qtbot: Any, editor: StationEditor) -> None:
    type_into(qtbot, editor.name, "Hall B")
    type_into(qtbot, editor.charge_point_id, "HALL-B-1")
    choose(editor.site, "HQ Zurich")
    editor.tabs.setCurrentIndex(CONNECTORS)
    qtbot.mouseClick(editor.connectors.add_button, L)  # a second connector next to the default one
    kw1, kw2 = cell(editor, 0, "max_kw"), cell(editor, 1, "max_kw")
    assert isinstance(kw1, QLineEdit) and isinstance(kw2, QLineEdit)
    type_into(qtbot, kw1, "22")
    plug2 = cell(editor, 1, "plug_type")
    assert isinstance(plug2, QComboBox)
    choose(plug2, "CCS")
    type_into(qtbot, kw2, "50")


def test_create_edit_and_reopen_a_station(qtbot: Any, sqlite_db: Database, demo: dict[str, int]) -> None:
    clock = Clock(MONDAY_10)
    page = page_of(sqlite_db, qtbot, clock)
    assert "No stations yet" in page.empty.text() and page.empty.isVisible()
    qtbot.mouseClick(page.new_button, L)
    editor = only_editor(page)
    assert editor.windowTitle().startswith("New station")
    assert not editor.schedule_button.isEnabled() and not editor.map_button.isEnabled()
    fill_hall_b(qtbot, editor)
    editor.tabs.setCurrentIndex(SECURITY)
    assert not editor.allow_unsecured.isChecked()  # a new station needs a password unless this is ticked
    editor.allow_unsecured.setChecked(True)
    editor.tabs.setCurrentIndex(1)
    choose(editor.default_mode, "Public")
    choose(editor.default_tariff, "public")
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, L)
    station_id = saved.args[0]
    assert not editor.isVisible()
    assert page.visible_names() == ["Hall B"]
    assert page.message.text() == "Saved station Hall B."

    # the schedule calendar (another page) makes it Limited on weekdays; here through the service layer
    with sqlite_db.session() as s:
        st = s.get(Station, station_id)
        assert st is not None and st.schedule is not None
        st.schedule.windows.append(
            AccessWindow(
                days=0b0011111,
                start_minute=0,
                end_minute=1440,
                mode=AccessMode.LIMITED,
                tariff_id=demo["employee"],
            )
        )
    page.reload()
    index = page.proxy.index(0, MODE)
    assert index.data() == "Limited until Sat 00:00"
    assert "tariff 'employee'" in index.data(Qt.ItemDataRole.ToolTipRole)
    clock.now = SATURDAY_10
    page.model.tick()
    assert page.proxy.index(0, MODE).data() == "Public until Mon 00:00"
    assert page.proxy.index(0, CONNECTORS_COL).data() == "2 · #1 Offline, #2 Offline"
    assert page.proxy.index(0, SECURITY_COL).data() == "Unsecured: no password"

    # edit: select the row, Enter opens the editor
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = only_editor(page)
    assert editor.windowTitle() == "Station Hall B — ChargeDesk"
    assert editor.windows.item(0).text() == "Limited Mon–Fri 00:00–24:00 at 'employee'"
    assert editor.schedule_button.isEnabled()
    with qtbot.waitSignal(editor.edit_schedule_requested) as asked:
        qtbot.mouseClick(editor.schedule_button, L)
    assert asked.args == [station_id, None]
    editor.tabs.setCurrentIndex(SECURITY)
    type_into(qtbot, editor.password, "hall-b-charger-2026")
    assert "good password" in editor.password_hint.text()
    choose(editor.security_profile, "1")
    assert not editor.allow_unsecured.isEnabled()  # with a password the charger must always give it
    editor.tabs.setCurrentIndex(2)
    type_into(qtbot, editor.owners.picker, "Eva Keller")
    qtbot.keyClick(editor.owners.picker, Qt.Key.Key_Return)  # adds the owner; does not save
    assert editor.isVisible() and editor.owners.owners() != []
    editor.tabs.setCurrentIndex(SPECIAL)
    qtbot.mouseClick(editor.grants.add_button, L)
    type_into(qtbot, editor.grants.user, "Marc Brunner")
    choose(editor.grants.where, "Connector 2")
    choose(editor.grants.tariff, "employee")
    editor.grants.until_on.setChecked(True)
    editor.grants.until_date.setDate(editor.grants.until_date.date().fromString("2026-06-30", "yyyy-MM-dd"))
    qtbot.mouseClick(editor.grants.add_window, L)  # a first row proposes Mon-Fri 07:00-18:00
    editor.grants.set_window_cell(0, 2, "17:30")
    assert editor.grants.table.item(0, 4).text() == "Mon-Fri 07:00–17:30"
    editor.tabs.setCurrentIndex(CONNECTORS)
    own = cell(editor, 1, "own_rules").findChild(QCheckBox)
    assert own is not None and not own.isChecked()
    qtbot.mouseClick(own, L)
    mode2 = cell(editor, 1, "mode")
    assert isinstance(mode2, QComboBox) and mode2.isEnabled()
    choose(mode2, "Public")
    editor.tabs.setCurrentIndex(LOCATION)
    type_into(qtbot, editor.lat, "47.3899")
    type_into(qtbot, editor.lon, "8.5157")
    type_into(qtbot, editor.address, "Hardstrasse 201, 8005 Zurich")
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Key at the reception.")
    editor.tabs.setCurrentIndex(GENERAL)
    with qtbot.waitSignal(editor.saved, timeout=10_000):  # the password is hashed in a worker thread
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # Enter saves
    with sqlite_db.session() as s:
        st = s.get(Station, station_id)
        assert st is not None and st.password_hash is not None
        assert verify_password("hall-b-charger-2026", st.password_hash)
        assert (st.lat, st.lon, st.security_profile) == (47.3899, 8.5157, 1)
        audit = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert audit is not None and audit.action == "update" and audit.changes is not None
        assert audit.changes["password"] == "changed" and audit.changes["owners"]["added"] == ["Eva Keller"]
    assert page.proxy.index(0, SECURITY_COL).data() == "Basic (profile 1)"

    # reopened: the editor shows what was saved
    where = page.table.visualRect(page.proxy.index(0, NAME)).center()
    qtbot.mouseClick(page.table.viewport(), L, pos=where)
    qtbot.mouseDClick(page.table.viewport(), L, pos=where)
    editor = only_editor(page)
    assert editor.name.text() == "Hall B" and editor.charge_point_id.text() == "HALL-B-1"
    assert editor.password.text() == "" and "A password is set" in editor.password_hint.text()
    assert editor.security_profile.currentData() == 1
    assert editor.default_mode.currentText() == "Public" and editor.default_tariff.currentText().startswith(
        "public"
    )
    assert [editor.owners.list.item(i).text() for i in range(editor.owners.list.count())] == ["Eva Keller"]
    conns = editor.connectors.connectors()
    assert [(c.number, c.plug_type, c.max_kw, c.own_rules, c.mode) for c in conns] == [
        (1, "Type2", 22.0, False, AccessMode.PUBLIC),
        (2, "CCS", 50.0, True, AccessMode.PUBLIC),
    ]
    g = editor.grants.grants_out()[0]
    assert (g.connector, g.valid_until, [(w.days, w.start, w.end) for w in g.windows]) == (
        2,
        dt.date(2026, 6, 30),
        [("Mon-Fri", "07:00", "17:30")],
    )
    assert editor.grants.table.item(0, 0).text() == "Marc Brunner"
    assert (editor.lat.text(), editor.lon.text()) == ("47.3899", "8.5157")
    assert editor.notes.toPlainText() == "Key at the reception."
    assert not editor.is_dirty()
    assert page.unsaved_editors() == []
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # nothing changed: closes without asking
    assert not editor.isVisible()


def test_problems_are_marked_inline_and_nothing_is_saved(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                connectors=[svc.ConnectorForm(number=1)],
            ),
        )
    page = page_of(sqlite_db, qtbot)
    qtbot.mouseClick(page.new_button, L)
    editor = only_editor(page)
    type_into(qtbot, editor.name, "Hall B annex")
    type_into(qtbot, editor.charge_point_id, "HALL-B-1")
    editor.tabs.setCurrentIndex(CONNECTORS)
    kw = cell(editor, 0, "max_kw")
    assert isinstance(kw, QLineEdit)
    type_into(qtbot, kw, "-11")
    editor.tabs.setCurrentIndex(SECURITY)
    type_into(qtbot, editor.password, "abc12")
    assert "at least 8 characters" in editor.password_hint.text()  # said while typing already
    qtbot.mouseClick(editor.save_button, L)

    assert editor.isVisible()
    assert error_text(editor, "charge_point_id").startswith("HALL-B-1 is already used by station Hall B")
    assert "#c63b3b" in editor.charge_point_id.styleSheet()
    assert "at least 8 characters" in error_text(editor, "password")
    assert "Connector 1: Max power must be more than 0 kW" in editor.connectors.error.text()
    assert "#c63b3b" in kw.styleSheet()
    assert editor.tabs.currentIndex() == GENERAL and editor.focusWidget() is editor.charge_point_id  # 1st
    assert editor.tabs.tabText(CONNECTORS).endswith("●") and editor.tabs.tabText(SECURITY).endswith("●")
    assert editor.status.text().startswith("Not saved: 3 problems")
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(SHOTS / "station-editor-problems.png"))
    with sqlite_db.session() as s:
        assert len(s.scalars(select(Station)).all()) == 1

    # fixing a field clears its mark as you type (re-checked after a short pause)
    type_into(qtbot, editor.charge_point_id, "HALL-B-2")
    qtbot.waitUntil(lambda: error_text(editor, "charge_point_id") == "", timeout=3000)
    assert editor.status.text().startswith("Not saved: 2 problems")
    type_into(qtbot, kw, "11")
    number = cell(editor, 0, "number")
    assert isinstance(number, QSpinBox)
    type_into(qtbot, editor.password, "")
    qtbot.waitUntil(lambda: editor.status.text().startswith("All problems fixed"), timeout=3000)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, L)
    assert sorted(page.visible_names()) == ["Hall B", "Hall B annex"]


def test_special_user_times_are_checked_and_cancel_discards(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        sid = svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                connectors=[svc.ConnectorForm(number=1)],
            ),
        )
    page = page_of(sqlite_db, qtbot)
    page._open_editor(sid)
    editor = only_editor(page)
    editor.tabs.setCurrentIndex(SPECIAL)
    qtbot.mouseClick(editor.grants.add_button, L)
    type_into(qtbot, editor.grants.user, "Lea")  # not a whole name: nobody
    qtbot.mouseClick(editor.grants.add_window, L)
    qtbot.mouseClick(editor.grants.add_window, L)
    for col, text in enumerate(("Fri", "17:00", "20:00")):
        editor.grants.set_window_cell(1, col, text)
    qtbot.mouseClick(editor.save_button, L)
    assert editor.tabs.currentIndex() == SPECIAL
    assert "No user called 'Lea'" in editor.grants.user_error.text()
    type_into(qtbot, editor.grants.user, "Lea Frei")
    qtbot.mouseClick(editor.save_button, L)
    assert "overlaps window 1" in editor.grants.windows_error.text()
    editor.grants.set_window_cell(1, 2, "25:00")
    qtbot.mouseClick(editor.save_button, L)
    assert "Row 2: 25:00 is not a time" in editor.grants.windows_error.text()
    assert editor.grants.windows.item(1, 2).background().color().name() == "#fde2e2"

    # Esc with changes asks first; "Keep editing" keeps them, "Discard" closes and nothing is stored
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    box = editor.findChild(QMessageBox, "ConfirmDiscard")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), L)
    assert editor.isVisible()
    qtbot.mouseClick(editor.cancel_button, L)
    box = editor._box
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), L)
    assert not editor.isVisible()
    with sqlite_db.session() as s:
        assert svc.load_station(s, sid).grants == []


def test_search_and_filters_narrow_the_list(qtbot: Any, sqlite_db: Database, demo: dict[str, int]) -> None:
    with sqlite_db.session() as s:
        basel = s.scalar(select(Site.id).where(Site.name == "Branch Basel"))
        for name, cpid, site, mode, address in (
            ("Hall B", "HALL-B-1", demo["hq"], AccessMode.LIMITED, "Hardstrasse 201"),
            ("Hall C", "HALL-C-1", demo["hq"], AccessMode.PUBLIC, "Hardstrasse 203"),
            ("Visitors", "VISIT-1", demo["hq"], AccessMode.PUBLIC, "Pfingstweidstrasse 6"),
            ("Depot", "BSL-DEPOT", basel, AccessMode.PRIVATE, "Hafenstrasse 1"),
        ):
            svc.save_station(
                s,
                svc.StationForm(
                    name=name,
                    site_id=site,
                    charge_point_id=cpid,
                    default_mode=mode,
                    address=address,
                    connectors=[svc.ConnectorForm(number=1)],
                ),
            )
        s.add(Charger(charge_point_id="HALL-C-1", online=True))
    page = page_of(sqlite_db, qtbot)
    assert page.visible_names() == ["Depot", "Hall B", "Hall C", "Visitors"]  # by site, then name
    qtbot.keyClicks(page.search, "hardstr")
    assert page.visible_names() == ["Hall B", "Hall C"]
    assert page.count.text() == "2 of 4 stations shown"
    qtbot.keyClicks(page.search, " 203")
    assert page.visible_names() == ["Hall C"]
    page.search.clear()
    qtbot.keyClicks(page.search, "visit-")
    assert page.visible_names() == ["Visitors"]
    page.search.clear()
    choose(page.site_filter, "Branch Basel")
    assert page.visible_names() == ["Depot"]
    choose(page.site_filter, "All sites")
    choose(page.status_filter, "Online")
    assert page.visible_names() == ["Hall C"]
    choose(page.status_filter, "Any status")
    choose(page.mode_filter, "Public now")
    assert page.visible_names() == ["Hall C", "Visitors"]
    choose(page.mode_filter, "Limited now")
    assert page.visible_names() == ["Hall B"]
    qtbot.keyClicks(page.search, "nothing like this")
    assert page.visible_names() == [] and page.empty.text() == "No station matches the search and filters."


def test_live_events_update_only_their_row(qtbot: Any, sqlite_db: Database, demo: dict[str, int]) -> None:
    add_halls(sqlite_db, demo["hq"])
    bridge = FakeBridge()
    clock = Clock(MONDAY_10)
    page = page_of(sqlite_db, qtbot, clock, bridge)
    resets: list[int] = []
    changed: list[tuple[int, int, int, int]] = []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.dataChanged.connect(
        lambda a, b, *_: changed.append((a.row(), b.row(), a.column(), b.column()))
    )

    bridge.connected.emit(ChargerConnected("HALL-C-1", at=MONDAY_10))
    bridge.status_changed.emit(StatusChanged("HALL-C-1", 2, "Charging", at=MONDAY_10))
    assert resets == [] and {(a, b) for a, b, _, _ in changed} == {(1, 1)}  # row 1 only: Hall C
    hall_c = page.proxy.index(1, CONNECTORS_COL)
    assert hall_c.data() == "2 · #1 Unknown, #2 Charging"
    assert page.proxy.index(1, ONLINE).data() == "online"
    assert page.proxy.index(1, LAST_SEEN).data() == "10:00"
    assert page.proxy.index(0, CONNECTORS_COL).data() == "2 · #1 Offline, #2 Offline"

    choose(page.status_filter, "Charging")
    assert page.visible_names() == ["Hall C"]
    bridge.status_changed.emit(StatusChanged("HALL-C-1", 2, "Finishing"))
    assert page.visible_names() == []  # the filter follows the live state
    choose(page.status_filter, "Faulted")
    bridge.status_changed.emit(StatusChanged("HALL-C-1", 1, "Faulted", "GroundFailure"))
    assert page.visible_names() == ["Hall C"]
    bridge.disconnected.emit(ChargerDisconnected("HALL-C-1"))
    assert page.visible_names() == []
    bridge.status_changed.emit(StatusChanged("NOT-HERE", 1, "Available"))  # unknown charger: ignored
    assert resets == []

    # the minute turns: only the time-dependent columns are refreshed
    changed.clear()
    clock.now = SATURDAY_10
    assert page.model.tick()
    assert {(c1, c2) for _, _, c1, c2 in changed} == {(MODE, MODE), (LAST_SEEN, LAST_SEEN)}
    assert not page.model.tick()  # same minute: nothing


def test_delete_refused_with_sessions_offers_disable(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        used = svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                connectors=[svc.ConnectorForm(number=1)],
            ),
        )
        svc.save_station(s, svc.StationForm(name="Spare", site_id=demo["hq"], charge_point_id="SPARE-1"))
        s.add(
            ChargingSession(
                station_id=used,
                charge_point_id="HALL-B-1",
                connector_id=1,
                id_tag="04A2B3C4",
                start_at=dt.datetime(2026, 3, 2, 8, tzinfo=dt.UTC),
                status=SessionStatus.COMPLETED,
            )
        )
    page = page_of(sqlite_db, qtbot)
    page.table.setFocus()
    page.table.selectRow(1)  # Spare
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.findChild(QMessageBox, "ConfirmDelete")
    assert box is not None and "Delete station Spare (SPARE-1)" in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), L)
    assert page.visible_names() == ["Hall B"] and page.message.text() == "Deleted station Spare (SPARE-1)."

    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, L)
    qtbot.mouseClick(page._box.button(QMessageBox.StandardButton.Yes), L)
    offer = page._box
    assert offer.objectName() == "OfferDisable"
    assert "Hall B has 1 charging session" in offer.text() and "Disable it instead" in offer.text()
    disable = next(b for b in offer.buttons() if b.text() == "Disable station")
    qtbot.mouseClick(disable, L)
    assert page.proxy.index(0, ONLINE).data() == "offline · disabled"
    with sqlite_db.session() as s:
        st = s.get(Station, used)
        assert st is not None and not st.enabled


def test_duplicate_opens_a_prefilled_new_station(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                default_mode=AccessMode.LIMITED,
                connectors=[
                    svc.ConnectorForm(number=1, max_kw=22),
                    svc.ConnectorForm(number=2, plug_type="CCS"),
                ],
            ),
        )
    page = page_of(sqlite_db, qtbot)
    page.table.selectRow(0)
    qtbot.mouseClick(page.duplicate_button, L)
    editor = only_editor(page)
    assert editor.name.text() == "Hall B (copy)" and editor.charge_point_id.text() == "HALL-B-2"
    assert editor.windowTitle().startswith("New station (duplicate)")
    assert [c.plug_type for c in editor.connectors.connectors()] == ["Type2", "CCS"]
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, L)
    assert page.visible_names() == ["Hall B", "Hall B (copy)"]


def test_no_site_says_what_to_do(qtbot: Any, sqlite_db: Database) -> None:
    page = page_of(sqlite_db, qtbot)
    assert "create one in <b>Settings → Sites</b>" in page.empty.text()
    qtbot.mouseClick(page.new_button, L)
    box = page.findChild(QMessageBox, "NoSiteBox")
    assert box is not None and "Settings → Sites" in box.text()
    assert page.editors == {}


def test_screenshots(qtbot: Any, sqlite_db: Database, demo: dict[str, int]) -> None:
    """The page and the editor with realistic data, for the docs (look at them)."""
    with sqlite_db.session() as s:
        users = dict(s.execute(select(User.name, User.id)).all())
        basel = s.scalar(select(Site.id).where(Site.name == "Branch Basel"))
        hall_b = svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                description="Underground car park, level -1, bays 12–14",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                default_mode=AccessMode.PUBLIC,
                default_tariff_id=demo["public"],
                owners=[users["Eva Keller"]],
                password="hall-b-charger-2026",
                security_profile=1,
                allow_unsecured=False,
                lat=47.38992,
                lon=8.51575,
                address="Hardstrasse 201, 8005 Zürich",
                notes="Key for the cabinet at the reception.",
                grants=[
                    svc.GrantForm(
                        user_id=users["Marc Brunner"],
                        tariff_id=demo["employee"],
                        valid_until=dt.date(2026, 12, 31),
                        windows=[svc.WindowText("Mon-Fri", "07:00", "18:00")],
                    )
                ],
                connectors=[
                    svc.ConnectorForm(number=1, plug_type="Type2", max_kw=22),
                    svc.ConnectorForm(
                        number=2,
                        plug_type="CCS",
                        max_kw=50,
                        own_rules=True,
                        mode=AccessMode.PUBLIC,
                        tariff_id=demo["public"],
                    ),
                ],
            ),
        )
        st = s.get(Station, hall_b)
        assert st is not None and st.schedule is not None
        st.vendor, st.model, st.serial_number, st.firmware_version = (
            "ABB",
            "Terra AC W22",
            "TACW2240521",
            "1.6.3",
        )
        st.schedule.windows.append(
            AccessWindow(
                days=0b0011111,
                start_minute=420,
                end_minute=1080,
                mode=AccessMode.LIMITED,
                tariff_id=demo["employee"],
            )
        )
        for name, cpid, site, n, mode, password, address in (
            (
                "Hall C",
                "HALL-C-1",
                demo["hq"],
                2,
                AccessMode.PUBLIC,
                "hall-c-charger-2026",
                "Hardstrasse 203",
            ),
            ("Visitors", "VISIT-1", demo["hq"], 1, AccessMode.PUBLIC, "", "Pfingstweidstrasse 6"),
            ("Board parking", "HQ-BOARD-1", demo["hq"], 1, AccessMode.PRIVATE, "board-parking-2026", ""),
            ("Depot", "BSL-DEPOT", basel, 3, AccessMode.LIMITED, "depot-basel-2026", "Hafenstrasse 1"),
        ):
            svc.save_station(
                s,
                svc.StationForm(
                    name=name,
                    site_id=site,
                    charge_point_id=cpid,
                    default_mode=mode,
                    address=address,
                    password=password,
                    security_profile=1 if password else 0,
                    allow_unsecured=not password,
                    connectors=[
                        svc.ConnectorForm(number=i, plug_type="Type2", max_kw=11) for i in range(1, n + 1)
                    ],
                ),
            )
        seen = MONDAY_10 - dt.timedelta(minutes=3)
        s.add_all(
            [
                Charger(charge_point_id=c, online=True, last_seen=seen)
                for c in ("HALL-B-1", "HALL-C-1", "BSL-DEPOT")
            ]
        )
        s.add(Charger(charge_point_id="VISIT-1", online=False, last_seen=MONDAY_10 - dt.timedelta(days=2)))
        for cpid, states in (
            ("HALL-B-1", ("Charging", "Available")),
            ("HALL-C-1", ("Available", "Preparing")),
            ("BSL-DEPOT", ("Charging", "Faulted", "Available")),
        ):
            for number, status in enumerate(states, 1):
                s.execute(
                    Connector.__table__.update()
                    .where(
                        Connector.station_id
                        == select(Station.id).where(Station.charge_point_id == cpid).scalar_subquery(),
                        Connector.connector_id == number,
                    )
                    .values(status=status)
                )
    page = page_of(sqlite_db, qtbot)
    page.table.selectRow(page.visible_names().index("Hall B"))
    QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / "stations.png"))
    editor = page._open_editor(hall_b)
    assert editor is not None
    qtbot.addWidget(editor)  # closed after the test: a window left open takes the next tests' mouse events
    for tab, name in (
        (GENERAL, "station-editor"),
        (SPECIAL, "station-editor-special-users"),
        (CONNECTORS, "station-editor-connectors"),
    ):
        editor.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert editor.grab().save(str(SHOTS / f"{name}.png"))


def test_map_and_schedule_hand_over_and_location_removal(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        sid = svc.save_station(
            s,
            svc.StationForm(
                name="Hall B",
                site_id=demo["hq"],
                charge_point_id="HALL-B-1",
                lat=47.38992,
                lon=8.51575,
                address="Hardstrasse 201",
                connectors=[svc.ConnectorForm(number=1), svc.ConnectorForm(number=2, own_rules=True)],
            ),
        )
        pk2 = s.scalar(select(Connector.id).where(Connector.station_id == sid, Connector.connector_id == 2))
    page = page_of(sqlite_db, qtbot)
    forwarded: list[tuple[str, tuple[Any, ...]]] = []
    page.set_on_map_requested.connect(lambda *a: forwarded.append(("map", a)))
    page.edit_schedule_requested.connect(lambda *a: forwarded.append(("schedule", a)))
    editor = page._open_editor(sid)
    assert editor is not None
    editor.tabs.setCurrentIndex(LOCATION)
    qtbot.mouseClick(editor.map_button, L)
    editor.set_location(47.4011234, 8.5442, "Binzmühlestrasse 14")  # what the map picked
    assert (editor.lat.text(), editor.lon.text(), editor.address.text()) == (
        "47.4011234",
        "8.5442",
        "Binzmühlestrasse 14",
    )
    qtbot.mouseClick(editor.remove_location, L)
    assert (editor.lat.text(), editor.lon.text(), editor.address.text()) == ("", "", "")
    assert not editor.remove_location.isEnabled()
    type_into(qtbot, editor.lat, "95")
    qtbot.mouseClick(editor.save_button, L)
    assert "between -90 and 90" in error_text(editor, "lat")
    assert "both latitude and longitude" not in error_text(editor, "lon")  # one problem at a time
    editor.tabs.setCurrentIndex(CONNECTORS)
    editor.connectors.table.selectRow(0)
    assert not editor.connectors.schedule_button.isEnabled()  # follows the station
    editor.connectors.table.selectRow(1)
    assert editor.connectors.schedule_button.isEnabled()
    qtbot.mouseClick(editor.connectors.schedule_button, L)
    assert forwarded == [("map", (sid,)), ("schedule", (sid, pk2))]
    type_into(qtbot, editor.lat, "")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, L)
    with sqlite_db.session() as s:
        st = s.get(Station, sid)
        assert st is not None and (st.lat, st.lon, st.address) == (None, None, "")


class _Central:
    """The central system as the page reads it when shown again: every charger's current state."""

    def __init__(self) -> None:
        self.states: list[ChargerState] = []

    def chargers(self) -> list[ChargerState]:
        return list(self.states)


def test_hidden_page_is_not_called_per_event_and_shows_the_current_state_when_shown(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    add_halls(sqlite_db, demo["hq"])
    bridge, central = offline_bridge(), _Central()
    page = StationsPage(StationsService(Store(sqlite_db)), bridge, central, clock=Clock(MONDAY_10))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert bridge.status_changed.receivers == 1
    bridge.status_changed.emit(StatusChanged("HALL-B-1", 1, "Charging", at=MONDAY_10))  # shown: at once
    assert page.proxy.index(0, CONNECTORS_COL).data() == "2 · #1 Charging, #2 Unknown"

    page.hide()
    assert (bridge.status_changed.receivers, bridge.connected.receivers, bridge.disconnected.receivers) == (
        0,
        0,
        0,
    )
    # meanwhile Hall B went offline and Hall C came, charged on 2 and faulted on 1
    seen = MONDAY_10 + dt.timedelta(minutes=5)
    hall_b = ChargerState("HALL-B-1", connected=False, last_seen=MONDAY_10 + dt.timedelta(minutes=1))
    hall_b.statuses[1] = StatusReport(1, "Charging", timestamp=MONDAY_10)
    hall_c = ChargerState("HALL-C-1", connected=True, last_seen=MONDAY_10)
    hall_c.statuses[2] = StatusReport(2, "Charging", timestamp=MONDAY_10)
    hall_c.statuses[1] = StatusReport(1, "Faulted", "GroundFailure", timestamp=seen)
    central.states = [hall_b, hall_c]
    changed: list[tuple[int, int]] = []
    page.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))

    page.show()
    assert page.proxy.index(0, ONLINE).data() == "offline"
    assert page.proxy.index(0, CONNECTORS_COL).data() == "2 · #1 Offline, #2 Offline"
    assert page.proxy.index(0, LAST_SEEN).data() == "10:01"
    assert page.proxy.index(1, ONLINE).data() == "online"
    assert page.proxy.index(1, CONNECTORS_COL).data() == "2 · #1 Faulted, #2 Charging"
    assert page.proxy.index(1, LAST_SEEN).data() == "10:05"
    assert changed == [(0, 1)]  # one signal for the rows, as after any hidden spell
    assert bridge.status_changed.receivers == 1  # live again
    bridge.status_changed.emit(StatusChanged("HALL-C-1", 1, "Available", at=seen))
    assert page.proxy.index(1, CONNECTORS_COL).data() == "2 · #1 Available, #2 Charging"


def test_a_hidden_page_reads_the_list_when_shown_if_a_charger_has_no_row(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    bridge, central = offline_bridge(), _Central()
    page = StationsPage(StationsService(Store(sqlite_db)), bridge, central, clock=Clock(MONDAY_10))
    qtbot.addWidget(page)
    names = page.visible_names()
    with sqlite_db.session() as s:  # accepted meanwhile (the Chargers page or another console)
        new_id = svc.save_station(
            s, svc.StationForm(name="Zz New", site_id=demo["hq"], charge_point_id="NEW-1")
        )
    central.states = [ChargerState("NEW-1", StationRef(new_id), connected=True)]
    page.show()
    qtbot.waitUntil(lambda: page.visible_names() == [*names, "Zz New"])


def test_a_page_shown_and_hidden_again_and_again_leaves_no_receiver_when_it_goes(
    qtbot: Any, sqlite_db: Database, demo: dict[str, int]
) -> None:
    bridge = offline_bridge()
    page = StationsPage(StationsService(Store(sqlite_db)), bridge, _Central(), clock=Clock(MONDAY_10))
    for _ in range(50):
        page.show()
        page.hide()
    page.show()
    assert bridge.status_changed.receivers == 1
    assert len(bridge.status_changed._watched) == 1  # its destruction is watched once, not at every show
    gone: list[int] = []
    page.destroyed.connect(lambda *_: gone.append(1))
    page.deleteLater()
    qtbot.waitUntil(lambda: gone == [1])
    assert (bridge.status_changed.receivers, bridge.connected.receivers, bridge.disconnected.receivers) == (
        0,
        0,
        0,
    )
    assert bridge.status_changed._watched == set()
