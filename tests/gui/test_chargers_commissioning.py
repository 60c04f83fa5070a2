"""The Chargers page as a technician uses it: the console runs on a real SQLite file with the central system
listening on 127.0.0.1 (unknown chargers Pending); simulated chargers connect. A new charger appears first under
"New chargers", is accepted into a new station with a password by clicks, the checklist runs by itself and
passes, and the report is exported. Screenshots: docs/screenshots/chargers.png and commissioning.png."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from app.config import CentralSystemSettings, Settings
from app.db import Database, upgrade
from app.main import Console
from app.models import AccessMode, AccessSchedule, Connector, IdTag, Site, Station, Tariff, User
from app.services.admin.passwords import verify_password
from app.services.chargers import commissioning as svc
from app.simulator.api import VirtualCharger
from tests.helpers.ocpp import wait_until
from tests.helpers.qasync_runner import run_on_qasync

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
TECH = "04A2B3C4D5"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    url = f"sqlite:///{tmp_path / 'console.db'}"
    upgrade(url)
    db = Database(url)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich", address="Bahnhofstrasse 1, 8001 Zürich")
        public = Tariff(name="Public", per_kwh=0.45)
        for cp_id, name, n in (("HALL-B-1", "Hall B", 2), ("GARAGE-2", "Garage 2", 1)):
            st = Station(site=site, charge_point_id=cp_id, name=name, vendor="ABB", model="Terra AC W22")
            st.connectors = [Connector(connector_id=i) for i in range(1, n + 1)]
            st.schedule = AccessSchedule(default_mode=AccessMode.PUBLIC, default_tariff=public)
            s.add(st)
        for name, tag in (("Eva Keller", TECH), ("Jonas Meier", "0C11D2E3F4")):
            user = User(name=name, email=f"{name.split()[0].lower()}@example.ch")
            user.tags = [IdTag(id_tag=tag, label="badge")]
            s.add(user)
    db.dispose()
    return Settings(
        database_url=url,
        data_dir=tmp_path,
        central=CentralSystemSettings(
            host="127.0.0.1", port=0, ping_interval_s=20, unknown_charger_policy="pending"
        ),
    )


async def click_item(qtbot: Any, tree: Any, item: Any) -> None:
    """Click a row like a user; waits until the window has laid the list out where the click lands."""
    tree.scrollToItem(item)

    def target() -> Any:
        rect = tree.visualItemRect(item)
        pos = QPoint(rect.left() + 12, rect.center().y())  # on the charger id, visible however wide the row
        window = tree.window()
        return (
            pos
            if tree.itemAt(pos) is item
            and window.childAt(tree.viewport().mapTo(window, pos)) is tree.viewport()
            else None
        )

    pos = await wait_until(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert tree.currentItem() is item


@pytest.mark.isolated
def test_new_charger_accepted_bound_commissioned_and_reported(
    qapp: Any, qtbot: Any, settings: Settings, tmp_path: Path
) -> None:
    async def scenario() -> None:
        console = Console(settings)
        await console.start()
        window = console.window
        window.resize(1280, 800)
        window.show()
        page = window.chargers
        url = console.central.url
        fast = {"speed": 600.0, "seed": 3, "first_idle_s": (0.0, 1.0), "reconnect_initial_s": 0.05}
        hall = VirtualCharger(
            url,
            "HALL-B-1",
            connectors=2,
            tag="0C11D2E3F4",
            scenario="charge",
            sessions=1,
            session_s=(36000.0, 36000.0),
            vendor="ABB",
            model="Terra AC W22",
            serial="TACW22-0042",
            firmware="1.8.3",
            speed=60.0,
            seed=5,
            first_idle_s=(0.0, 1.0),
        )
        new = VirtualCharger(
            url,
            "EVTEC-7F21",
            connectors=2,
            vendor="EV-TEC",
            model="eMOBILITY Pro 22",
            serial="ET22-7F21",
            firmware="4.2.1",
            **fast,
        )
        try:
            window.show_page("Chargers")
            assert window.pages.currentWidget() is page
            assert page.groups["new"].isHidden()  # nothing new yet
            async with hall, new:
                # the unknown charger shows up first, marked new
                await wait_until(lambda: "EVTEC-7F21" in page.items, timeout=20)
                item = page.items["EVTEC-7F21"]
                assert item.parent() is page.groups["new"] and page.tree.topLevelItem(0) is page.groups["new"]
                assert page.groups["new"].text(0) == "New chargers (1)" and "NEW" in item.text(0)
                await wait_until(
                    lambda: item.text(3) == "EV-TEC eMOBILITY Pro 22"
                )  # from its BootNotification
                await wait_until(
                    lambda: "online" in item.text(1) and "online" in page.items["HALL-B-1"].text(1)
                )
                assert page.items["GARAGE-2"].text(1) == "never connected"

                # the filter
                qtbot.keyClicks(page.filter, "garage")
                assert [cp for cp, it in page.items.items() if not it.isHidden()] == ["GARAGE-2"]
                page.filter.clear()
                assert not page.items["HALL-B-1"].isHidden()

                # Hall B charging, live in the Overview
                await click_item(qtbot, page.tree, page.items["HALL-B-1"])
                page.show_tab(page.overview)
                table = page.overview.table
                await wait_until(
                    lambda: any(
                        table.item(r, 1) is not None
                        and table.item(r, 1).text() == "Charging"
                        and table.item(r, 3) is not None
                        and table.item(r, 3).text().endswith("kW")
                        for r in range(table.rowCount())
                    ),
                    timeout=20,
                )
                assert page.overview.fields["Serial number"].text() == "TACW22-0042"
                assert page.overview.fields["Connection"].text() == "online"
                assert page.heading.text() == "HALL-B-1 — Hall B"
                # its recent events, newest first: connected, booted, statuses, the session
                events = [page.overview.events.item(i).text() for i in range(page.overview.events.count())]
                assert any("connected (OCPP 1.6)" in e for e in events), events
                assert any("booted: ABB Terra AC W22" in e for e in events), events
                assert any("connector 1: Charging" in e for e in events), events
                assert any("session" in e and "started by" in e for e in events), events
                assert events.index(next(e for e in events if "connected (OCPP" in e)) > events.index(
                    next(e for e in events if "connector 1: Charging" in e)
                )  # newest first
                SHOTS.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(SHOTS / "chargers.png"))

                # accept the new charger by clicks: a new station "Hall C" with a generated password
                await click_item(qtbot, page.tree, item)
                tab = page.commissioning
                assert page.current_tab() is tab and tab.accept_button.isVisible()
                assert not tab.check_box.isEnabled()
                qtbot.mouseClick(tab.accept_button, Qt.MouseButton.LeftButton)
                dialog = tab.accept_dialog
                assert dialog is not None and dialog.isVisible()
                dialog.name.clear()
                qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
                assert dialog.isVisible() and "Enter a name" in dialog.name_error.text()
                qtbot.keyClicks(dialog.name, "Hall C")
                qtbot.keyClicks(dialog.password, "short")
                qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
                assert dialog.isVisible() and "at least 8" in dialog.password_error.text()
                qtbot.mouseClick(dialog.generate, Qt.MouseButton.LeftButton)
                password = dialog.password.text()
                assert len(password) == 20 and not dialog.password_error.isVisible()
                qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
                assert not dialog.isVisible()

                # accepted, bound, and the checklist runs once the charger has booted as Accepted
                await wait_until(
                    lambda: page.items["EVTEC-7F21"].parent() is page.groups["known"], timeout=20
                )
                assert page.groups["new"].isHidden()
                await wait_until(lambda: "accepted and bound to station Hall C" in tab.message.text())
                await wait_until(lambda: tab.result is not None, timeout=90)
                result = tab.result
                assert result.verdict == "PASSED", [(s.key, s.result, s.detail) for s in result.steps]
                assert [tab.steps.item(r, 0).text() for r in range(tab.steps.rowCount())] == ["✔ Pass"] * 6
                assert "Eva Keller" in tab.steps.item(5, 2).text()
                assert tab.summary.text().count("PASSED") == 1 and tab.export_button.isEnabled()
                with console.database.session() as s:
                    st = s.scalar(select(Station).where(Station.charge_point_id == "EVTEC-7F21"))
                    assert (
                        st is not None and st.name == "Hall C" and verify_password(password, st.password_hash)
                    )
                    stored = svc.last_result(s, "EVTEC-7F21")
                assert stored is not None and stored.verdict == "PASSED"
                assert page.heading.text() == "EVTEC-7F21 — Hall C"
                window.grab().save(str(SHOTS / "commissioning.png"))

                # the report, through the save dialog, and as PDF
                qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
                save = tab.export_dialog
                assert save is not None and save.isVisible()
                target = tmp_path / "report.html"
                save.selectFile(str(target))
                save.accept()
                text = target.read_text(encoding="utf-8")
                assert "Commissioning report — Hall C" in text and "ET22-7F21" in text and "PASSED" in text
                assert str(target) in tab.message.text()
                pdf = tmp_path / "report.pdf"
                tab.export_to(str(pdf))
                assert pdf.read_bytes().startswith(b"%PDF")

                # re-run on demand for the accepted charger
                assert tab.run_button.isEnabled()
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
