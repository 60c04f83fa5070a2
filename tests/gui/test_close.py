"""Closing the console with unsaved work: the window asks "Save all / Discard / Cancel" with what is unsaved.

Each test runs the real Console (real SQLite file, the central system listening on 127.0.0.1) on a qasync loop
and closes its window the way the operator does.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from app.main import Console
from app.models import AccessMode, AccessSchedule, Connector, Site, Station
from app.services.admin.passwords import verify_password
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

LEFT = Qt.MouseButton.LeftButton
PASSWORD = "Hall-B-charger-pass-2026"


@pytest.fixture
def console_settings(tmp_path: Path) -> Settings:
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        hq = Site(name="HQ Zurich", timezone="Europe/Zurich")
        hall = Station(
            site=hq,
            charge_point_id="HALL-B-1",
            name="Hall B",
            connectors=[Connector(connector_id=1), Connector(connector_id=2)],
        )
        hall.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC)
        garage = Station(
            site=hq, charge_point_id="GARAGE-2", name="Garage", connectors=[Connector(connector_id=1)]
        )
        s.add_all([hall, garage])
    db.dispose()
    return Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )


def station_id(console: Console, cp_id: str) -> int:
    with console.database.session() as s:
        return int(s.scalar(select(Station.id).where(Station.charge_point_id == cp_id)))


def open_editor(console: Console, cp_id: str) -> Any:
    """The Stations page's editor for ``cp_id``, opened with Enter on its row as the operator does."""
    window = console.window
    window.show_page("Stations")
    sid = station_id(console, cp_id)
    assert window.stations.select_station(sid)
    window.stations.table.setFocus()
    QTest.keyClick(window.stations.table, Qt.Key.Key_Return)
    editor = window.stations.editors[sid][-1]
    assert editor.isVisible()
    return editor


def retype(widget: Any, text: str) -> None:
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


async def close_box(window: Any) -> QMessageBox:
    box = await wait_until(
        lambda: window.close_box if window.close_box is not None and window.close_box.isVisible() else None,
        timeout=30,
    )
    assert isinstance(box, QMessageBox)
    return box


def button(box: QMessageBox, text: str) -> Any:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


@pytest.mark.isolated
def test_unsaved_station_and_schedule_cancel_then_save_all(qapp: Any, console_settings: Settings) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            editor = open_editor(console, "HALL-B-1")
            retype(editor.name, "Hall B (visitors)")
            editor.tabs.setCurrentIndex(1)
            retype(editor.password, PASSWORD)  # a new password is hashed in a worker thread: the close waits
            window.show_page("Schedules")
            window.schedules.open_for(station_id(console, "GARAGE-2"))
            modes = window.schedules.default_mode
            modes.setCurrentIndex(modes.findData(AccessMode.PRIVATE.value))
            assert window.nav.item(window.page_titles().index("Schedules")).text() == "Schedules •"

            window.close()
            box = await close_box(window)
            assert window.isVisible() and not console.closed.is_set()
            assert box.text() == "Save your changes before closing ChargeDesk?"
            assert box.informativeText() == (
                "Not saved yet:\n• Schedule of Garage\n• Station Hall B (visitors) (HALL-B-1)"
            )
            assert {b.text().replace("&", "") for b in box.buttons()} == {"Save all", "Discard", "Cancel"}
            assert box.defaultButton() is button(box, "Save all")

            QTest.keyClick(box, Qt.Key.Key_Escape)  # Esc = Cancel: the window stays, the edits too
            await wait_until(lambda: not box.isVisible(), timeout=30)
            await asyncio.sleep(0)
            assert window.isVisible() and not console.closed.is_set()
            assert editor.isVisible() and editor.name.text() == "Hall B (visitors)"
            assert window.schedules.is_dirty()

            window.close()
            box = await close_box(window)
            QTest.mouseClick(button(box, "Save all"), LEFT)
            await wait_until(console.closed.is_set, timeout=60)
            assert not window.stations.editors  # the saved editor closed itself
            with console.database.session() as s:
                hall = s.scalars(select(Station).where(Station.charge_point_id == "HALL-B-1")).one()
                assert hall.name == "Hall B (visitors)"
                assert hall.password_hash and verify_password(PASSWORD, hall.password_hash)
                garage = s.scalars(select(Station).where(Station.charge_point_id == "GARAGE-2")).one()
                assert garage.schedule is not None and garage.schedule.default_mode is AccessMode.PRIVATE
        finally:
            window.close_for_signal("the test's end")
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_save_all_stops_at_a_station_with_problems_then_discard(
    qapp: Any, console_settings: Settings
) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            editor = open_editor(console, "HALL-B-1")
            retype(editor.charge_point_id, "GARAGE-2")  # taken by the other station
            window.close()
            box = await close_box(window)
            assert box.informativeText() == "Not saved yet:\n• Station Hall B (GARAGE-2)"
            QTest.mouseClick(button(box, "Save all"), LEFT)
            await wait_until(lambda: "charge_point_id" in editor.problems, timeout=30)
            # not closed: the editor is shown with the field marked and the reason
            assert window.isVisible() and not console.closed.is_set()
            assert editor.isVisible()
            assert editor.status.text().startswith("Not saved: 1 problem")
            assert "could not be saved" in window.statusBar().currentMessage()

            window.close()
            box = await close_box(window)
            QTest.mouseClick(button(box, "Discard"), LEFT)
            await wait_until(console.closed.is_set, timeout=30)
            assert not window.stations.editors  # closed without its own "Discard changes?" question
            with console.database.session() as s:
                ids = set(s.scalars(select(Station.charge_point_id)))
                assert ids == {"HALL-B-1", "GARAGE-2"}  # nothing written
        finally:
            window.close_for_signal("the test's end")
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_nothing_unsaved_closes_without_asking(qapp: Any, console_settings: Settings) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            open_editor(console, "HALL-B-1")  # open, but nothing changed
            window.activateWindow()
            await wait_until(lambda: QApplication.activeWindow() is window, timeout=30)
            QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Ctrl+4: Users
            assert window.pages.currentWidget() is window.users
            assert window.users.isAncestorOf(QApplication.focusWidget())  # the keyboard went with it
            assert window.nav.currentItem().toolTip() == "Users (Ctrl+4)"
            window.show_page("Schedules")
            window.close()
            assert console.closed.is_set()
            assert window.close_box is None
            assert not window.isVisible() and not window.stations.editors
        finally:
            window.close_for_signal("the test's end")
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
@pytest.mark.expect_log(
    r"closing on Ctrl\+C / SIGTERM: unsaved changes discarded", logger="app.views.shell.main_window"
)
def test_a_signal_closes_without_asking_and_logs_what_was_discarded(
    qapp: Any, console_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            editor = open_editor(console, "HALL-B-1")
            retype(editor.name, "Hall B renamed")
            window.close()
            await close_box(window)  # the operator is being asked when the signal arrives
            with caplog.at_level(logging.WARNING, logger="app.views.shell.main_window"):
                console.request_close()
            assert console.closed.is_set()
            assert window.close_box is None and not window.stations.editors
            assert (
                "closing on Ctrl+C / SIGTERM: unsaved changes discarded: Station Hall B renamed (HALL-B-1)"
                in caplog.messages
            )
            with console.database.session() as s:
                assert s.scalar(select(Station.name).where(Station.charge_point_id == "HALL-B-1")) == "Hall B"
        finally:
            window.close_for_signal("the test's end")
            await console.shutdown()

    run_on_qasync(qapp, scenario)
