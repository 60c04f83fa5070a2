"""The Schedules page as an operator uses it: blocks drawn, dragged and resized with the mouse, days copied,
windows across midnight, holidays, the "Now:" preview, special users' own times, and Save / Revert."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from app.db import Database
from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    AuditEntry,
    Connector,
    DateException,
    GrantWindow,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
    User,
)
from app.services.admin import access_plans as svc
from app.services.admin.access_plans import AccessPlansService, ExceptionRow, WindowRow
from app.services.rules.plan import Plan, Window, mode_at, to_local, validate_windows
from app.services.store import Store
from app.views.schedules.page import SchedulesPage
from app.views.widgets.style import MODE_COLOURS
from app.views.widgets.week_calendar import WeekCalendar
from app.views.widgets.week_forms import CopyDayDialog, WindowDialog

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PUBLIC, LIMITED, PRIVATE = AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE
MON, TUE, SAT, SUN = 0b1, 0b10, 0b0100000, 0b1000000
MON_FRI = 0b0011111
NOW = dt.datetime(2026, 11, 23, 8, 30, tzinfo=dt.UTC)  # Monday 09:30 in Zurich
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    """HQ Zurich: Hall B (HALL-B-1, 2 connectors, Public at 'public'), Garage (GARAGE-2), Eva Keller a special user."""
    with sqlite_db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich", currency="CHF")
        tariffs = {
            n: Tariff(name=n, per_kwh=Decimal(p))
            for n, p in (("public", "0.45"), ("employee", "0.20"), ("night", "0.25"), ("guest", "0.35"))
        }
        hall = Station(site=site, charge_point_id="HALL-B-1", name="Hall B")
        hall.connectors = [
            Connector(connector_id=1, plug_type="Type2"),
            Connector(connector_id=2, plug_type="CCS"),
        ]
        garage = Station(site=site, charge_point_id="GARAGE-2", name="Garage")
        garage.connectors = [Connector(connector_id=1)]
        eva, otto = User(name="Eva Keller"), User(name="Otto Brunner")
        s.add_all([site, *tariffs.values(), hall, garage, eva, otto])
        s.flush()
        hall.schedule = AccessSchedule(
            station_id=hall.id, default_mode=PUBLIC, default_tariff=tariffs["public"]
        )
        grant = SpecialGrant(station=hall, user=eva, tariff=tariffs["guest"])
        s.add_all([grant, StationOwner(station=hall, user=otto)])
        s.flush()
        return {
            "hall": hall.id,
            "garage": garage.id,
            "c1": hall.connectors[0].id,
            "c2": hall.connectors[1].id,
            "grant": grant.id,
            **{n: t.id for n, t in tariffs.items()},
        }


def plans_of(db: Database) -> AccessPlansService:
    return AccessPlansService(Store(db))


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database, ids: dict[str, int]) -> SchedulesPage:
    p = SchedulesPage(plans_of(sqlite_db), None, None)
    p.clock = lambda: NOW
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.reload()
    p.open_for(ids["hall"])
    return p


def drag(
    qtbot: Any, widget: Any, a: QPoint, b: QPoint, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.mousePress(widget, LEFT, modifier, a)
    qtbot.mouseMove(widget, QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2))
    qtbot.mouseMove(widget, b)
    qtbot.mouseRelease(widget, LEFT, modifier, b)


def draw(qtbot: Any, cal: WeekCalendar, day: int, start: int, end_day: int, end: int) -> None:
    drag(qtbot, cal, cal.point_at(day, start), cal.point_at(end_day, end))


def choose(qtbot: Any, combo: Any, text: str) -> None:
    """Pick an entry of a combo box by typing its first letters, as a keyboard user does."""
    combo.setFocus()
    combo.view().keyboardSearch("")  # a person pauses between two choices: start a new type-ahead search
    qtbot.keyClicks(combo, text)
    assert combo.currentText() == text


def click_box_button(qtbot: Any, box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, LEFT)


def draw_office_hours(qtbot: Any, page: SchedulesPage, ids: dict[str, int]) -> None:
    """Monday 07:00–18:00 drawn with the mouse, Limited at 'employee' chosen in the inline form."""
    cal = page.calendar
    draw(qtbot, cal, 0, 7 * 60, 0, 18 * 60)
    assert cal.new_block.isVisible()
    assert cal.pending == WindowRow(MON, 7 * 60, 18 * 60)
    assert cal.new_block.heading.text() == "New window · Mon 07:00–18:00"
    assert cal.new_block.mode.currentText() == "Limited"  # the default is Public, so Limited is offered
    choose(qtbot, cal.new_block.tariff, "employee")
    qtbot.keyClick(cal.new_block.tariff, Qt.Key.Key_Return)
    assert not cal.new_block.isVisible()
    assert cal.windows() == [WindowRow(MON, 7 * 60, 18 * 60, LIMITED, ids["employee"])]


def test_draw_a_block_then_drag_it_to_tuesday_and_resize_it(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    assert page.heading.text() == "Schedules" and not page.save_button.isEnabled()
    draw_office_hours(qtbot, page, ids)
    cal = page.calendar
    assert page.heading.text() == "Schedules •" and page.current_title() == "Schedules •"
    assert page.save_button.isEnabled() and page.revert_button.isEnabled()
    assert cal.selected == (0, 0)

    drag(qtbot, cal, cal.point_at(0, 12 * 60), cal.point_at(1, 12 * 60))  # the body, one column right
    assert cal.windows() == [WindowRow(TUE, 7 * 60, 18 * 60, LIMITED, ids["employee"])]

    bottom = cal.block_rect(0, 1).bottom()
    drag(qtbot, cal, QPoint(cal.point_at(1, 0).x(), round(bottom) - 2), cal.point_at(1, 19 * 60))
    assert cal.windows() == [WindowRow(TUE, 7 * 60, 19 * 60, LIMITED, ids["employee"])]

    top = cal.block_rect(0, 1).top()  # the top edge, moved to 07:55: snapped to 08:00
    drag(qtbot, cal, QPoint(cal.point_at(1, 0).x(), round(top) + 2), cal.point_at(1, 7 * 60 + 55))
    assert cal.windows() == [WindowRow(TUE, 8 * 60, 19 * 60, LIMITED, ids["employee"])]

    qtbot.keyClick(cal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the last resize
    assert cal.windows() == [WindowRow(TUE, 7 * 60, 19 * 60, LIMITED, ids["employee"])]


def test_moving_one_day_of_a_weekday_window_splits_it_and_shift_moves_all_days(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    cal = page.calendar
    cal.set_windows([WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"])])
    drag(qtbot, cal, cal.point_at(2, 12 * 60), cal.point_at(2, 13 * 60))  # Wednesday one hour later
    assert cal.windows() == [
        WindowRow(0b11011, 7 * 60, 18 * 60, LIMITED, ids["employee"]),
        WindowRow(0b00100, 8 * 60, 19 * 60, LIMITED, ids["employee"]),
    ]
    drag(qtbot, cal, cal.point_at(2, 13 * 60), cal.point_at(2, 12 * 60))  # and back: one row again
    assert cal.windows() == [WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"])]
    drag(
        qtbot, cal, cal.point_at(0, 12 * 60), cal.point_at(0, 12 * 60 + 30), Qt.KeyboardModifier.ShiftModifier
    )
    assert cal.windows() == [WindowRow(MON_FRI, 7 * 60 + 30, 18 * 60 + 30, LIMITED, ids["employee"])]


def test_copy_monday_to_tuesday_to_friday(qtbot: Any, page: SchedulesPage, ids: dict[str, int]) -> None:
    draw_office_hours(qtbot, page, ids)
    cal = page.calendar
    cal.add(WindowRow(TUE, 20 * 60, 22 * 60, PRIVATE))  # Tuesday's own window is replaced by the copy
    qtbot.mouseClick(page.copy_button, LEFT)
    dialog = cal.dialog
    assert isinstance(dialog, CopyDayDialog) and dialog.isVisible()
    assert dialog.source.currentText() == "Tuesday"  # the selected block's day is offered
    choose(qtbot, dialog.source, "Monday")
    assert not dialog.targets.boxes[0].isEnabled()  # Monday itself
    for day in (1, 2, 3, 4):
        qtbot.mouseClick(dialog.targets.boxes[day], LEFT)
    assert dialog.targets.days_mask() == 0b11110
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    assert cal.windows() == [WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"])]
    assert len([p for p in cal.pieces()]) == 5


def test_window_across_midnight_is_two_pieces_and_one_window(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    cal = page.calendar
    draw(qtbot, cal, 5, 22 * 60, 6, 6 * 60)  # Saturday 22:00 dragged into Sunday 06:00
    assert cal.pending == WindowRow(SAT, 22 * 60, 6 * 60)
    choose(qtbot, cal.new_block.mode, "Private")
    qtbot.mouseClick(cal.new_block.add, LEFT)
    assert cal.windows() == [WindowRow(SAT, 22 * 60, 6 * 60, PRIVATE, None)]
    pieces = cal.pieces()
    assert [(p.column, p.start, p.end) for p in pieces] == [(5, 22 * 60, 24 * 60), (6, 0, 6 * 60)]
    image = cal.grab().toImage()
    violet = QColor(MODE_COLOURS["private"])
    for piece in pieces:
        rect = cal.piece_rect(piece)
        colour = image.pixelColor(round(rect.right()) - 6, round(rect.bottom()) - 6)
        assert colour == violet, (piece, colour.name())
    # the morning piece moves the whole window: one hour earlier on both days
    drag(qtbot, cal, cal.point_at(6, 3 * 60), cal.point_at(6, 2 * 60))
    assert cal.windows() == [WindowRow(SAT, 21 * 60, 5 * 60, PRIVATE, None)]
    # and double-click edits it as one window
    qtbot.mouseDClick(cal, LEFT, pos=cal.point_at(6, 60))
    dialog = cal.dialog
    assert isinstance(dialog, WindowDialog)
    assert (dialog.start.text(), dialog.end.text(), dialog.days.days_mask()) == ("21:00", "05:00", SAT)
    assert dialog.hint.text() == "ends the next day at 05:00"
    dialog.end.selectAll()
    qtbot.keyClicks(dialog.end, "06:30")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    assert cal.windows() == [WindowRow(SAT, 21 * 60, 6 * 60 + 30, PRIVATE, None)]


def test_overlap_is_refused_with_the_rule_engines_message(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    draw_office_hours(qtbot, page, ids)
    cal = page.calendar
    cal.add(WindowRow(TUE, 9 * 60, 12 * 60, PRIVATE))
    before = cal.windows()
    drag(qtbot, cal, cal.point_at(1, 10 * 60), cal.point_at(0, 10 * 60))  # Tuesday's block onto Monday's
    assert cal.windows() == before
    expected = validate_windows([w.weekly() for w in [before[0], WindowRow(MON, 9 * 60, 12 * 60)]])[0]
    assert page.message.text() == expected
    assert "overlaps window 1 (Mon 07:00–18:00) on Mon 09:00–12:00" in expected
    # drawing over an existing block is refused too, and no form opens
    draw(qtbot, cal, 0, 19 * 60, 0, 17 * 60)  # from empty time upwards into Monday's block
    assert not cal.new_block.isVisible() and cal.pending is None
    assert "overlaps" in page.message.text()


def test_keyboard_selects_edits_and_deletes_with_confirmation(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    cal = page.calendar
    cal.set_windows(
        [
            WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"]),
            WindowRow(MON, 19 * 60, 21 * 60, PRIVATE),
        ]
    )
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    assert cal.selected == (0, 0)  # the first block: Monday morning
    qtbot.keyClick(cal, Qt.Key.Key_Down)
    assert cal.selected == (1, 0)  # Monday evening
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    assert cal.selected == (0, 1)  # Tuesday, the nearest block
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    qtbot.keyClick(cal, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)  # Tuesday 15 minutes later
    assert WindowRow(TUE, 7 * 60 + 15, 18 * 60 + 15, LIMITED, ids["employee"]) in cal.windows()
    qtbot.keyClick(cal, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    qtbot.keyClick(cal, Qt.Key.Key_Left)
    assert cal.selected in ((0, 0), (1, 0))
    qtbot.keyClick(cal, Qt.Key.Key_Up)
    assert cal.selected == (0, 0)
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    click_box_button(qtbot, cal.confirm, "Cancel")
    assert len(cal.windows()) == 2
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    assert "Remove Limited · employee 07:00–18:00 on Monday?" == cal.confirm.text()  # type: ignore[union-attr]
    click_box_button(qtbot, cal.confirm, "Remove Monday")
    assert cal.windows() == [
        WindowRow(0b11110, 7 * 60, 18 * 60, LIMITED, ids["employee"]),
        WindowRow(MON, 19 * 60, 21 * 60, PRIVATE),
    ]

    qtbot.keyClick(cal, Qt.Key.Key_Right)  # nothing selected: the week's first block, Monday evening
    assert cal.selected == (1, 0)
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    assert cal.selected == (0, 1)
    qtbot.keyClick(cal, Qt.Key.Key_Return)  # Enter edits the whole window
    dialog = cal.dialog
    assert isinstance(dialog, WindowDialog) and dialog.days.days_mask() == 0b11110
    dialog.end.selectAll()
    qtbot.keyClicks(dialog.end, "25:00")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not a time" in dialog.error.text()  # marked, not accepted
    assert dialog.end.styleSheet() != ""
    dialog.end.selectAll()
    qtbot.keyClicks(dialog.end, "19:00")
    choose(qtbot, dialog.mode, "Private")
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert cal.windows()[0] == WindowRow(0b11110, 7 * 60, 19 * 60, PRIVATE, ids["employee"])


def test_add_a_holiday_exception_and_save_it(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page.tabs.setCurrentIndex(1)
    panel = page.exceptions
    panel.date.setDate(QDate(2026, 12, 25))
    qtbot.keyClicks(panel.label, "Christmas")
    assert panel.follow.isChecked() and panel.follow_day.currentText() == "Sunday"
    assert panel.apply.text() == "Add exception"
    qtbot.mouseClick(panel.apply, LEFT)
    assert panel.table.rowCount() == 1
    assert [panel.table.item(0, c).text() for c in range(4)] == [
        "2026-12-25",
        "Fri",
        "Christmas",
        "follows Sunday",
    ]
    fmt = panel.month.dateTextFormat(QDate(2026, 12, 25))
    assert fmt.background().color() == QColor("#dbe7f5") and fmt.fontWeight() > 400
    assert page.tabs.tabText(1) == "Date exceptions (1)" and page.is_dirty()
    assert panel.apply.text() == "Update exception"

    panel.date.setDate(QDate(2026, 12, 24))
    panel.label.clear()
    qtbot.keyClicks(panel.label, "Company closing")
    qtbot.mouseClick(panel.fixed, LEFT)
    choose(qtbot, panel.fixed_mode, "Private")
    choose(qtbot, panel.fixed_tariff, "guest")
    qtbot.keyClick(panel.label, Qt.Key.Key_Return)
    assert panel.table.item(0, 3).text() == "Private at 'guest' all day"

    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_dirty() and page.message.text().startswith("Saved Hall B")
    with sqlite_db.session() as s:
        rows = s.execute(
            select(
                DateException.date,
                DateException.label,
                DateException.follow_weekday,
                DateException.mode,
                DateException.tariff_id,
            ).order_by(DateException.date)
        ).all()
    assert rows == [
        (dt.date(2026, 12, 24), "Company closing", None, PRIVATE, ids["guest"]),
        (dt.date(2026, 12, 25), "Christmas", 6, None, None),
    ]

    panel.date.setDate(QDate(2026, 12, 24))  # remove one again: asked first
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    click_box_button(qtbot, panel.confirm, "Remove")
    assert [e.date for e in panel.exceptions()] == [dt.date(2026, 12, 25)]
    assert page.is_dirty()


def test_preview_line_follows_mode_at_at_the_sites_local_time(
    qtbot: Any, page: SchedulesPage, ids: dict[str, int]
) -> None:
    assert page.preview.text() == "Now: Public at 'public', with no change ahead"
    draw_office_hours(qtbot, page, ids)
    local = to_local(NOW, "Europe/Zurich")
    plan = Plan(PUBLIC, "public", (Window(MON, 7 * 60, 18 * 60, LIMITED, "employee"),))
    slot = mode_at(plan, local)
    then = mode_at(plan, slot.until) if slot.until else None
    assert (slot.mode, slot.tariff, then and then.mode) == (LIMITED, "employee", PUBLIC)
    assert page.preview.text() == svc.preview_line(plan, local)
    assert page.preview.text() == "Now: Limited at 'employee' until 18:00, then Public at 'public'"
    choose(qtbot, page.default_mode, "Private")  # the default changes what follows
    assert page.preview.text() == "Now: Limited at 'employee' until 18:00, then Private at 'public'"
    # hovering a time on the calendar previews that moment of this week
    qtbot.mouseMove(page.calendar, page.calendar.point_at(2, 20 * 60))
    assert (
        page.hover_preview.text() == "Wed 25.11. 20:00: Private at 'public' until Mon 07:00, then Limited at "
        "'employee'"
    )


def test_saving_and_reopening_shows_the_same_blocks(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    draw_office_hours(qtbot, page, ids)
    cal = page.calendar
    draw(qtbot, cal, 5, 22 * 60, 6, 6 * 60)
    choose(qtbot, cal.new_block.mode, "Private")
    qtbot.keyClick(cal.new_block.mode, Qt.Key.Key_Return)
    choose(qtbot, page.default_tariff, "night")
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.heading.text() == "Schedules" and not page.save_button.isEnabled()
    with sqlite_db.session() as s:
        rows = s.execute(
            select(
                AccessWindow.days, AccessWindow.start_minute, AccessWindow.end_minute, AccessWindow.mode
            ).order_by(AccessWindow.position)
        ).all()
        assert rows == [(MON, 420, 1080, LIMITED), (SAT, 1320, 360, PRIVATE)]
        assert (
            s.scalar(
                select(AccessSchedule.default_tariff_id).where(
                    AccessSchedule.connector_pk.is_(None), AccessSchedule.station_id == ids["hall"]
                )
            )
            == ids["night"]
        )
        assert s.scalars(select(AuditEntry.action)).all() == ["update"]

    again = SchedulesPage(plans_of(sqlite_db), None, None)
    again.clock = lambda: NOW
    qtbot.addWidget(again)
    again.resize(1280, 800)
    again.show()
    again.reload()
    again.open_for(ids["hall"])
    assert again.calendar.windows() == cal.windows()
    assert [(p.column, p.start, p.end) for p in again.calendar.pieces()] == [
        (p.column, p.start, p.end) for p in cal.pieces()
    ]
    assert again.default_tariff.currentText() == "night"
    assert again.preview.text() == page.preview.text()

    # Revert drops unsaved work after asking
    drag(qtbot, cal, cal.point_at(0, 12 * 60), cal.point_at(1, 12 * 60))
    assert page.is_dirty()
    qtbot.mouseClick(page.revert_button, LEFT)
    click_box_button(qtbot, page.confirm, "Discard changes")
    assert not page.is_dirty() and cal.windows() == again.calendar.windows()


def test_a_save_that_another_console_overtook_is_refused(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    with sqlite_db.session() as s:
        theirs = svc.load_plan_form(s, ids["hall"])
        theirs.windows = [WindowRow(SUN, 8 * 60, 9 * 60, PRIVATE)]
        svc.save_schedule(s, ids["hall"], None, theirs, actor="Bruno")
    draw_office_hours(qtbot, page, ids)
    mine = page.calendar.windows()
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.is_dirty() and page.message.text().startswith("Not saved: this plan was changed on another")
    banner = page.conflict_banner
    assert banner.isVisible() and banner.headline.text().startswith("<b>Bruno saved this schedule at ")
    assert "Weekly windows" in banner.details.text() and "Sun 08:00–09:00" in banner.details.text()
    assert page.calendar.windows() == mine  # what the operator drew is still there
    with sqlite_db.session() as s:
        assert svc.load_plan_form(s, ids["hall"]).windows == theirs.windows
    # Keep editing: the drawing stays and the next save is made against Bruno's version
    qtbot.mouseClick(banner.keep_button, LEFT)
    assert not banner.isVisible() and page.is_dirty() and page.calendar.windows() == mine
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.is_dirty() and page.message.text().startswith("Saved ")
    with sqlite_db.session() as s:
        assert svc.load_plan_form(s, ids["hall"]).windows == mine


def test_switching_station_with_unsaved_changes_asks(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    assert [page.station_combo.itemText(i) for i in range(page.station_combo.count())] == [
        "Garage (GARAGE-2) — HQ Zurich",
        "Hall B (HALL-B-1) — HQ Zurich",
    ]
    draw_office_hours(qtbot, page, ids)
    page.station_combo.setCurrentIndex(0)  # Garage
    click_box_button(qtbot, page.confirm, "Cancel")
    assert page.station_combo.currentText().startswith("Hall B") and page.is_dirty()
    assert page.target is not None and page.target.station_id == ids["hall"]

    page.station_combo.setCurrentIndex(0)
    click_box_button(qtbot, page.confirm, "Discard")
    assert page.target is not None and page.target.station_id == ids["garage"]
    assert not page.is_dirty() and page.calendar.windows() == []
    assert page.preview.text() == "Now: Public (no tariff), with no change ahead"  # no schedule stored yet

    draw(qtbot, page.calendar, 0, 7 * 60, 0, 9 * 60)
    qtbot.keyClick(page.calendar.new_block.mode, Qt.Key.Key_Return)
    page.open_for(ids["hall"])
    click_box_button(qtbot, page.confirm, "Save")  # saved, then switched
    assert page.target is not None and page.target.station_id == ids["hall"]
    with sqlite_db.session() as s:
        # the inline form offers the mode and tariff chosen last
        assert svc.load_plan_form(s, ids["garage"]).windows == [
            WindowRow(MON, 7 * 60, 9 * 60, LIMITED, ids["employee"])
        ]


def test_connector_gets_its_own_rules_and_loses_them(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page.open_for(ids["hall"], ids["c2"])  # connector 2 follows the station: the station's plan is shown
    assert page.target is not None and page.target.kind == "station"
    assert "Connector 2 follows the station's plan" in page.message.text()
    assert [a.text() for a in page.override_menu.actions()] == ["Connector 1 (Type2)", "Connector 2 (CCS)"]
    assert not page.remove_own.isVisible()
    page.override_menu.actions()[1].trigger()
    assert page.target_combo.currentText() == "Connector 2 (own rules)"
    assert page.target is not None and (page.target.kind, page.target.connector_pk) == (
        "connector",
        ids["c2"],
    )
    assert "HALL-B-1) · connector 2 (own rules)" in page.subtitle.text()
    assert page.remove_own.isVisible()
    assert [a.text() for a in page.override_menu.actions()] == ["Connector 1 (Type2)"]

    choose(qtbot, page.default_mode, "Private")
    qtbot.mouseClick(page.save_button, LEFT)
    with sqlite_db.session() as s:
        assert svc.load_plan_form(s, ids["hall"], ids["c2"]).default_mode is PRIVATE
        assert svc.load_plan_form(s, ids["hall"]).default_mode is PUBLIC

    page.open_for(ids["hall"])
    page.open_for(ids["hall"], ids["c2"])
    assert page.target is not None and page.target.kind == "connector"
    qtbot.mouseClick(page.remove_own, LEFT)
    click_box_button(qtbot, page.confirm, "Remove own rules")
    assert page.target is not None and page.target.kind == "station"
    assert [page.target_combo.itemText(i) for i in range(page.target_combo.count())] == [
        "Station schedule",
        "Special user Eva Keller: own times",
    ]
    with sqlite_db.session() as s:
        assert s.scalar(select(AccessSchedule.id).where(AccessSchedule.connector_pk == ids["c2"])) is None

    # another console removes connector 1's own rules while they are open here
    page.override_menu.actions()[0].trigger()
    choose(qtbot, page.default_mode, "Limited")
    with sqlite_db.session() as s:
        svc.remove_connector_override(s, ids["c1"])
    qtbot.mouseClick(page.save_button, LEFT)
    assert page.message.text().startswith("Not saved: this plan was changed") and page.is_dirty()
    assert "deleted this schedule" in page.conflict_banner.headline.text()
    assert not page.conflict_banner.keep_button.isVisible()
    qtbot.mouseClick(page.revert_button, LEFT)
    click_box_button(qtbot, page.confirm, "Discard changes")
    assert page.target is not None and page.target.kind == "station" and not page.is_dirty()
    assert "follows the station's plan" in page.message.text()


def test_a_special_users_own_times(
    qtbot: Any, page: SchedulesPage, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page.open_grant(ids["grant"])
    assert page.target_combo.currentText() == "Special user Eva Keller: own times"
    assert not page.default_row.isVisible() and page.grant_info.isVisible()
    assert "Eva Keller" in page.grant_info.text() and "'guest'" in page.grant_info.text()
    assert not page.tabs.isTabEnabled(1) and page.tabs.tabText(0) == "Own access times"
    assert page.preview.text().startswith("Now: Eva Keller may charge at any time")
    cal = page.calendar
    draw(qtbot, cal, 0, 7 * 60, 0, 18 * 60)
    assert not cal.new_block.isVisible()  # no mode or tariff to choose
    assert cal.windows() == [WindowRow(MON, 7 * 60, 18 * 60)]
    assert page.preview.text() == "Now: inside Eva Keller's access times until 18:00"
    qtbot.mouseClick(page.copy_button, LEFT)
    dialog = cal.dialog
    assert isinstance(dialog, CopyDayDialog)
    for day in (1, 2, 3, 4):
        dialog.targets.boxes[day].setChecked(True)
    dialog.accept()
    qtbot.mouseClick(page.save_button, LEFT)
    assert not page.is_dirty()
    with sqlite_db.session() as s:
        rows = s.execute(select(GrantWindow.days, GrantWindow.start_minute, GrantWindow.end_minute)).all()
        assert rows == [(MON_FRI, 420, 1080)]
        assert s.get(SpecialGrant, ids["grant"]) is not None

    page.target_combo.setCurrentIndex(0)  # back to the station's plan
    assert page.default_row.isVisible() and not page.grant_info.isVisible() and page.tabs.isTabEnabled(1)
    assert page.calendar.windows() == [] and not page.calendar.grant_mode


def test_no_stations_yet(qtbot: Any, tmp_path: Path) -> None:
    from app.db import upgrade

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    upgrade(url)
    database = Database(url)
    try:
        p = SchedulesPage(plans_of(database), None, None)
        qtbot.addWidget(p)
        p.reload()
        assert p.preview.text().startswith("No stations yet.")
        assert (
            not p.station_combo.isEnabled() and not p.add_button.isEnabled() and not p.save_button.isEnabled()
        )
    finally:
        database.dispose()


# --- screenshots -----------------------------------------------------------------------------------------------------


def _realistic_week(sqlite_db: Database, ids: dict[str, int]) -> None:
    with sqlite_db.session() as s:
        form = svc.load_plan_form(s, ids["hall"])
        form.default_mode, form.default_tariff_id = PUBLIC, ids["public"]
        form.windows = [
            WindowRow(MON_FRI, 7 * 60, 18 * 60, LIMITED, ids["employee"]),
            WindowRow(MON_FRI, 18 * 60, 7 * 60, PUBLIC, ids["night"]),
            WindowRow(SAT, 22 * 60, 6 * 60, PRIVATE, None),
        ]
        follow = [
            (dt.date(2026, 1, 1), "New Year"),
            (dt.date(2026, 4, 3), "Good Friday"),
            (dt.date(2026, 4, 6), "Easter Monday"),
            (dt.date(2026, 5, 14), "Ascension Day"),
            (dt.date(2026, 5, 25), "Whit Monday"),
            (dt.date(2026, 8, 1), "Swiss National Day"),
            (dt.date(2026, 12, 25), "Christmas Day"),
            (dt.date(2026, 12, 26), "St Stephen's Day"),
        ]
        form.exceptions = [ExceptionRow(d, label, follow_weekday=6) for d, label in follow] + [
            ExceptionRow(dt.date(2026, 12, 24), "Christmas Eve: company closed", mode=PRIVATE),
            ExceptionRow(
                dt.date(2026, 12, 31),
                "New Year's Eve: open to the public",
                mode=PUBLIC,
                tariff_id=ids["public"],
            ),
        ]
        svc.save_schedule(s, ids["hall"], None, form)


def test_screenshots(qtbot: Any, sqlite_db: Database, ids: dict[str, int]) -> None:
    _realistic_week(sqlite_db, ids)
    p = SchedulesPage(plans_of(sqlite_db), None, None)
    p.clock = lambda: dt.datetime(2026, 11, 26, 11, 40, tzinfo=dt.UTC)  # Thursday 12:40 in Zurich
    qtbot.addWidget(p)
    p.resize(1280, 800)
    p.show()
    qtbot.waitExposed(p)
    p.open_for(ids["hall"])
    assert p.preview.text() == "Now: Limited at 'employee' until 18:00, then Public at 'night'"
    cal = p.calendar
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Right)
    for _ in range(3):
        qtbot.keyClick(cal, Qt.Key.Key_Right)
    qtbot.mouseMove(cal, cal.point_at(5, 22 * 60 + 45))  # enters the calendar
    qtbot.mouseMove(cal, cal.point_at(5, 23 * 60))
    assert p.hover_preview.text().startswith("Sat 28.11. 23:00: Private")
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # pending layout requests (the hover line grew)
    p.grab().save(str(SHOTS / "schedules.png"))
    assert p.calendar.selected is not None

    p.tabs.setCurrentIndex(1)
    p.exceptions.date.setDate(QDate(2026, 12, 26))
    p.exceptions.month.setCurrentPage(2026, 12)
    assert p.tabs.tabText(1) == "Date exceptions (10)"
    QApplication.processEvents()
    p.grab().save(str(SHOTS / "schedule-exceptions.png"))


def test_buttons_are_never_dead(qtbot: Any, page: SchedulesPage, ids: dict[str, int]) -> None:
    """Every enabled push button on the page does something a person can see."""
    enabled = [b.text() for b in page.findChildren(QPushButton) if b.isEnabled() and b.isVisible()]
    assert (
        "Edit…" not in enabled
        and "Delete…" not in enabled
        and "Undo" not in enabled
        and "Save" not in enabled
    )
    assert "Copy day to…" not in enabled  # nothing to copy yet
    draw_office_hours(qtbot, page, ids)
    enabled = [b.text() for b in page.findChildren(QPushButton) if b.isEnabled() and b.isVisible()]
    for text in ("Edit…", "Delete…", "Undo", "Save", "Revert", "Copy day to…"):
        assert text in enabled
