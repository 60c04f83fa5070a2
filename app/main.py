"""Composition root of the console: QApplication, the qasync loop, the database, the central system and the
main window; a global excepthook and a staged shutdown (window closed → central system stopped → tasks
cancelled and awaited → database disposed)."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from app.config import Settings

log = logging.getLogger(__name__)


def _prepare_environment() -> None:
    os.environ.setdefault("QT_API", "pyside6")
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    # QtWebEngine's sandbox cannot run as root or in most containers; the map needs the flag there (Windows has
    # no geteuid: the Windows build's sandbox is Chromium's own)
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if (as_root or os.path.exists("/.dockerenv")) and "--no-sandbox" not in flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (flags + " --no-sandbox").strip()


ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _set_identity(app: Any) -> None:
    """The window icon (resources/icons, as the desktop entry's) and the desktop entry's name, which Wayland and
    the task bar use to match the window to its launcher and icon."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(ICONS / f"chargedesk-{size}.png"))
    app.setWindowIcon(icon)
    app.setDesktopFileName("chargedesk")


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log unexpected errors and tell the operator, instead of killing the process silently."""
    text = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception:\n%s", text)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "ChargeDesk: unexpected error",
                f"{exc_type.__name__}: {exc}\n\nThe details were written to the log.",
            )
            box.setDetailedText(text)
            box.setModal(False)
            box.show()
    except Exception:  # pragma: no cover - last resort
        pass


# The GUI thread runs the window and the central system's loop; the store writer's thread runs each batch's Python
# (SQLAlchemy, the rules) between its SQLite calls. When both want the GIL, the holder keeps it for up to the switch
# interval (5 ms by default) before it is asked to let go: every message the loop handles could wait that long
# behind a batch. Measured (closed loop, 100 chargers, alternating): 0.5 ms, +5% calls/s.
SWITCH_INTERVAL_S = 0.0005


def run_console(settings: Settings, *, cli_db: str | None = None, argv: list[str] | None = None) -> int:
    # Start-up imports Qt, SQLAlchemy, the models, the ocpp package and every page: hundreds of thousands of
    # objects that live as long as the process and no garbage, yet each pass of the cyclic GC walks them all
    # again. Paused until the window is shown, then what start-up built is frozen out of its reach (as serve does).
    gc.disable()
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from app.views.shell import preferences
    from app.views.shell.event_loop import ConsoleEventLoop
    from app.views.shell.language import chosen_language, install_language

    QCoreApplication.setOrganizationName("ChargeDesk")
    QCoreApplication.setApplicationName("ChargeDesk")
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    _set_identity(app)
    language = chosen_language()  # Settings' choice, else the system's (before any window builds its texts)
    log.info(
        "language %s: %s", language, ", ".join(p.name for p in install_language(language)) or "no catalogue"
    )
    loop = ConsoleEventLoop(app)  # qasync's, with a cheaper call_soon (see app/views/shell/event_loop.py)
    asyncio.set_event_loop(loop)
    sys.excepthook = _excepthook
    loop.set_exception_handler(_loop_exception_handler)
    console = Console(preferences.apply(settings, cli_db=cli_db), on_started=_end_of_start_up)
    # Ctrl+C in the terminal or SIGTERM from the session: close the window, i.e. the staged shutdown
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda _signum, _frame: loop.call_soon_threadsafe(console.request_close))
    with loop:
        return loop.run_until_complete(console.run())


LATE_FREEZE_S = 1.0  # after the first paint: what the pages loaded in the background (the Dashboard's tiles)


def _end_of_start_up() -> None:
    """The window is shown and the central system listens: collect start-up's garbage once, freeze the rest (the
    collector skips it from now on) and let the GC run again; once more a second later, for what the pages built
    in the background (about 300,000 objects with 500 stations: otherwise each full collection walks them all
    again, and with 2,000 chargers connected a full pass stopped the loop for ~300 ms)."""
    _freeze_start_up_objects()
    gc.enable()
    asyncio.get_running_loop().call_later(LATE_FREEZE_S, _freeze_start_up_objects)


def _freeze_start_up_objects() -> None:
    gc.collect()
    gc.freeze()


def _loop_exception_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    if exc is not None:
        _excepthook(type(exc), exc, exc.__traceback__)
    else:
        log.error("event loop: %s", context.get("message"))


class Console:
    """Owns the database, the central system and the window for one run of the console."""

    def __init__(
        self, settings: Settings, *, on_started: Callable[[], None] | None = None, principal: Any = None
    ) -> None:
        """``on_started`` runs on the loop once the window is shown (or the start failed), after the first
        paint. ``principal`` (a :class:`~app.services.roles.Principal`): who is at the console when the caller
        established it already (a test, a child process that logged in otherwise); None asks as configured."""
        self.settings = settings
        self.on_started = on_started
        self.principal = principal
        self.database: Any = None
        self.central: Any = None
        self.window: Any = None
        self.site: Any = None  # the SiteHost of a console that hosts on PostgreSQL
        self.role = "host"
        self.holding: Any = None  # the SQLite holder lock, while this console runs the file's central system
        self.start_dialog: Any = None  # the question or refusal shown before the window (tests answer it)
        self.exit_status = 0
        self.login_dialog: Any = None  # while the log-in (or first manager) dialog is open
        self.first_start_dialog: Any = None  # while the first-start set-up is open (an empty database)
        self.not_set_up = False  # the set-up was cancelled: the window says what to do next
        self.closed = asyncio.Event()

    async def start(self) -> None:
        from PySide6.QtWidgets import QApplication

        from app.services.api import AppServices
        from app.services.central.system import CentralSystem, join_site_bus
        from app.services.store import DATABASE_REFUSED, open_database
        from app.views.shell.main_window import MainWindow

        # the loop must outlive the window: shutdown() runs after the last window closed
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)

        held = await self._hold_database()
        if held is False:
            self._quit(0)
            return
        try:
            self.database = open_database(self.settings.database_url, migrate=True)
        except DATABASE_REFUSED as e:
            from app.views.shell.start_dialogs import RefusedDialog

            self.start_dialog = RefusedDialog(str(e), getattr(e, "command", None))
            await self.start_dialog.show_and_wait()
            self._quit(2)
            return
        # on a shared PostgreSQL database one host holds the chargers; this console runs it or attaches to it
        if self.database.backend == "postgresql":  # (the bus, psycopg included, is imported only for it)
            from app.services.central.site_bus import RemoteCentral, choose_role

            self.role = choose_role(self.database, self.settings.central.role)
        if self.role == "attach":
            self.central = RemoteCentral(self.database)
        else:
            self.central = CentralSystem(self.database, self.settings.central)
        services = AppServices.local(self.database, self.central, principal=self.principal)  # what pages call
        if not await self._before_window(services):
            services.close()
            self.closed.set()  # nobody logged in, or a signal during the set-up: the console closes
            return
        if self.role == "attach":  # the host's requests table names the operator who asked
            store = services.store
            self.central.client.operator = lambda: f"{store.principal.username}@{store.principal.machine}"
        self.window = MainWindow(self.database, self.central, self.settings, services=services)
        self.window.closing.connect(self.closed.set)
        self.window.show()
        if self.not_set_up:
            self.window.not_set_up()
        if isinstance(held, str):
            self.window.central_system_not_here(held)
            return
        await self.window.start_central_system()
        if self.role == "attach":
            self.central.on_config_changed(self.window.configuration_changed)
        elif self.central.started:
            try:
                self.site = await join_site_bus(self.central, self.database, program="console")
            except Exception as e:  # the chargers here still work; attached consoles do not see them
                log.error("the site bus could not start: %s", e)
                self.window.site_bus_failed(str(e))
            else:
                if self.site is not None:
                    self.site.on_config_changed(self.window.configuration_changed)

    async def _hold_database(self) -> bool | str:
        """Hold a SQLite file for this console's central system (before its port opens). Held by another process:
        the operator chooses to open without a central system (returns the reason to show) or to quit (False)."""
        from app.services.central.holder import (
            FileHeld,
            HolderLockError,
            held_reason,
            hold_central_system,
            refusal,
        )
        from app.views.shell.start_dialogs import HeldDialog

        try:
            self.holding = hold_central_system(self.settings.database_url, "console")
        except HolderLockError as e:
            text = refusal(e, "console")
            log.info("%s", text)
            self.start_dialog = HeldDialog(text, by_another=isinstance(e, FileHeld))
            if not await self.start_dialog.ask():
                return False
            return held_reason(e)
        return True

    def _quit(self, status: int) -> None:
        self.exit_status = status
        self.closed.set()

    async def log_in(self, services: Any) -> bool:
        """On a database that requires it (PostgreSQL always, SQLite when switched on), who is at the console:
        the log-in dialog, or the first manager's account when the database has no operator yet. False when the
        person cancelled. Without a log-in the console is the computer's user (an implicit manager)."""
        from PySide6.QtWidgets import QDialog

        from app.views.shell.login import LoginDialog, OperatorForm

        operators = services.operators
        if not operators.login_required():
            return True
        services.store.principal = operators.nobody()
        dialog: QDialog = (
            LoginDialog(operators) if operators.has_operators() else OperatorForm(operators, first=True)
        )
        self.login_dialog = dialog
        try:
            return await self._answer(dialog)
        finally:
            self.login_dialog = None
            dialog.deleteLater()

    async def _before_window(self, services: Any) -> bool:
        """Who is at the console (unless the caller said), then the first start's set-up of an empty database.
        False when the console closes instead."""
        if self.principal is None and not await self.log_in(services):
            return False
        return await self.first_start(services)

    async def first_start(self, services: Any) -> bool:
        """An empty database (no site): the guided set-up before the main window (site, first tariff, unknown
        chargers, the addresses chargers use). Cancel saves nothing; the console then says what to do next.
        False when the console is closing (a signal during the set-up)."""
        import dataclasses

        from app.services.central.addresses import central_addresses
        from app.views.first_start.wizard import FirstStartWizard, cancelled_text, needs_first_start
        from app.views.shell import preferences

        if not needs_first_start(services):
            return True
        central = self.settings.central
        attached = self.role == "attach"
        wizard = FirstStartWizard(
            services.catalog,
            central_addresses(self.central, central),
            policy=central.unknown_charger_policy,
            attached=attached,
        )
        self.first_start_dialog = wizard
        try:
            accepted = await self._answer(wizard)
        finally:
            self.first_start_dialog = None
            wizard.deleteLater()
        if not accepted:
            self.not_set_up = True
            log.info("%s", cancelled_text())
            return not self.closed.is_set()
        policy = wizard.policy()
        if not attached and policy != central.unknown_charger_policy:
            preferences.save_central(unknown_charger_policy=policy)
            self.settings = dataclasses.replace(
                self.settings, central=dataclasses.replace(central, unknown_charger_policy=policy)
            )
            self.central.set_unknown_charger_policy(policy)
        return True

    async def _answer(self, dialog: Any) -> bool:
        """Open ``dialog`` (never exec() in a coroutine) and wait for it: True when accepted."""
        from PySide6.QtWidgets import QDialog

        answered: asyncio.Future[int] = asyncio.get_running_loop().create_future()

        def finished(result: int) -> None:
            if not answered.done():
                answered.set_result(result)

        dialog.finished.connect(finished)
        dialog.open()
        return await answered == QDialog.DialogCode.Accepted

    def request_close(self) -> None:
        if self.start_dialog is not None and self.start_dialog.isVisible():
            self.start_dialog.reject()  # a question before the window: as Quit
        if self.first_start_dialog is not None:
            self.first_start_dialog.reject()  # Ctrl+C / SIGTERM during the set-up: nothing saved
        if self.login_dialog is not None:
            self.login_dialog.reject()  # Ctrl+C / SIGTERM at the log-in: nobody logged in, the console closes
        elif self.window is not None:
            self.window.close_for_signal(
                "Ctrl+C / SIGTERM"
            )  # no question asked: see MainWindow.close_for_signal
        else:
            self.closed.set()

    async def shutdown(self) -> None:
        """Staged: virtual chargers end their sessions properly, the central system stops accepting chargers and
        flushes their work, then what is left is cancelled, then the DB."""
        from app.services.chargers.virtual_fleet import fleet as virtual_fleet

        await virtual_fleet().stop_all(timeout=5.0)
        if self.site is not None:
            await self.site.stop()
        if self.central is not None and self.central.started:
            await self.central.stop()
        current = asyncio.current_task()
        pending = [t for t in asyncio.all_tasks() if t is not current and not t.done()]
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if self.database is not None:
            self.database.dispose()
        if self.holding is not None:
            self.holding.release()

    async def run(self) -> int:
        try:
            try:
                await self.start()
            finally:
                if self.on_started is not None:
                    asyncio.get_running_loop().call_soon(self.on_started)
            await self.closed.wait()
        finally:
            await self.shutdown()
        return self.exit_status
