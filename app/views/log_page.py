"""Log: the live OCPP message log (the message inspector), a call and its answer paired in one row with the latency.

Filter by charger, action, direction, errors and time; pause and resume; the full JSON of the selected frames with
syntax highlighting; export of the rows the filter shows to JSON lines or CSV. The view keeps the newest rows in
memory (bounded); the database keeps every frame for the retention period.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.central.events import BackendUnavailable
from app.services.central.message_log import LogRow, write_export
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.views.widgets.row_model import Index, RowsModel
from app.views.widgets.style import ERROR, HEADING, REFUSED_ANSWER, SYNTAX_COLOURS, text_css

MAX_ROWS = 5000
TRIM = 500
MAX_PENDING_FRAMES = 2 * MAX_ROWS  # a call and its answer are two frames, one row
COLUMNS = [
    QT_TRANSLATE_NOOP("LogPage", "Time"),
    QT_TRANSLATE_NOOP("LogPage", "Charger"),
    QT_TRANSLATE_NOOP("LogPage", "Dir"),
    QT_TRANSLATE_NOOP("LogPage", "Action"),
    QT_TRANSLATE_NOOP("LogPage", "Result"),
    QT_TRANSLATE_NOOP("LogPage", "Latency"),
    QT_TRANSLATE_NOOP("LogPage", "Message id"),
]


class LogModel(RowsModel[LogRow]):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._calls: dict[tuple[str, str], LogRow] = {}
        self._next_seq = 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, role)
        return translate("LogPage", text) if isinstance(text, str) else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.ts.astimezone().strftime("%H:%M:%S.%f")[:-3],
                r.cp_id,
                "→ CS" if r.direction == "in" else "→ CP",
                r.action,
                r.shown_result,
                "" if r.latency_ms is None else f"{r.latency_ms:.1f} ms",
                r.message_id,
            )[col]
        if role == Qt.ItemDataRole.ForegroundRole and r.is_error:
            return QColor(ERROR)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and r.refused:
            return QColor(REFUSED_ANSWER)
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:
            if r.is_error:
                return translate("LogPage", "CallError: the other side could not process the call")
            if r.result == "…":
                return translate("LogPage", "Waiting for the answer")
            if r.answer_status:
                return translate("LogPage", "Answered; the answer's status is {status}").format(
                    status=r.answer_status
                )
            return translate("LogPage", "Answered")
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None

    def add_frames(self, frames: Iterable[Any]) -> list[str]:
        """Add frames (objects with the attributes of :class:`app.ocpp.events.FrameLogged`), oldest first: a call
        becomes a row, its answer completes that row. One insert for the new rows and one change for the rows
        answered, whatever the number of frames; beyond :data:`MAX_ROWS` the oldest rows leave (at least
        :data:`TRIM` at a time). Returns the actions of the calls added (for the action filter)."""
        new, answered, actions = self._pair(frames)
        if len(new) > MAX_ROWS:  # a burst larger than the view holds: its oldest rows never show
            for old in new[:-MAX_ROWS]:
                self._forget_call(old)
            new = new[-MAX_ROWS:]
        overflow = len(self.rows) + len(new) - MAX_ROWS
        if overflow > 0 and self.rows:
            n = min(len(self.rows), max(TRIM, overflow))
            self.beginRemoveRows(QModelIndex(), 0, n - 1)
            for old in self.rows[:n]:
                self._forget_call(old)
            del self.rows[:n]
            self.endRemoveRows()
        if answered:
            first_seq = self.rows[0].seq if self.rows else 0
            where = [r.seq - first_seq for r in answered if r.seq >= first_seq]
            if where:
                self.dataChanged.emit(self.index(min(where), 0), self.index(max(where), len(COLUMNS) - 1))
        if new:
            n = len(self.rows)
            for row in new:
                row.seq = self._next_seq
                self._next_seq += 1
            self.beginInsertRows(QModelIndex(), n, n + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        return actions

    def _pair(self, frames: Iterable[Any]) -> tuple[list[LogRow], list[LogRow], list[str]]:
        """The model unchanged, ``frames`` as (new rows, rows already shown that an answer completed, the actions
        of the calls among the new rows); a call waits in ``_calls`` for its answer."""
        new: list[LogRow] = []
        answered: list[LogRow] = []
        actions: list[str] = []
        calls = self._calls
        for f in frames:
            mtype = f.message_type
            if mtype in (3, 4):
                call = calls.pop((f.cp_id, f.message_id), None)
                if call is not None:
                    call.response = f.frame
                    call.result = "OK" if mtype == 3 else (f.error_code or "CallError")
                    call.latency_ms = f.latency_ms
                    call._answer_status = None
                    if call.seq >= 0:  # already in the model (not one of this batch's new rows)
                        answered.append(call)
                    continue
            direction = f.direction
            row = LogRow(
                f.ts,
                f.cp_id,
                direction if mtype == 2 else ("out" if direction == "in" else "in"),
                f.action or ("?" if mtype else "(unparseable)"),
                f.message_id,
                f.frame if mtype == 2 else "",
                f.frame if mtype != 2 else "",
                "…" if mtype == 2 else ("OK" if mtype == 3 else (f.error_code or "error")),
                f.latency_ms,
            )
            if mtype == 0:
                row.result = f.error_code or "FormationViolation"
            elif mtype == 2:
                calls[(row.cp_id, row.message_id)] = row
                if f.action:
                    actions.append(f.action)
            new.append(row)
        return new, answered, actions

    def _forget_call(self, row: LogRow) -> None:
        key = (row.cp_id, row.message_id)
        if self._calls.get(key) is row:
            del self._calls[key]

    def row_of(self, row: LogRow) -> int:
        """The index of ``row`` in the model (-1 when it left)."""
        if not self.rows or row.seq < self.rows[0].seq:
            return -1
        i = row.seq - self.rows[0].seq
        return i if i < len(self.rows) and self.rows[i] is row else -1

    def clear(self) -> None:
        self.beginResetModel()
        for row in self.rows:
            row.seq = -1
        self.rows.clear()
        self._calls.clear()
        self.endResetModel()


class LogFilter(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.charger = ""
        self.action = ""
        self.direction = ""
        self.errors_only = False
        self.since: dt.datetime | None = None

    def set(self, **values: Any) -> None:
        self.beginFilterChange()  # Qt ≥ 6.10: invalidateFilter() is deprecated
        for k, v in values.items():
            setattr(self, k, v)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        r: LogRow = self.sourceModel().rows[source_row]  # type: ignore[attr-defined]
        return (
            (not self.charger or self.charger.lower() in r.cp_id.lower())
            and (not self.action or r.action == self.action)
            and (not self.direction or r.direction == self.direction)
            and (not self.errors_only or r.is_error)
            and (self.since is None or r.ts >= self.since)
        )


# Time filter presets: label -> how far back (None = everything the view holds).
PERIODS: list[tuple[str, dt.timedelta | None]] = [
    (QT_TRANSLATE_NOOP("LogPage", "any time"), None),
    (QT_TRANSLATE_NOOP("LogPage", "last 5 minutes"), dt.timedelta(minutes=5)),
    (QT_TRANSLATE_NOOP("LogPage", "last hour"), dt.timedelta(hours=1)),
    (QT_TRANSLATE_NOOP("LogPage", "last 24 hours"), dt.timedelta(days=1)),
]


class JsonHighlighter(QSyntaxHighlighter):
    """Colours keys, strings, numbers and true/false/null in the pretty-printed frames."""

    _TOKEN = re.compile(
        r'("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b'
    )

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {}
        for name, colour in SYNTAX_COLOURS.items():
            f = QTextCharFormat()
            f.setForeground(QColor(colour))
            if name in ("key", "literal"):
                f.setFontWeight(QFont.Weight.DemiBold)
            self.formats[name] = f

    def highlightBlock(self, text: str) -> None:
        for m in self._TOKEN.finditer(text):
            if m.group(1) is not None:
                kind = "key" if m.group(2) else "string"
                self.setFormat(m.start(1), len(m.group(1)), self.formats[kind])
            elif m.group(3) is not None:
                self.setFormat(m.start(3), len(m.group(3)), self.formats["number"])
            else:
                self.setFormat(m.start(4), len(m.group(4)), self.formats["literal"])


def pretty(frame: str) -> str:
    if not frame:
        return ""
    try:
        return json.dumps(json.loads(frame), indent=2, ensure_ascii=False)
    except ValueError:
        return frame


class LogPage(QWidget):
    title = "Log"

    def __init__(self, bridge: Any, central: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.central = central
        self.paused = False
        # frames not in the model yet: held while paused, or waiting while the page is hidden (a hidden page
        # does not update its table; it catches up when shown). Bounded like the table: the oldest go first.
        self._pending: deque[Any] = deque(maxlen=MAX_PENDING_FRAMES)
        self._actions: set[str] = set()
        self.model = LogModel(self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)

        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.charger = QLineEdit()
        self.charger.setPlaceholderText(translate("LogPage", "charger…"))
        self.charger.textChanged.connect(lambda t: self.proxy.set(charger=t.strip()))
        self.action = QComboBox()
        self.action.addItem(translate("LogPage", "all actions"), "")
        self.action.currentIndexChanged.connect(lambda _i: self.proxy.set(action=self.action.currentData()))
        self.direction = QComboBox()
        for text, key in (
            (translate("LogPage", "both directions"), ""),
            (translate("LogPage", "from chargers"), "in"),
            (translate("LogPage", "to chargers"), "out"),
        ):
            self.direction.addItem(text, key)
        self.direction.currentIndexChanged.connect(
            lambda _i: self.proxy.set(direction=self.direction.currentData())
        )
        self.errors = QCheckBox(translate("LogPage", "errors only"))
        self.errors.toggled.connect(lambda on: self.proxy.set(errors_only=on))
        self.period = QComboBox()
        self.period.setToolTip(translate("LogPage", "Show only the calls of this period"))
        for text, span in PERIODS:
            self.period.addItem(translate("LogPage", text), span)
        self.period.currentIndexChanged.connect(lambda _i: self._apply_period())
        self._period_timer = QTimer(self)  # a sliding period: older rows leave the view as time passes
        self._period_timer.setInterval(30_000)
        self._period_timer.timeout.connect(self._apply_period)
        self.pause = QPushButton(translate("LogPage", "Pause"))
        self.pause.setToolTip(
            translate("LogPage", "Hold new frames (the newest {count} are kept and shown on Resume)").format(
                count=f"{MAX_PENDING_FRAMES:,}"
            )
        )
        self.pause.setCheckable(True)
        self.pause.toggled.connect(self.set_paused)
        self.export = QPushButton(translate("LogPage", "Export…"))
        self.export.setToolTip(
            translate("LogPage", "Save the rows the filter shows as JSON lines (.jsonl) or CSV (.csv)")
        )
        self.export.clicked.connect(self._ask_export)
        self.count = QLabel()
        for w in (
            self.charger,
            self.action,
            self.direction,
            self.period,
            self.errors,
            self.pause,
            self.export,
        ):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.count)
        lay.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for col, width in ((0, 110), (1, 150), (2, 60), (3, 230), (4, 170), (5, 90)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)  # the message id takes what is left
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)
        split.addWidget(self.table)
        detail = QWidget()
        dl = QHBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.request = QPlainTextEdit()
        self.response = QPlainTextEdit()
        self.request_title = QLabel(translate("LogPage", "Call"))
        self.response_title = QLabel(translate("LogPage", "Answer"))
        for box, title, label in (
            (self.request, self.request_title, translate("LogPage", "Select a row to see the call")),
            (self.response, self.response_title, translate("LogPage", "… and its answer")),
        ):
            box.setReadOnly(True)
            box.setFont(mono)
            box.setPlaceholderText(label)
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            box.highlighter = JsonHighlighter(box.document())  # type: ignore[attr-defined]
            title.setStyleSheet(f"font-weight:600; {text_css(HEADING)}")
            title.setTextFormat(Qt.TextFormat.PlainText)  # the action and the id come from the charger
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(box, 1)
            dl.addLayout(column)
        split.addWidget(detail)
        split.setSizes([500, 220])
        lay.addWidget(split, 1)
        if bridge is not None:
            bridge.frames.connect(self.on_frames)
        self.model.rowsInserted.connect(self._inserted)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(lambda: self.charger.setFocus())
        self.charger.setToolTip(translate("LogPage", "Part of a charge point id (Ctrl+F)"))

    def _apply_period(self) -> None:
        span = self.period.currentData()
        if span is None:
            self._period_timer.stop()
        elif not self._period_timer.isActive():
            self._period_timer.start()
        self.proxy.set(since=None if span is None else dt.datetime.now(dt.UTC) - span)

    def visible_rows(self) -> list[LogRow]:
        """The rows the filter shows, oldest first (what Export writes)."""
        return [
            self.proxy.data(self.proxy.index(i, 0), Qt.ItemDataRole.UserRole)
            for i in range(self.proxy.rowCount())
        ]

    def _ask_export(self) -> None:
        dialog = QFileDialog(self, translate("LogPage", "Export the shown OCPP messages"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters(
            [translate("LogPage", "JSON lines (*.jsonl)"), translate("LogPage", "CSV (*.csv)")]
        )
        dialog.setDefaultSuffix("jsonl")
        dialog.selectFile(f"ocpp-messages-{dt.datetime.now():%Y%m%d-%H%M}.jsonl")
        dialog.filterSelected.connect(lambda f: dialog.setDefaultSuffix("csv" if "csv" in f else "jsonl"))
        dialog.fileSelected.connect(lambda p: self.export_to(Path(p)))
        dialog.open()
        self._export_dialog = dialog

    def export_to(self, path: Path) -> int:
        """Write the shown rows to ``path`` (.csv → CSV, else JSON lines); the result is said in the count label."""
        try:
            n = write_export(self.visible_rows(), path)
        except OSError as exc:
            self.count.setText(
                translate("LogPage", "export failed: {why} ({path})").format(
                    why=exc.strerror or exc, path=path
                )
            )
            self.count.setStyleSheet(text_css(ERROR))
            return 0
        self.count.setStyleSheet("")
        self.count.setText(
            translate("LogPage", "%n call(s) exported to {file}", None, PLURAL, int(n)).format(file=path.name)
        )
        return n

    def reload(self) -> None:
        if self.central is None:
            return
        task = asyncio.ensure_future(self._load_recent())
        self._load_task = task

    async def _load_recent(self) -> None:
        try:
            rows = await self.central.recent_messages(limit=500)
        except BackendUnavailable as e:  # the database went away, or the console is shutting down: say so
            self.count.setText(translate("LogPage", "earlier messages not loaded: {why}").format(why=e))
            return
        self._add(list(reversed(rows)))

    def on_frames(self, frames: list[Any]) -> None:
        """A batch of live frames (the bridge's :attr:`~app.views.shell.bridge.CentralBridge.frames`): into the table
        at once if it is shown and not paused, else kept until it is."""
        if self.paused or not self.isVisible():
            self._pending.extend(frames)
            if self.paused:
                held = len(self._pending)
                self.count.setText(
                    translate("LogPage", "paused: %n new frame(s) held", None, PLURAL, int(held))
                )
            return
        if self._pending:  # (shown, but frames came in before the show event ran)
            self._catch_up()
        self._add(frames)

    def on_frame(self, e: Any) -> None:
        self.on_frames([e])

    @property
    def pending(self) -> int:
        """Frames received but not in the table yet (page hidden or paused)."""
        return len(self._pending)

    def _catch_up(self) -> None:
        held = list(self._pending)
        self._pending.clear()
        self._add(held)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending and not self.paused:
            self._catch_up()

    def _add(self, frames: list[Any]) -> None:
        for action in self.model.add_frames(frames):
            if action not in self._actions:
                self._actions.add(action)
                if self.action.findData(action) < 0:
                    self.action.addItem(action, action)

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self.pause.setText(translate("LogPage", "Resume") if paused else translate("LogPage", "Pause"))
        if not paused:
            if self.isVisible():
                self._catch_up()
            self._show_count()

    def _show_count(self) -> None:
        calls = self.model.rowCount()
        self.count.setText(translate("LogPage", "%n call(s)", None, PLURAL, int(calls)))

    def _inserted(self) -> None:
        self._show_count()
        if not self.table.selectionModel().hasSelection():
            self.table.scrollToBottom()

    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row: LogRow = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        who = (
            translate("LogPage", "{cp_id} → central system")
            if row.direction == "in"
            else translate("LogPage", "central system → {cp_id}")
        ).format(cp_id=row.cp_id)
        self.request_title.setText(
            translate("LogPage", "Call · {action} · {who} · id {id}").format(
                action=row.action, who=who, id=row.message_id
            )
        )
        if row.result == "…":
            answer = translate("LogPage", "Answer · waiting")
        else:
            answer = translate("LogPage", "Answer · {result}").format(result=row.shown_result)
            answer += "" if row.latency_ms is None else f" · {row.latency_ms:.1f} ms"
        self.response_title.setText(answer)
        self.request.setPlainText(pretty(row.request))
        self.response.setPlainText(
            pretty(row.response) or (translate("LogPage", "(no answer yet)") if row.result == "…" else "")
        )
