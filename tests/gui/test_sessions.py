"""Sessions page: the operator filters by period, user and status and sees the rows and totals change, opens a
session's detail (reason, price by band, meter chart), exports the filtered set with progress, and scrolls a
large list that is fetched page by page. Live events update only the row they are about."""

from __future__ import annotations

import datetime as dt
import functools
import threading
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import insert

from app.db import Database
from app.models import ChargingSession, Connector, IdTag, MeterValue, SessionStatus, Site, Station, User
from app.ocpp import events as ev
from app.services.api import AppServices
from app.services.reports import sessions as svc
from app.views.sessions.detail import SessionDetailDialog
from app.views.sessions.page import COL, SessionsPage
from tests.helpers.gui import FakeBridge

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
ZURICH = ZoneInfo("Europe/Zurich")
USERS = ["Eva Keller", "Max Huber", "Lena Meier", "Jonas Brunner", "Sara Widmer", "Luca Frei"]
STATIONS = [
    ("Hall B", "HALL-B-1", 2),
    ("Hall B", "HALL-B-2", 2),
    ("Garage", "GARAGE-2", 1),
    ("Visitor parking", "VISITOR-1", 2),
]


@dataclass
class Demo:
    ids: list[int]
    starts: list[dt.datetime]
    users: list[str | None]
    energy_kwh: list[float]
    totals: list[Decimal | None]
    statuses: list[str]
    detail_id: int
    user_ids: dict[str, int]
    station_ids: dict[str, int]


def _q2(x: Decimal) -> Decimal:
    return x.quantize(Decimal("0.01"), ROUND_HALF_UP)


def seed_demo(
    db: Database,
    now: dt.datetime | None = None,
    n: int = 40,
    station_rows: list[tuple[str, str, int]] = STATIONS,
) -> Demo:
    """A site "HQ Zurich" with four ``station_rows`` (name, charge point id, connectors), six users with cards and
    ``n`` sessions over the last four weeks: two still charging, one flagged, one refused card; the fourth has a
    two-band price and meter values."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    with db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich", currency="CHF", vat_percent=Decimal("8.1"))
        s.add(site)
        stations = []
        for name, cp, connectors in station_rows:
            st = Station(
                site=site,
                name=name if cp != "HALL-B-2" else "Hall B east",
                charge_point_id=cp,
                vendor="ABB",
                model="Terra AC",
            )
            st.connectors = [
                Connector(connector_id=i + 1, plug_type="Type2", max_kw=22.0) for i in range(connectors)
            ]
            stations.append(st)
        users = [
            User(name=n_, email=n_.lower().replace(" ", ".") + "@example.ch", company="Keller AG")
            for n_ in USERS
        ]
        s.add_all(stations + users)
        s.flush()
        for i, u in enumerate(users):
            s.add(IdTag(id_tag=f"04A2{i:02d}C4", label="badge", user_id=u.id))
        demo = Demo(
            [],
            [],
            [],
            [],
            [],
            [],
            0,
            {u.name: u.id for u in users},
            {st.charge_point_id: st.id for st in stations},
        )
        for i in range(n):
            start = now - dt.timedelta(hours=1 + 17 * i, minutes=(i * 37) % 60)
            st = stations[i % len(stations)]
            user = users[(i * 5) % len(users)] if i != 7 else None
            active = i in (0, 1)
            hours = 0.75 + (i % 5) * 0.6
            stop = None if active else start + dt.timedelta(hours=hours)
            kwh = round(4.5 + (i * 7.3) % 38, 3)
            row = ChargingSession(
                station_id=st.id,
                charge_point_id=st.charge_point_id,
                connector_id=1 + i % len(st.connectors),
                id_tag=f"04A2{USERS.index(user.name):02d}C4" if user else "9F3C0021",
                user_id=user.id if user else None,
                start_at=start,
                stop_at=stop,
                status=SessionStatus.ACTIVE if active else SessionStatus.COMPLETED,
                currency="CHF",
                meter_start_wh=120_000.0 + i * 1000,
                mode_at_start="limited" if i % 3 else "public",
                auth_status="Invalid" if i == 7 else "Accepted",
                decision_reason=(
                    "Rejected: Limited Mon–Fri 07:00–18:00, tag 9F3C0021 is unknown"
                    if i == 7
                    else f"Accepted: {user.name if user else ''} is a special user of Station {st.name} "
                    "(Limited Mon–Fri 07:00–18:00, employee)"
                    if i % 3
                    else f"Accepted: Public, {user.name if user else ''} is a registered user (public)"
                ),
                flags="clock_skew" if i == 5 else "",
            )
            total = None
            if not active:
                row.meter_stop_wh = row.meter_start_wh + kwh * 1000
                row.energy_wh = kwh * 1000
                row.max_power_w = 7_400.0 if i % 2 else 11_000.0
                row.stop_reason = "EVDisconnected" if i % 4 else "Local"
                first, second = (
                    Decimal(str(round(kwh * 0.6, 4))),
                    Decimal(str(round(kwh - round(kwh * 0.6, 4), 4))),
                )
                e1, e2 = (
                    (first * Decimal("0.25")).quantize(Decimal("0.0001")),
                    (second * Decimal("0.45")).quantize(Decimal("0.0001")),
                )
                total = _q2(Decimal("1.00") + e1 + e2)
                net = _q2(total / Decimal("1.081"))
                middle = start + dt.timedelta(hours=hours * 0.6)
                row.tariff_name = "employee, public"
                row.price_total, row.price_net, row.price_vat = total, net, total - net
                row.price_breakdown = {
                    "currency": "CHF",
                    "net": str(net),
                    "vat": str(total - net),
                    "total": str(total),
                    "vat_percent": "8.1",
                    "start_fee": "1.00",
                    "tariff": "employee, public",
                    "note": "",
                    "bands": [
                        {
                            "from": start.isoformat(),
                            "to": middle.isoformat(),
                            "tariff": "employee",
                            "mode": "limited",
                            "why": "Mon–Fri 07:00–18:00",
                            "kwh": str(first),
                            "energy_cost": str(e1),
                            "hours": "0",
                            "billed_hours": "0",
                            "time_cost": "0.0000",
                        },
                        {
                            "from": middle.isoformat(),
                            "to": stop.isoformat() if stop else None,
                            "tariff": "public",
                            "mode": "public",
                            "why": "default",
                            "kwh": str(second),
                            "energy_cost": str(e2),
                            "hours": "0",
                            "billed_hours": "0",
                            "time_cost": "0.0000",
                        },
                    ],
                }
            s.add(row)
            s.flush()
            demo.ids.append(row.id)
            demo.starts.append(start)
            demo.users.append(user.name if user else None)
            demo.energy_kwh.append(0.0 if active else kwh)
            demo.totals.append(total)
            demo.statuses.append("active" if active else "completed")
        demo.detail_id = demo.ids[4]
        # meter values of the detail session: every 5 minutes, 11 kW tapering off at the end
        detail = s.get(ChargingSession, demo.detail_id)
        assert detail is not None and detail.stop_at is not None
        t, energy, rows = detail.start_at, detail.meter_start_wh, []
        step = dt.timedelta(minutes=5)
        while t <= detail.stop_at:
            left = (detail.stop_at - t).total_seconds() / 3600
            power = 11_000.0 if left > 0.5 else max(1500.0, 11_000.0 * left / 0.5)
            rows.append(
                {
                    "session_id": detail.id,
                    "charge_point_id": detail.charge_point_id,
                    "connector_id": detail.connector_id,
                    "timestamp": t,
                    "measurand": svc.POWER,
                    "value": power,
                    "unit": "W",
                }
            )
            rows.append(
                {
                    "session_id": detail.id,
                    "charge_point_id": detail.charge_point_id,
                    "connector_id": detail.connector_id,
                    "timestamp": t,
                    "measurand": svc.ENERGY,
                    "value": min(energy, detail.meter_stop_wh or energy),
                    "unit": "Wh",
                }
            )
            energy += power * step.total_seconds() / 3600
            t += step
        s.execute(insert(MeterValue), rows)
    return demo


def this_month(demo: Demo, now: dt.datetime | None = None) -> list[int]:
    today = (now or dt.datetime.now(dt.UTC)).astimezone(ZURICH).date()
    return [
        i
        for i, st in enumerate(demo.starts)
        if st.astimezone(ZURICH).date().replace(day=1) == today.replace(day=1)
    ]


@pytest.fixture
def bridge() -> FakeBridge:
    return FakeBridge()


@pytest.fixture
def page(qtbot: Any, sqlite_db: Database, bridge: FakeBridge) -> SessionsPage:
    p = SessionsPage(AppServices.local(sqlite_db).sessions, bridge, None)
    qtbot.addWidget(p)
    p.resize(1280, 800)
    return p


def settle(qtbot: Any, page: SessionsPage, timeout: int = 15_000) -> None:
    """Wait until every read the page asked for has arrived (pages, count and totals)."""
    qtbot.waitUntil(
        lambda: page.model.idle() and page.model.totals is not None and page.model.count is not None,
        timeout=timeout,
    )
    qtbot.wait(20)
    qtbot.waitUntil(page.model.idle, timeout=timeout)


def visible_users(page: SessionsPage) -> set[str]:
    m = page.model
    return {m.index(r, COL["user"]).data() for r in range(m.rowCount())}


def money(values: list[Decimal | None]) -> str:
    return f"CHF {sum((v for v in values if v is not None), Decimal(0)):,.2f}"


@pytest.mark.qt_log_ignore("This plugin does not support")  # the search popup under the offscreen platform
def test_filters_narrow_the_rows_and_the_totals(qtbot: Any, page: SessionsPage, sqlite_db: Database) -> None:
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    settle(qtbot, page)
    month = this_month(demo)
    m = page.model
    assert page.preset.currentText() == "This month"
    assert m.rowCount() == len(month)
    kwh = sum(demo.energy_kwh[i] for i in month)
    assert page.totals_label.text() == (
        f"{len(month):,} session{'s' if len(month) != 1 else ''} · {kwh:,.1f} kWh · "
        f"{money([demo.totals[i] for i in month])}"
    )
    # newest first: the session that started an hour ago is on top, still charging
    assert m.index(0, COL["status"]).data() == "Active"
    assert m.index(0, COL["stop"]).data() == "—"

    # the whole period, then one user, typed into the searchable list
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    assert m.rowCount() == len(demo.ids)
    assert not page.date_from.isEnabled()
    qtbot.keyClicks(page.user.lineEdit(), "lena")
    qtbot.keyClick(page.user.lineEdit(), Qt.Key.Key_Return)
    settle(qtbot, page)
    lena = [i for i, u in enumerate(demo.users) if u == "Lena Meier"]
    assert page.user.currentText() == "Lena Meier"
    assert m.rowCount() == len(lena) and visible_users(page) == {"Lena Meier"}
    assert page.totals_label.text().startswith(
        f"{len(lena)} sessions · {sum(demo.energy_kwh[i] for i in lena):,.1f} kWh · "
    )

    # a name nobody has is marked, and the list stays as it was
    page.user.lineEdit().selectAll()
    qtbot.keyClicks(page.user.lineEdit(), "Zorro")
    qtbot.keyClick(page.user.lineEdit(), Qt.Key.Key_Return)
    assert "No match for “Zorro”" in page.filter_problem.text() and page.filter_problem.isVisible()
    assert "border" in page.user.styleSheet()
    assert m.rowCount() == len(lena)
    page.user.lineEdit().clear()
    qtbot.keyClick(page.user.lineEdit(), Qt.Key.Key_Return)
    settle(qtbot, page)
    assert not page.filter_problem.isVisible() and m.rowCount() == len(demo.ids)

    # status: only what is charging now; flagged
    page.status.setCurrentIndex(page.status.findText("Active (charging)"))
    settle(qtbot, page)
    assert [m.index(r, COL["status"]).data() for r in range(m.rowCount())] == ["Active", "Active"]
    page.status.setCurrentIndex(page.status.findText("Flagged"))
    settle(qtbot, page)
    assert m.rowCount() == 1 and m.index(0, COL["status"]).data() == "Completed · flagged"
    assert "clock was off" in m.index(0, COL["status"]).data(Qt.ItemDataRole.ToolTipRole)
    page.status.setCurrentIndex(0)

    # a station (searchable too) and a custom period by typing dates; an end before the start is refused
    page.station.setCurrentIndex(page.station.findText("Garage (GARAGE-2)"))
    settle(qtbot, page)
    garage = [i for i in range(len(demo.ids)) if i % len(STATIONS) == 2]
    assert m.rowCount() == len(garage)
    assert {m.index(r, COL["station"]).data() for r in range(m.rowCount())} == {"Garage"}
    first = min(demo.starts).astimezone(ZURICH).date()
    page.preset.setCurrentIndex(page.preset.findText("Custom"))  # the dates shown (this month) apply
    settle(qtbot, page)
    assert page.date_from.isEnabled()
    shown = m.rowCount()
    page.date_from.setDate(first + dt.timedelta(days=5))
    page.date_to.setDate(first + dt.timedelta(days=2))
    qtbot.waitUntil(lambda: page.filter_problem.isVisible())
    assert "ends before it starts" in page.filter_problem.text()
    assert "border" in page.date_to.styleSheet()
    assert m.rowCount() == shown  # unchanged
    page.date_to.setDate(first + dt.timedelta(days=9))
    qtbot.waitUntil(lambda: not page.filter_problem.isVisible())
    settle(qtbot, page)
    window = [
        i
        for i in garage
        if first + dt.timedelta(days=5)
        <= demo.starts[i].astimezone(ZURICH).date()
        <= first + dt.timedelta(days=9)
    ]
    assert m.rowCount() == len(window)

    # reset: this month again, everything
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert page.preset.currentText() == "This month" and page.station.value() is None
    assert m.rowCount() == len(month)

    # clicking Start reverses the order (oldest first)
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    page.table.horizontalHeader().sectionClicked.emit(COL["start"])
    settle(qtbot, page)
    assert m.row_at(0).id == demo.ids[-1]  # type: ignore[union-attr]
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_screenshot(qtbot: Any, page: SessionsPage, sqlite_db: Database, bridge: FakeBridge) -> None:
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    settle(qtbot, page)
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    # the two running sessions as their chargers report them
    bridge.session_updated.emit(
        ev.SessionUpdated("HALL-B-1", demo.ids[0], 1, power_w=10_980.0, energy_wh=10_450.0)
    )
    bridge.session_updated.emit(
        ev.SessionUpdated("HALL-B-2", demo.ids[1], 2, power_w=7_350.0, energy_wh=38_120.0)
    )
    assert page.model.index(0, COL["energy"]).data() == "10.45"
    page.table.selectRow(3)
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "sessions.png"))


def test_a_large_list_is_fetched_page_by_page(qtbot: Any, page: SessionsPage, sqlite_db: Database) -> None:
    """~2,000 sessions: the model first holds one page, and fetches the end only when scrolled there."""
    with sqlite_db.session() as s:
        site = Site(name="HQ Zurich", timezone="Europe/Zurich")
        st = Station(site=site, name="Hall B", charge_point_id="HALL-B-1")
        s.add_all([site, st])
        s.flush()
        base = dt.datetime(2026, 1, 5, 7, tzinfo=dt.UTC)
        s.execute(
            insert(ChargingSession),
            [
                {
                    "station_id": st.id,
                    "charge_point_id": "HALL-B-1",
                    "connector_id": 1,
                    "id_tag": f"T{i:05d}",
                    "start_at": base + dt.timedelta(minutes=90 * i),
                    "stop_at": base + dt.timedelta(minutes=90 * i + 60),
                    "energy_wh": 1000.0 + i,
                    "status": SessionStatus.COMPLETED,
                    "currency": "CHF",
                    "flags": "",
                    "meter_start_wh": 0.0,
                }
                for i in range(2100)
            ],
        )
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    m = page.model
    assert m.rowCount() == 2100
    assert m.cached_rows() <= m.page_size  # one page, whatever the count
    assert m.index(0, COL["tag"]).data() == "T02099"

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: m.row_at(2099) is not None, timeout=10_000)
    settle(qtbot, page)
    assert m.index(2099, COL["tag"]).data() == "T00000"
    assert m.cached_rows() <= 3 * m.page_size  # the top page and the pages at the bottom, not the middle
    assert m.row_at(1000) is None

    page.table.scrollTo(m.index(1000, 0), QAbstractItemView_center())
    qtbot.waitUntil(lambda: m.row_at(1000) is not None, timeout=10_000)
    assert m.index(1000, COL["tag"]).data() == f"T{2099 - 1000:05d}"
    settle(qtbot, page)
    assert page.totals_label.text().startswith("2,100 sessions · ")


def QAbstractItemView_center() -> Any:
    from PySide6.QtWidgets import QAbstractItemView

    return QAbstractItemView.ScrollHint.PositionAtCenter


def test_detail_shows_reason_price_bands_and_meter_chart(
    qtbot: Any, page: SessionsPage, sqlite_db: Database
) -> None:
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    row = page.model.row_of(demo.detail_id)
    assert row is not None
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert page.detail_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.detail_dialog
    assert isinstance(dialog, SessionDetailDialog) and dialog.isVisible()
    qtbot.waitUntil(
        lambda: dialog.detail is not None and dialog.detail.row.id == demo.detail_id, timeout=10_000
    )
    user = demo.users[4]
    assert dialog.values["user"].text() == user
    assert dialog.values["reason"].text().startswith(f"Accepted: {user} is a special user of Station")
    assert dialog.values["mode"].text() == "Limited"
    assert dialog.bands.rowCount() == 2
    assert [dialog.bands.item(r, 2).text() for r in range(2)] == ["employee", "public"]
    assert dialog.price_labels["total"].text() == f"CHF {demo.totals[4]:,.2f}"
    assert dialog.price_labels["start_fee"].text() == "CHF 1.00"
    assert dialog.bands.item(0, 0).toolTip() == "mode limited; Mon–Fri 07:00–18:00"
    assert dialog.chart_stack.currentWidget() is dialog.chart_view
    assert dialog.energy_series.count() > 10 and dialog.power_series.count() == dialog.energy_series.count()
    assert dialog.power_series.at(0).y() == pytest.approx(11.0)
    assert dialog.energy_series.at(0).y() == pytest.approx(0.0)
    assert dialog.x_axis.count() >= 2  # wall-clock labels
    dialog.resize(1280, 800)
    qtbot.wait(50)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "session-detail.png"))

    # a refused card: the reason says why, and a running session has no price yet and no samples
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    page.open_detail(demo.ids[7])
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.id == demo.ids[7], timeout=10_000)
    assert dialog.values["auth"].text() == "Invalid" and "unknown" in dialog.values["reason"].text()
    assert dialog.values["user"].text() == "(nobody: unknown tag)"
    page.open_detail(demo.ids[0])
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.detail.row.id == demo.ids[0], timeout=10_000)
    assert dialog.chart_stack.currentWidget() is dialog.no_samples
    assert dialog.price_note.text().startswith("Not priced yet")
    dialog.close()


def test_export_csv_with_progress_writes_the_filtered_rows(
    qtbot: Any, page: SessionsPage, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = seed_demo(sqlite_db, n=60)
    monkeypatch.setattr(svc, "export_filtered", functools.partial(svc.export_filtered, chunk_rows=7))
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    page.status.setCurrentIndex(page.status.findText("Completed"))
    settle(qtbot, page)
    expected = sorted(demo.ids[i] for i, st in enumerate(demo.statuses) if st == "completed")
    assert page.model.count == len(expected)

    seen: list[int] = []
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "completed.csv"
    qtbot.mouseClick(page.export_csv_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(QFileDialog, "ExportFileDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith("sessions_all.csv")
    dialog.selectFile(str(out))
    page.progress.valueChanged.connect(seen.append)
    dialog.accept()
    assert page.progress_host.isVisible() and not page.export_csv_button.isEnabled()
    assert page.progress.maximum() == len(expected)
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    assert not page.progress_host.isVisible()
    assert page.message.text().startswith(f"{len(expected)} sessions exported to {out}")
    assert len(seen) >= 3 and seen[-1] == len(expected)  # several steps, not one jump
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert sorted(frame["session_id"]) == expected
    assert set(frame["status"]) == {"completed"}
    assert sorted(p.name for p in out_dir.iterdir()) == ["completed.csv"]


@pytest.mark.expect_log(r"export to .* failed: ", logger="app.views.sessions.export")
def test_export_cancel_and_failure_leave_no_file(
    qtbot: Any, page: SessionsPage, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_demo(sqlite_db, n=30)
    release = threading.Event()
    real = svc.export_filtered

    def held(*args: Any, **kw: Any) -> int:
        report = kw["progress"]

        def progress(rows: int) -> None:
            report(rows)
            release.wait(10)  # the first chunk is written; wait until the operator has clicked Cancel

        return real(*args, **{**kw, "progress": progress, "chunk_rows": 5})

    monkeypatch.setattr(svc, "export_filtered", held)
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    assert page.export_to(out_dir / "all.xlsx")
    qtbot.waitUntil(lambda: page.progress.value() > 0, timeout=10_000)
    assert page.progress_label.text().startswith("Exporting 5 of 30 sessions to all.xlsx")
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    assert page.message.text() == f"Export cancelled: nothing was written to {out_dir / 'all.xlsx'}."
    assert list(out_dir.iterdir()) == []

    monkeypatch.setattr(svc, "export_filtered", real)
    assert page.export_to(tmp_path / "no-such-folder" / "all.csv")
    qtbot.waitUntil(lambda: page.export_task is None, timeout=20_000)
    text = page.message.text()
    assert text.startswith("Export to all.csv failed: the folder ") and "does not exist" in text
    assert text.endswith("Nothing was written.")
    assert page.export_csv_button.isEnabled()


def test_live_events_update_only_their_row(
    qtbot: Any, page: SessionsPage, sqlite_db: Database, bridge: FakeBridge
) -> None:
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("Today"))
    page.preset.setCurrentIndex(
        page.preset.findText("All time")
    )  # (not "This week": an hour after local midnight on a Monday the seeded running session began last week)
    settle(qtbot, page)
    m = page.model
    before = m.rowCount()
    resets: list[int] = []
    m.modelReset.connect(lambda: resets.append(1))

    # a meter value for a running session: its energy and max power change, nothing else is re-read
    running = demo.ids[0]
    changed: list[tuple[int, int, int]] = []
    m.dataChanged.connect(lambda a, b, _r=None: changed.append((a.row(), a.column(), b.column())))
    bridge.session_updated.emit(
        ev.SessionUpdated("HALL-B-1", running, 1, power_w=10_500.0, energy_wh=6_250.0)
    )
    row = m.row_of(running)
    assert row == 0
    assert m.index(row, COL["energy"]).data() == "6.25"
    assert m.index(row, COL["max_kw"]).data() == "10.5"
    assert changed == [(0, COL["energy"], COL["duration"])]

    # a new session starts: it appears on top, the rest moves down, without a reset
    with sqlite_db.session() as s:
        new = ChargingSession(
            station_id=demo.station_ids["GARAGE-2"],
            charge_point_id="GARAGE-2",
            connector_id=1,
            id_tag="04A200C4",
            user_id=demo.user_ids["Eva Keller"],
            start_at=dt.datetime.now(dt.UTC),
            status=SessionStatus.ACTIVE,
            currency="CHF",
        )
        s.add(new)
        s.flush()
        new_id = new.id
    bridge.session_started.emit(ev.SessionStarted("GARAGE-2", new_id, 1, "04A200C4", user_name="Eva Keller"))
    qtbot.waitUntil(lambda: m.rowCount() == before + 1)
    assert m.row_of(new_id) == 0 and m.row_of(running) == 1
    assert m.index(0, COL["user"]).data() == "Eva Keller" and m.index(0, COL["status"]).data() == "Active"
    assert m.index(1, COL["energy"]).data() == "6.25"

    # it stops: the row shows the stored result
    with sqlite_db.session() as s:
        row_ = s.get(ChargingSession, new_id)
        assert row_ is not None
        row_.stop_at, row_.status, row_.energy_wh, row_.price_total = (
            dt.datetime.now(dt.UTC),
            SessionStatus.COMPLETED,
            2500.0,
            Decimal("1.63"),
        )
    bridge.session_stopped.emit(
        ev.SessionStopped("GARAGE-2", new_id, 1, energy_wh=2500.0, price_total=Decimal("1.63"))
    )
    qtbot.waitUntil(lambda: m.index(0, COL["status"]).data() == "Completed")
    assert m.index(0, COL["price"]).data() == "1.63" and m.index(0, COL["energy"]).data() == "2.50"
    assert resets == []
    # and the totals follow (debounced)
    qtbot.waitUntil(
        lambda: page.model.totals is not None and page.model.totals.sessions == before + 1, timeout=10_000
    )


def test_a_superseded_read_is_interrupted(qtbot: Any, sqlite_db: Database) -> None:
    """Changing the filter while a million-row total is computed stops that statement (its result is useless)."""
    from sqlalchemy import text

    from app.views.sessions.model import SessionsModel

    model = SessionsModel(AppServices.local(sqlite_db).sessions)
    worker = model._aggregates
    results: list[tuple[Any, Any, Any]] = []
    worker.finished.connect(lambda key, result, error: results.append((key, result, error)))

    def endless(s: Any) -> Any:  # counts to five hundred million: minutes, unless interrupted
        return s.execute(
            text(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                "SELECT count(*) FROM (SELECT x FROM c LIMIT 500000000)"
            )
        ).scalar()

    worker.submit(
        ("totals", 1, 0),
        functools.partial(model.service.interruptible, endless, on_cancel=worker.set_canceller),
    )
    qtbot.waitUntil(lambda: worker._cancel_running is not None, timeout=5000)
    worker.discard(lambda key: key[1] == 1)  # type: ignore[index]
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0][1] is None and "interrupted" in str(results[0][2])
    # the connection goes back to the pool in a usable state
    with sqlite_db.session() as s:
        assert s.execute(text("SELECT 1")).scalar() == 1
    model.close()


def test_sessions_no_event_announced_are_noticed(qtbot: Any, page: SessionsPage, sqlite_db: Database) -> None:
    """Another console's central system wrote a session to the shared database: the periodic recount notices;
    at the top with nothing selected the list just reloads, else the page offers to show them."""
    demo = seed_demo(sqlite_db)
    page.show()
    page.reload()
    page.preset.setCurrentIndex(page.preset.findText("All time"))
    settle(qtbot, page)
    m = page.model
    before = m.rowCount()

    def add_session() -> None:
        with sqlite_db.session() as s:
            s.add(
                ChargingSession(
                    station_id=demo.station_ids["VISITOR-1"],
                    charge_point_id="VISITOR-1",
                    connector_id=2,
                    id_tag="04A201C4",
                    user_id=demo.user_ids["Max Huber"],
                    start_at=dt.datetime.now(dt.UTC),
                    status=SessionStatus.ACTIVE,
                    currency="CHF",
                )
            )

    page.table.setCurrentIndex(m.index(2, 0))  # the operator is looking at a row: do not pull it away
    add_session()
    m._tick()  # what the 30-second clock does
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert page.message.text().startswith("1 new session since the list was read")
    assert m.rowCount() == before
    page.message.linkActivated.emit("reload")
    settle(qtbot, page)
    assert m.rowCount() == before + 1 and m.index(0, COL["user"]).data() == "Max Huber"
    assert not page.message.isVisible()

    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(-1, -1))
    page.table.scrollToTop()
    add_session()
    m._tick()
    qtbot.waitUntil(lambda: m.rowCount() == before + 2, timeout=10_000)
