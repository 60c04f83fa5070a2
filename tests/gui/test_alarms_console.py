"""Alarms at the console, as an operator meets them: a charger faults, the console's central system raises the
alarm, the bell counts it, a desktop notification is requested (the tray's ``showMessage``; without a system tray,
as offscreen, the notice in the window), the Alarms page lists it and the operator acknowledges it; a viewer's
buttons are off and the service refuses anyway.

Screenshots: docs/screenshots/alarms.png (the page) and alarm-notification.png (the window with the notice: the
offscreen platform has no system tray, so the notification is the console's own notice, drawn by Qt and grabbed
with the window)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from ocpp.v16 import call
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon

from app.config import Settings
from app.db import Database
from app.main import Console
from app.models import Alarm, Site
from app.services.api import AppServices
from app.services.roles import NotAllowed
from app.services.texts import Text
from app.views.alarms.page import AlarmNotifier, AlarmsPage
from tests.helpers.factories import operator
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import add_station, sim_charger, wait_until
from tests.helpers.qasync_runner import run_on_qasync


def add_history(url: str) -> None:
    """Alarms of the past days, as the engine left them (cleared, one acknowledged; English text, template kept)."""
    db = Database(url)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    offline = "{cp} is offline since {since} (UTC)"
    refused = "{cp}: {count} refused cards within {minutes} minutes"
    database = "The database is unavailable since {since} (UTC)"
    with db.session() as s:
        site = s.query(Site).filter_by(name="HQ").one()
        for hours, cp, kind, severity, template, values, count, ack in (
            (30, "GARAGE-2", "offline", "warning", offline, {"cp": "GARAGE-2"}, 1, "anna"),
            (
                20,
                "HALL-B-1",
                "refused",
                "warning",
                refused,
                {"cp": "HALL-B-1", "count": 5, "minutes": "10"},
                7,
                "",
            ),
            (6, "", "database", "critical", database, {}, 1, "anna"),
        ):
            raised = now - dt.timedelta(hours=hours)
            if "{since}" in template:
                values = {**values, "since": f"{raised:%H:%M}"}
            text = Text(template, **values)
            s.add(
                Alarm(
                    site_id=site.id if cp else None,
                    charge_point_id=cp,
                    kind=kind,
                    key=f"{kind}:{cp}",
                    severity=severity,
                    text=str(text),
                    message=text.stored(),
                    raised_at=raised,
                    cleared_at=raised + dt.timedelta(minutes=40),
                    acknowledged_at=raised + dt.timedelta(minutes=50) if ack else None,
                    acknowledged_by=ack,
                    count=count,
                    last_at=raised + dt.timedelta(minutes=30),
                )
            )
    db.dispose()


@pytest.mark.isolated
def test_a_faulted_charger_rings_the_bell_notifies_and_is_acknowledged(
    qapp: Any, console_settings: Settings
) -> None:
    add_history(console_settings.database_url)

    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            window.resize(1400, 900)
            window.show_page("Dashboard")
            assert window.alarm_bell.text() == "1"  # the old refused-cards alarm nobody acknowledged
            notified: list[tuple[str, str]] = []
            window.alarm_notifier.notified.connect(lambda title, text: notified.append((title, text)))
            assert window.alarm_notifier.tray is None  # offscreen: no system tray, the notice instead
            url = f"ws://127.0.0.1:{console.central.port}/ocpp/"
            async with sim_charger(url, "HALL-B-1") as c:
                await c.cp.call(call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra"))
                await c.cp.call(
                    call.StatusNotification(connector_id=2, error_code="GroundFailure", status="Faulted")
                )
                await wait_until(lambda: window.alarm_bell.text() == "2")
                assert notified == [
                    ("ChargeDesk alarm (Critical)", "HALL-B-1: connector 2 is Faulted (GroundFailure)")
                ]
                notice = window.alarm_notifier.notice
                assert notice.isVisible() and "GroundFailure" in notice.text.text()
                SHOTS.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(SHOTS / "alarm-notification.png"))

                # with a system tray: the desktop notification is the tray's balloon
                tray = QSystemTrayIcon(window.alarm_notifier)
                balloons: list[tuple[Any, ...]] = []
                tray.showMessage = lambda *args: balloons.append(args)  # type: ignore[method-assign]
                window.alarm_notifier.tray = tray
                await c.cp.call(
                    call.StatusNotification(connector_id=1, error_code="OverVoltage", status="Faulted")
                )
                await wait_until(lambda: len(balloons) == 1)
                assert balloons[0][:2] == (
                    "ChargeDesk alarm (Critical)",
                    "HALL-B-1: connector 1 is Faulted (OverVoltage)",
                )
                window.alarm_notifier.tray = None
                await wait_until(lambda: window.alarm_bell.text() == "3")

                window.alarm_bell.click()  # the bell opens the Alarms page
                page = window.alarms_page
                assert window.pages.currentWidget() is page
                await wait_until(lambda: page.table.rowCount() == 5)
                texts = [page.table.item(r, 3).text() for r in range(page.table.rowCount())]
                assert texts[:2] == [
                    "HALL-B-1: connector 1 is Faulted (OverVoltage)",
                    "HALL-B-1: connector 2 is Faulted (GroundFailure)",
                ]  # active first, newest first
                assert page.table.item(3, 5).text().startswith("×7 since")  # repeats shown
                page.table.selectRow(0)
                page.ack_button.click()
                await wait_until(lambda: window.alarm_bell.text() == "2")
                assert page.table.item(0, 7).text().endswith(f"by {window.services.store.principal.username}")
                assert page.message.text() == "1 alarm acknowledged."
                await c.cp.call(
                    call.StatusNotification(connector_id=2, error_code="NoError", status="Available")
                )
                await wait_until(lambda: page.table.item(1, 6).text().startswith("cleared"))
                window.alarm_notifier.notice.hide()  # (the notice of the second fault, shown 10 s)
                window.grab().save(str(SHOTS / "alarms.png"))
                page.ack_all_button.click()
                await wait_until(lambda: window.alarm_bell.text() == "0")
        finally:
            await console.shutdown()

    run_on_qasync(qapp, scenario)


def test_a_viewer_sees_the_alarms_and_may_not_acknowledge_or_change_rules(
    qtbot: Any, sqlite_db: Database
) -> None:
    add_station(sqlite_db, "HALL-1")
    with sqlite_db.session() as s:
        site = s.query(Site).one()
        s.add(
            Alarm(
                site_id=site.id,
                charge_point_id="HALL-1",
                kind="offline",
                key="offline:HALL-1",
                text="HALL-1 is offline",
            )
        )
    services = AppServices.local(sqlite_db, principal=operator("Vera", "viewer"))
    page = AlarmsPage(services.alarms, None)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == "HALL-1 is offline"
    page.table.selectRow(0)
    assert not page.ack_button.isEnabled() and not page.ack_all_button.isEnabled()
    with pytest.raises(NotAllowed):
        services.alarms.acknowledge()
    page.acknowledge_all()  # (a click the gate let through would be refused)
    assert services.alarms.unacknowledged() == 1
    # a rule changed and saved by a viewer: refused, said beside the button
    page.rules.threshold["offline"].setValue(5)
    qtbot.mouseClick(page.rules.save_button, Qt.MouseButton.LeftButton)
    assert "may not change the site's settings" in page.rules.message.text()
    services.close()


@pytest.mark.qt_log_ignore("systemTrayWindowChanged")  # the offscreen platform has no tray to watch
def test_the_notifier_uses_the_tray_where_there_is_one(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from app.services.alarms.events import AlarmChanged

    window = QWidget()
    qtbot.addWidget(window)
    notifier = AlarmNotifier(window, use_tray=True)
    assert notifier.tray is not None
    calls: list[tuple[Any, ...]] = []
    notifier.tray.showMessage = lambda *args: calls.append(args)  # type: ignore[method-assign]
    notifier.alarm(
        AlarmChanged("HALL-1", 1, 1, "offline", "offline:HALL-1", "warning", "HALL-1 is offline", "raised")
    )
    notifier.alarm(
        AlarmChanged("HALL-1", 1, 1, "offline", "offline:HALL-1", "warning", "HALL-1 is offline", "cleared")
    )
    assert [c[:2] for c in calls] == [("ChargeDesk alarm (Warning)", "HALL-1 is offline")]
    notifier.set_count(4)
    assert "4 alarms" in notifier.tray.toolTip()
    notifier.close()


def test_the_e_mail_language_is_chosen_and_saved_with_the_relay(qtbot: Any, sqlite_db: Database) -> None:
    """The e-mails' language is the recipients', set beside the relay (whichever machine raises the alarm)."""
    add_station(sqlite_db, "HALL-1")
    services = AppServices.local(sqlite_db, principal=operator("Max"))
    page = AlarmsPage(services.alarms, None)
    qtbot.addWidget(page)
    page.show()
    page.reload()
    box = page.mail
    assert [box.mail_language.itemText(i) for i in range(box.mail_language.count())] == [
        "Deutsch",
        "Français",
        "Italiano",
        "English",
    ]
    assert box.mail_language.currentData() == "en"  # nothing saved yet
    box.host.setText("relay.lan")
    box.sender_edit.setText("chargedesk@garage.example")
    box.mail_language.setCurrentIndex(box.mail_language.findData("fr"))
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert box.message.text() == "E-mail settings saved."
    assert services.alarms.mail_setup().smtp.language == "fr"
    box.mail_language.setCurrentIndex(0)
    box.load(box.site_id)  # read again: the saved language is shown
    assert box.mail_language.currentData() == "fr"
    services.close()
