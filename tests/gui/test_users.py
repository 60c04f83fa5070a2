"""The Users page as an operator uses it: type a user with an RFID tag, get a duplicate tag refused where it was
typed, find the user, assign a tag a charger just read in one click, import a CSV with a bad row, see where a
user may charge now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton, QWidget
from sqlalchemy import func, select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    ChargingSession,
    Connector,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    UnknownTag,
    User,
)
from app.ocpp.events import AuthorizationDecided
from app.services.api import AppServices
from app.views.shell.bridge import CentralBridge
from app.views.users.editor import TagDialog
from app.views.users.page import AssignTagDialog, ImportReportDialog, UsersPage

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
MON_FRI = 0b0011111
LEFT = Qt.MouseButton.LeftButton


def ago(**kw: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) - dt.timedelta(**kw)


def seed(db: Database) -> None:
    """HQ Zurich: Hall B (HALL-B-1, 2 connectors; Mon–Fri 07:00–18:00 Limited at 'employee', otherwise Public
    at 'public'; Max Huber owns it), Garage (Private; Max Huber owns it), Visitors (Public at 'public')."""
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich", address="Hardstrasse 201, 8005 Zürich")
        public = Tariff(name="public", per_kwh=0.45)
        employee = Tariff(name="employee", per_kwh=0.20)
        owner = Tariff(name="owner", per_kwh=0.10)
        eva = User(
            name="Eva Keller",
            email="eva.keller@acme.ch",
            phone="+41 44 555 12 34",
            company="ACME AG",
            cost_centre="4711",
            notes="Company car ZH 123 456 (Tesla Model 3).",
        )
        eva.tags = [
            IdTag(id_tag="EVA00001", label="white card"),
            IdTag(id_tag="EVA00002", label="key fob", status=TagStatus.BLOCKED),
        ]
        max_ = User(name="Max Huber", email="max.huber@acme.ch", company="ACME AG", cost_centre="4720")
        max_.tags = [IdTag(id_tag="04A2B3C4", label="badge")]
        others = [
            User(
                name="Sara Sommer",
                email="sara@sommer-design.ch",
                company="Sommer Design",
                tags=[IdTag(id_tag="5A5A5A5A", label="guest card")],
            ),
            User(
                name="Jonas Meier",
                email="jonas.meier@acme.ch",
                company="ACME AG",
                active=False,
                tags=[IdTag(id_tag="0C0C0C0C")],
            ),
            User(
                name="Lea Frei",
                email="lea.frei@acme.ch",
                company="ACME AG",
                cost_centre="4711",
                tags=[IdTag(id_tag="1F2E3D4C", label="badge"), IdTag(id_tag="1F2E3D4D", label="spare")],
            ),
            User(
                name="Tom Baumann",
                email="tom@baumann-transporte.ch",
                company="Baumann Transporte",
                tags=[IdTag(id_tag="7B7B7B7B", expiry=dt.datetime(2026, 12, 31, 23, tzinfo=dt.UTC))],
            ),
            User(name="Nina Graf", email="nina.graf@acme.ch", company="ACME AG"),
        ]
        hall = Station(
            site=hq,
            charge_point_id="HALL-B-1",
            name="Hall B",
            owner_tariff=owner,
            vendor="ABB",
            model="Terra AC",
            connectors=[Connector(connector_id=1, max_kw=11), Connector(connector_id=2, max_kw=11)],
        )
        hall.schedule = AccessSchedule(
            default_mode=AccessMode.PUBLIC,
            default_tariff=public,
            windows=[
                AccessWindow(
                    days=MON_FRI, start_minute=420, end_minute=1080, mode=AccessMode.LIMITED, tariff=employee
                )
            ],
        )
        hall.owners = [StationOwner(user=max_)]
        hall.grants = [SpecialGrant(user=others[0], tariff=employee)]
        garage = Station(
            site=hq, charge_point_id="GARAGE-1", name="Garage", connectors=[Connector(connector_id=1)]
        )
        garage.schedule = AccessSchedule(default_mode=AccessMode.PRIVATE)
        garage.owners = [StationOwner(user=max_)]
        visitors = Station(
            site=hq, charge_point_id="VISIT-1", name="Visitors P1", connectors=[Connector(connector_id=1)]
        )
        visitors.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC, default_tariff=public)
        s.add_all([eva, max_, *others, hall, garage, visitors])
        s.flush()
        s.add_all(
            [
                UnknownTag(
                    id_tag="0A1B2C3D",
                    charge_point_id="HALL-B-1",
                    station_id=hall.id,
                    connector_id=1,
                    first_seen=ago(minutes=3),
                    last_seen=ago(minutes=1),
                    times_seen=2,
                ),
                UnknownTag(
                    id_tag="DEADBEEF",
                    charge_point_id="GARAGE-1",
                    station_id=garage.id,
                    connector_id=1,
                    first_seen=ago(days=2, hours=3),
                    last_seen=ago(days=1),
                    times_seen=5,
                ),
                UnknownTag(
                    id_tag="9F8E7D6C",
                    charge_point_id="VISIT-1",
                    station_id=visitors.id,
                    first_seen=ago(days=6),
                    last_seen=ago(days=6),
                ),
            ]
        )
        s.add(
            ChargingSession(
                station_id=hall.id,
                charge_point_id="HALL-B-1",
                connector_id=1,
                id_tag="EVA00001",
                user_id=eva.id,
                start_at=ago(days=3),
                stop_at=ago(days=3, hours=-2),
                energy_wh=14200,
            )
        )


class FakeCentral:
    """Just enough of the central system for a CentralBridge: subscriptions that can be fed by hand."""

    def subscribe(self, callback: Callable[[Any], None], *types: type) -> Callable[[], None]:
        return lambda: None


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database) -> UsersPage:
    seed(sqlite_db)
    bridge = CentralBridge(FakeCentral())
    services = AppServices.local(sqlite_db)
    p = UsersPage(services.users, services.statements, bridge, None)
    p._test_bridge = bridge  # type: ignore[attr-defined]  # keep it alive with the page
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    _wait_stations(qtbot, p)
    return p


def _wait_stations(qtbot: Any, p: UsersPage) -> None:
    """The stations check runs in a worker thread; wait for it so no thread outlives the test."""
    qtbot.waitUntil(
        lambda: p.editor.loaded is None or p.editor.loaded.id is None or p.editor.refresh_button.isEnabled(),
        timeout=10_000,
    )


def names(p: UsersPage) -> list[str]:
    return [r.name for r in p.model.rows]


def select_user(qtbot: Any, p: UsersPage, name: str) -> None:
    row = names(p).index(name)
    rect = p.table.visualRect(p.model.index(row, 0))
    qtbot.mouseClick(p.table.viewport(), LEFT, pos=rect.center())
    assert p.editor.loaded is not None and p.editor.loaded.name == name
    _wait_stations(qtbot, p)


def type_into(qtbot: Any, widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def active_dialog(qtbot: Any, kind: type[QWidget]) -> Any:
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible)
    return found[-1]


def cell_texts(table: Any, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_create_a_user_with_a_tag_by_typing(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    assert names(page)[:3] == ["Eva Keller", "Jonas Meier", "Lea Frei"]
    assert page.count_label.text() == "7 users"
    qtbot.mouseClick(page.new_button, LEFT)
    editor = page.editor
    assert editor.name.hasFocus() and editor.revert_button.text() == "Cancel"
    qtbot.keyClicks(editor.name, "Zoe Mueller")
    qtbot.keyClicks(editor.email, "zoe.mueller@acme")  # not an address yet
    qtbot.keyClicks(editor.company, "ACME AG")
    assert "Zoe Mueller" in editor.heading.text() and "not saved yet" in editor.heading.text()

    # a tag typed in lower case is upper-cased as it is typed
    qtbot.mouseClick(editor.add_tag_button, LEFT)
    dialog = active_dialog(qtbot, TagDialog)
    assert dialog.recent.count() == 4  # a hint and the three unknown tags a charger read
    qtbot.keyClicks(dialog.id_tag, "04a2b3c4")
    assert dialog.id_tag.text() == "04A2B3C4"
    qtbot.keyClick(dialog.id_tag, Qt.Key.Key_Return)
    # Max Huber's tag: refused right where it was typed, the dialog stays open
    error = dialog.marker.errors["id_tag"]
    assert dialog.isVisible() and error.isVisible()
    assert error.text() == "04A2B3C4 already belongs to Max Huber; remove it from that user first"
    assert "c63b3b" in dialog.id_tag.styleSheet()
    type_into(qtbot, dialog.id_tag, "e1e2e3e4")
    qtbot.keyClicks(dialog.label, "white card")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible()
    assert cell_texts(editor.tag_table, 0) == ["E1E2E3E4"]
    assert cell_texts(editor.tag_table, 1) == ["white card"]

    # Enter saves; the e-mail is refused inline and nothing is written
    qtbot.mouseClick(editor.email, LEFT)
    qtbot.keyClick(editor.email, Qt.Key.Key_Return)
    assert editor.marker.errors["email"].isVisible()
    assert editor.marker.errors["email"].text() == (
        "'zoe.mueller@acme' is not an e-mail address; enter it as name@example.com or leave it empty"
    )
    assert editor.message.text() == "Not saved: fix the marked field."
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count(User.id)).where(User.name == "Zoe Mueller")) == 0
        assert s.scalar(select(IdTag).where(IdTag.id_tag == "E1E2E3E4")) is None
    qtbot.keyClicks(editor.email, ".ch")
    qtbot.keyClick(editor.email, Qt.Key.Key_Return)
    assert not editor.marker.errors["email"].isVisible()
    assert editor.message.text() == "Created Zoe Mueller."
    with sqlite_db.session() as s:
        zoe = s.scalars(select(User).where(User.name == "Zoe Mueller")).one()
        assert (zoe.email, zoe.company, [t.id_tag for t in zoe.tags]) == (
            "zoe.mueller@acme.ch",
            "ACME AG",
            ["E1E2E3E4"],
        )
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "user")) == 1
    assert page.table.currentIndex().row() == names(page).index("Zoe Mueller")
    _wait_stations(qtbot, page)

    # the new user can be found by their tag (typed in lower case) and by company + name
    page.search.setFocus()
    qtbot.keyClicks(page.search, "e1e2")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert names(page) == ["Zoe Mueller"]
    assert page.count_label.text() == "1 matching user"
    type_into(qtbot, page.search, "acme zo")
    qtbot.waitUntil(lambda: names(page) == ["Zoe Mueller"])
    page.filter.setCurrentIndex(2)  # blocked only
    assert names(page) == []


def test_duplicate_name_and_tag_are_marked_on_save(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    select_user(qtbot, page, "Lea Frei")
    editor = page.editor
    type_into(qtbot, editor.name, "eva keller")
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.marker.errors["name"].text() == (
        "Another user is already called Eva Keller; names are unique, add e.g. the department"
    )
    assert "c63b3b" in editor.name.styleSheet()
    # Esc reverts
    qtbot.keyClick(editor.name, Qt.Key.Key_Escape)
    assert editor.name.text() == "Lea Frei" and not editor.is_dirty()
    assert not editor.marker.errors["name"].isVisible()
    # Del in the tag table removes the selected tag, Save deletes it
    editor.tag_table.setFocus()
    editor.tag_table.selectRow(1)
    qtbot.keyClick(editor.tag_table, Qt.Key.Key_Delete)
    assert cell_texts(editor.tag_table, 0) == ["1F2E3D4C"]
    assert editor.is_dirty()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.message.text() == "Saved Lea Frei."
    with sqlite_db.session() as s:
        assert s.scalar(select(IdTag).where(IdTag.id_tag == "1F2E3D4D")) is None
    _wait_stations(qtbot, page)


def test_unsaved_changes_are_not_lost_when_switching_user(
    qtbot: Any, page: UsersPage, sqlite_db: Database
) -> None:
    select_user(qtbot, page, "Nina Graf")
    qtbot.keyClicks(page.editor.phone, "+41 79 000 11 22")

    def click_user(name: str) -> QMessageBox:
        row = names(page).index(name)
        qtbot.mouseClick(
            page.table.viewport(), LEFT, pos=page.table.visualRect(page.model.index(row, 0)).center()
        )
        return active_dialog(qtbot, QMessageBox)

    type_into(qtbot, page.editor.email, "nina@")
    box = click_user("Tom Baumann")
    assert box.text() == "Save the changes to Nina Graf?"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), LEFT)
    # the save is refused: Nina stays in the editor (and selected), the problem marked
    qtbot.waitUntil(lambda: not box.isVisible())
    assert page.editor.loaded is not None and page.editor.loaded.name == "Nina Graf"
    assert page.table.currentIndex().row() == names(page).index("Nina Graf")
    assert page.editor.marker.errors["email"].isVisible()

    type_into(qtbot, page.editor.email, "nina.graf@acme.ch")
    box = click_user("Tom Baumann")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Save), LEFT)
    qtbot.waitUntil(lambda: page.editor.loaded is not None and page.editor.loaded.name == "Tom Baumann")
    with sqlite_db.session() as s:
        assert s.scalars(select(User.phone).where(User.name == "Nina Graf")).one() == "+41 79 000 11 22"
    _wait_stations(qtbot, page)

    qtbot.keyClicks(page.editor.company, " GmbH")
    box = click_user("Lea Frei")
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Discard), LEFT)
    qtbot.waitUntil(lambda: page.editor.loaded is not None and page.editor.loaded.name == "Lea Frei")
    with sqlite_db.session() as s:
        assert s.scalars(select(User.company).where(User.name == "Tom Baumann")).one() == "Baumann Transporte"
    _wait_stations(qtbot, page)


def test_unknown_tag_assigned_in_one_click_and_live(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    select_user(qtbot, page, "Eva Keller")
    page.tabs.setCurrentWidget(page.unknown_tab)
    assert page.tabs.tabText(1) == "Unknown tags (3)"
    assert cell_texts(page.unknown_table, 0) == ["0A1B2C3D", "DEADBEEF", "9F8E7D6C"]  # newest first
    assert cell_texts(page.unknown_table, 2)[:2] == ["Hall B", "Garage"]
    assert cell_texts(page.unknown_table, 4) == ["2", "5", "1"]
    assert cell_texts(page.unknown_table, 1)[0].startswith(("today ", "yesterday "))  # a minute ago

    button = page.unknown_table.cellWidget(0, 6).findChild(QPushButton)
    assert isinstance(button, QPushButton) and button.text() == "Assign to user…"
    qtbot.mouseClick(button, LEFT)
    dialog = active_dialog(qtbot, AssignTagDialog)
    assert dialog.user.currentText() == "Eva Keller"  # the user being edited is suggested
    qtbot.keyClicks(dialog.label, "blue fob")
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)  # Enter assigns
    assert not dialog.isVisible()
    assert cell_texts(page.unknown_table, 0) == ["DEADBEEF", "9F8E7D6C"]
    assert page.tabs.tabText(1) == "Unknown tags (2)"
    assert "0A1B2C3D" in page.message.text() and "now belongs to Eva Keller" in page.message.text()
    assert "0A1B2C3D" in cell_texts(page.editor.tag_table, 0)  # the editor shows it at once
    with sqlite_db.session() as s:
        tag = s.scalars(select(IdTag).where(IdTag.id_tag == "0A1B2C3D")).one()
        assert tag.user is not None and (tag.user.name, tag.label) == ("Eva Keller", "blue fob")
        assert s.scalar(select(func.count(UnknownTag.id)).where(UnknownTag.id_tag == "0A1B2C3D")) == 0
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "id_tag")).one()
        assert entry.action == "create" and entry.changes and entry.changes["key"] == "0A1B2C3D"

    # another user by typing part of the name; a tag that belongs to someone meanwhile is refused inline
    page.unknown_table.setFocus()
    page.unknown_table.selectRow(0)
    qtbot.keyClick(page.unknown_table, Qt.Key.Key_Return)
    dialog = active_dialog(qtbot, AssignTagDialog)
    with sqlite_db.session() as s:  # another console gives DEADBEEF to Max Huber
        s.add(IdTag(id_tag="DEADBEEF", user=s.scalars(select(User).where(User.name == "Max Huber")).one()))
    dialog.user.setEditText("Sara Sommer")
    qtbot.mouseClick(dialog.assign_button, LEFT)
    assert dialog.isVisible()
    assert dialog.marker.errors["user"].text() == (
        "DEADBEEF already belongs to Max Huber; remove it from that user first"
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    # live: a charger presents a new tag; the central system records it and reports the refusal
    with sqlite_db.session() as s:
        s.add(UnknownTag(id_tag="C0FFEE01", charge_point_id="VISIT-1", connector_id=1))
    page._test_bridge.authorization.emit(
        AuthorizationDecided(  # type: ignore[attr-defined]
            "VISIT-1",
            1,
            "C0FFEE01",
            "Invalid",
            "Rejected: tag C0FF… is unknown (seen at station Visitors P1)",
        )
    )
    qtbot.waitUntil(
        lambda: page.unknown_table.rowCount() == 3 and page.unknown_table.item(0, 0).text() == "C0FFEE01"
    )
    assert page.tabs.tabText(1) == "Unknown tags (3)"
    # a refusal of a known user's tag does not query anything
    page._test_bridge.authorization.emit(
        AuthorizationDecided(  # type: ignore[attr-defined]
            "GARAGE-1", 1, "EVA00001", "Invalid", "Rejected: …", "Eva Keller"
        )
    )
    assert not page._unknown_timer.isActive()
    _wait_stations(qtbot, page)


def test_add_a_tag_a_charger_just_read(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    """The technician taps a new card on a charger, then picks it in the tag dialog instead of typing it."""
    select_user(qtbot, page, "Sara Sommer")
    editor = page.editor
    qtbot.mouseClick(editor.add_tag_button, LEFT)
    dialog = active_dialog(qtbot, TagDialog)
    assert dialog.recent.itemText(1).startswith("0A1B2C3D  ·  Hall B, connector 1, ")
    dialog.recent.setCurrentIndex(1)
    dialog.recent.activated.emit(1)
    assert dialog.id_tag.text() == "0A1B2C3D" and dialog.focusWidget() is dialog.label
    qtbot.keyClicks(dialog.label, "spare")
    dialog.expires.setChecked(True)
    dialog.expiry.setDate(QDate(2027, 6, 30))
    qtbot.keyClick(dialog.label, Qt.Key.Key_Return)  # Enter in the dialog applies it
    assert not dialog.isVisible()
    assert cell_texts(editor.tag_table, 0) == ["5A5A5A5A", "0A1B2C3D"]
    assert cell_texts(editor.tag_table, 3) == ["never", "2027-06-30"]
    qtbot.mouseClick(editor.save_button, LEFT)
    assert editor.message.text() == "Saved Sara Sommer."
    assert page.tabs.tabText(1) == "Unknown tags (2)"  # no longer unknown
    with sqlite_db.session() as s:
        tag = s.scalars(select(IdTag).where(IdTag.id_tag == "0A1B2C3D")).one()
        assert tag.user is not None and tag.user.name == "Sara Sommer"
        assert tag.expiry == dt.datetime(2027, 6, 30, 22, tzinfo=dt.UTC)  # the end of the day in Zurich
    _wait_stations(qtbot, page)


def test_dismiss_an_unknown_tag(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    page.tabs.setCurrentWidget(page.unknown_tab)
    page.unknown_table.setFocus()
    page.unknown_table.selectRow(2)
    qtbot.keyClick(page.unknown_table, Qt.Key.Key_Delete)
    box = active_dialog(qtbot, QMessageBox)
    assert box.text() == "Take 9F8E7D6C (Visitors P1) off the list?"
    dismiss = next(b for b in box.buttons() if b.text() == "Dismiss")
    qtbot.mouseClick(dismiss, LEFT)
    qtbot.waitUntil(lambda: page.unknown_table.rowCount() == 2)
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count(UnknownTag.id))) == 2


def _choose_file(qtbot: Any, kind_name: str, path: Path) -> None:
    dialog = active_dialog(qtbot, QFileDialog)
    assert dialog.objectName() == kind_name
    dialog.selectFile(str(path))
    dialog.accept()


def test_csv_import_with_a_bad_row(qtbot: Any, page: UsersPage, sqlite_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "staff.csv"
    path.write_text(
        "name;email;company;tags\n"
        "Paul Roth;paul.roth@acme.ch;ACME AG;AA00BB11\n"
        "Bad Mail;bad@;ACME AG;\n"
        "Tag Thief;;;04A2B3C4\n"
        "Rita Kunz;rita@acme.ch;ACME AG;\n",
        encoding="utf-8",
    )
    qtbot.mouseClick(page.import_button, LEFT)
    _choose_file(qtbot, "ImportFileDialog", path)
    report = active_dialog(qtbot, ImportReportDialog)
    assert (
        report.findChild(QWidget, "ImportHeading")
        .text()
        .startswith(  # type: ignore[union-attr]
            "<b>2 problems on 2 lines of staff.csv.</b> Nothing was imported."
        )
    )
    assert cell_texts(report.table, 0) == ["3", "4"]
    assert cell_texts(report.table, 1) == [
        "'bad@' is not an e-mail address",
        "tag 04A2B3C4 belongs to Max Huber",
    ]
    with sqlite_db.session() as s:
        assert s.scalar(select(func.count(User.id))) == 7  # nothing written
    assert report.cancel_button.isDefault()
    qtbot.mouseClick(report.valid_only_button, LEFT)
    qtbot.waitUntil(lambda: not report.isVisible())
    assert page.message.text() == (
        "Imported staff.csv: 2 created, 0 updated, 0 unchanged, 1 tag added; 2 lines with problems skipped."
    )
    assert "Paul Roth" in names(page) and "Rita Kunz" in names(page) and "Bad Mail" not in names(page)
    with sqlite_db.session() as s:
        paul = s.scalars(select(User).where(User.name == "Paul Roth")).one()
        assert [t.id_tag for t in paul.tags] == ["AA00BB11"]
        assert s.scalar(select(func.count(User.id))) == 9

    # export: every user in the import's format
    out = tmp_path / "export.csv"
    qtbot.mouseClick(page.export_button, LEFT)
    _choose_file(qtbot, "ExportFileDialog", out)
    qtbot.waitUntil(out.exists)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "name,email,phone,company,cost_centre,active,tags,tag_label" and len(lines) == 10
    assert page.message.text() == f"Exported 9 users to {out}."


def test_csv_file_that_cannot_be_read(
    qtbot: Any, page: UsersPage, sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "wrong.csv"
    path.write_text("who;mail\nEva;x\n", encoding="utf-8")
    page.import_csv_file(path)
    box = active_dialog(qtbot, QMessageBox)
    assert box.text() == "wrong.csv cannot be imported."
    assert "unknown column(s) 'who'; the columns are name, email" in box.informativeText()
    box.accept()


def test_stations_this_user_may_use_now(qtbot: Any, page: UsersPage) -> None:
    select_user(qtbot, page, "Max Huber")  # owns Hall B and the Private garage
    editor = page.editor
    table = editor.stations_table
    assert cell_texts(table, 0) == ["Garage", "Hall B", "Visitors P1"]
    assert cell_texts(table, 1) == ["Accepted", "Accepted", "Accepted"]
    assert cell_texts(table, 2)[0] == "Private"
    assert cell_texts(table, 3)[:2] == ["–", "owner"]
    assert "Max Huber is an owner of station Garage" in table.item(0, 4).text()
    assert editor.stations_summary.text().startswith("<b>May use 3 of 3 stations</b> right now")
    assert "with tag 04A2B3C4" in editor.stations_summary.text()

    select_user(qtbot, page, "Eva Keller")
    assert cell_texts(table, 1)[0] == "Refused"
    assert table.item(0, 4).text() == (
        "Private (default), tag EVA0… belongs to Eva Keller who is not an owner of station "
        "Garage (only owners may charge)"
    )
    assert table.item(0, 4).toolTip().startswith("Rejected: Private")
    assert cell_texts(table, 1)[2] == "Accepted"  # Visitors P1 is Public

    select_user(qtbot, page, "Nina Graf")  # no tag at all
    assert table.isHidden()
    assert "Nina Graf has no active RFID tag" in editor.stations_summary.text()


def test_delete_a_user_keeps_their_sessions(qtbot: Any, page: UsersPage, sqlite_db: Database) -> None:
    select_user(qtbot, page, "Eva Keller")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = active_dialog(qtbot, QMessageBox)
    assert box.text() == "Delete Eva Keller?"
    assert box.informativeText() == (
        "2 RFID tags will be deleted. The history keeps their 1 charging session "
        "(shown without a user). This cannot be undone."
    )
    assert box.defaultButton().text() == "Cancel"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc cancels
    qtbot.waitUntil(lambda: not box.isVisible())
    assert "Eva Keller" in names(page)
    qtbot.mouseClick(page.editor.delete_button, LEFT)
    box = active_dialog(qtbot, QMessageBox)
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Delete user"), LEFT)
    qtbot.waitUntil(lambda: "Eva Keller" not in names(page))
    assert page.message.text() == "Deleted Eva Keller."
    with sqlite_db.session() as s:
        session = s.scalars(select(ChargingSession)).one()
        assert session.user_id is None and session.id_tag == "EVA00001"
    _wait_stations(qtbot, page)


def test_screenshots(qtbot: Any, page: UsersPage) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    select_user(qtbot, page, "Eva Keller")
    page.grab().save(str(SHOTS / "users.png"))
    page.tabs.setCurrentWidget(page.unknown_tab)
    page.unknown_table.selectRow(0)
    qtbot.mouseClick(page.unknown_table.cellWidget(0, 6).findChild(QPushButton), LEFT)
    dialog = active_dialog(qtbot, AssignTagDialog)
    dialog.label.setText("blue key fob")
    # the page with the dialog over it, as the operator sees it
    shot = page.grab()
    painter = QPainter(shot)
    x, y = (shot.width() - dialog.width()) // 2, 240
    painter.fillRect(x - 1, y - 26, dialog.width() + 2, dialog.height() + 27, QColor("#3e4c59"))
    painter.setPen(QColor("white"))
    painter.drawText(x + 10, y - 8, dialog.windowTitle())
    painter.drawPixmap(x, y, dialog.grab())
    painter.end()
    shot.save(str(SHOTS / "unknown-tags.png"))
    dialog.reject()
