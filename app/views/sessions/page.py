"""Sessions: every charging session, filtered by period, site, station, user and status, with totals, a
detail view, and exports to CSV and XLSX.

The table is served by :class:`SessionsModel`, a windowed model over :mod:`app.services.reports.sessions`: it knows the
number of matching sessions (for the scroll bar) and holds only the pages that were looked at, fetched on a
worker thread with keyset pagination, so a million stored sessions open as fast as a hundred and nothing slow
runs on the GUI thread (which the central system shares). Live events change only the row they are about;
a new session appears at the top when the period includes today.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import errno
import functools
import logging
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QStandardPaths,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QDesktopServices, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.reports import sessions as svc
from app.services.reports.sessions import (
    PRESET_LABELS,
    FilterOptions,
    Option,
    Preset,
    SessionQuery,
    SessionRow,
    StatusFilter,
    Totals,
)
from app.services.validation import FormError
from app.views.sessions.detail import SessionDetailDialog, duration_text, flag_text
from app.views.shell.workers import DbWorker, Dropped

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ERROR_CSS = "border: 1px solid #c63b3b; background: #fff5f5;"
ACTIVE_COLOUR = QColor("#1f5fbf")
FLAG_COLOUR = QColor("#9a6b00")
REFUSED_COLOUR = QColor("#b02a2a")
MAX_CACHED_ROWS = 6_000  # rows kept in memory; pages far from where the user looks are dropped
XLSX_LIMIT = 1_048_576 - 3  # Excel's sheet: header and a totals row or two
STARTS_BATCH_MS = 250  # sessions started within this time are read and inserted together
MAX_MISSED = 500  # live changes noted while the list is not on screen; beyond, it is read again when shown


def _fetch_rows(session: Any, query: SessionQuery, ids: tuple[int, ...]) -> list[SessionRow]:
    """(worker thread) The rows of the sessions ``ids`` that match ``query``, in the order of ``ids``."""
    return [r for r in (svc.fetch_row(session, query, i) for i in ids) if r is not None]


class ExportTask(QObject):
    """One export on its own thread: ``progress(rows)``, then ``done(rows)``, ``cancelled()`` or
    ``failed(message)``."""

    progress = Signal(int)
    done = Signal(int)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, database: Any, query: SessionQuery, path: Path, fmt: str) -> None:
        super().__init__()
        self.path = path
        self.fmt = fmt
        self._database = database
        self._query = query
        self._cancel = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sessions-export", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancel.set()

    def running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            with self._database.session() as s:
                n = svc.export_filtered(
                    s,
                    self._query,
                    self.path,
                    self.fmt,  # type: ignore[arg-type]
                    progress=self.progress.emit,
                    cancelled=self._cancel.is_set,
                )
        except svc.ExportCancelled:
            self._emit(self.cancelled)
        except Exception as e:
            log.warning("export to %s failed: %s", self.path, e)
            self._emit(self.failed, export_error_text(e, self.path))
        else:
            self._emit(self.done, n)

    def _emit(self, signal: Any, *args: Any) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            pass


def export_error_text(e: BaseException, path: Path) -> str:
    """What went wrong, and what to do about it."""
    if isinstance(e, FormError):
        return " ".join(e.problems.values())
    if isinstance(e, OSError):
        where = path.parent
        if e.errno == errno.ENOSPC:
            return f"the disk holding {where} is full. Free some space or choose another place."
        if e.errno == errno.EDQUOT:
            return f"your disk quota on {where} is used up. Free some space or choose another place."
        if e.errno in (errno.EACCES, errno.EPERM):
            return f"permission denied: you may not write to {where}. Choose a folder you can write to."
        if e.errno == errno.EROFS:
            return f"{where} is on a read-only disk. Choose another place."
        if e.errno == errno.ENOENT:
            return f"the folder {where} does not exist (any more). Choose another place."
        return f"{e.strerror or e} ({where})."
    text = str(e)
    return text[:1].upper() + text[1:] if text else type(e).__name__


def _canceller(raw: Any) -> Callable[[], None] | None:
    """How to stop a statement running on this DBAPI connection from another thread."""
    if hasattr(raw, "interrupt"):  # sqlite3
        return raw.interrupt  # type: ignore[no-any-return]
    if hasattr(raw, "cancel"):  # psycopg
        return raw.cancel  # type: ignore[no-any-return]
    return None


@functools.cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- the table model ---------------------------------------------------------------------------------------


COLUMNS: list[tuple[str, str]] = [
    ("start", "Start"),
    ("stop", "Stop"),
    ("station", "Station"),
    ("connector", "Conn."),
    ("user", "User"),
    ("tag", "Tag"),
    ("energy", "kWh"),
    ("max_kw", "Max kW"),
    ("duration", "Duration"),
    ("price", "Price"),
    ("currency", "Cur."),
    ("status", "Status"),
    ("auth", "Auth."),
]
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
NUMERIC = {COL["connector"], COL["energy"], COL["max_kw"], COL["duration"], COL["price"]}
HEADER_TIPS = {
    "start": "When the session started, in the site's local time. Click to reverse the order.",
    "stop": "When it stopped (the time only when on the same day)",
    "connector": "Connector (outlet) number",
    "tag": "The RFID tag (idTag) presented",
    "energy": "Energy delivered (live while charging)",
    "max_kw": "Highest power measured",
    "price": "Price including VAT",
    "status": "Active, completed, and whether the central system flagged something",
    "auth": "The authorization answer; hover for the reason",
}
SESSION_ID_ROLE = int(Qt.ItemDataRole.UserRole)
ROW_ROLE = SESSION_ID_ROLE + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ALIGNMENT = tuple(_RIGHT if i in NUMERIC else _LEFT for i in range(len(COLUMNS)))
STATUS_COLUMN = COL["status"]
LIVE_KEYS = frozenset(("energy", "max_kw", "duration"))


class SessionsModel(QAbstractTableModel):
    """A window onto the matching sessions: :meth:`rowCount` is the number of matches, rows are fetched a page
    at a time when the view asks for them, on a worker thread.

    Signals: ``count_changed(n)`` when the number of matches is known, ``totals_changed(Totals | None)``
    (None while computing), ``page_loaded(first_row)``, ``failed(message)``, ``outdated(difference)`` when
    a recount finds sessions no live event announced.
    """

    count_changed = Signal(int)
    totals_changed = Signal(object)
    page_loaded = Signal(int)
    failed = Signal(str)
    outdated = Signal(int)  # sessions came (or went) that no event announced: how many more there are now

    def __init__(
        self,
        database: Any,
        parent: QObject | None = None,
        *,
        page_size: int = svc.PAGE_SIZE,
        max_cached_rows: int = MAX_CACHED_ROWS,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.page_size = page_size
        self.max_cached_rows = max(max_cached_rows, 3 * page_size)
        self.query: SessionQuery | None = None
        self.timezone = "UTC"  # the page's zone: "today" for live sessions
        self.count: int | None = None
        self.totals: Totals | None = None
        self._gen = 0
        self._version = 0  # live changes that shift rows
        self._shown = 0
        self._rows: dict[int, SessionRow] = {}
        self._where: dict[int, int] = {}
        self._texts: dict[int, tuple[str, ...]] = {}  # display texts by session id (settled rows)
        self._sorted: list[int] | None = None
        self._pending: set[int] = set()
        self._focus_page = 0
        self._live: dict[int, tuple[float | None, float | None, float | None]] = {}
        # live events: sessions started are read in batches (one read and one insert for all that started within
        # STARTS_BATCH_MS); while the list is not on screen (``on_screen()`` false) nothing is read, what it
        # misses is noted (bounded) and caught up when shown (:meth:`catch_up`)
        self.on_screen: Callable[[], bool] = lambda: True
        self._starts: list[int] = []
        self._starts_busy = False
        self._starts_timer = QTimer(self)
        self._starts_timer.setSingleShot(True)
        self._starts_timer.setInterval(STARTS_BATCH_MS)
        self._starts_timer.timeout.connect(self._read_starts)
        self._missed_stops: set[int] = set()
        self._missed_overflow = False
        self._missed_tick = False
        self._pages = DbWorker("sessions-pages", lifo=True)
        self._counts = DbWorker("sessions-count", lifo=True)  # the scroll bar never waits for the totals
        self._aggregates = DbWorker("sessions-totals", lifo=True)
        for worker in (self._pages, self._counts, self._aggregates):
            worker.finished.connect(self._finished)
        self._totals_timer = QTimer(self)
        self._totals_timer.setSingleShot(True)
        self._totals_timer.setInterval(1500)
        self._totals_timer.timeout.connect(self._refresh_totals)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(800)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(30_000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    # --- lifecycle -----------------------------------------------------------------------------------

    def set_query(self, query: SessionQuery, timezone: str | None = None) -> None:
        """Show the sessions of ``query``: the first page and the count are fetched at once, the totals next."""
        if timezone:
            self.timezone = timezone
        self.beginResetModel()
        self.query = query
        self._gen += 1
        gen = self._gen
        for worker in (self._pages, self._counts, self._aggregates):
            worker.discard(lambda k: k[1] != gen)  # type: ignore[index]
        self.count = None
        self.totals = None
        self._shown = 0
        self._rows.clear()
        self._where.clear()
        self._texts.clear()
        self._sorted = None
        self._pending.clear()
        self._focus_page = 0
        self.endResetModel()
        self._need(0)
        self._counts.submit(
            ("count", gen, self._version),
            functools.partial(self._read, svc.count_sessions, query, worker=self._counts),
        )
        self._aggregates.submit(
            ("totals", gen, self._version),
            functools.partial(self._read, svc.session_totals, query, worker=self._aggregates),
        )
        self.totals_changed.emit(None)

    def refresh(self) -> None:
        """Read everything again (after changes the live events cannot place)."""
        self._starts.clear()
        self._missed_stops.clear()
        self._missed_overflow = False
        if self.query is not None:
            self.set_query(self.query)

    def close(self) -> None:
        self._clock.stop()
        self._starts_timer.stop()
        self._totals_timer.stop()
        self._refresh_timer.stop()
        for worker in (self._pages, self._counts, self._aggregates):
            worker.close()

    def idle(self) -> bool:
        """No read pending or running (for tests and the benchmark)."""
        return (
            self._pages.idle()
            and self._counts.idle()
            and self._aggregates.idle()
            and not self._pending
            and not self._starts
            and not self._starts_busy
        )

    def cached_rows(self) -> int:
        return len(self._rows)

    def row_at(self, row: int) -> SessionRow | None:
        return self._rows.get(row)

    def row_of(self, session_id: int) -> int | None:
        return self._where.get(session_id)

    def live(self, session_id: int) -> tuple[float | None, float | None, float | None] | None:
        return self._live.get(session_id)

    def _read(self, fn: Callable[..., Any], *args: Any, worker: DbWorker | None = None, **kw: Any) -> Any:
        """``fn(session, *args)`` in a session of its own (on a worker thread). With ``worker``, the statement
        can be interrupted when a newer filter makes its result useless (a million-row total)."""
        with self.database.session() as s:
            if worker is None:
                return fn(s, *args, **kw)
            worker.set_canceller(_canceller(s.connection().connection.dbapi_connection))
            try:
                return fn(s, *args, **kw)
            finally:
                worker.set_canceller(None)

    # --- Qt model API --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802 (Qt API)
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, label = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(key)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # called for every role of every visible cell on every paint: plain ints and lookups only
        if role == DISPLAY:
            r = index.row()
            row = self._rows.get(r)
            if row is None:
                if r >= 0:
                    self._need(r // self.page_size)
                return "…" if index.column() == 0 else ""
            texts = self._texts.get(row.id)
            if texts is None:
                texts = self._texts[row.id] = tuple(self._text(row, key) for key, _ in COLUMNS)
            return texts[index.column()]
        if role == ALIGN:
            return ALIGNMENT[index.column()]
        if role == FOREGROUND:
            row = self._rows.get(index.row())
            if row is None:
                return None
            key = COLUMNS[index.column()][0]
            if key == "status":
                return FLAG_COLOUR if row.flags else (ACTIVE_COLOUR if row.active else None)
            if key == "auth":
                return None if row.auth_status in ("", "Accepted") else REFUSED_COLOUR
            return ACTIVE_COLOUR if row.active and key in LIVE_KEYS else None
        if role == FONT:
            if index.column() == STATUS_COLUMN:
                row = self._rows.get(index.row())
                return _bold() if row is not None and row.active else None
            return None
        if role == TOOLTIP:
            row = self._rows.get(index.row())
            return None if row is None else self._tip(row, COLUMNS[index.column()][0])
        if role == SESSION_ID_ROLE:
            row = self._rows.get(index.row())
            return None if row is None else row.id
        if role == ROW_ROLE:
            return self._rows.get(index.row())
        return None

    def _energy(self, row: SessionRow) -> float | None:
        live = self._live.get(row.id) if row.active else None
        if live is not None and live[0] is not None:
            return live[0]
        return row.energy_wh

    def _max_power(self, row: SessionRow) -> float | None:
        live = self._live.get(row.id) if row.active else None
        values = [v for v in (row.max_power_w, live[2] if live else None) if v is not None]
        return max(values) if values else None

    def _text(self, row: SessionRow, key: str) -> str:
        if key == "start":
            return row.start_local.strftime("%Y-%m-%d %H:%M")
        if key == "stop":
            stop = row.stop_local
            if stop is None:
                return "—"
            return stop.strftime("%H:%M" if stop.date() == row.start_local.date() else "%Y-%m-%d %H:%M")
        if key == "station":
            return row.station or f"{row.charge_point_id} (no station)"
        if key == "connector":
            return str(row.connector_id)
        if key == "user":
            return row.user or "—"
        if key == "tag":
            return row.id_tag
        if key == "energy":
            wh = self._energy(row)
            return "" if wh is None else f"{wh / 1000:,.2f}"
        if key == "max_kw":
            w = self._max_power(row)
            return "" if w is None else f"{w / 1000:,.1f}"
        if key == "duration":
            end = row.stop_at or dt.datetime.now(dt.UTC)
            return duration_text(end - row.start_at)
        if key == "price":
            return "" if row.price_total is None else f"{row.price_total:,.2f}"
        if key == "currency":
            return row.currency if row.price_total is not None else ""
        if key == "status":
            text = "Active" if row.active else "Completed"
            return f"{text} · flagged" if row.flags else text
        if key == "auth":
            return row.auth_status
        return ""

    def _tip(self, row: SessionRow, key: str) -> str | None:
        if key in ("start", "stop"):
            moment = row.start_at if key == "start" else row.stop_at
            if moment is None:
                return "Still charging"
            return f"{moment.astimezone(row.zone):%Y-%m-%d %H:%M:%S} {row.timezone} · UTC {moment:%H:%M:%S}"
        if key == "station":
            return f"{row.charge_point_id} · {row.site or 'no site'}"
        if key == "status":
            lines = ["Charging now" if row.active else f"Stopped: {row.stop_reason or 'no reason given'}"]
            lines += [f"Flagged: {flag_text(f)}" for f in row.flag_list]
            return "\n".join(lines)
        if key == "auth":
            return row.decision_reason or row.auth_status
        if key == "price":
            return f"Tariff: {row.tariff}" if row.tariff else None
        if key == "user" and row.user is None:
            return "Nobody owns this tag"
        return None

    # --- pages -----------------------------------------------------------------------------------------

    def _anchors(self, start: int, end: int) -> list[tuple[int, svc.Key]]:
        if self._sorted is None:
            self._sorted = sorted(self._rows)
        keys = self._sorted
        out = []
        i = bisect.bisect_left(keys, start)
        if i > 0:
            out.append((keys[i - 1], self._rows[keys[i - 1]].key))
        j = bisect.bisect_left(keys, end)
        if j < len(keys):
            out.append((keys[j], self._rows[keys[j]].key))
        return out

    def _need(self, page: int) -> None:
        if self.query is None or page in self._pending or page < 0:
            return
        start = page * self.page_size
        if self.count is not None and start >= self.count:
            return
        self._pending.add(page)
        self._focus_page = page
        job = functools.partial(
            self._read,
            svc.fetch_window,
            self.query,
            start,
            self.page_size,
            anchors=self._anchors(start, start + self.page_size),
            count=self.count,
        )
        self._pages.submit(("page", self._gen, self._version, page), job)

    def _finished(self, key: Any, result: Any, error: BaseException | None) -> None:
        kind, gen = key[0], key[1]
        if kind == "starts" and (gen != self._gen or error is not None):
            self._starts_busy = False
            if isinstance(error, Dropped):  # pushed out by newer reads (scrolling): ask again
                self._starts[:0] = list(key[2])
                self._starts_timer.start()
        if gen != self._gen:
            return
        if kind == "page":
            self._page_done(key[2], key[3], result, error)
        elif isinstance(error, Dropped):
            return
        elif error is not None:
            log.warning("sessions: %s failed: %s", kind, error)
            self.failed.emit(f"Could not read the sessions: {error}")
        elif kind == "count":
            self._set_count(int(result))
        elif kind == "totals":
            self._totals_done(key[2], result)
        elif kind == "recount":
            self._recount_done(key[2], int(result))
        elif kind == "row":
            self._row_done(key[2], key[3], key[4], result)
        elif kind == "starts":
            self._starts_done(result)

    def _page_done(
        self, version: int, page: int, rows: list[SessionRow] | None, error: BaseException | None
    ) -> None:
        self._pending.discard(page)
        if isinstance(error, Dropped):
            return
        if error is not None:
            log.warning("sessions: page %s failed: %s", page, error)
            self.failed.emit(f"Could not read the sessions: {error}")
            return
        start = page * self.page_size
        if version != self._version:  # rows moved meanwhile: ask again for what is on screen
            self._changed(start, start + self.page_size - 1)
            return
        assert rows is not None
        if self.count is None and page == 0 and len(rows) > self._shown:
            self.beginInsertRows(ROOT, self._shown, len(rows) - 1)
            self._store(start, rows)
            self._shown = len(rows)
            self.endInsertRows()
        else:
            limit = self._shown - start
            self._store(start, rows[: max(0, limit)])
            self._changed(start, start + len(rows) - 1)
            if self.count is not None and len(rows) < min(self.page_size, self.count - start):
                self._refresh_timer.start()  # fewer rows than counted: sessions were deleted meanwhile
        self._evict()
        self.page_loaded.emit(start)

    def _store(self, start: int, rows: list[SessionRow]) -> None:
        for i, row in enumerate(rows):
            old = self._rows.get(start + i)
            if old is not None and self._where.get(old.id) == start + i:
                del self._where[old.id]
            self._rows[start + i] = row
            self._where[row.id] = start + i
            self._texts.pop(row.id, None)
        self._sorted = None

    def _evict(self) -> None:
        if len(self._rows) <= self.max_cached_rows:
            return
        pages = sorted(
            {i // self.page_size for i in self._rows}, key=lambda p: abs(p - self._focus_page), reverse=True
        )
        for page in pages:
            if len(self._rows) <= self.max_cached_rows - self.page_size:
                break
            if page == 0 or abs(page - self._focus_page) <= 1:
                continue
            for i in range(page * self.page_size, (page + 1) * self.page_size):
                row = self._rows.pop(i, None)
                if row is not None and self._where.get(row.id) == i:
                    del self._where[row.id]
                    self._texts.pop(row.id, None)
        self._sorted = None

    def _changed(self, first: int, last: int, columns: tuple[int, int] | None = None) -> None:
        last = min(last, self._shown - 1)
        if last < first:
            return
        lo, hi = columns or (0, len(COLUMNS) - 1)
        self.dataChanged.emit(self.index(first, lo), self.index(last, hi))

    def _set_count(self, n: int) -> None:
        self.count = n
        if n > self._shown:
            self.beginInsertRows(ROOT, self._shown, n - 1)
            self._shown = n
            self.endInsertRows()
        elif n < self._shown:
            self.beginRemoveRows(ROOT, n, self._shown - 1)
            for i in [i for i in self._rows if i >= n]:
                row = self._rows.pop(i)
                if self._where.get(row.id) == i:
                    del self._where[row.id]
                    self._texts.pop(row.id, None)
            self._sorted = None
            self._shown = n
            self.endRemoveRows()
        self.count_changed.emit(n)

    def _totals_done(self, version: int, totals: Totals) -> None:
        self.totals = totals
        self.totals_changed.emit(totals)
        if version == self._version and self.count is not None and totals.sessions != self.count:
            self._refresh_timer.start()  # sessions came or went that no live event placed

    def _refresh_totals(self) -> None:
        if self.query is not None:
            self._aggregates.submit(
                ("totals", self._gen, self._version),
                functools.partial(self._read, svc.session_totals, self.query, worker=self._aggregates),
            )

    def _tick(self) -> None:
        """Running sessions' durations move on; and when the period includes today, a recount notices
        sessions no event announced (another console's central system writing to the same database)."""
        if not self.on_screen():
            self._missed_tick = True
            return
        self._missed_tick = False
        col = COL["duration"]
        for i in list(self._where.values()):
            row = self._rows.get(i)
            if row is not None and row.active:
                self._texts.pop(row.id, None)
                self._changed(i, i, (col, col))
        if self.query is not None and self.count is not None and self.today_in_period():
            self._counts.submit(
                ("recount", self._gen, self._version),
                functools.partial(self._read, svc.count_sessions, self.query, worker=self._counts),
            )

    def _recount_done(self, version: int, n: int) -> None:
        if version == self._version and self.count is not None and n != self.count:
            self.outdated.emit(n - self.count)

    # --- live events -----------------------------------------------------------------------------------

    def today_in_period(self) -> bool:
        return self.query is not None and self.query.includes(svc.local_today(self.timezone))

    def session_started(self, e: Any) -> None:
        if self.query is None or not self.today_in_period():
            return
        self._starts.append(e.transaction_id)
        if (
            len(self._starts) > MAX_MISSED
        ):  # (not on screen for long on a busy site) read it all again on show
            self._starts.clear()
            self._missed_overflow = True
        if self.on_screen() and not self._starts_timer.isActive() and not self._starts_busy:
            self._starts_timer.start()

    def _read_starts(self) -> None:
        if not self._starts or self.query is None or self._starts_busy:
            return
        tids, self._starts = tuple(self._starts), []
        self._starts_busy = True
        self._pages.submit(
            ("starts", self._gen, tids), functools.partial(self._read, _fetch_rows, self.query, tids)
        )

    def _starts_done(self, rows: list[SessionRow]) -> None:
        self._starts_busy = False
        if self.query is not None:
            fresh = [r for r in rows if r.id not in self._where]
            if fresh:
                self._insert_many(fresh)
                self._totals_timer.start()
        if self._starts and self.on_screen():
            self._starts_timer.start()

    def catch_up(self) -> None:
        """The list is on screen again: place what happened meanwhile (or read it all again after much)."""
        if self.query is None:
            return
        if self._missed_overflow:
            self.refresh()
            return
        for tid in sorted(self._missed_stops):
            if tid in self._where:
                self._pages.submit(
                    ("row", self._gen, "stop", tid, None),
                    functools.partial(self._read, svc.fetch_row, self.query, tid),
                )
        if self._missed_stops:
            self._totals_timer.start()
        self._missed_stops.clear()
        if self._starts:
            self._read_starts()
        if self._missed_tick:
            self._tick()

    def session_updated(self, e: Any) -> None:
        tid = getattr(e, "transaction_id", None)
        if tid is None:
            return
        old = self._live.get(tid)
        peak = max((v for v in (old[2] if old else None, e.power_w) if v is not None), default=None)
        energy = e.energy_wh if e.energy_wh is not None else (old[0] if old else None)
        self._live[tid] = (energy, e.power_w, peak)
        self._texts.pop(tid, None)
        i = self._where.get(tid)
        if i is not None:
            self._changed(i, i, (COL["energy"], COL["duration"]))

    def session_stopped(self, e: Any) -> None:
        tid = e.transaction_id
        self._live.pop(tid, None)
        if self.query is None:
            return
        if not self.on_screen():
            if tid in self._where or self.query.status is not None:
                self._missed_stops.add(tid)
                if len(self._missed_stops) > MAX_MISSED:
                    self._missed_overflow = True
                    self._missed_stops.clear()
            return
        if tid in self._where:
            self._pages.submit(
                ("row", self._gen, "stop", tid, None),
                functools.partial(self._read, svc.fetch_row, self.query, tid),
            )
        elif self.query.status is not None:
            self._refresh_timer.start()  # a session may now belong to (or leave) a status-filtered list
        self._totals_timer.start()

    def _row_done(self, what: str, tid: int, _unused: Any, row: SessionRow | None) -> None:
        if what == "start":
            if row is None or tid in self._where or self.query is None:
                return
            self._insert_new(row)
            self._totals_timer.start()
            return
        i = self._where.get(tid)
        if row is None:
            if i is not None:
                self._refresh_timer.start()  # no longer matches (e.g. the active list): read it again
            return
        if i is not None:
            self._rows[i] = row
            self._texts.pop(row.id, None)
            self._changed(i, i)

    def _insert_new(self, row: SessionRow) -> None:
        self._insert_many([row])

    def _insert_many(self, rows: list[SessionRow]) -> None:
        """New sessions (oldest first) at the top (newest first) or the end: one insert for all."""
        assert self.query is not None
        k = len(rows)
        self._version += 1
        if self.query.newest_first:
            self.beginInsertRows(ROOT, 0, k - 1)
            shifted = {i + k: r for i, r in self._rows.items()}
            where = {sid: i + k for sid, i in self._where.items()}
            for i, row in enumerate(reversed(rows)):
                shifted[i] = row
                where[row.id] = i
            self._rows, self._where = shifted, where
            self._pending.clear()
        else:
            self.beginInsertRows(ROOT, self._shown, self._shown + k - 1)
            for i, row in enumerate(rows):
                self._rows[self._shown + i] = row
                self._where[row.id] = self._shown + i
        self._sorted = None
        self._shown += k
        if self.count is not None:
            self.count += k
        self.endInsertRows()
        if self.count is not None:
            self.count_changed.emit(self.count)


# --- searchable combo -------------------------------------------------------------------------------------


class SearchCombo(QComboBox):
    """A list to pick from, with type-to-search (matches anywhere in the name). The first entry means
    "all"; :attr:`chosen` is emitted with the chosen id (None for all) only for a valid choice.

    The names live in a :class:`QStringListModel` (set in one call, searched in C++): thousands of users
    fill and filter without a Python call per entry."""

    chosen = Signal(object)
    problem = Signal(str)

    def __init__(self, all_label: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_label = all_label
        self._names = QStringListModel([all_label], self)
        self._ids: list[int | None] = [None]
        self._rows: dict[int, int] = {}
        self.setModel(self._names)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.lineEdit().setPlaceholderText(placeholder)
        self.lineEdit().setClearButtonEnabled(True)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._value: int | None = None
        self.currentIndexChanged.connect(self._index_changed)
        self.lineEdit().editingFinished.connect(self._text_done)
        self.lineEdit().installEventFilter(self)
        self.error_text = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Typing over "All …" starts a search instead of appending to the label."""
        if watched is self.lineEdit() and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if text and text.isprintable() and self.lineEdit().text() == self.all_label:
                self.lineEdit().clear()
        elif watched is self.lineEdit() and event.type() == QEvent.Type.FocusIn:
            if self.lineEdit().text() == self.all_label:
                QTimer.singleShot(0, self.lineEdit().selectAll)
        return super().eventFilter(watched, event)

    def set_options(self, options: list[tuple[int, str]]) -> None:
        keep = self._value
        self.blockSignals(True)
        self._ids = [None, *(ident for ident, _ in options)]
        self._rows = {ident: i for i, ident in enumerate(self._ids) if ident is not None}
        self._names.setStringList([self.all_label, *(text for _, text in options)])
        self.setCurrentIndex(self._rows.get(keep, 0) if keep is not None else 0)
        self._value = self._ids[max(0, self.currentIndex())]
        self.blockSignals(False)

    def value(self) -> int | None:
        return self._value

    def id_at(self, index: int) -> int | None:
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_value(self, ident: int | None) -> None:
        found = 0 if ident is None else self._rows.get(ident, -1)
        if found >= 0:
            self.setCurrentIndex(found)

    def _index_changed(self, index: int) -> None:
        if index < 0:
            return
        value = self.id_at(index)
        self._mark("")
        if value != self._value:
            self._value = value
            self.chosen.emit(value)

    def _text_done(self) -> None:
        text = self.lineEdit().text().strip()
        if not text or text == self.all_label:
            if self.currentIndex() != 0:
                self.setCurrentIndex(0)
            elif self._value is not None:
                self._index_changed(0)
            self.lineEdit().setText(self.all_label)
            self._mark("")
            return
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            matches = self._names.match(
                self._names.index(1, 0), Qt.ItemDataRole.DisplayRole, text, 2, Qt.MatchFlag.MatchContains
            )
            found = matches[0].row() if len(matches) == 1 else -1
        if found >= 0:
            self.setCurrentIndex(found)
            self.lineEdit().setText(self.itemText(found))
            self._index_changed(found)
            return
        self._mark(
            f"No match for “{text}”: pick an entry from the list, or clear the field for "
            f"{self.all_label.lower()}."
        )

    def _mark(self, message: str) -> None:
        self.error_text = message
        self.setStyleSheet(f"QComboBox {{ {ERROR_CSS} }}" if message else "")
        self.setToolTip(message)
        self.problem.emit(message)


# --- the page ---------------------------------------------------------------------------------------------


class SessionsPage(QWidget):
    """The drivers' view: sessions by period, site, station, user and status; totals; detail; exports."""

    title = "Sessions"

    def __init__(self, database: Any, bridge: Any, central: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SessionsPage")
        self.database = database
        self.bridge = bridge
        self.central = central
        self.options = FilterOptions([], [], [])
        self.export_task: ExportTask | None = None
        self.detail_dialog: SessionDetailDialog | None = None
        self._file_dialog: QFileDialog | None = None
        self._closed = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)

        # filters, first line: when and what state
        line1 = QHBoxLayout()
        line1.addWidget(QLabel("Period"))
        self.preset = QComboBox()
        self.preset.setObjectName("PeriodPreset")
        for preset, label in PRESET_LABELS.items():
            self.preset.addItem(label, preset.value)
        self.preset.setToolTip(
            "Sessions are counted in the period of the day they started, in the site's local time"
        )
        line1.addWidget(self.preset)
        self.date_from = self._date_edit("From (inclusive)")
        self.date_to = self._date_edit("To (inclusive)")
        line1.addWidget(self.date_from)
        line1.addWidget(QLabel("–"))
        line1.addWidget(self.date_to)
        line1.addSpacing(16)
        line1.addWidget(QLabel("Status"))
        self.status = QComboBox()
        self.status.setObjectName("StatusFilter")
        self.status.addItem("Any status", None)
        self.status.addItem("Active (charging)", StatusFilter.ACTIVE.value)
        self.status.addItem("Completed", StatusFilter.COMPLETED.value)
        self.status.addItem("Flagged", StatusFilter.FLAGGED.value)
        self.status.setToolTip(
            "Flagged: the central system noted something about the session (a stop for a "
            "transaction it never saw, a charger clock that was off, a price it could not "
            "compute, …)"
        )
        line1.addWidget(self.status)
        line1.addStretch(1)
        self.reset_button = QPushButton("Reset filters")
        self.reset_button.setToolTip("This month, every site, station, user and status")
        line1.addWidget(self.reset_button)
        lay.addLayout(line1)

        # filters, second line: where and who
        line2 = QHBoxLayout()
        line2.addWidget(QLabel("Site"))
        self.site = QComboBox()
        self.site.setObjectName("SiteFilter")
        self.site.setMinimumContentsLength(14)
        line2.addWidget(self.site)
        line2.addSpacing(12)
        line2.addWidget(QLabel("Station"))
        self.station = SearchCombo("All stations", "Type to search stations")
        self.station.setObjectName("StationFilter")
        self.station.setMinimumContentsLength(22)
        line2.addWidget(self.station)
        line2.addSpacing(12)
        line2.addWidget(QLabel("User"))
        self.user = SearchCombo("All users", "Type to search users")
        self.user.setObjectName("UserFilter")
        self.user.setMinimumContentsLength(22)
        line2.addWidget(self.user)
        line2.addStretch(1)
        lay.addLayout(line2)

        self.filter_problem = QLabel("")
        self.filter_problem.setObjectName("FilterProblem")
        self.filter_problem.setStyleSheet("color:#b02a2a;")
        self.filter_problem.setWordWrap(True)
        self.filter_problem.hide()
        lay.addWidget(self.filter_problem)

        # totals and actions
        bar = QHBoxLayout()
        self.totals_label = QLabel("")
        self.totals_label.setObjectName("Totals")
        self.totals_label.setStyleSheet("font-size:11pt; font-weight:600;")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.totals_label, 1)
        self.detail_button = QPushButton("Details…")
        self.detail_button.setToolTip(
            "The selected session in full: reason, price by band, meter values (Enter)"
        )
        self.export_csv_button = QPushButton("Export CSV…")
        self.export_csv_button.setToolTip("Every session of the current filter as a CSV file (Ctrl+E)")
        self.export_xlsx_button = QPushButton("Export XLSX…")
        self.export_xlsx_button.setToolTip(
            "Every session of the current filter as an Excel workbook, with "
            "totals per currency (Ctrl+Shift+E)"
        )
        for b in (self.detail_button, self.export_csv_button, self.export_xlsx_button):
            bar.addWidget(b)
        lay.addLayout(bar)

        # the table
        self.model = SessionsModel(database, self)
        self.model.on_screen = self.isVisible  # a hidden page reads nothing live; it catches up when shown
        self._details = DbWorker("sessions-detail", lifo=True, max_pending=4)
        self._details.finished.connect(self._detail_done)
        self.table = QTableView()
        self.table.setObjectName("SessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows: no per-row size hints
        vh.setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        hh.setSectionsClickable(True)
        widths = {
            "start": 122,
            "stop": 122,
            "station": 150,
            "connector": 48,
            "user": 140,
            "tag": 92,
            "energy": 70,
            "max_kw": 62,
            "duration": 86,
            "price": 70,
            "currency": 44,
            "status": 130,
            "auth": 76,
        }
        for i, (key, _) in enumerate(COLUMNS):
            hh.resizeSection(i, widths[key])
        hh.setSectionResizeMode(COL["station"], QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(COL["user"], QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)

        # export progress and messages
        progress_line = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("ExportProgress")
        self.progress.setTextVisible(True)
        self.progress_label = QLabel("")
        self.cancel_button = QPushButton("Cancel export")
        self.cancel_button.setToolTip("Stop the export; nothing is written (Esc)")
        progress_line.addWidget(self.progress_label)
        progress_line.addWidget(self.progress, 1)
        progress_line.addWidget(self.cancel_button)
        self.progress_host = QWidget()
        self.progress_host.setLayout(progress_line)
        progress_line.setContentsMargins(0, 0, 0, 0)
        self.progress_host.hide()
        lay.addWidget(self.progress_host)
        self.message = QLabel("")
        self.message.setObjectName("SessionsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(False)
        self.message.linkActivated.connect(self._link)
        self.message.hide()
        lay.addWidget(self.message)

        # wiring
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._date_edited)
        self.date_to.dateChanged.connect(self._date_edited)
        self.status.currentIndexChanged.connect(lambda _i: self.apply())
        self.site.currentIndexChanged.connect(self._site_changed)
        self.station.chosen.connect(lambda _v: self.apply())
        self.user.chosen.connect(lambda _v: self.apply())
        self.station.problem.connect(self.show_filter_problem)
        self.user.problem.connect(self.show_filter_problem)
        self.reset_button.clicked.connect(self.reset_filters)
        self.detail_button.clicked.connect(self.open_selected)
        self.export_csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.table.activated.connect(lambda index: self.open_detail(index.data(SESSION_ID_ROLE)))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        hh.sectionClicked.connect(self._header_clicked)
        self.model.count_changed.connect(lambda _n: self._show_totals())
        self.model.totals_changed.connect(lambda _t: self._show_totals())
        self.model.failed.connect(self.show_error)
        self.model.outdated.connect(self._outdated)
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=lambda: self.ask_export("csv"))
        QShortcut(QKeySequence("Ctrl+Shift+E"), self, activated=lambda: self.ask_export("xlsx"))
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.cancel_export)
        self._escape.setEnabled(False)  # only while an export runs
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(350)  # typing a date changes it digit by digit
        self._date_timer.timeout.connect(self.apply)
        if bridge is not None:
            bridge.session_started.connect(self.model.session_started)
            bridge.session_updated.connect(self._session_updated)
            bridge.session_stopped.connect(self._session_stopped)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.setTabOrder(self.preset, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.status)
        self.setTabOrder(self.status, self.reset_button)
        self.setTabOrder(self.reset_button, self.site)
        self.setTabOrder(self.site, self.station)
        self.setTabOrder(self.station, self.user)
        self.setTabOrder(self.user, self.table)
        self.setTabOrder(self.table, self.detail_button)
        self.setTabOrder(self.detail_button, self.export_csv_button)
        self.setTabOrder(self.export_csv_button, self.export_xlsx_button)

        self._applying = False
        self._options_asked = 0
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.THIS_MONTH.value))
        self.preset.blockSignals(False)
        self._update_buttons()

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the filter lists again (sites, stations, users; on the worker thread), then the sessions."""
        self._options_asked += 1
        self._details.submit(
            ("options", self._options_asked), functools.partial(self.model._read, svc.filter_options)
        )

    def set_options(self, options: FilterOptions) -> None:
        """Fill the filter lists (keeping what is chosen where it still exists) and show the sessions."""
        self.options = options
        keep_site = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem("All sites", None)
        for o in self.options.sites:
            self.site.addItem(o.name, o.id)
        self.site.setCurrentIndex(max(0, self.site.findData(keep_site)) if keep_site is not None else 0)
        self.site.blockSignals(False)
        self._fill_stations()
        self.user.set_options([(o.id, o.name) for o in self.options.users])
        self._seed_live()
        self._preset_changed(apply=False)
        self.apply(force=True)

    def _fill_stations(self) -> None:
        site = self.site.currentData()
        self.station.set_options(
            [
                (o.id, f"{o.name} ({o.detail})")
                for o in self.options.stations
                if site is None or o.parent_id == site
            ]
        )

    def _seed_live(self) -> None:
        """Energy so far of running sessions, as the central system knows it (no meter value needed)."""
        for state in getattr(self.central, "chargers", lambda: [])() if self.central is not None else []:
            for tx in getattr(state, "active", {}).values():
                if getattr(tx, "energy_wh", None) is not None or getattr(tx, "power_w", None) is not None:
                    self.model._live[tx.transaction_id] = (tx.energy_wh, tx.power_w, tx.power_w)

    def timezone(self) -> str:
        return self.options.timezone(self.site.currentData())

    def query(self) -> SessionQuery:
        """The filter as shown (raises FormError for a period that ends before it starts)."""
        preset = Preset(self.preset.currentData())
        start: dt.date | None
        end: dt.date | None
        if preset is Preset.ALL:
            start = end = None
        else:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[assignment]
        status = self.status.currentData()
        return SessionQuery(
            start=start,
            end=end,
            user_id=self.user.value(),
            station_id=self.station.value(),
            site_id=self.site.currentData(),
            status=StatusFilter(status) if status else None,
            newest_first=self.model.query.newest_first if self.model.query else True,
        )

    def apply(self, force: bool = False) -> None:
        """Show the sessions of the filter (unless a field has a problem, which is shown instead)."""
        self._date_timer.stop()
        try:
            q = self.query()
        except FormError as e:
            self._mark_dates(e.problems.get("end", ""))
            return
        self._mark_dates("")
        if self.user.error_text or self.station.error_text:
            return
        if not force and q == self.model.query:
            return
        self.model.set_query(q, self.timezone())
        self._update_buttons()

    def reset_filters(self) -> None:
        self._applying = True
        try:
            self.status.setCurrentIndex(0)
            self.site.setCurrentIndex(0)
            self._fill_stations()
            self.station.set_value(None)
            self.user.set_value(None)
            self.user._mark("")
            self.station._mark("")
            self.preset.setCurrentIndex(self.preset.findData(Preset.THIS_MONTH.value))
        finally:
            self._applying = False
        self._preset_changed(apply=False)
        self.apply()

    def _preset_changed(self, _index: int = 0, apply: bool = True) -> None:
        preset = Preset(self.preset.currentData())
        today = svc.local_today(self.timezone())
        if preset is not Preset.CUSTOM:
            start, end = svc.preset_period(preset, today)
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                if day is not None:
                    edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        all_time = preset is Preset.ALL
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(not all_time)
            edit.setToolTip(
                "Choose another period, or Custom, to limit the dates"
                if all_time
                else ("From (inclusive)" if edit is self.date_from else "To (inclusive)")
            )
        if apply and not self._applying:
            self.apply()

    def _date_edited(self, _date: QDate) -> None:
        if Preset(self.preset.currentData()) is not Preset.CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))
            self.preset.blockSignals(False)
        self._date_timer.start()

    def _site_changed(self, _index: int) -> None:
        self._fill_stations()  # a station of another site falls back to all of this site's stations
        if not self._applying:
            self._preset_changed(apply=False)  # the site's own time zone decides what "today" is
            self.apply()

    def _mark_dates(self, message: str) -> None:
        self.date_to.setStyleSheet(f"QDateEdit {{ {ERROR_CSS} }}" if message else "")
        self.date_to.setToolTip(message or "To (inclusive)")
        self.show_filter_problem(message)

    def show_filter_problem(self, message: str) -> None:
        problems = [m for m in (message, self.user.error_text, self.station.error_text) if m]
        text = message or (problems[0] if problems else "")
        self.filter_problem.setText(text)
        self.filter_problem.setVisible(bool(text))

    def _header_clicked(self, section: int) -> None:
        hh = self.table.horizontalHeader()
        current = self.model.query
        if section == COL["start"] and current is not None:
            newest = not current.newest_first
            self.model.set_query(dataclasses.replace(current, newest_first=newest), self.timezone())
            hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder)
            return
        newest = current.newest_first if current else True
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder)
        self.show_message(
            "The list is ordered by start time (click Start to reverse it); the totals above "
            "sum the whole filter.",
            "info",
        )

    def _show_totals(self) -> None:
        totals, count = self.model.totals, self.model.count
        if totals is not None:
            text = totals.text()
        elif count is not None:
            text = f"{count:,} session{'' if count == 1 else 's'} · computing totals…"
        else:
            text = "Counting…"
        self.totals_label.setText(text)
        if totals is not None and len(totals.by_currency) > 1:
            self.totals_label.setToolTip(
                "\n".join(
                    f"{c.currency}: {c.sessions:,} sessions, {c.amount:,.2f}" for c in totals.by_currency
                )
            )
        else:
            self.totals_label.setToolTip("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        exporting = self.export_task is not None
        self.detail_button.setEnabled(self.selected_session() is not None)
        has_rows = bool(self.model.count) or (self.model.count is None and self.model.rowCount() > 0)
        for b in (self.export_csv_button, self.export_xlsx_button):
            b.setEnabled(has_rows and not exporting)
        self.export_csv_button.setToolTip(
            "An export is running"
            if exporting
            else "Every session of the current filter as a CSV file (Ctrl+E)"
        )

    def selected_session(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(SESSION_ID_ROLE)
        return int(value) if value is not None else None

    # --- live ----------------------------------------------------------------------------------------

    def _session_updated(self, e: Any) -> None:
        self.model.session_updated(e)
        if (
            self.detail_dialog is not None
            and self.detail_dialog.isVisible()
            and self.detail_dialog.session_id == getattr(e, "transaction_id", None)
        ):
            self._detail_timer().start()

    def _session_stopped(self, e: Any) -> None:
        self.model.session_stopped(e)
        if (
            self.detail_dialog is not None
            and self.detail_dialog.isVisible()
            and self.detail_dialog.session_id == e.transaction_id
        ):
            self._detail_timer().start()

    def _detail_timer(self) -> QTimer:
        timer = getattr(self, "_detail_refresh", None)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(2000)
            timer.timeout.connect(
                lambda: (
                    self.detail_dialog is not None
                    and self.detail_dialog.session_id is not None
                    and self.load_detail(self.detail_dialog.session_id)
                )
            )
            self._detail_refresh = timer
        return timer

    # --- detail --------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        session_id = self.selected_session()
        if session_id is not None:
            self.open_detail(session_id)

    def open_detail(self, session_id: int | None) -> None:
        if session_id is None:
            return
        if self.detail_dialog is None:
            self.detail_dialog = SessionDetailDialog(self)
            self.detail_dialog.reload_requested.connect(self.load_detail)
            self.detail_dialog.end_requested.connect(self.end_session)
        self.detail_dialog.set_loading(int(session_id))
        self.load_detail(int(session_id))
        self.detail_dialog.open()

    def load_detail(self, session_id: int) -> None:
        self._details.submit(
            ("detail", session_id), functools.partial(self.model._read, svc.session_detail, session_id)
        )

    def end_session(self, session_id: int) -> None:
        """End a session the charger abandoned (the dialog shows it as it is afterwards)."""
        self._details.submit(
            ("end", session_id),
            functools.partial(self.model._read, svc.close_stuck_session, session_id, actor=svc.ACTOR),
        )

    def _detail_done(self, key: Any, result: Any, error: BaseException | None) -> None:
        if key[0] == "options":
            if key[1] != self._options_asked or isinstance(error, Dropped):
                return
            if error is not None:
                self.show_error(f"Could not read the sites, stations and users: {error}")
                return
            self.set_options(result)
            return
        if (
            self.detail_dialog is None
            or self.detail_dialog.session_id != key[1]
            or isinstance(error, Dropped)
        ):
            return
        if error is not None:
            self.detail_dialog.set_error(str(error))
        elif result is None:
            self.detail_dialog.set_missing(key[1])
        else:
            self.detail_dialog.set_detail(result)
            if key[0] == "end":  # the operator ended it: its row in the table too
                self.model.session_stopped(SimpleNamespace(transaction_id=key[1]))

    # --- export --------------------------------------------------------------------------------------

    def _export_dir(self) -> str:
        saved = QSettings("ChargeDesk", "ChargeDesk").value("sessions/export_dir", "")
        if isinstance(saved, str) and saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )

    def default_file_name(self, fmt: str) -> str:
        q = self.model.query
        if q is None or (q.start is None and q.end is None):
            period = "all"
        elif q.start == q.end:
            period = f"{q.start}"
        else:
            period = f"{q.start or 'start'}_{q.end or 'today'}"
        return f"sessions_{period}.{fmt}"

    def ask_export(self, fmt: str) -> None:
        """Ask where to save, then export (the file dialog is opened, not exec'd)."""
        if self.export_task is not None or not self.export_csv_button.isEnabled():
            return
        dialog = QFileDialog(self, f"Export sessions as {fmt.upper()}")
        dialog.setObjectName("ExportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter("CSV files (*.csv)" if fmt == "csv" else "Excel workbooks (*.xlsx)")
        dialog.setDefaultSuffix(fmt)
        dialog.setDirectory(self._export_dir())
        dialog.selectFile(self.default_file_name(fmt))
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, fmt: str | None = None) -> bool:
        """Export the current filter to ``path`` on a worker thread, with progress and Cancel."""
        if self.export_task is not None or self.model.query is None:
            return False
        fmt = fmt or path.suffix.lower().lstrip(".") or "csv"
        count = self.model.count
        if fmt == "xlsx" and count is not None and count > XLSX_LIMIT:
            self.show_message(
                f"{count:,} sessions do not fit in one Excel sheet (at most {XLSX_LIMIT:,}). "
                "Export CSV, or choose a shorter period.",
                "error",
            )
            return False
        QSettings("ChargeDesk", "ChargeDesk").setValue("sessions/export_dir", str(path.parent))
        task = ExportTask(self.database, self.model.query, path, fmt)
        task.progress.connect(self._export_progress)
        task.done.connect(self._export_done)
        task.cancelled.connect(self._export_cancelled)
        task.failed.connect(self._export_failed)
        self.export_task = task
        self.progress.setRange(0, count or 0)
        self.progress.setValue(0)
        self._export_total = count
        self.progress_label.setText(self._progress_text(0))
        self.cancel_button.setEnabled(True)
        self._escape.setEnabled(True)
        self.progress_host.show()
        self.message.hide()
        self._update_buttons()
        task.start()
        return True

    def _progress_text(self, rows: int) -> str:
        assert self.export_task is not None
        total = f" of {self._export_total:,}" if self._export_total else ""
        return f"Exporting {rows:,}{total} sessions to {self.export_task.path.name}…"

    def _export_progress(self, rows: int) -> None:
        if self.export_task is None:
            return
        if self._export_total:
            self.progress.setValue(min(rows, self._export_total))
        self.progress_label.setText(self._progress_text(rows))

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling…")

    def _export_finished(self) -> Path:
        assert self.export_task is not None
        path = self.export_task.path
        self.export_task.wait(5)
        self.export_task = None
        self._escape.setEnabled(False)
        self.progress_host.hide()
        self._update_buttons()
        return path

    def _export_done(self, rows: int) -> None:
        path = self._export_finished()
        folder = QUrl.fromLocalFile(str(path.parent)).toString()
        self.show_message(
            f"{rows:,} session{'' if rows == 1 else 's'} exported to {path} "
            f'(<a href="{folder}">open folder</a>)',
            "ok",
            rich=True,
        )

    def _export_cancelled(self) -> None:
        path = self._export_finished()
        self.show_message(f"Export cancelled: nothing was written to {path}.", "info")

    def _export_failed(self, message: str) -> None:
        path = self._export_finished()
        self.show_message(f"Export to {path.name} failed: {message} Nothing was written.", "error")

    def _outdated(self, difference: int) -> None:
        """Sessions arrived that no event announced (written by another console's central system)."""
        if self.table.verticalScrollBar().value() == 0 and not self.table.currentIndex().isValid():
            self.model.refresh()  # the operator is at the top and has nothing selected: just show them
            return
        what = (
            f"{difference:,} new session{'' if difference == 1 else 's'}"
            if difference > 0
            else "Some sessions changed"
        )
        self.show_message(
            f'{what} since the list was read: <a href="reload">show them</a> (F5).', "info", rich=True
        )

    def _link(self, url: str) -> None:
        if url == "reload":
            self.message.hide()
            self.model.refresh()
        else:
            QDesktopServices.openUrl(QUrl(url))

    def show_message(self, text: str, level: str = "info", rich: bool = False) -> None:
        colour = {"ok": "#1e7a3c", "error": "#b02a2a", "info": "#1f2933"}[level]
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color:{colour};")
        self.message.setText(text)
        self.message.show()

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    # --- shutdown ------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the worker threads; a running export is cancelled (and leaves no file)."""
        if self._closed:
            return
        self._closed = True
        if self.export_task is not None:
            self.export_task.cancel()
            self.export_task.wait(10)
        self.model.close()
        self._details.close()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.model.catch_up()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        self.shutdown()
        super().closeEvent(event)


__all__ = ["COLUMNS", "DbWorker", "ExportTask", "Option", "SessionsModel", "SessionsPage"]
