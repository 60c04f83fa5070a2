"""A database-reading thread for a page: the GUI thread hands it reads and gets the results back as a signal, so no
query runs on the GUI thread (which the central system shares)."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Dropped(Exception):
    """A queued read was dropped for newer ones (the user scrolled on)."""


# --- worker thread -----------------------------------------------------------------------------------------


class DbWorker(QObject):
    """Runs database reads on one thread, in order (``lifo=False``) or newest first; each result comes back
    as :attr:`finished` ``(key, result, error)`` on the GUI thread. A job with the key of a pending one
    replaces it; beyond ``max_pending`` the oldest pending job is dropped (reported with :class:`Dropped`)."""

    finished = Signal(object, object, object)

    def __init__(self, name: str, *, lifo: bool = True, max_pending: int = 24) -> None:
        super().__init__()  # no parent: the thread holds a reference, so this object outlives its last emit
        self._lifo = lifo
        self._max_pending = max_pending
        self._cv = threading.Condition()
        self._jobs: OrderedDict[Hashable, Callable[[], Any]] = OrderedDict()
        self._running: Hashable | None = None
        self._cancel_running: Callable[[], None] | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def set_canceller(self, cancel: Callable[[], None] | None) -> None:
        """Called by the running job: how to stop it early (interrupt its database statement)."""
        with self._cv:
            self._cancel_running = cancel

    def submit(self, key: Hashable, fn: Callable[[], Any]) -> None:
        dropped = []
        with self._cv:
            if self._closed:
                return
            self._jobs.pop(key, None)
            self._jobs[key] = fn
            while len(self._jobs) > self._max_pending:
                dropped.append(self._jobs.popitem(last=False)[0])
            self._cv.notify()
        for key in dropped:
            self.finished.emit(key, None, Dropped())

    def discard(self, stale: Callable[[Hashable], bool]) -> None:
        """Forget pending jobs whose key is ``stale`` (a filter changed before they ran), and interrupt the
        running one if it is stale too (its result would be thrown away)."""
        cancel = None
        with self._cv:
            for key in [k for k in self._jobs if stale(k)]:
                del self._jobs[key]
            if self._running is not None and stale(self._running):
                cancel, self._cancel_running = self._cancel_running, None
        if cancel is not None:
            try:
                cancel()
            except Exception:  # the statement may have finished meanwhile
                log.debug("could not interrupt a stale read", exc_info=True)

    def idle(self) -> bool:
        with self._cv:
            return not self._jobs and self._running is None

    def close(self, timeout: float = 5.0) -> None:
        with self._cv:
            self._closed = True
            self._jobs.clear()
            self._cv.notify_all()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cv:
                while not self._jobs and not self._closed:
                    self._cv.wait()
                if self._closed:
                    return
                key, fn = self._jobs.popitem(last=self._lifo)
                self._running = key
            try:
                result, error = fn(), None
            except Exception as e:  # reported to the page, which says what went wrong
                result, error = None, e
            with self._cv:
                self._running = None
                self._cancel_running = None
                if self._closed:
                    return
            try:
                self.finished.emit(key, result, error)
            except RuntimeError:  # the application is going away
                return


__all__ = ["DbWorker", "Dropped"]
