"""The Sessions page's table: :class:`SessionsModel`, a windowed model over the sessions service
(:class:`app.services.reports.sessions.SessionsService`). It knows the number of matching sessions (for the
scroll bar) and holds only the pages that were looked at, fetched on worker threads with keyset pagination, so a
million stored sessions open as fast as a hundred and nothing slow runs on the GUI thread (which the central
system shares). Live events change only the row they are about; a new session appears at the top when the
period includes today.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.services import locale_format as fmt
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.reports import sessions as svc
from app.services.reports.sessions import (
    SessionQuery,
    SessionRow,
    Totals,
)
from app.services.rules.access import shown_reason
from app.views.sessions.detail import duration_text, flag_text
from app.views.shell.workers import DbWorker, Dropped
from app.views.widgets.style import ACCENT, FAILED, WARN
from app.views.widgets.text import tip

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
ACTIVE_COLOUR = QColor(ACCENT)
FLAG_COLOUR = QColor(WARN)
REFUSED_COLOUR = QColor(FAILED)
MAX_CACHED_ROWS = 6_000  # rows kept in memory; pages far from where the user looks are dropped
STARTS_BATCH_MS = 250  # sessions started within this time are read and inserted together
MAX_MISSED = 500  # live changes noted while the list is not on screen; beyond, it is read again when shown


@functools.cache
def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


# --- the table model ---------------------------------------------------------------------------------------


COLUMNS: list[tuple[str, str]] = [
    ("start", QT_TRANSLATE_NOOP("SessionsModel", "Start")),
    ("stop", QT_TRANSLATE_NOOP("SessionsModel", "Stop")),
    ("station", QT_TRANSLATE_NOOP("SessionsModel", "Station")),
    ("connector", QT_TRANSLATE_NOOP("SessionsModel", "Conn.")),
    ("user", QT_TRANSLATE_NOOP("SessionsModel", "User")),
    ("tag", QT_TRANSLATE_NOOP("SessionsModel", "Tag")),
    ("energy", "kWh"),
    ("max_kw", QT_TRANSLATE_NOOP("SessionsModel", "Max kW")),
    ("duration", QT_TRANSLATE_NOOP("SessionsModel", "Duration")),
    ("price", QT_TRANSLATE_NOOP("SessionsModel", "Price")),
    ("currency", QT_TRANSLATE_NOOP("SessionsModel", "Cur.")),
    ("status", QT_TRANSLATE_NOOP("SessionsModel", "Status")),
    ("auth", QT_TRANSLATE_NOOP("SessionsModel", "Auth.")),
]
COL = {key: i for i, (key, _) in enumerate(COLUMNS)}
NUMERIC = {COL["connector"], COL["energy"], COL["max_kw"], COL["duration"], COL["price"]}
HEADER_TIPS = {
    "start": QT_TRANSLATE_NOOP(
        "SessionsModel", "When the session started, in the site's local time. Click to reverse the order."
    ),
    "stop": QT_TRANSLATE_NOOP("SessionsModel", "When it stopped (the time only when on the same day)"),
    "connector": QT_TRANSLATE_NOOP("SessionsModel", "Connector (outlet) number"),
    "tag": QT_TRANSLATE_NOOP("SessionsModel", "The RFID tag (idTag) presented"),
    "energy": QT_TRANSLATE_NOOP("SessionsModel", "Energy delivered (live while charging)"),
    "max_kw": QT_TRANSLATE_NOOP("SessionsModel", "Highest power measured"),
    "price": QT_TRANSLATE_NOOP("SessionsModel", "Price including VAT"),
    "status": QT_TRANSLATE_NOOP(
        "SessionsModel", "Active, completed, and whether the central system flagged something"
    ),
    "auth": QT_TRANSLATE_NOOP("SessionsModel", "The authorization answer; hover for the reason"),
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
        sessions: svc.SessionsService,
        parent: QObject | None = None,
        *,
        page_size: int = svc.PAGE_SIZE,
        max_cached_rows: int = MAX_CACHED_ROWS,
    ) -> None:
        super().__init__(parent)
        self.service = sessions
        self.page_size = page_size
        self.max_cached_rows = max(max_cached_rows, 3 * page_size)
        self.query: SessionQuery | None = None
        self.timezone = "UTC"  # the page's zone: "today" for live sessions
        self._today_query: SessionQuery | None = None  # today_in_period's answer for this query and zone …
        self._today_zone = ""
        self._today_in = False
        self._today_until = 0.0  # … until this POSIX time (the zone's next midnight)
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
            functools.partial(self.service.count, query, on_cancel=self._counts.set_canceller),
        )
        self._aggregates.submit(
            ("totals", gen, self._version),
            functools.partial(self.service.totals, query, on_cancel=self._aggregates.set_canceller),
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

    # --- Qt model API --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, label = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("SessionsModel", label)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SessionsModel", HEADER_TIPS[key]) if key in HEADER_TIPS else None
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
            return row.station or translate("SessionsModel", "{cpid} (no station)").format(
                cpid=row.charge_point_id
            )
        if key == "connector":
            return str(row.connector_id)
        if key == "user":
            return row.user or "—"
        if key == "tag":
            return row.id_tag
        if key == "energy":
            wh = self._energy(row)
            return "" if wh is None else fmt.number(wh / 1000, 2)
        if key == "max_kw":
            w = self._max_power(row)
            return "" if w is None else fmt.number(w / 1000, 1)
        if key == "duration":
            end = row.stop_at or dt.datetime.now(dt.UTC)
            return duration_text(end - row.start_at)
        if key == "price":
            return "" if row.price_total is None else fmt.number(row.price_total, 2)
        if key == "currency":
            return row.currency if row.price_total is not None else ""
        if key == "status":
            return self._status_text(row)
        if key == "auth":
            return row.auth_status
        return ""

    @staticmethod
    def _status_text(row: SessionRow) -> str:
        if row.flags:
            return (
                translate("SessionsModel", "Active · flagged")
                if row.active
                else translate("SessionsModel", "Completed · flagged")
            )
        return translate("SessionsModel", "Active") if row.active else translate("SessionsModel", "Completed")

    def _tip(self, row: SessionRow, key: str) -> str | None:
        """A cell's tooltip, shown literally: an idTag, stop reason or flag from the charger is not HTML."""
        text = self._tip_text(row, key)
        return tip(text) if text else text

    def _tip_text(self, row: SessionRow, key: str) -> str | None:
        if key in ("start", "stop"):
            moment = row.start_at if key == "start" else row.stop_at
            if moment is None:
                return translate("SessionsModel", "Still charging")
            return f"{moment.astimezone(row.zone):%Y-%m-%d %H:%M:%S} {row.timezone} · UTC {moment:%H:%M:%S}"
        if key == "station":
            return f"{row.charge_point_id} · " + (row.site or translate("SessionsModel", "no site"))
        if key == "status":
            lines = [
                translate("SessionsModel", "Charging now")
                if row.active
                else translate("SessionsModel", "Stopped: {reason}").format(
                    reason=row.stop_reason or translate("SessionsModel", "no reason given")
                )
            ]
            lines += [
                translate("SessionsModel", "Flagged: {flag}").format(flag=flag_text(f)) for f in row.flag_list
            ]
            return "\n".join(lines)
        if key == "auth":
            return shown_reason(row.decision_reason) or row.auth_status
        if key == "price":
            return (
                translate("SessionsModel", "Tariff: {tariff}").format(tariff=row.tariff)
                if row.tariff
                else None
            )
        if key == "user" and row.user is None:
            return translate("SessionsModel", "Nobody owns this tag")
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
            self.service.window,
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
            self.failed.emit(
                translate("SessionsModel", "Could not read the sessions: {problem}").format(problem=error)
            )
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
            self.failed.emit(
                translate("SessionsModel", "Could not read the sessions: {problem}").format(problem=error)
            )
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
                functools.partial(self.service.totals, self.query, on_cancel=self._aggregates.set_canceller),
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
                functools.partial(self.service.count, self.query, on_cancel=self._counts.set_canceller),
            )

    def _recount_done(self, version: int, n: int) -> None:
        if version == self._version and self.count is not None and n != self.count:
            self.outdated.emit(n - self.count)

    # --- live events -----------------------------------------------------------------------------------

    def today_in_period(self) -> bool:
        """Whether today (in the page's zone) is in the query's period: asked for every session that starts, so
        the answer is kept until the local day ends or the query or the zone change."""
        query = self.query
        if query is None:
            return False
        if (
            query is not self._today_query
            or self.timezone != self._today_zone
            or time.time() >= self._today_until
        ):
            today, self._today_until = svc.local_today_until(self.timezone)
            self._today_query, self._today_zone = query, self.timezone
            self._today_in = query.includes(today)
        return self._today_in

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
            ("starts", self._gen, tids), functools.partial(self.service.rows, self.query, tids)
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
                    functools.partial(self.service.row, self.query, tid),
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
                functools.partial(self.service.row, self.query, tid),
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


__all__ = ["COL", "COLUMNS", "SESSION_ID_ROLE", "SessionsModel"]
