"""The whole console, end to end, as a facility manager uses it on a fresh database.

Through the real window (``app.main.Console``: a real SQLite file, the central system listening on
127.0.0.1), clicking and typing: a site and two tariffs (Settings), a user with an RFID card (Users), a station
with two connectors whose special user she is (Stations → editor), and a weekly plan "Limited Mon–Fri, Public
otherwise" drawn in the schedule calendar. Then a simulated charger (``app.simulator.VirtualCharger``) with
that charge point identity and password connects; her card is presented and charges; the dashboard tile shows
Charging with the power, the session appears on the Sessions page with kWh and price, and the CSV export
(Sessions page → Export CSV… → the file dialog) contains it.

Determinism: the central system decides at its own clock (now). She is a special user of the station, so her
card is accepted every day — Limited on weekdays (special users only), Public at the weekend — and the test
asserts the decision that matches the local weekday at which the session started: on a weekday the Limited
window of the calendar is what let her in, with the window's tariff. That the Limited plan refuses a
registered user who is *not* a special user is asserted for a fixed Wednesday through the same rule the
central system uses (``app.services.rules.access``), so the schedule is proven on every day of the week.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from app.config import CentralSystemSettings, Settings
from app.db import upgrade
from app.main import Console
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

TZ = "Europe/Zurich"
CPID = "HALL-B-1"
TAG = "04A2B3C4"
PASSWORD = "hall-b-Secret-2026"


@pytest.fixture
def empty_console(tmp_path: Path) -> Settings:
    url = f"sqlite:///{tmp_path / 'site.db'}"
    upgrade(url)
    return Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(host="127.0.0.1", port=0, ping_interval_s=20),
    )


def click(qtbot: Any, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.objectName() or button} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the entry whose text starts with ``text`` (as a user picks it from the drop-down)."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def button(parent: QWidget, text: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert found, f"no visible button {text!r}"
    return found[0]


async def settle(ms: int = 50) -> None:
    await asyncio.sleep(ms / 1000)


@pytest.mark.isolated
def test_site_to_exported_session(qapp: Any, qtbot: Any, empty_console: Settings, tmp_path: Path) -> None:
    from app.simulator import VirtualCharger
    from app.views.sessions.page import COL

    async def scenario() -> None:
        console = Console(empty_console)
        start = asyncio.ensure_future(console.start())
        wizard = await wait_until(lambda: console.first_start_dialog, timeout=60)
        wizard.reject()  # no first-start set-up: the site and tariffs are made in Settings below
        await start
        window = console.window
        vc: VirtualCharger | None = None
        try:
            assert window.listening.text().startswith("central system listening on ws://127.0.0.1:")

            # --- Settings: a site and two tariffs ------------------------------------------------------
            window.show_page("Settings")
            settings = window.settings_page
            sites = settings.sites
            settings.tabs.setCurrentWidget(sites)
            click(qtbot, sites.new_button)
            type_into(qtbot, sites.inputs["name"], "HQ Zurich")
            tz_combo = sites.inputs["timezone"]
            assert isinstance(tz_combo, QComboBox)
            type_into(qtbot, tz_combo.lineEdit(), TZ)
            type_into(qtbot, sites.inputs["currency"], "CHF")
            type_into(qtbot, sites.inputs["vat_percent"], "8.1")
            type_into(qtbot, sites.inputs["address"], "Hardturmstrasse 3, 8005 Zurich")
            click(qtbot, sites.save_button)
            assert sites.status.text() == "Saved site 'HQ Zurich'."

            tariffs = settings.tariffs
            settings.tabs.setCurrentWidget(tariffs)
            for name, per_kwh in (("employee", "0.30"), ("public", "0.55")):
                click(qtbot, tariffs.new_button)
                type_into(qtbot, tariffs.inputs["name"], name)
                type_into(qtbot, tariffs.inputs["per_kwh"], per_kwh)
                qtbot.keyClick(tariffs.inputs["per_kwh"], Qt.Key.Key_Return)  # Enter saves
                assert tariffs.status.text() == f"Saved tariff '{name}'."
            assert [tariffs.list.item(i).text() for i in range(tariffs.list.count())] == [
                "employee",
                "public",
            ]

            await settle()  # let the loop run what the clicks started

            # --- Users: Eva Keller with her card -------------------------------------------------------
            window.show_page("Users")
            users = window.users
            click(qtbot, users.new_button)
            editor = users.editor
            qtbot.keyClicks(editor.name, "Eva Keller")
            qtbot.keyClicks(editor.email, "eva.keller@example.ch")
            qtbot.keyClicks(editor.company, "Keller AG")
            click(qtbot, editor.add_tag_button)
            tag_dialog = editor.tag_dialog
            assert tag_dialog is not None and tag_dialog.isVisible()
            qtbot.keyClicks(tag_dialog.id_tag, TAG.lower())  # typed in any case, stored in capitals
            qtbot.keyClicks(tag_dialog.label, "white card")
            click(qtbot, tag_dialog.ok_button)
            assert editor.tags[0].id_tag == TAG
            click(qtbot, editor.save_button)
            assert editor.message.text() == "Created Eva Keller."
            assert [r.name for r in users.model.rows] == ["Eva Keller"]
            assert list(users.model.rows[0].tags) == [TAG]

            await settle()  # let the loop run what the clicks started

            # --- Stations: Hall B, two connectors, Eva as special user ---------------------------------
            window.show_page("Stations")
            stations = window.stations
            click(qtbot, stations.new_button)
            st_editor = stations.editors[None][0]
            qtbot.keyClicks(st_editor.name, "Hall B")
            qtbot.keyClicks(st_editor.charge_point_id, CPID)
            choose(st_editor.site, "HQ Zurich")
            st_editor.tabs.setCurrentIndex(1)  # Security
            qtbot.keyClicks(st_editor.password, PASSWORD)
            st_editor.tabs.setCurrentIndex(2)  # Access & owners
            choose(st_editor.default_mode, "Public")
            choose(st_editor.default_tariff, "public")
            st_editor.tabs.setCurrentIndex(4)  # Connectors
            connectors = st_editor.connectors
            click(qtbot, connectors.add_button)
            assert connectors.numbers() == [1, 2]
            for cells in connectors.cells:
                kw = cells["max_kw"]
                assert isinstance(kw, QLineEdit)
                type_into(qtbot, kw, "22")
            st_editor.tabs.setCurrentIndex(3)  # Special users
            grants = st_editor.grants
            click(qtbot, grants.add_button)
            qtbot.keyClicks(grants.user, "Eva Keller")
            assert grants.user.user_id() is not None
            click(qtbot, st_editor.save_button)  # the password is hashed on a worker thread first
            await wait_until(lambda: not stations.editors, timeout=20)  # saved: the editor closed
            assert stations.visible_names() == ["Hall B"]
            assert sorted(window.dashboard.tiles) == [CPID]
            assert sorted(window.dashboard.tiles[CPID].lines) == [1, 2]

            await settle()  # let the loop run what the clicks started

            # --- the weekly plan: Limited Mon–Fri at 'employee', Public otherwise ---------------------
            assert stations.select_station(stations.model.rows[0].id)
            click(qtbot, stations.edit_button)
            st_editor = stations.editors[stations.model.rows[0].id][0]
            st_editor.tabs.setCurrentIndex(2)
            click(qtbot, st_editor.schedule_button)
            schedules = window.schedules
            assert window.pages.currentWidget() is schedules
            assert schedules.station_combo.currentText().startswith("Hall B")
            click(qtbot, schedules.add_button)
            dialog = schedules.calendar.dialog
            assert dialog is not None and dialog.isVisible()
            click(qtbot, button(dialog, "Mon–Fri"))
            type_into(qtbot, dialog.start, "00:00")
            type_into(qtbot, dialog.end, "24:00")
            choose(dialog.mode, "Limited")
            choose(dialog.tariff, "employee")
            click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
            assert len(schedules.calendar.windows()) == 1
            assert schedules.is_dirty()
            click(qtbot, schedules.save_button)
            assert schedules.message.text().startswith("Saved Hall B"), schedules.message.text()
            assert not schedules.is_dirty()
            st_editor.refresh_schedule()
            lines = [st_editor.windows.item(i).text() for i in range(st_editor.windows.count())]
            assert len(lines) == 1 and "Limited" in lines[0] and "employee" in lines[0], lines
            click(qtbot, st_editor.cancel_button)  # nothing changed in the editor: it just closes
            assert not stations.editors

            # the plan as the central system applies it, on a fixed Wednesday and Saturday (site time)
            _assert_limited_on_weekdays(console.database)

            await settle()  # let the loop run what the clicks started

            # --- a charger connects and Eva's card charges ---------------------------------------------
            window.show_page("Dashboard")
            dash = window.dashboard
            url = f"ws://127.0.0.1:{console.central.port}/ocpp/"
            vc = VirtualCharger(
                url,
                CPID,
                connectors=2,
                password=PASSWORD,
                tag=TAG,
                scenario="charge",
                seed=7,
                speed=60,
                sessions=1,
                first_idle_s=(1.0, 2.0),
                idle_s=(1e6, 1e6),
                session_s=(1e6, 1e6),
                max_power_kw=11.0,
                vendor="ABB",
                model="Terra AC",
            )
            await vc.start()
            booted = await vc.wait_for("booted", timeout=20)
            assert booted.data["status"] == "Accepted"
            started = await vc.wait_for("started", lambda e: e.data.get("status") == "Accepted", timeout=20)
            connector = started.connector
            assert connector in (1, 2)
            line = dash.tiles[CPID].lines[connector]
            await wait_until(
                lambda: line.badge.text() == "Charging" and line.power.text().endswith("kW"), timeout=20
            )
            assert dash.tiles[CPID].online
            await wait_until(lambda: dash.card_charging.value.text() == "1", timeout=10)
            power_kw = float(line.power.text().split()[0])
            assert 0 < power_kw <= 11.0

            # the driver ends the session at the charger after some metering
            await vc.wait_for("charging", lambda e: e.data.get("energy_wh", 0) > 0, timeout=20)
            assert vc.charger.stop_transaction(vc.charger.connectors[connector], "Local")
            stopped = await vc.wait_for("stopped", timeout=20)
            await wait_until(lambda: line.power.text() == "", timeout=20)

            await settle()  # let the loop run what the clicks started

            # --- Sessions page: the row with kWh and price ---------------------------------------------
            window.show_page("Sessions")
            sessions = window.sessions
            model = sessions.model

            def completed_row() -> int | None:
                for r in range(model.rowCount()):
                    row = model.row_at(r)
                    if row is not None and row.stop_at is not None:
                        return r
                return None

            await wait_until(lambda: completed_row() is not None, timeout=20)
            r = completed_row()
            assert r is not None and model.rowCount() == 1

            def cell(key: str) -> str:
                return str(model.index(r, COL[key]).data())

            assert cell("station").startswith("Hall B")
            assert cell("user") == "Eva Keller"
            assert cell("tag") == TAG
            assert cell("connector") == str(connector)
            energy_shown, price_shown = cell("energy"), cell("price")
            assert float(energy_shown.replace(",", "")) > 0
            assert float(price_shown.replace(",", "")) > 0
            assert cell("currency") == "CHF"
            # the totals follow the stop (debounced)
            await wait_until(lambda: sessions.totals_label.text().startswith("1 session · "), timeout=20)
            assert "CHF" in sessions.totals_label.text()

            # the stored decision: on a weekday the Limited window let her in as a special user
            stored = _stored_session(console.database)
            local_start = stored["start_at"].astimezone(ZoneInfo(TZ))
            if local_start.weekday() < 5:
                assert "Limited" in stored["reason"] and "special user" in stored["reason"], stored["reason"]
                rate = Decimal("0.30")
            else:
                assert "Public" in stored["reason"], stored["reason"]
                rate = Decimal("0.55")
            assert stored["energy_wh"] == pytest.approx(stopped.data["energy_wh"], abs=1.0)
            expected = (Decimal(str(stored["energy_wh"])) / 1000 * rate).quantize(Decimal("0.01"))
            assert Decimal(str(stored["price_total"])).quantize(Decimal("0.01")) == expected

            await settle()  # let the loop run what the clicks started

            # --- export through the page's action: the file dialog, then the CSV -----------------------
            out = tmp_path / "exports" / "october.csv"
            out.parent.mkdir()
            click(qtbot, sessions.export_csv_button)
            file_dialog = sessions._file_dialog
            assert file_dialog is not None and file_dialog.isVisible()
            file_dialog.setDirectory(str(out.parent))
            file_dialog.selectFile(str(out))
            file_dialog.accept()
            await wait_until(
                lambda: sessions.export_task is None and "exported to" in sessions.message.text(), timeout=20
            )
            assert sessions.message.text().startswith("1 session exported to")
            with out.open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
            assert len(rows) == 1
            row = rows[0]
            assert (row["station"], row["charge_point_id"], row["user"], row["id_tag"]) == (
                "Hall B",
                CPID,
                "Eva Keller",
                TAG,
            )
            assert int(row["connector"]) == connector
            assert float(row["energy_kwh"]) == pytest.approx(float(energy_shown.replace(",", "")), abs=0.05)
            assert Decimal(row["price_total"]).quantize(Decimal("0.01")) == expected
            assert row["currency"] == "CHF"
            assert row["tariff"] == ("employee" if local_start.weekday() < 5 else "public")

            await vc.stop()
            vc = None
            await wait_until(lambda: not dash.tiles[CPID].online, timeout=20)
            assert dash.tiles[CPID].lines[connector].badge.text() == "Offline"
        finally:
            if vc is not None:
                await vc.stop(stop_transactions=False, timeout=2)
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
    QApplication.processEvents()


def _stored_session(database: Any) -> dict[str, Any]:
    from sqlalchemy import select

    from app.models import ChargingSession

    with database.session() as s:
        rows = s.scalars(select(ChargingSession)).all()
        assert len(rows) == 1
        x = rows[0]
        return {
            "start_at": x.start_at,
            "reason": x.decision_reason or "",
            "energy_wh": x.energy_wh,
            "price_total": x.price_total,
        }


def _assert_limited_on_weekdays(database: Any) -> None:
    """The saved plan, decided for a fixed Wednesday and Saturday 10:00 (site time): Eva, a special user, is
    accepted both days; a registered user who is not a special user only on the Saturday (Public)."""
    from app.services.admin import users as user_svc
    from app.services.rules.access import explain

    with database.session() as s:
        other = user_svc.save_user(
            s, user_svc.UserForm(name="Jonas Meier", tags=[user_svc.TagForm(id_tag="11AA22BB")]), actor="test"
        )
        assert other
        wednesday, saturday = dt.datetime(2026, 10, 14, 10, 0), dt.datetime(2026, 10, 17, 10, 0)
        for at_local, jonas_ok in ((wednesday, False), (saturday, True)):
            eva = explain(s, CPID, None, TAG, at_local)
            jonas = explain(s, CPID, None, "11AA22BB", at_local)
            assert eva.status == "Accepted", eva.reason
            assert (jonas.status == "Accepted") is jonas_ok, jonas.reason
        assert "Limited" in explain(s, CPID, None, "11AA22BB", wednesday).reason
        s.rollback()  # Jonas was only needed for the question
