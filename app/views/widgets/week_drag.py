"""Editing the week calendar with the mouse: one :class:`Drag` from press to release, turning where the pointer
is into a proposed edit of the model (drawing a new block, moving one, or resizing it by an edge). It knows the
geometry and the model, not the widget: the widget feeds it positions and applies what it proposes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QPointF, Qt

from app.services.admin.access_plans import WindowRow
from app.services.admin.week_edits import Proposal, WeekEdits, problem_of
from app.services.rules.week import DAY, day_mask
from app.views.widgets.week_painting import SNAP, WeekGeometry

DragKind = Literal["draw", "move", "top", "bottom"]


@dataclass
class Drag:
    """A press on the grid: on a block (``move``, or its ``top`` / ``bottom`` edge) or on free space (``draw``,
    from ``anchor`` = (day, minute)). It becomes active once the pointer moved the platform's drag distance."""

    kind: DragKind
    press: QPointF
    index: int = -1
    day: int = 0
    anchor: tuple[int, int] = (0, 0)
    all_days: bool = False  # Shift: every day of the block's window
    active: bool = False
    result: list[WindowRow] | None = None  # the windows after the edit
    row: WindowRow | None = None  # the new or changed occurrence
    new_day: int = 0
    problem: str | None = None  # why the edit would be refused

    def follow(self, pos: QPointF, g: WeekGeometry, model: WeekEdits, start_distance: int) -> bool:
        """The pointer is at ``pos``: propose the edit for it; False while the drag has not started yet."""
        if not self.active:
            if (pos - self.press).manhattanLength() < start_distance:
                return False
            self.active = True
        if self.kind == "draw":
            self._take(self._drawn(pos, g, model))
        elif self.kind == "move":
            delta_days = g.day_at(pos.x()) - g.day_at(self.press.x())
            delta_minutes = round((pos.y() - self.press.y()) / g.ppm() / SNAP) * SNAP
            self._take(model.moved(self.index, self.day, delta_days, delta_minutes, self.all_days))
        else:
            old = model.windows[self.index]
            minute = g.minute_at(pos.y())
            if self.kind == "top":
                low, high = (old.end + SNAP, DAY - SNAP) if old.spans_midnight else (0, old.end - SNAP)
                start, end = min(max(minute, low), high), old.end
            else:
                low, high = (SNAP, old.start - SNAP) if old.spans_midnight else (old.start + SNAP, DAY)
                start, end = old.start, min(max(minute, low), high)
            self._take(model.resized(self.index, self.day, start, end, self.all_days))
        self.problem = problem_of(self.result) if self.result is not None else None
        return True

    @property
    def cursor(self) -> Qt.CursorShape:
        if self.kind == "move":
            return Qt.CursorShape.ClosedHandCursor
        return Qt.CursorShape.CrossCursor if self.kind == "draw" else Qt.CursorShape.SizeVerCursor

    def _drawn(self, pos: QPointF, g: WeekGeometry, model: WeekEdits) -> Proposal | None:
        day, anchor = self.anchor
        here_day, minute = g.day_at(pos.x()), g.minute_at(pos.y())
        if here_day == (day + 1) % 7 and here_day != day and minute < anchor:
            # dragged into the next morning: a window across midnight
            start, end = anchor, minute or DAY
        else:
            start, end = min(anchor, minute), max(anchor, minute)
            if end - start < SNAP:
                return None
        return model.added(WindowRow(day_mask(day), start, end, None, None), day)

    def _take(self, proposal: Proposal | None) -> None:
        if proposal is None:  # nothing yet (a block drawn shorter than a snap)
            self.result, self.row = None, None
            if self.kind == "draw":
                self.new_day = self.anchor[0]
        else:
            self.result, self.row, self.new_day = proposal.windows, proposal.row, proposal.day


__all__ = ["Drag", "DragKind"]
