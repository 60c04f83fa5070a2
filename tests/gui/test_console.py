"""The console as an operator sees it: the window opens on a real SQLite file with the central system
listening on 127.0.0.1, a simulated charger connects and charges, and the dashboard follows live."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from ocpp.v16 import call

from app.config import Settings
from app.db import Database
from app.main import Console
from tests.helpers.gui import SHOTS
from tests.helpers.ocpp import add_station, sim_charger, wait_until
from tests.helpers.qasync_runner import run_on_qasync


def add_history(url: str, days: int = 29) -> float:
    """Four more stations and a month of completed, priced sessions (the dashboard's chart and figures); returns
    the kWh of the sessions that started this month (Zurich)."""
    from decimal import Decimal

    from sqlalchemy import select

    from app.models import ChargingSession, IdTag, SessionStatus, Station, User

    db = Database(url)
    with db.session() as s:  # a driver whose card the Public station accepts
        s.add(User(name="Eva Keller", tags=[IdTag(id_tag="04A2B3C4")]))
    for cp_id, n in (("HALL-B-2", 2), ("DOCK-4", 2), ("VISITOR-P1", 1), ("GARAGE-3", 1)):
        add_station(db, cp_id, connectors=n)
    zurich = ZoneInfo("Europe/Zurich")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    month_start = now.astimezone(zurich).replace(day=1, hour=0, minute=0, second=0).astimezone(dt.UTC)
    this_month = 0.0
    with db.session() as s:
        stations = list(s.scalars(select(Station).order_by(Station.id)))
        for i in range(days * 3):
            st = stations[i % len(stations)]
            start = now - dt.timedelta(days=days - i // 3, hours=3 * (i % 3) + 2)
            kwh = round(6.0 + (i * 7.7) % 31, 3)
            total = (Decimal(str(kwh)) * Decimal("0.45")).quantize(Decimal("0.01"))
            if start >= month_start:
                this_month += kwh
            s.add(
                ChargingSession(
                    station_id=st.id,
                    charge_point_id=st.charge_point_id,
                    connector_id=1,
                    id_tag=f"TAG{i % 7:05d}",
                    start_at=start,
                    stop_at=start + dt.timedelta(hours=1, minutes=10),
                    meter_start_wh=0.0,
                    meter_stop_wh=kwh * 1000,
                    energy_wh=kwh * 1000,
                    status=SessionStatus.COMPLETED,
                    currency="CHF",
                    price_total=total,
                    price_net=total,
                    price_vat=Decimal("0"),
                )
            )
    db.dispose()
    return this_month


@pytest.mark.isolated
def test_dashboard_follows_a_charging_session(qapp: Any, console_settings: Settings) -> None:
    month_kwh = add_history(console_settings.database_url)

    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            assert window.listening.text().startswith("central system listening on ws://127.0.0.1:")
            window.show_page(
                "Dashboard"
            )  # (the window reopens the last page; a hidden page does not draw events)
            dash = window.dashboard
            assert set(dash.tiles) == {"HALL-B-1", "GARAGE-2", "HALL-B-2", "DOCK-4", "VISITOR-P1", "GARAGE-3"}
            assert dash.card_online.value.text() == "0 / 6"
            url = f"ws://127.0.0.1:{console.central.port}/ocpp/"
            async with sim_charger(url, "HALL-B-1") as c:
                boot = await c.cp.call(
                    call.BootNotification(charge_point_vendor="ABB", charge_point_model="Terra")
                )
                assert boot.status == "Accepted"
                await wait_until(lambda: dash.tiles["HALL-B-1"].online)
                assert dash.card_online.value.text() == "1 / 6"
                assert window.online.text() == "chargers online: 1"
                await c.cp.call(
                    call.StatusNotification(connector_id=1, error_code="NoError", status="Preparing")
                )
                refused = await c.cp.call(call.Authorize(id_tag="UNKNOWN1"))  # a card nobody knows
                assert refused.id_tag_info["status"] == "Invalid"
                start = await c.cp.call(
                    call.StartTransaction(
                        connector_id=1,
                        id_tag="04A2B3C4",
                        meter_start=1000,
                        timestamp=dt.datetime.now(dt.UTC).isoformat(),
                    )
                )
                assert start.transaction_id > 0
                await c.cp.call(
                    call.StatusNotification(connector_id=1, error_code="NoError", status="Charging")
                )
                await c.cp.call(
                    call.MeterValues(
                        connector_id=1,
                        transaction_id=start.transaction_id,
                        meter_value=[
                            {
                                "timestamp": dt.datetime.now(dt.UTC).isoformat(),
                                "sampledValue": [
                                    {"value": "11000", "measurand": "Power.Active.Import", "unit": "W"},
                                    {
                                        "value": "3500",
                                        "measurand": "Energy.Active.Import.Register",
                                        "unit": "Wh",
                                    },
                                ],
                            }
                        ],
                    )
                )
                line = dash.tiles["HALL-B-1"].lines[1]
                await wait_until(lambda: line.power.text() == "11.0 kW")
                assert line.badge.text() == "Charging"
                await c.cp.call(
                    call.StatusNotification(connector_id=2, error_code="GroundFailure", status="Faulted")
                )
                await wait_until(
                    lambda: dash.tiles["HALL-B-1"].lines[2].badge.text() == "Faulted: GroundFailure"
                )

                def events() -> list[str]:
                    return dash.event_lines()

                # (lines that come within 500 ms of each other are added together)
                await wait_until(lambda: any("GroundFailure" in e for e in events()))
                assert any(
                    "UNKNOWN1" in e or "UNKN" in e for e in events()
                )  # the refused card and its reason
                assert (
                    len(dash.chart.days) == 30
                    and dash.chart.days[-1][0] == dt.datetime.now(ZoneInfo("Europe/Zurich")).date()
                )
                await wait_until(lambda: dash.card_charging.value.text() == "1")  # figures: read on a worker
                # the month's history: the chart's days and this month's energy
                assert sum(kwh for _day, kwh in dash.chart.days) > 0
                await wait_until(lambda: dash.card_month.value.text() == f"{month_kwh:,.1f} kWh")
                SHOTS.mkdir(parents=True, exist_ok=True)
                window.resize(1280, 800)
                await asyncio.sleep(0.3)  # the tiles flow into the new width
                window.grab().save(str(SHOTS / "dashboard.png"))
            await wait_until(lambda: not dash.tiles["HALL-B-1"].online)
            assert dash.tiles["HALL-B-1"].lines[1].badge.text() == "Offline"
        finally:
            window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_every_page_opens_and_the_window_remembers_the_last_one(
    qapp: Any, console_settings: Settings
) -> None:
    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        window = console.window
        try:
            titles = window.page_titles()
            assert titles == [
                "Dashboard",
                "Stations",
                "Map",
                "Users",
                "Schedules",
                "Sessions",
                "Load",
                "Chargers",
                "Log",
                "Audit",
                "Settings",
                "Alarms",
            ]
            for title in titles:
                window.show_page(title)
                assert window.pages.currentWidget().title == title
            window.show_page("Sessions")
        finally:
            window.close()
            await console.shutdown()
        from app.views.shell import preferences

        assert preferences.qsettings().value("window/page") == "Sessions"

    run_on_qasync(qapp, scenario)


@pytest.mark.isolated
def test_on_started_runs_once_the_window_is_shown_and_listening(
    qapp: Any, console_settings: Settings
) -> None:
    """run_console hands the GC back from this callback (app.main._end_of_start_up): after the first paint."""
    seen: list[tuple[bool, bool]] = []

    async def scenario() -> None:
        console: Console

        def started() -> None:
            seen.append((console.window.isVisible(), bool(console.central.started and console.central.port)))
            console.request_close()

        console = Console(console_settings, on_started=started)
        assert await console.run() == 0

    run_on_qasync(qapp, scenario)
    assert seen == [(True, True)]


def test_end_of_start_up_gives_the_gc_back_and_freezes_again_later(monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio
    import gc

    from app import main

    monkeypatch.setattr(main, "LATE_FREEZE_S", 0.01)

    async def scenario() -> tuple[int, int]:
        main._end_of_start_up()
        assert gc.isenabled()
        first = gc.get_freeze_count()
        built_later = [[n] for n in range(1000)]  # what a page builds in the background
        await asyncio.sleep(0.2)
        assert len(built_later) == 1000
        return first, gc.get_freeze_count()

    gc.disable()
    try:
        first, later = asyncio.run(scenario())
        assert first > 0 and later > first
    finally:
        gc.unfreeze()
        gc.enable()


def test_run_console_shortens_the_gil_switch_interval(tmp_path: Any) -> None:
    """The GUI thread (window + central system) and the store writer's thread share the GIL: run_console asks a
    thread holding it to let go after SWITCH_INTERVAL_S instead of Python's 5 ms (app.main). Run in a child process:
    the setting is process-wide."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from app import main\n"
        "from app import config\n"
        "class Quick:\n"
        "    def __init__(self, *a, **k): pass\n"
        "    async def run(self): return 0\n"
        "    def request_close(self): pass\n"
        "main.Console = Quick\n"
        "assert sys.getswitchinterval() == 0.005\n"
        "main.run_console(config.load(), argv=['x'])\n"
        "print(sys.getswitchinterval(), main.SWITCH_INTERVAL_S)\n"
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        CHARGEDESK_DATA_DIR=str(tmp_path / "data"),
    )
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 0, out.stderr
    now, wanted = map(float, out.stdout.split())
    assert now == wanted < 0.005
