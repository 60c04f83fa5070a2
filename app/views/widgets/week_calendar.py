"""A week of access windows: Mon–Sun columns × 24 hours, each window a coloured block that can be drawn,
moved, resized, edited, copied and deleted with the mouse or the keyboard.

The module is the widget, the controller: it turns mouse, keys and dialogs into edits of its model
(:class:`~app.services.admin.week_edits.WeekEdits`, no Qt: windows, selection, undo) and hands what to show to
the painter (:mod:`app.views.widgets.week_painting`: geometry and painting); its forms and dialogs are in
:mod:`app.views.widgets.week_forms`, the week's algebra in :mod:`app.services.rules.week`.

What a block carries besides its times is its kind's business (:mod:`app.views.widgets.week_kinds`, a strategy
object: an access plan's mode and tariff, a special user's own times, a circuit's limit): its title and colour,
the background's meaning, and the forms that ask for a new or edited block's content.

Why a custom-painted QWidget and not a QGraphicsView: the grid is fixed (7 columns × 1440 minutes) and a plan
has a few dozen blocks at most, so hit-testing is arithmetic on the grid, a full repaint costs nothing, and the
model stays a plain list of :class:`~app.services.admin.access_plans.WindowRow` — no scene items to keep in step with
it, no view/scene coordinate mapping, and the widget resizes with the page without a zoom transform.

Editing rules (what a person sees):

* every day of a window is drawn as a block; a window that runs past midnight is drawn as two pieces (the
  evening and the next morning) and is moved, resized and edited as one;
* dragging or resizing a block changes that day only (hold Shift to change every day of its window);
  windows that end up identical on other days are merged back into one row ("Mon–Fri");
* double-click or Enter edits the whole window (days, from, to and what it carries); Delete removes it (asked);
* every edit snaps to 15 minutes, and an edit that would make two windows overlap is refused with the rule
  engine's message (:func:`~app.services.rules.plan.validate_windows`); Ctrl+Z undoes the last edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolTip,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin.access_plans import AccessMode, TariffChoice, WindowRow
from app.services.admin.week_edits import Proposal, WeekEdits
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.rules.timeparse import DAY_NAMES, format_days, format_time
from app.services.rules.week import DAY, Piece, day_mask, day_pieces
from app.services.validation import FormError
from app.views.widgets.style import MUTED_CSS
from app.views.widgets.week_drag import Drag
from app.views.widgets.week_forms import CopyDayDialog, NewBlockForm
from app.views.widgets.week_kinds import AccessTimes, BlockKind, PlanWindows
from app.views.widgets.week_painting import GUTTER, HEADER, SNAP, WeekGeometry, WeekScene, Zone, paint_week


class WeekCalendar(QWidget):
    """The week view. Set the kind of block (an access plan's windows by default: its tariffs and default),
    the windows; read :meth:`windows` back after ``changed``."""

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
        self.model = WeekEdits()
        self._plan = PlanWindows()
        self.kind: BlockKind = self._plan
        self._drag: Drag | None = None
        self._pending: WindowRow | None = None
        self._now: tuple[int, int] | None = None
        self.dialog: QDialog | None = None
        self.confirm: QMessageBox | None = None
        self.new_block: NewBlockForm = self._new_block_form()

    def _new_block_form(self) -> NewBlockForm:
        form = self.kind.new_block_form(self)
        form.accepted.connect(self._accept_pending)
        form.rejected.connect(self._cancel_pending)
        form.edited.connect(self.update)
        return form

    # --- data ------------------------------------------------------------------------------------------------

    def set_windows(self, windows: Sequence[WindowRow]) -> None:
        """Show these windows (a freshly loaded plan: selection and undo history are cleared)."""
        self._cancel_pending()
        self.model.reset(windows)
        self._drag = None
        self.selection_changed.emit()
        self.update()

    def windows(self) -> list[WindowRow]:
        return list(self.model.windows)

    @property
    def selected(self) -> tuple[int, int] | None:
        """The selected block: (window index, the weekday its occurrence starts on)."""
        return self.model.selected

    @selected.setter
    def selected(self, block: tuple[int, int] | None) -> None:
        self.model.selected = block

    def set_kind(self, kind: BlockKind) -> None:
        """Edit blocks of this kind from now on (set the windows afterwards)."""
        self._cancel_pending()
        self.kind = kind
        self.new_block.deleteLater()
        self.new_block = self._new_block_form()
        self.update()

    def set_tariffs(self, tariffs: Sequence[TariffChoice]) -> None:
        """An access plan's tariffs (for its windows' forms and labels)."""
        self._plan.set_tariffs(tariffs)
        if self.kind is self._plan:
            self.set_kind(self._plan)  # its new-block form lists them
        self.update()

    def set_default(self, mode: AccessMode | None, tariff: str | None) -> None:
        """An access plan's default (drawn as the light background) and its tariff's name (for labels)."""
        self._plan.default_mode, self._plan.default_tariff = mode, tariff
        self.update()

    def set_grant(self, user: str | None) -> None:
        """Edit a special user's own times (blocks without mode or tariff), or an access plan again (None)."""
        self.set_kind(AccessTimes(user) if user is not None else self._plan)

    @property
    def grant_mode(self) -> bool:
        return isinstance(self.kind, AccessTimes)

    def set_now(self, weekday: int | None, minute: int = 0) -> None:
        self._now = None if weekday is None else (weekday, minute)
        self.update()

    def can_undo(self) -> bool:
        return self.model.can_undo

    def selected_window(self) -> WindowRow | None:
        return self.model.selected_window()

    def pieces(self) -> list[Piece[WindowRow]]:
        return self.model.pieces()

    def label_of(self, row: WindowRow) -> str:
        """``"Limited · employee 07:00–18:00"``, ``"32 A 11:00–14:00"``."""
        return f"{self.kind.title(row)} {row.times}"

    # --- geometry (see week_painting) ---------------------------------------------------------------------------

    def geometry_now(self) -> WeekGeometry:
        return WeekGeometry(self.width(), self.height())

    def x_of(self, column: int) -> float:
        return self.geometry_now().x_of(column)

    def y_of(self, minute: int) -> float:
        return self.geometry_now().y_of(minute)

    def point_at(self, day: int, minute: int, dx: float = 0.5) -> QPoint:
        """The widget point in ``day``'s column (``dx`` across it) at ``minute`` — for tests and tooltips."""
        return self.geometry_now().point_at(day, minute, dx)

    def piece_rect(self, piece: Piece[WindowRow]) -> QRectF:
        return self.geometry_now().piece_rect(piece)

    def block_rect(self, index: int, day: int, morning: bool = False) -> QRectF:
        for p in self.pieces():
            if p.index == index and p.day == day and p.is_morning == morning:
                return self.piece_rect(p)
        raise LookupError(f"window {index} has no block on {DAY_NAMES[day]}")

    def _hit(self, pos: QPointF) -> tuple[Piece[WindowRow], Zone] | None:
        return self.geometry_now().hit(self.pieces(), pos)

    def sizeHint(self) -> QSize:
        return QSize(7 * 120 + GUTTER, 24 * 22 + HEADER)

    # --- painting (see week_painting) ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        drag = self._drag
        ghosts: list[tuple[WindowRow, bool]] = []
        if drag is not None and drag.active and drag.row is not None:
            ghosts.append((drag.row, drag.problem is not None))
        if self._pending is not None:
            ghosts.append((self.new_block.preview(self._pending), False))
        moving = drag is not None and drag.active and drag.kind != "draw"
        scene = WeekScene(
            geometry=self.geometry_now(),
            font=self.font(),
            pieces=self.pieces(),
            kind=self.kind,
            selected=self.selected,
            focused=self.hasFocus(),
            faded=(drag.index, drag.day) if moving and drag is not None else None,
            ghosts=ghosts,
            now=self._now,
        )
        p = QPainter(self)
        paint_week(p, scene)
        p.end()

    # --- editing (the model is services.admin.week_edits) ----------------------------------------------------------

    def _commit(self, windows: list[WindowRow], select: tuple[WindowRow, int] | None) -> bool:
        """Apply an edit if no windows overlap; otherwise say why (``refused``) and keep things as they were."""
        problem = self.model.commit(windows, select)
        if problem is not None:
            self.refused.emit(problem)
            self.update()
            return False
        self.selection_changed.emit()
        self.changed.emit()
        self.update()
        return True

    def _apply(self, proposal: Proposal) -> bool:
        return self._commit(proposal.windows, (proposal.row, proposal.day))

    def undo(self) -> None:
        if not self.model.can_undo:
            return
        self._cancel_pending()
        self.model.undo()
        self.selection_changed.emit()
        self.changed.emit()
        self.update()

    def copy_day(self, source: int, targets: int) -> bool:
        """Give the ``targets`` days (a mask) the windows that start on ``source``; theirs are replaced."""
        windows = self.model.day_copied(source, targets)
        return windows is not None and self._commit(windows, None)

    def remove(self, index: int, day: int | None) -> None:
        """Remove window ``index`` on ``day`` only, or on all its days (``day`` None)."""
        self._commit(self.model.without(index, day), None)

    def add(self, row: WindowRow) -> bool:
        return self._apply(self.model.added(row))

    def replace_window(self, index: int, row: WindowRow) -> bool:
        return self._apply(self.model.replaced(index, row))

    # --- new blocks ---------------------------------------------------------------------------------------------

    def _show_pending(self, row: WindowRow) -> None:
        self._pending = row
        form = self.new_block
        form.heading.setText(
            translate("WeekCalendar", self.kind.new_heading).format(
                days=format_days(row.days), times=row.times
            )
        )
        form.prepare(row)
        form.show_problems({})
        form.adjustSize()
        rect = self.piece_rect(day_pieces([row])[0])
        x = rect.right() + 6
        if x + form.width() > self.width():
            x = rect.left() - form.width() - 6
        y = min(max(HEADER, rect.top()), self.height() - form.height() - 2)
        form.move(round(max(0, x)), round(max(0, y)))
        form.show()
        form.raise_()
        form.first_input().setFocus()
        self.update()

    def _accept_pending(self) -> None:
        if self._pending is None:
            return
        try:
            row = self.new_block.block(self._pending)
        except FormError as e:  # the form says what is wrong and stays open; the drawn block stays pending
            self.new_block.show_problems(e.problems)
            return
        self.kind.remember(row)
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

    def open_add_dialog(self, day: int | None = None, minute: int | None = None) -> None:
        day = day if day is not None else (self.selected[1] if self.selected else 0)
        start = 8 * 60 if minute is None else min(minute, DAY - 60)
        row = self.kind.new_row(day_mask(day), start, start + 60 if minute is not None else 12 * 60)
        dialog = self.kind.dialog(
            self,
            row,
            title=translate("WeekCalendar", self.kind.add_title),
            check=self.model.check_against_others(None),
        )
        dialog.accepted.connect(lambda: dialog.result_row is not None and self.add(dialog.result_row))
        self._open(dialog)

    def open_edit_dialog(self) -> None:
        if self.selected is None:
            return
        index = self.selected[0]
        dialog = self.kind.dialog(
            self,
            self.model.windows[index],
            title=translate("WeekCalendar", self.kind.edit_title),
            check=self.model.check_against_others(index),
        )
        dialog.accepted.connect(
            lambda: dialog.result_row is not None and self.replace_window(index, dialog.result_row)
        )
        self._open(dialog)

    def open_copy_dialog(self, source: int | None = None) -> None:
        source = source if source is not None else (self.selected[1] if self.selected else 0)
        dialog = CopyDayDialog(self, source)
        dialog.accepted.connect(
            lambda: self.copy_day(dialog.source.currentIndex(), dialog.targets.days_mask())
        )
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
        w = self.model.windows[index]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("WeekCalendar", self.kind.remove_title))
        box.setText(
            translate("WeekCalendar", "Remove {block} on {day}?").format(
                block=self.kind.removal(w), day=fmt.day_name(day, wide=True)
            )
        )
        this_day = box.addButton(
            translate("WeekCalendar", "Remove {day}").format(day=fmt.day_name(day, wide=True)),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        every_day = None
        if w.days != day_mask(day):
            box.setInformativeText(
                translate("WeekCalendar", self.kind.other_days).format(days=format_days(w.days))
            )
            every_day = box.addButton(
                translate("WeekCalendar", "Remove all ({days})").format(days=format_days(w.days)),
                QMessageBox.ButtonRole.DestructiveRole,
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
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
            self._drag = Drag(zone, pos, piece.index, piece.day, all_days=all_days)
        else:
            if self.selected is not None:
                self.selected = None
                self.selection_changed.emit()
            self._drag = Drag(
                "draw",
                pos,
                anchor=(self.geometry_now().day_at(pos.x()), self.geometry_now().minute_at(pos.y())),
            )
        self.update()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is not None:
            self._drag_to(pos)
            return
        if pos.x() >= GUTTER and pos.y() >= HEADER:
            self.hovered.emit(
                self.geometry_now().day_at(pos.x()), min(DAY - 1, self.geometry_now().minute_at(pos.y()))
            )
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

    def leaveEvent(self, event: QEvent) -> None:
        self.hovered.emit(-1, -1)
        super().leaveEvent(event)

    def _drag_to(self, pos: QPointF) -> None:
        d = self._drag
        assert d is not None
        if d.follow(pos, self.geometry_now(), self.model, QApplication.startDragDistance()):
            self.setCursor(d.cursor)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
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
            if self.kind.asks_on_draw:
                self._show_pending(d.row)
            else:
                self.add(d.row)
            return None
        self._commit(d.result, (d.row, d.new_day))
        return None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
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
            self.open_add_dialog(
                self.geometry_now().day_at(pos.x()), self.geometry_now().minute_at(pos.y(), snap=60)
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
                return True
            row = hit[0].row
            lines = [self.kind.title(row), row.label, *self.kind.notes(row)]
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
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
            dd = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
            dm = {Qt.Key.Key_Up: -SNAP, Qt.Key.Key_Down: SNAP}.get(Qt.Key(key), 0)
            self._apply(self.model.moved(index, day, dd, dm, False))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl and self.selected is not None:
            index, day = self.selected
            w = self.model.windows[index]
            end = w.end + (SNAP if key == Qt.Key.Key_Down else -SNAP)
            if w.spans_midnight:
                end = min(max(end, SNAP), w.start - SNAP)
            else:
                end = min(max(end, w.start + SNAP), DAY)
            self._apply(self.model.resized(index, day, w.start, end, False))
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
            same_day = [p for p in ordered if p.column == current.column]
            i = same_day.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            if not 0 <= i < len(same_day):
                return
            target = same_day[i]
        else:
            step = 1 if key == Qt.Key.Key_Right else -1
            found: Piece[WindowRow] | None = None
            column = current.column + step
            start = current.start
            while 0 <= column <= 6 and found is None:
                here = [p for p in ordered if p.column == column]
                if here:
                    found = min(here, key=lambda p: (abs(p.start - start), p.start))
                column += step
            if found is None:
                return
            target = found
        self.selected = (target.index, target.day)
        self.selection_changed.emit()
        self.update()

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()


class WeekTools(QHBoxLayout):
    """The buttons that go with a week calendar — Add…, Edit…, Delete…, Copy day to…, Undo — wired to it, and
    the hint about the mouse. The owner calls :meth:`update_buttons` when the calendar's selection or windows
    change."""

    HINT = QT_TRANSLATE_NOOP(
        "WeekTools",
        "Drag on empty time to add · drag a block to move it, its edge to resize (Shift: all its days)",
    )

    def __init__(self, calendar: WeekCalendar, add_text: str, hint: str = HINT) -> None:
        super().__init__()
        self.calendar = calendar
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(translate("WeekTools", "Add one by typing its days and times (Insert)"))
        self.edit_button = QPushButton(translate("WeekTools", "Edit…"))
        self.edit_button.setToolTip(
            translate(
                "WeekTools", "Edit the selected block: its days, times and the rest (Enter or double-click)"
            )
        )
        self.delete_button = QPushButton(translate("WeekTools", "Delete…"))
        self.delete_button.setToolTip(translate("WeekTools", "Remove the selected block (Del)"))
        self.copy_button = QPushButton(translate("WeekTools", "Copy day to…"))
        self.copy_button.setToolTip(translate("WeekTools", "Give other days the same blocks as one day"))
        self.undo_button = QPushButton(translate("WeekTools", "Undo"))
        self.undo_button.setToolTip(translate("WeekTools", "Undo the last change in the calendar (Ctrl+Z)"))
        for b in self.buttons:
            b.setAutoDefault(False)
            self.addWidget(b)
        self.hint = QLabel(translate("WeekTools", hint))
        self.hint.setStyleSheet(MUTED_CSS)
        self.hint.setWordWrap(True)  # a longer language wraps it rather than widening the window
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.addStretch(1)
        self.addWidget(self.hint, 3)
        self.add_button.clicked.connect(lambda: calendar.open_add_dialog())
        self.edit_button.clicked.connect(calendar.open_edit_dialog)
        self.delete_button.clicked.connect(calendar.confirm_delete)
        self.copy_button.clicked.connect(lambda: calendar.open_copy_dialog())
        self.undo_button.clicked.connect(calendar.undo)

    @property
    def buttons(self) -> tuple[QPushButton, ...]:
        return (self.add_button, self.edit_button, self.delete_button, self.copy_button, self.undo_button)

    def update_buttons(self, editable: bool = True) -> None:
        """Edit and Delete need a selected block, Copy some windows (and something being edited), Undo an edit."""
        selected = self.calendar.selected is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.undo_button.setEnabled(self.calendar.can_undo())
        self.copy_button.setEnabled(editable and bool(self.calendar.windows()))


__all__ = ["WeekCalendar", "WeekTools"]
