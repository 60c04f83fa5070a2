"""What the console says before its window when the database does not let it start as usual: a SQLite file held
by a running ``chargedesk serve`` (open without a central system, or quit), a shared PostgreSQL database behind
this version (the command that migrates it, copyable; the console quits)."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import shlex
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.config import Settings
from app.db import current_revision, make_engine, upgrade
from app.db.holder import holder_path
from app.db.migrate import HEAD_REVISION
from app.main import Console
from app.views.shell.start_dialogs import HeldDialog, RefusedDialog
from tests.helpers.ocpp import wait_until
from tests.helpers.processes import chargedesk, serving
from tests.helpers.qasync_runner import run_on_qasync

# (Console.run's shutdown cancels every other task, the test's own too: the scenarios start the console and shut
# it down themselves, as the other console tests do)


async def start_dialog(console: Console) -> Any:
    return await wait_until(
        lambda: (
            console.start_dialog
            if console.start_dialog is not None and console.start_dialog.isVisible()
            else None
        ),
        timeout=30,
    )


@pytest.mark.isolated
def test_a_console_beside_a_running_serve_opens_without_a_central_system(
    qapp: Any, console_settings: Settings, tmp_path: Path
) -> None:
    db_file = Path(console_settings.database_url.removeprefix("sqlite:///"))
    with serving(console_settings.database_url, tmp_path / "serve") as serve:

        async def scenario() -> None:
            console = Console(console_settings)
            start = asyncio.ensure_future(console.start())
            box = await start_dialog(console)
            assert isinstance(box, HeldDialog) and console.window is None  # asked before anything opens
            assert box.text().startswith(
                f"console.db is already used by `chargedesk serve` (pid {serve.pid} on "
            )
            assert box.text().endswith(": stop it, or open this console without a central system.")
            assert {b.text() for b in box.buttons()} == {"Open without central system", "Quit"}
            assert box.informativeText().endswith("the chargers stay connected to the program that holds it.")
            QTest.mouseClick(box.without, Qt.MouseButton.LeftButton)
            await asyncio.wait_for(start, 30)
            window = console.window
            try:
                assert window.isVisible() and not console.closed.is_set()
                assert window.listening.text().startswith(
                    f"no central system in this console: console.db is already used by `chargedesk serve` (pid "
                    f"{serve.pid} on "
                )
                assert not console.central.started and console.holding is None
                window.show_page("Stations")  # the database is read (and editable) as usual
                model = window.stations.model
                await wait_until(lambda: set(model.by_cp_rows()) == {"HALL-B-1", "GARAGE-2"})
            finally:
                window.close()
                await console.shutdown()
            assert console.exit_status == 0

        run_on_qasync(qapp, scenario)
        assert serve.poll() is None  # the holder runs on, still named in the file
        assert json.loads(holder_path(db_file).read_text())["pid"] == serve.pid


@pytest.mark.isolated
def test_a_console_beside_a_running_serve_can_quit(
    qapp: Any, console_settings: Settings, tmp_path: Path
) -> None:
    with serving(console_settings.database_url, tmp_path / "serve") as serve:

        async def scenario() -> None:
            console = Console(console_settings)
            start = asyncio.ensure_future(console.start())
            box = await start_dialog(console)
            QTest.mouseClick(box.quit, Qt.MouseButton.LeftButton)
            await asyncio.wait_for(start, 30)
            assert console.closed.is_set() and console.exit_status == 0
            assert console.window is None and console.database is None
            await console.shutdown()

        run_on_qasync(qapp, scenario)
        assert serve.poll() is None


@pytest.mark.isolated
def test_a_console_that_holds_the_file_refuses_a_serve_and_frees_it_when_closed(
    qapp: Any, console_settings: Settings, tmp_path: Path
) -> None:
    url = console_settings.database_url

    async def scenario() -> None:
        console = Console(console_settings)
        await console.start()
        try:
            assert console.window.listening.text().startswith("central system listening on ws://127.0.0.1:")
            refused = await asyncio.to_thread(
                chargedesk, tmp_path / "serve", "serve", "--db", url, "--host", "127.0.0.1", "--port", "0"
            )
            assert refused.returncode == 2
            assert (
                f"console.db is already used by the ChargeDesk console (pid {os.getpid()} on "
                in refused.stderr
            )
        finally:
            console.window.close()
            await console.shutdown()

    run_on_qasync(qapp, scenario)
    with serving(url, tmp_path / "serve") as serve:  # closed, the console let go of the file
        assert serve.poll() is None


@pytest.mark.isolated
def test_a_shared_database_behind_shows_the_command_and_quits(
    qapp: Any, console_settings: Settings, pg_cluster: Any, tmp_path: Path
) -> None:
    name = f"console_behind_{os.getpid()}"
    url = pg_cluster.create_database(name)
    upgrade(url, "0007")
    settings = dataclasses.replace(console_settings, database_url=url)
    expected = f"chargedesk db upgrade --db postgresql://postgres@127.0.0.1:{pg_cluster.port}/{name}"
    copied: list[str] = []

    async def scenario() -> None:
        console = Console(settings)
        start = asyncio.ensure_future(console.start())
        dialog = await start_dialog(console)
        assert isinstance(dialog, RefusedDialog) and console.window is None
        assert dialog.message.text() == (
            f"The database at PostgreSQL 127.0.0.1:{pg_cluster.port}/{name} is at revision 0007, this ChargeDesk "
            f"needs {HEAD_REVISION}: run `{expected}` on one machine (it makes a pg_dump first)."
        )
        assert dialog.command.text() == expected and dialog.command.isReadOnly()
        QTest.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
        copied.append(QApplication.clipboard().text())
        assert dialog.copy.text() == "Copied"
        QTest.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)
        await asyncio.wait_for(start, 30)
        assert console.closed.is_set() and console.exit_status == 2 and console.window is None
        await console.shutdown()

    run_on_qasync(qapp, scenario)
    assert copied == [expected]
    done = chargedesk(tmp_path / "data", *shlex.split(copied[0])[1:])  # the operator pastes it in a terminal
    assert done.returncode == 0, done.stderr
    engine = make_engine(url)
    try:
        assert current_revision(engine) == HEAD_REVISION
    finally:
        engine.dispose()
