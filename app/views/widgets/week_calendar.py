"""A week of access windows: Mon–Sun columns × 24 hours, each window a coloured block that can be drawn,
moved, resized, edited, copied and deleted with the mouse or the keyboard.

Why a custom-painted QWidget and not a QGraphicsView: the grid is fixed (7 columns × 1440 minutes) and a plan
has a few dozen blocks at most, so hit-testing is arithmetic on the grid, a full repaint costs nothing, and the
model stays a plain list of :class:`~app.services.admin.access_plans.WindowRow` — no scene items to keep in step with
it, no view/scene coordinate mapping, and the widget resizes with the page without a zoom transform.

Editing rules (what a person sees):

* every day of a window is drawn as a block; a window that runs past midnight is drawn as two pieces (the
  evening and the next morning) and is moved, resized and edited as one;
* dragging or resizing a block changes that day only (hold Shift to change every day of its window);
  windows that end up identical on other days are merged back into one row ("Mon–Fri");
* double-click or Enter edits the whole window (days, from, to, mode, tariff); Delete removes it (asked);
* every edit snaps to 15 minutes, and an edit that would make two windows overlap is refused with the rule
  engine's message (:func:`~app.services.rules.plan.validate_windows`); Ctrl+Z undoes the last edit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.access_plans import (
    AccessMode,
    TariffChoice,
    WindowRow,
    first_window_problem,
    parse_window,
)
from app.services.rules.plan import mode_name
from app.services.rules.timeparse import ALL_DAYS, DAY_NAMES, format_days, format_time
from app.services.rules.week import DAY, Piece, day_mask, day_pieces, first_day, merge, rotate, shifted
from app.services.validation import FormError
from app.views.widgets.style import MODE_COLOURS

SNAP = 15
GUTTER = 52  # hour labels
HEADER = 26  # day names
EDGE = 5  # pixels at a block's top/bottom that resize it
GRANT_COLOUR = "#3b82c4"
DAY_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MODES = (AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE)
ERROR_CSS = "border:1px solid #c63b3b; border-radius:3px; padding:2px;"


def mode_colour(mode: AccessMode | None) -> QColor:
    return QColor(MODE_COLOURS[mode.value] if mode is not None else GRANT_COLOUR)


def light(colour: QColor, alpha: int = 44) -> QColor:
    """The colour washed out over white (for the default mode's background)."""
    c = QColor(colour)
    r, g, b = (255 - (255 - v) * alpha // 255 for v in (c.red(), c.green(), c.blue()))
    return QColor(r, g, b)


def text_colour(mode: AccessMode | None) -> QColor:
    return QColor("#2b2100") if mode is AccessMode.LIMITED else QColor("white")


def mode_icon(mode: AccessMode | None, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(mode_colour(mode))
    return QIcon(pix)


def fill_mode_combo(combo: QComboBox) -> None:
    combo.clear()
    for m in MODES:
        combo.addItem(mode_icon(m), mode_name(m), m.value)
    combo.setToolTip(
        "Public: every registered user · Limited: owners and special users · Private: owners only"
    )


def fill_tariff_combo(combo: QComboBox, tariffs: Sequence[TariffChoice], none_label: str) -> None:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.clear()
    combo.addItem(none_label, None)
    for t in tariffs:
        combo.addItem(t.name, t.id)
        combo.setItemData(combo.count() - 1, t.summary, Qt.ItemDataRole.ToolTipRole)


def combo_mode(combo: QComboBox) -> AccessMode:
    """The mode chosen in a combo filled by :func:`fill_mode_combo` (Qt hands enum data back as plain str)."""
    return AccessMode(combo.currentData())


def select_data(combo: QComboBox, value: object) -> None:
    i = combo.findData(value.value if isinstance(value, AccessMode) else value)
    combo.setCurrentIndex(i if i >= 0 else 0)


@dataclass
class _Drag:
    kind: str  # "draw", "move", "top", "bottom"
    press: QPointF
    index: int = -1
    day: int = 0
    anchor: tuple[int, int] = (0, 0)  # draw: (day, minute)
    all_days: bool = False
    active: bool = False
    result: list[WindowRow] | None = None  # the windows after the edit
    row: WindowRow | None = None  # the new or changed occurrence
    new_day: int = 0
    problem: str | None = None


class NewBlockForm(QFrame):
    """The small inline form shown after a block is drawn: mode and tariff, Add (Enter) or Cancel (Esc)."""

    accepted = Signal()
    rejected = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("NewBlockForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#NewBlockForm { background:#ffffff; border:1px solid #8a8f98; border-radius:4px; }"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600;")
        lay.addWidget(self.heading)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox()
        fill_mode_combo(self.mode)
        self.tariff = QComboBox()
        self.tariff.setToolTip(
            "The price that applies in this window; the default tariff when none is chosen"
        )
        form.addRow("Mode", self.mode)
        form.addRow("Tariff", self.tariff)
        lay.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton("Cancel")
        self.add = QPushButton("Add")
        self.add.setDefault(True)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.add)
        lay.addLayout(buttons)
        self.add.clicked.connect(self.accepted.emit)
        self.cancel.clicked.connect(self.rejected.emit)
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.rejected.emit()
        event.accept()  # nothing typed here reaches the calendar behind


class DayPicker(QWidget):
    """Seven check boxes Mon…Sun and quick choices (weekdays, weekend, every day)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, quick: bool = True) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.boxes: list[QCheckBox] = []
        for i, name in enumerate(DAY_NAMES):
            box = QCheckBox(name)
            box.setToolTip(DAY_LONG[i])
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            lay.addWidget(box)
        if quick:
            for text, mask in (("Mon–Fri", 0b0011111), ("Sat–Sun", 0b1100000), ("All", ALL_DAYS)):
                b = QPushButton(text)
                b.setAutoDefault(False)
                b.setToolTip(f"Choose {text if text != 'All' else 'every day'}")
                b.clicked.connect(lambda _=False, m=mask: self.set_mask(m))
                lay.addWidget(b)
        lay.addStretch(1)

    def mask(self) -> int:
        return sum(1 << i for i, b in enumerate(self.boxes) if b.isChecked())

    def set_mask(self, mask: int) -> None:
        for i, b in enumerate(self.boxes):
            b.setChecked(bool(mask >> i & 1))


class WindowDialog(QDialog):
    """Add or edit one window: days, from, to (an end at or before the start runs into the next day), mode, tariff.

    ``check`` is asked about the result (overlaps with the other windows) and may refuse it with a message.
    """

    def __init__(
        self,
        parent: QWidget,
        row: WindowRow,
        tariffs: Sequence[TariffChoice],
        *,
        grant: bool,
        title: str,
        check: Callable[[WindowRow], str | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.grant = grant
        self.check = check
        self.result_row: WindowRow | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.days = DayPicker()
        self.days.set_mask(row.days)
        self.start = QLineEdit(format_time(row.start))
        self.end = QLineEdit(format_time(row.end))
        for edit, tip in (
            (self.start, "HH:MM, e.g. 07:00"),
            (self.end, "HH:MM, e.g. 18:00; 24:00 for midnight; a time at or before From ends the next day"),
        ):
            edit.setPlaceholderText("HH:MM")
            edit.setToolTip(tip)
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._update_hint)
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#5b6068;")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel("to"))
        times.addWidget(self.end)
        times.addWidget(self.hint, 1)
        form.addRow("Days", self.days)
        form.addRow("From", times)
        self.mode = QComboBox()
        fill_mode_combo(self.mode)
        self.tariff = QComboBox()
        fill_tariff_combo(self.tariff, tariffs, "Default tariff")
        self.tariff.setToolTip("The price in this window; the plan's default tariff when none is chosen")
        if not grant:
            select_data(self.mode, row.mode or AccessMode.LIMITED)
            select_data(self.tariff, row.tariff_id)
            form.addRow("Mode", self.mode)
            form.addRow("Tariff", self.tariff)
        else:
            self.mode.hide()
            self.tariff.hide()
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("DialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b02a2a;")
        self.error.hide()
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._update_hint()
        self.start.setFocus()

    def _update_hint(self) -> None:
        try:
            row = parse_window(ALL_DAYS, self.start.text(), self.end.text())
        except FormError:
            self.hint.setText("")
            return
        self.hint.setText(f"ends the next day at {format_time(row.end)}" if row.spans_midnight else "")

    def _mark(self, widget: QWidget, bad: bool) -> None:
        widget.setStyleSheet(ERROR_CSS if bad else "")

    def _try_accept(self) -> None:
        mode = None if self.grant else combo_mode(self.mode)
        tariff = None if self.grant else self.tariff.currentData()
        problems: dict[str, str] = {}
        row = None
        try:
            row = parse_window(self.days.mask(), self.start.text(), self.end.text(), mode, tariff)
        except FormError as e:
            problems = e.problems
        self._mark(self.days, "days" in problems)
        self._mark(self.start, "from" in problems)
        self._mark(self.end, "to" in problems)
        message = "\n".join(f"{k.capitalize()}: {v}" for k, v in problems.items())
        if row is not None:
            message = self.check(row) or ""
        if message:
            self.error.setText(message)
            self.error.show()
            return
        self.result_row = row
        self.accept()


class CopyDayDialog(QDialog):
    """Copy one day's windows to other days (the target days' own windows are replaced)."""

    def __init__(self, parent: QWidget, source: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Copy day to…")
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel("Copy the windows of"))
        self.source = QComboBox()
        self.source.addItems(DAY_LONG)
        self.source.setCurrentIndex(source)
        row.addWidget(self.source)
        row.addWidget(QLabel("to:"))
        row.addStretch(1)
        lay.addLayout(row)
        self.targets = DayPicker()
        lay.addWidget(self.targets)
        note = QLabel(
            "The windows that start on the chosen days are replaced. A window that starts on the copied "
            "day and runs past midnight is copied with its next-morning part."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color:#5b6068;")
        lay.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Copy")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(self._update)
        self.targets.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        src = self.source.currentIndex()
        for i, box in enumerate(self.targets.boxes):
            box.setEnabled(i != src)
            if i == src:
                box.setChecked(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.targets.mask() != 0)


class WeekCalendar(QWidget):
    """The week view. Set the windows, tariffs and default; read :meth:`windows` back after ``changed``."""

    changed = Signal()  # the windows were edited
    refused = Signal(str)  # an edit was refused; the message says why
    selection_changed = Signal()
    hovered = Signal(int, int)  # weekday, minute under the mouse; (-1, -1) when it leaves

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WeekCalendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(7 * 70 + GUTTER, 24 * 16 + HEADER)
        self.setAccessibleName("Week calendar")
        self.setAccessibleDescription(
            "Arrows select blocks; Shift+arrows move the selected block; Ctrl+Up/Down change its end; "
            "Enter edits; Delete removes; Ctrl+Z undoes."
        )
        self._windows: list[WindowRow] = []
        self._tariffs: list[TariffChoice] = []
        self._names: dict[int, str] = {}
        self._default_mode: AccessMode | None = AccessMode.PUBLIC
        self._default_tariff: str | None = None
        self._grant: str | None = None  # a special user's name: their own times, no mode/tariff
        self.selected: tuple[int, int] | None = None  # (window index, the weekday its occurrence starts on)
        self._drag: _Drag | None = None
        self._pending: WindowRow | None = None
        self._history: list[list[WindowRow]] = []
        self._now: tuple[int, int] | None = None
        self._last_mode: AccessMode | None = None
        self._last_tariff: dict[AccessMode, int | None] = {}
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self.new_block = NewBlockForm(self)
        self.new_block.accepted.connect(self._accept_pending)
        self.new_block.rejected.connect(self._cancel_pending)
        self.new_block.mode.currentIndexChanged.connect(self._pending_mode_changed)

    # --- data ------------------------------------------------------------------------------------------------

    def set_windows(self, windows: Sequence[WindowRow]) -> None:
        """Show these windows (a freshly loaded plan: selection and undo history are cleared)."""
        self._cancel_pending()
        self._windows = list(windows)
        self._history.clear()
        self.selected = None
        self._drag = None
        self.selection_changed.emit()
        self.update()

    def windows(self) -> list[WindowRow]:
        return list(self._windows)

    def set_tariffs(self, tariffs: Sequence[TariffChoice]) -> None:
        self._tariffs = list(tariffs)
        self._names = {t.id: t.name for t in tariffs}
        fill_tariff_combo(self.new_block.tariff, tariffs, "Default tariff")
        self.update()

    def set_default(self, mode: AccessMode | None, tariff: str | None) -> None:
        """The plan's default (drawn as the light background) and its tariff's name (for labels)."""
        self._default_mode, self._default_tariff = mode, tariff
        self.update()

    def set_grant(self, user: str | None) -> None:
        """Edit a special user's own times (blocks without mode or tariff), or a plan again (None)."""
        self._grant = user
        self.update()

    @property
    def grant_mode(self) -> bool:
        return self._grant is not None

    def set_now(self, weekday: int | None, minute: int = 0) -> None:
        self._now = None if weekday is None else (weekday, minute)
        self.update()

    def can_undo(self) -> bool:
        return bool(self._history)

    def selected_window(self) -> WindowRow | None:
        return self._windows[self.selected[0]] if self.selected is not None else None

    def pieces(self) -> list[Piece]:
        return day_pieces(self._windows)

    def label_of(self, row: WindowRow) -> str:
        """``"Limited · employee 07:00–18:00"``."""
        return f"{self._title(row)} {row.times}"

    def _title(self, row: WindowRow) -> str:
        if row.mode is None:
            return self._grant or "Access"
        tariff = self._names.get(row.tariff_id) if row.tariff_id is not None else None
        return f"{mode_name(row.mode)} · {tariff}" if tariff else mode_name(row.mode)

    # --- geometry --------------------------------------------------------------------------------------------

    def _grid(self) -> QRectF:
        return QRectF(
            GUTTER, HEADER, max(1.0, self.width() - GUTTER - 1), max(1.0, self.height() - HEADER - 1)
        )

    def _col_w(self) -> float:
        return self._grid().width() / 7

    def _ppm(self) -> float:
        return self._grid().height() / DAY

    def x_of(self, column: int) -> float:
        return GUTTER + column * self._col_w()

    def y_of(self, minute: int) -> float:
        return HEADER + minute * self._ppm()

    def point_at(self, day: int, minute: int, dx: float = 0.5) -> QPoint:
        """The widget point in ``day``'s column (``dx`` across it) at ``minute`` — for tests and tooltips."""
        return QPoint(round(self.x_of(day) + self._col_w() * dx), round(self.y_of(minute)))

    def piece_rect(self, piece: Piece) -> QRectF:
        top, bottom = self.y_of(piece.start), self.y_of(piece.end)
        return QRectF(self.x_of(piece.column) + 2, top, self._col_w() - 4, max(bottom - top, 3.0))

    def block_rect(self, index: int, day: int, morning: bool = False) -> QRectF:
        for p in self.pieces():
            if p.index == index and p.day == day and p.is_morning == morning:
                return self.piece_rect(p)
        raise LookupError(f"window {index} has no block on {DAY_NAMES[day]}")

    def _day_at(self, x: float) -> int:
        return min(6, max(0, int((x - GUTTER) // self._col_w())))

    def _minute_at(self, y: float, snap: int = SNAP) -> int:
        raw = (y - HEADER) / self._ppm()
        return min(DAY, max(0, round(raw / snap) * snap))

    def _hit(self, pos: QPointF) -> tuple[Piece, str] | None:
        for p in reversed(self.pieces()):
            rect = self.piece_rect(p)
            if not rect.adjusted(0, -2, 0, 2).contains(pos):
                continue
            edge = min(EDGE, rect.height() / 4)
            if not p.is_morning and pos.y() <= rect.top() + edge:
                return p, "top"
            if not p.is_evening and pos.y() >= rect.bottom() - edge:
                return p, "bottom"
            return p, "move"
        return None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(7 * 120 + GUTTER, 24 * 22 + HEADER)

    # --- painting --------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self._grid()
        p.fillRect(self.rect(), QColor("white"))
        if self._grant is None and self._default_mode is not None:
            p.fillRect(grid, light(mode_colour(self._default_mode)))
        else:
            p.fillRect(grid, QColor("#f4f5f7"))
        small = QFont(self.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        p.setFont(small)
        fm = QFontMetricsF(small)
        hour_px = grid.height() / 24
        step = 1 if hour_px >= fm.height() * 1.6 else 2 if hour_px * 2 >= fm.height() * 1.4 else 3
        for h in range(25):
            y = self.y_of(h * 60)
            strong = h % 6 == 0
            p.setPen(QPen(QColor("#b9bec6" if strong else "#dde0e4"), 1))
            p.drawLine(QPointF(GUTTER - (6 if strong else 3), y), QPointF(grid.right(), y))
            if h % step == 0 and h < 24:
                p.setPen(QColor("#5b6068"))
                box = QRectF(0, y - fm.height() / 2, GUTTER - 8, fm.height())
                p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{h:02d}:00")
        header_font = QFont(self.font())
        header_font.setBold(True)
        for d in range(8):
            x = self.x_of(d)
            p.setPen(QPen(QColor("#b9bec6"), 1))
            p.drawLine(QPointF(x, HEADER - 4), QPointF(x, grid.bottom()))
            if d < 7:
                today = self._now is not None and self._now[0] == d
                p.setFont(header_font if today else self.font())
                p.setPen(QColor("#1f5fbf" if today else "#1f2933"))
                p.drawText(
                    QRectF(x, 0, self._col_w(), HEADER - 2),
                    Qt.AlignmentFlag.AlignCenter,
                    DAY_LONG[d] if self._col_w() > 90 else DAY_NAMES[d],
                )
        p.setFont(small)
        moving = self._drag is not None and self._drag.active and self._drag.kind != "draw"
        for piece in self.pieces():
            faded = (
                moving
                and self._drag is not None
                and (piece.index, piece.day) == (self._drag.index, self._drag.day)
            )
            self._paint_piece(p, piece, fm, faded=faded)
        if self._drag is not None and self._drag.active and self._drag.row is not None:
            self._paint_ghost(p, self._drag.row, fm, bad=self._drag.problem is not None)
        if self._pending is not None:
            pending = (
                replace(self._pending, mode=combo_mode(self.new_block.mode))
                if not self.grant_mode
                else self._pending
            )
            self._paint_ghost(p, pending, fm, bad=False)
        if self._now is not None:
            day, minute = self._now
            y = self.y_of(minute)
            p.setPen(QPen(QColor("#c63b3b"), 2))
            p.drawLine(QPointF(self.x_of(day), y), QPointF(self.x_of(day + 1), y))
            p.setBrush(QColor("#c63b3b"))
            p.drawEllipse(QPointF(self.x_of(day), y), 3.5, 3.5)
        p.end()

    def _paint_piece(self, p: QPainter, piece: Piece, fm: QFontMetricsF, *, faded: bool) -> None:
        rect = self.piece_rect(piece)
        colour = mode_colour(piece.row.mode)
        if faded:
            colour.setAlpha(90)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawRoundedRect(rect, 4, 4)
        if piece.is_evening:  # square off the side that continues in the next column
            p.drawRect(QRectF(rect.left(), rect.bottom() - 4, rect.width(), 4))
        if piece.is_morning:
            p.drawRect(QRectF(rect.left(), rect.top(), rect.width(), 4))
        selected = self.selected is not None and self.selected[0] == piece.index
        if selected:
            this = self.selected is not None and self.selected[1] == piece.day
            pen = QPen(QColor("#1f2933"), 2.5 if this else 1.2)
            if not this:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
            if this and self.hasFocus():
                handle = QColor("#1f2933")
                cx = rect.center().x()
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(handle)
                if not piece.is_morning:
                    p.drawRect(QRectF(cx - 8, rect.top() + 1, 16, 3))
                if not piece.is_evening:
                    p.drawRect(QRectF(cx - 8, rect.bottom() - 4, 16, 3))
        self._paint_label(p, rect, piece.row, fm, continued=piece.is_morning)

    def _paint_label(
        self, p: QPainter, rect: QRectF, row: WindowRow, fm: QFontMetricsF, *, continued: bool
    ) -> None:
        text_rect = rect.adjusted(5, 2, -4, -2)
        if text_rect.height() < fm.height() * 0.9 or text_rect.width() < 20:
            return
        p.setPen(text_colour(row.mode))
        title = ("↳ " if continued else "") + self._title(row)
        lines = [title, row.times] if text_rect.height() >= fm.height() * 2 else [f"{title} {row.times}"]
        y = text_rect.top()
        for line in lines:
            elided = fm.elidedText(line, Qt.TextElideMode.ElideRight, text_rect.width())
            p.drawText(
                QRectF(text_rect.left(), y, text_rect.width(), fm.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            y += fm.height()

    def _paint_ghost(self, p: QPainter, row: WindowRow, fm: QFontMetricsF, *, bad: bool) -> None:
        for piece in day_pieces([row]):
            rect = self.piece_rect(piece)
            colour = QColor("#c63b3b") if bad else mode_colour(row.mode)
            fill = QColor(colour)
            fill.setAlpha(150)
            p.setBrush(fill)
            pen = QPen(colour.darker(130), 1.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRoundedRect(rect, 4, 4)
            self._paint_label(p, rect, row, fm, continued=piece.is_morning)

    # --- editing primitives -----------------------------------------------------------------------------------

    def _commit(self, windows: list[WindowRow], select: tuple[WindowRow, int] | None) -> bool:
        """Apply an edit if no windows overlap; otherwise say why (``refused``) and keep things as they were."""
        windows = merge(windows)
        problem = first_window_problem(windows)
        if problem is not None:
            self.refused.emit(problem)
            self.update()
            return False
        self._history.append(self._windows)
        del self._history[:-100]
        self._windows = windows
        self._select_row(select)
        self.changed.emit()
        self.update()
        return True

    def _select_row(self, select: tuple[WindowRow, int] | None) -> None:
        """Select the occurrence on ``day`` of the window that now holds ``row``'s times, mode and tariff."""
        self.selected = None
        if select is not None:
            row, day = select
            key = (row.start, row.end, row.mode, row.tariff_id)
            for i, w in enumerate(self._windows):
                if (w.start, w.end, w.mode, w.tariff_id) == key and w.days >> day & 1:
                    self.selected = (i, day)
                    break
        self.selection_changed.emit()

    def _replace_occurrence(self, index: int, day: int, new: WindowRow, all_days: bool) -> list[WindowRow]:
        out = list(self._windows)
        old = out[index]
        if all_days or old.days == day_mask(day):
            out[index] = new
        else:
            out[index] = replace(old, days=old.days & ~day_mask(day))
            out.insert(index + 1, new)
        return out

    def _moved(
        self, index: int, day: int, delta_days: int, delta_minutes: int, all_days: bool
    ) -> tuple[list[WindowRow], WindowRow, int]:
        old = self._windows[index]
        one, new_day = shifted(old, day, delta_days, delta_minutes)
        new = replace(one, days=rotate(old.days, new_day - day)) if all_days else one
        return self._replace_occurrence(index, day, new, all_days), new, new_day

    def _resized(
        self, index: int, day: int, start: int, end: int, all_days: bool
    ) -> tuple[list[WindowRow], WindowRow, int]:
        old = self._windows[index]
        new = replace(old, start=start, end=end, days=old.days if all_days else day_mask(day))
        return self._replace_occurrence(index, day, new, all_days), new, day

    def undo(self) -> None:
        if not self._history:
            return
        self._cancel_pending()
        self._windows = self._history.pop()
        self.selected = None
        self.selection_changed.emit()
        self.changed.emit()
        self.update()

    def copy_day(self, source: int, targets: int) -> bool:
        """Give the ``targets`` days (a mask) the windows that start on ``source``; theirs are replaced."""
        targets &= ~day_mask(source)
        if not targets:
            return False
        out = []
        for w in self._windows:
            days = (w.days & ~targets) | (targets if w.days >> source & 1 else 0)
            if days:
                out.append(replace(w, days=days))
        problem_free = self._commit(out, None)
        if not problem_free:
            return False
        return True

    def remove(self, index: int, day: int | None) -> None:
        """Remove window ``index`` on ``day`` only, or on all its days (``day`` None)."""
        out = list(self._windows)
        w = out[index]
        if day is None or w.days == day_mask(day):
            del out[index]
        else:
            out[index] = replace(w, days=w.days & ~day_mask(day))
        self._commit(out, None)

    def add(self, row: WindowRow) -> bool:
        return self._commit([*self._windows, row], (row, first_day(row.days)))

    def replace_window(self, index: int, row: WindowRow) -> bool:
        out = list(self._windows)
        out[index] = row
        day = self.selected[1] if self.selected and row.days >> self.selected[1] & 1 else first_day(row.days)
        return self._commit(out, (row, day))

    # --- new blocks ---------------------------------------------------------------------------------------------

    def _new_mode(self) -> AccessMode:
        if self._last_mode is not None:
            return self._last_mode
        return AccessMode.LIMITED if self._default_mode is not AccessMode.LIMITED else AccessMode.PUBLIC

    def _show_pending(self, row: WindowRow) -> None:
        self._pending = row
        form = self.new_block
        form.heading.setText(f"New window · {format_days(row.days)} {row.times}")
        mode = self._new_mode()
        select_data(form.mode, mode)
        select_data(form.tariff, self._last_tariff.get(mode))
        form.adjustSize()
        rect = self.piece_rect(day_pieces([row])[0])
        x = rect.right() + 6
        if x + form.width() > self.width():
            x = rect.left() - form.width() - 6
        y = min(max(HEADER, rect.top()), self.height() - form.height() - 2)
        form.move(round(max(0, x)), round(max(0, y)))
        form.show()
        form.raise_()
        form.mode.setFocus()
        self.update()

    def _pending_mode_changed(self) -> None:
        if self._pending is not None:
            mode = combo_mode(self.new_block.mode)
            if mode in self._last_tariff:
                select_data(self.new_block.tariff, self._last_tariff[mode])
            self.update()

    def _accept_pending(self) -> None:
        if self._pending is None:
            return
        mode, tariff = combo_mode(self.new_block.mode), self.new_block.tariff.currentData()
        row = replace(self._pending, mode=mode, tariff_id=tariff)
        self._last_mode, self._last_tariff[mode] = mode, tariff
        self._pending = None
        self.new_block.hide()
        self.setFocus()
        self.add(row)

    def _cancel_pending(self) -> None:
        had = self._pending is not None
        self._pending = None
        if self.new_block.isVisible():
            self.new_block.hide()
            self.setFocus()
        if had:
            self.update()

    @property
    def pending(self) -> WindowRow | None:
        return self._pending

    # --- dialogs --------------------------------------------------------------------------------------------------

    def _check_against_others(self, index: int | None) -> Callable[[WindowRow], str | None]:
        def check(row: WindowRow) -> str | None:
            others = [w for i, w in enumerate(self._windows) if i != index]
            return first_window_problem([*others, row])

        return check

    def open_add_dialog(self, day: int | None = None, minute: int | None = None) -> None:
        day = day if day is not None else (self.selected[1] if self.selected else 0)
        start = 8 * 60 if minute is None else min(minute, DAY - 60)
        row = WindowRow(
            day_mask(day),
            start,
            start + 60 if minute is not None else 12 * 60,
            None if self.grant_mode else self._new_mode(),
            None if self.grant_mode else self._last_tariff.get(self._new_mode()),
        )
        dialog = WindowDialog(
            self,
            row,
            self._tariffs,
            grant=self.grant_mode,
            title="Add access time" if self.grant_mode else "Add window",
            check=self._check_against_others(None),
        )
        dialog.accepted.connect(lambda: dialog.result_row is not None and self.add(dialog.result_row))
        self._open(dialog)

    def open_edit_dialog(self) -> None:
        if self.selected is None:
            return
        index = self.selected[0]
        dialog = WindowDialog(
            self,
            self._windows[index],
            self._tariffs,
            grant=self.grant_mode,
            title="Edit access time" if self.grant_mode else "Edit window",
            check=self._check_against_others(index),
        )
        dialog.accepted.connect(
            lambda: dialog.result_row is not None and self.replace_window(index, dialog.result_row)
        )
        self._open(dialog)

    def open_copy_dialog(self, source: int | None = None) -> None:
        source = source if source is not None else (self.selected[1] if self.selected else 0)
        dialog = CopyDayDialog(self, source)
        dialog.accepted.connect(lambda: self.copy_day(dialog.source.currentIndex(), dialog.targets.mask()))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        self._cancel_pending()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.setFocus()

    def confirm_delete(self) -> None:
        """Ask before removing the selected block (that day only, or every day of its window)."""
        if self.selected is None:
            return
        index, day = self.selected
        w = self._windows[index]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Remove window")
        what = self.label_of(w) if not self.grant_mode else f"access time {w.times}"
        box.setText(f"Remove {what} on {DAY_LONG[day]}?")
        this_day = box.addButton(f"Remove {DAY_LONG[day]}", QMessageBox.ButtonRole.DestructiveRole)
        every_day = None
        if w.days != day_mask(day):
            box.setInformativeText(f"The window also applies on other days ({format_days(w.days)}).")
            every_day = box.addButton(
                f"Remove all ({format_days(w.days)})", QMessageBox.ButtonRole.DestructiveRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(this_day)

        def done() -> None:
            clicked = box.clickedButton()
            self.confirm = None
            if clicked is this_day:
                self.remove(index, day)
            elif every_day is not None and clicked is every_day:
                self.remove(index, None)
            self.setFocus()

        box.finished.connect(done)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    # --- mouse -------------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus()
        self._cancel_pending()
        pos = event.position()
        if pos.x() < GUTTER or pos.y() < HEADER:
            return None
        all_days = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        hit = self._hit(pos)
        if hit is not None:
            piece, zone = hit
            if self.selected != (piece.index, piece.day):
                self.selected = (piece.index, piece.day)
                self.selection_changed.emit()
            self._drag = _Drag(zone, pos, piece.index, piece.day, all_days=all_days)
        else:
            if self.selected is not None:
                self.selected = None
                self.selection_changed.emit()
            self._drag = _Drag("draw", pos, anchor=(self._day_at(pos.x()), self._minute_at(pos.y())))
        self.update()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        pos = event.position()
        if self._drag is not None:
            self._drag_to(pos)
            return
        if pos.x() >= GUTTER and pos.y() >= HEADER:
            self.hovered.emit(self._day_at(pos.x()), min(DAY - 1, self._minute_at(pos.y())))
        hit = self._hit(pos)
        if hit is None:
            self.setCursor(
                Qt.CursorShape.CrossCursor
                if pos.x() >= GUTTER and pos.y() >= HEADER
                else Qt.CursorShape.ArrowCursor
            )
        elif hit[1] in ("top", "bottom"):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        self.hovered.emit(-1, -1)
        super().leaveEvent(event)

    def _drag_to(self, pos: QPointF) -> None:
        d = self._drag
        assert d is not None
        if not d.active:
            if (pos - d.press).manhattanLength() < QApplication.startDragDistance():
                return
            d.active = True
        if d.kind == "draw":
            d.result, d.row, d.new_day = self._drawn(d, pos)
        elif d.kind == "move":
            delta_days = self._day_at(pos.x()) - self._day_at(d.press.x())
            delta_minutes = round((pos.y() - d.press.y()) / self._ppm() / SNAP) * SNAP
            d.result, d.row, d.new_day = self._moved(d.index, d.day, delta_days, delta_minutes, d.all_days)
        else:
            old = self._windows[d.index]
            minute = self._minute_at(pos.y())
            if d.kind == "top":
                low, high = (old.end + SNAP, DAY - SNAP) if old.spans_midnight else (0, old.end - SNAP)
                start, end = min(max(minute, low), high), old.end
            else:
                low, high = (SNAP, old.start - SNAP) if old.spans_midnight else (old.start + SNAP, DAY)
                start, end = old.start, min(max(minute, low), high)
            d.result, d.row, d.new_day = self._resized(d.index, d.day, start, end, d.all_days)
        d.problem = first_window_problem(merge(d.result)) if d.result is not None else None
        self.setCursor(
            Qt.CursorShape.ClosedHandCursor
            if d.kind == "move"
            else Qt.CursorShape.SizeVerCursor
            if d.kind != "draw"
            else Qt.CursorShape.CrossCursor
        )
        self.update()

    def _drawn(self, d: _Drag, pos: QPointF) -> tuple[list[WindowRow] | None, WindowRow | None, int]:
        day, anchor = d.anchor
        here_day, minute = self._day_at(pos.x()), self._minute_at(pos.y())
        if here_day == (day + 1) % 7 and here_day != day and minute < anchor:
            # dragged into the next morning: a window across midnight
            start, end = anchor, minute or DAY
        else:
            start, end = min(anchor, minute), max(anchor, minute)
            if end - start < SNAP:
                return None, None, day
        row = WindowRow(day_mask(day), start, end, None, None)
        return [*self._windows, row], row, day

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        d = self._drag
        if event.button() != Qt.MouseButton.LeftButton or d is None:
            return super().mouseReleaseEvent(event)
        self._drag_to(event.position())
        self._drag = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if not d.active or d.result is None or d.row is None:
            self.update()
            return None
        if d.problem is not None:
            self.refused.emit(d.problem)
            self.update()
            return None
        if d.kind == "draw":
            if self.grant_mode:
                self.add(d.row)
            else:
                self._show_pending(d.row)
            return None
        self._commit(d.result, (d.row, d.new_day))
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._drag = None
        pos = event.position()
        if pos.x() < GUTTER or pos.y() < HEADER:
            return
        hit = self._hit(pos)
        if hit is not None:
            self.selected = (hit[0].index, hit[0].day)
            self.selection_changed.emit()
            self.open_edit_dialog()
        else:
            self.open_add_dialog(self._day_at(pos.x()), self._minute_at(pos.y(), snap=60))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
                return True
            row = hit[0].row
            lines = [self._title(row), row.label]
            if row.mode is not None and row.tariff_id is None:
                default = f"'{self._default_tariff}'" if self._default_tariff else "none"
                lines.append(f"Tariff: the default tariff ({default})")
            if row.spans_midnight:
                lines.append(f"Runs past midnight until {format_time(row.end)} the next day")
            lines.append(
                "Drag to move · drag the top or bottom edge to resize · Shift: every day of this window · "
                "double-click to edit"
            )
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
            return True
        return super().event(event)

    # --- keyboard ------------------------------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        arrows = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        if key == Qt.Key.Key_Escape:
            if self._drag is not None:
                self._drag = None
            elif self.selected is not None:
                self.selected = None
                self.selection_changed.emit()
            else:
                return super().keyPressEvent(event)
            self.update()
        elif key == Qt.Key.Key_Z and ctrl:
            self.undo()
        elif key in arrows and shift and self.selected is not None:
            index, day = self.selected
            dd = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key, 0)
            dm = {Qt.Key.Key_Up: -SNAP, Qt.Key.Key_Down: SNAP}.get(key, 0)
            result, row, new_day = self._moved(index, day, dd, dm, False)
            self._commit(result, (row, new_day))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl and self.selected is not None:
            index, day = self.selected
            w = self._windows[index]
            end = w.end + (SNAP if key == Qt.Key.Key_Down else -SNAP)
            if w.spans_midnight:
                end = min(max(end, SNAP), w.start - SNAP)
            else:
                end = min(max(end, w.start + SNAP), DAY)
            result, row, new_day = self._resized(index, day, w.start, end, False)
            self._commit(result, (row, new_day))
        elif key in arrows:
            self._move_selection(key)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if self.selected is not None:
                self.open_edit_dialog()
            else:
                self.open_add_dialog()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self.confirm_delete()
        elif key == Qt.Key.Key_Insert:
            self.open_add_dialog()
        else:
            return super().keyPressEvent(event)
        event.accept()
        return None

    def _move_selection(self, key: int) -> None:
        """Arrows: Up/Down to the previous/next block of the day, Left/Right to the nearest block on another day."""
        pieces = self.pieces()
        if not pieces:
            return
        ordered = sorted(pieces, key=lambda p: (p.column, p.start))
        current = None
        if self.selected is not None:
            current = next(
                (p for p in ordered if (p.index, p.day) == self.selected and not p.is_morning), None
            )
            current = current or next((p for p in ordered if (p.index, p.day) == self.selected), None)
        if current is None:
            target = ordered[0]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            column = [p for p in ordered if p.column == current.column]
            i = column.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            if not 0 <= i < len(column):
                return
            target = column[i]
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            target = None
            column = current.column + step
            while 0 <= column <= 6 and target is None:
                here = [p for p in ordered if p.column == column]
                if here:
                    target = min(here, key=lambda p: (abs(p.start - current.start), p.start))
                column += step
            if target is None:
                return
        self.selected = (target.index, target.day)
        self.selection_changed.emit()
        self.update()

    def focusInEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()


__all__ = [
    "CopyDayDialog",
    "combo_mode",
    "DayPicker",
    "NewBlockForm",
    "Piece",
    "WeekCalendar",
    "WindowDialog",
    "mode_colour",
]
