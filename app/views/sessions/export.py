"""A sessions export of the Sessions page: the service's exporter (:meth:`SessionsService.export`, the one
sessions exporter the command line uses too) on a worker thread of its own, with progress, cancel, and what went
wrong said in words."""

from __future__ import annotations

import errno
import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.services.i18n import translate
from app.services.reports.sessions import SessionQuery, SessionsService
from app.services.validation import FormError
from app.views.shell.workers import DbWorker

log = logging.getLogger(__name__)


class ExportTask(QObject):
    """One export on its own worker: ``progress(rows)``, then ``done(rows)``, ``cancelled()`` or
    ``failed(message)``."""

    progress = Signal(int)
    done = Signal(int)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, sessions: SessionsService, query: SessionQuery, path: Path, fmt: str) -> None:
        super().__init__()
        self.path = path
        self.fmt = fmt
        self._sessions = sessions
        self._query = query
        self._cancel = threading.Event()
        self._worker = DbWorker("sessions-export", lifo=False, max_pending=1)
        self._worker.finished.connect(self._finished)
        self._started = False
        self._ended = threading.Event()

    def start(self) -> None:
        self._started = True
        self._worker.submit("export", self._run)

    def cancel(self) -> None:
        self._cancel.set()

    def running(self) -> bool:
        return self._started and not self._ended.is_set()

    def wait(self, timeout: float | None = None) -> None:
        """Until the export has ended (at most ``timeout`` seconds); the worker's thread ends with it."""
        if self._started:
            self._ended.wait(timeout)
        self._worker.close(timeout=0 if timeout is None else timeout)

    def _run(self) -> int | None:
        """(worker thread)"""
        try:
            return self._sessions.export(
                self._query,
                self.path,
                self.fmt,  # type: ignore[arg-type]
                progress=self._report,
                cancelled=self._cancel.is_set,
            )
        finally:
            self._ended.set()

    def _report(self, rows: int) -> None:
        try:
            self.progress.emit(rows)
        except RuntimeError:  # the page is gone
            pass

    def _finished(self, _key: Any, result: int | None, error: Exception | None) -> None:
        if error is not None:
            log.warning("export to %s failed: %s", self.path, error)
            self.failed.emit(export_error_text(error, self.path))
        elif result is None:
            self.cancelled.emit()
        else:
            self.done.emit(result)


def export_error_text(e: BaseException, path: Path) -> str:
    """What went wrong, and what to do about it."""
    if isinstance(e, FormError):
        return " ".join(e.problems.values())
    if isinstance(e, OSError):
        where = path.parent
        if e.errno == errno.ENOSPC:
            return translate(
                "SessionsExport",
                "the disk holding {folder} is full. Free some space or choose another place.",
            ).format(folder=where)
        if e.errno == errno.EDQUOT:
            return translate(
                "SessionsExport",
                "your disk quota on {folder} is used up. Free some space or choose another place.",
            ).format(folder=where)
        if e.errno in (errno.EACCES, errno.EPERM):
            return translate(
                "SessionsExport",
                "permission denied: you may not write to {folder}. Choose a folder you can write to.",
            ).format(folder=where)
        if e.errno == errno.EROFS:
            return translate(
                "SessionsExport", "{folder} is on a read-only disk. Choose another place."
            ).format(folder=where)
        if e.errno == errno.ENOENT:
            return translate(
                "SessionsExport", "the folder {folder} does not exist (any more). Choose another place."
            ).format(folder=where)
        return f"{e.strerror or e} ({where})."
    text = str(e)
    return text[:1].upper() + text[1:] if text else type(e).__name__


__all__ = ["ExportTask", "export_error_text"]
