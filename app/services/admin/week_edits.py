"""The week calendar's model: the windows being edited, the selected block, the undo history and every edit
as a proposal that is kept only when no two windows overlap. No Qt: the widget
(:mod:`app.views.widgets.week_calendar`) turns mouse and keys into these calls and paints the result.

A *block* is one occurrence of a window: ``(window index, the weekday it starts on)``. Editing one block of
a window that applies on several days splits that day off (``all_days`` changes every day instead); windows
that end up equal but for their days are merged back into one row (:func:`~app.services.rules.week.merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from app.services.admin.access_plans import WindowRow, first_window_problem
from app.services.rules.week import (
    Piece,
    day_mask,
    day_pieces,
    first_day,
    merge,
    rotate,
    shifted,
    without_days,
)

HISTORY = 100  # undo steps kept

Block = tuple[int, int]  # (window index, the weekday its occurrence starts on)


@dataclass(frozen=True)
class Proposal:
    """An edit not applied yet: the windows after it, and the occurrence it made (to select once applied)."""

    windows: list[WindowRow]
    row: WindowRow
    day: int


def problem_of(windows: Sequence[WindowRow]) -> str | None:
    """Why these windows cannot be kept (after merging), or None."""
    return first_window_problem(merge(windows))


class WeekEdits:
    """The windows, the selected block and the history (see the module)."""

    def __init__(self) -> None:
        self.windows: list[WindowRow] = []
        self.selected: Block | None = None
        self._history: list[list[WindowRow]] = []

    def reset(self, windows: Sequence[WindowRow]) -> None:
        """A freshly loaded plan: selection and history cleared."""
        self.windows = list(windows)
        self._history.clear()
        self.selected = None

    @property
    def can_undo(self) -> bool:
        return bool(self._history)

    def selected_window(self) -> WindowRow | None:
        return self.windows[self.selected[0]] if self.selected is not None else None

    def pieces(self) -> list[Piece[WindowRow]]:
        return day_pieces(self.windows)

    # --- applying --------------------------------------------------------------------------------------------

    def commit(self, windows: Sequence[WindowRow], select: tuple[WindowRow, int] | None) -> str | None:
        """Keep ``windows`` (merged) unless two overlap; returns the problem (nothing changed) or None. ``select``
        names the occurrence to select afterwards (a row and the day it starts on)."""
        merged = merge(windows)
        problem = first_window_problem(merged)
        if problem is not None:
            return problem
        self._history.append(self.windows)
        del self._history[:-HISTORY]
        self.windows = merged
        self.select_row(select)
        return None

    def apply(self, proposal: Proposal) -> str | None:
        return self.commit(proposal.windows, (proposal.row, proposal.day))

    def select_row(self, select: tuple[WindowRow, int] | None) -> None:
        """Select the occurrence on ``day`` of the window that now holds ``row``'s times and what it carries (mode
        and tariff, a circuit's limit)."""
        self.selected = None
        if select is not None:
            row, day = select
            key = without_days(row)
            for i, w in enumerate(self.windows):
                if without_days(w) == key and w.days >> day & 1:
                    self.selected = (i, day)
                    break

    def undo(self) -> bool:
        """Back to the windows before the last kept edit; False when there is none."""
        if not self._history:
            return False
        self.windows = self._history.pop()
        self.selected = None
        return True

    # --- proposals ---------------------------------------------------------------------------------------------

    def _replace_occurrence(self, index: int, day: int, new: WindowRow, all_days: bool) -> list[WindowRow]:
        out = list(self.windows)
        old = out[index]
        if all_days or old.days == day_mask(day):
            out[index] = new
        else:
            out[index] = replace(old, days=old.days & ~day_mask(day))
            out.insert(index + 1, new)
        return out

    def moved(self, index: int, day: int, delta_days: int, delta_minutes: int, all_days: bool) -> Proposal:
        """Block ``(index, day)`` moved by whole days and minutes (``all_days``: every day of its window)."""
        old = self.windows[index]
        one, new_day = shifted(old, day, delta_days, delta_minutes)
        new = replace(one, days=rotate(old.days, new_day - day)) if all_days else one
        return Proposal(self._replace_occurrence(index, day, new, all_days), new, new_day)

    def resized(self, index: int, day: int, start: int, end: int, all_days: bool) -> Proposal:
        """Block ``(index, day)`` with new times."""
        old = self.windows[index]
        new = replace(old, start=start, end=end, days=old.days if all_days else day_mask(day))
        return Proposal(self._replace_occurrence(index, day, new, all_days), new, day)

    def added(self, row: WindowRow, day: int | None = None) -> Proposal:
        """A new window (selected on ``day``, by default its first day)."""
        return Proposal([*self.windows, row], row, first_day(row.days) if day is None else day)

    def replaced(self, index: int, row: WindowRow) -> Proposal:
        """Window ``index`` replaced; the selection stays on its day when the new one applies then."""
        out = list(self.windows)
        out[index] = row
        day = self.selected[1] if self.selected and row.days >> self.selected[1] & 1 else first_day(row.days)
        return Proposal(out, row, day)

    def without(self, index: int, day: int | None) -> list[WindowRow]:
        """Window ``index`` removed on ``day`` only, or on all its days (``day`` None)."""
        out = list(self.windows)
        w = out[index]
        if day is None or w.days == day_mask(day):
            del out[index]
        else:
            out[index] = replace(w, days=w.days & ~day_mask(day))
        return out

    def day_copied(self, source: int, targets: int) -> list[WindowRow] | None:
        """The ``targets`` days (a mask) given the windows that start on ``source`` (theirs replaced); None when
        there is no other day to copy to."""
        targets &= ~day_mask(source)
        if not targets:
            return None
        out = []
        for w in self.windows:
            days = (w.days & ~targets) | (targets if w.days >> source & 1 else 0)
            if days:
                out.append(replace(w, days=days))
        return out

    def check_against_others(self, index: int | None) -> Callable[[WindowRow], str | None]:
        """For a dialog editing window ``index`` (None: a new one): what its row would clash with."""

        def check(row: WindowRow) -> str | None:
            others = [w for i, w in enumerate(self.windows) if i != index]
            return first_window_problem([*others, row])

        return check


__all__ = ["HISTORY", "Block", "Proposal", "WeekEdits", "problem_of"]
