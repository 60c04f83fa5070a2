"""The circuit editor's "Edit time-of-day limits…": a circuit's weekly plan of lower limits in the access plans'
week calendar (:class:`~app.views.widgets.week_calendar.WeekCalendar` with
:class:`~app.views.widgets.week_limits.LimitWindows` blocks), in a window of its own so that the week is large
enough to draw on while the Sites tab keeps its tree and form.

**Save circuit** hands the windows to the circuit form (:class:`~app.views.circuits_section.CircuitsSection`),
which saves the whole circuit through the service; what the service refuses is shown here, beside the calendar,
and nothing drawn is lost. **Cancel** (or Esc) leaves the form's windows as they were, after asking when
something was changed.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import circuit_rules as rules
from app.services.admin.circuit_windows import LimitRow
from app.services.i18n import translate
from app.views.widgets.style import level_css
from app.views.widgets.week_calendar import WeekCalendar, WeekTools
from app.views.widgets.week_limits import LimitWindows


class TimeOfDayDialog(QDialog):
    """Edit one circuit's time-of-day limits. ``save_requested`` asks the circuit form to save with
    :meth:`rows`; the form answers with :meth:`show_problems` (not saved) or closes the dialog."""

    save_requested = Signal()

    def __init__(
        self,
        circuit: str,
        rows: Sequence[LimitRow],
        own_a: float | None,
        own_kw: float | None,
        *,
        site: str,
        timezone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.confirm: QMessageBox | None = None
        self.setObjectName("TimeOfDayDialog")
        self.setWindowTitle(
            translate("TimeOfDayDialog", "Time-of-day limits — {circuit}").format(circuit=circuit)
        )
        self.resize(1000, 720)
        lay = QVBoxLayout(self)
        own = rules.limit_text(own_a, own_kw, sep=" · ")
        intro = QLabel(
            translate(
                "TimeOfDayDialog",
                "Lower <b>{circuit}</b>'s limit at times of the week. Outside the blocks its own limit applies "
                "({own}). Times are {site}'s local time ({timezone}): on the days the clocks change, a limit whose "
                "edge falls in the skipped hour starts when the clock jumps over it, and one in the repeated hour "
                "applies both times. Double-click a block or press Enter to change its days, times or limit.",
            ).format(circuit=html.escape(circuit), own=own, site=html.escape(site), timezone=timezone)
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.calendar = WeekCalendar()
        self.calendar.setAccessibleName(
            translate("TimeOfDayDialog", "Time-of-day limits of {circuit}").format(circuit=circuit)
        )
        self.calendar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.calendar.set_kind(LimitWindows(own_a, own_kw))
        self.calendar.set_windows(rows)
        self.tools = WeekTools(self.calendar, "Add limit…")
        self.add_button, self.edit_button, self.delete_button, self.copy_button, self.undo_button = (
            self.tools.buttons
        )
        lay.addLayout(self.tools)
        lay.addWidget(self.calendar, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("TimeOfDayMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.message, 1)
        self.cancel_button = QPushButton(translate("TimeOfDayDialog", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setToolTip(
            translate("TimeOfDayDialog", "Close without changing the circuit's time-of-day limits")
        )
        self.save_button = QPushButton(translate("TimeOfDayDialog", "Save circuit"))
        self.save_button.setAutoDefault(False)
        self.save_button.setToolTip(
            translate("TimeOfDayDialog", "Save the circuit (its form and these limits); Ctrl+S")
        )
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.save_button)
        lay.addLayout(bottom)

        self.calendar.changed.connect(self._edited)
        self.calendar.refused.connect(lambda text: self._say(text, "error"))
        self.calendar.selection_changed.connect(self.tools.update_buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save_requested.emit)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_requested.emit)
        save.setContext(Qt.ShortcutContext.WindowShortcut)
        self.tools.update_buttons()
        self.calendar.setFocus()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: changes are dropped only when the operator says so."""
        if not self.calendar.can_undo():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("TimeOfDayDialog", "Time-of-day limits"),
            translate("TimeOfDayDialog", "Discard your changes to the time-of-day limits?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("TimeOfDayDialog", "Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                super(TimeOfDayDialog, self).reject()
                if result == QMessageBox.StandardButton.Discard
                else None
            )
        )
        self.confirm = box
        box.open()

    def rows(self) -> list[LimitRow]:
        return [r for r in self.calendar.windows() if isinstance(r, LimitRow)]

    def show_problems(self, problems: dict[str, str]) -> None:
        """The save was refused: say why, beside the calendar (what was drawn stays)."""
        self._say("Not saved: " + " ".join(problems.values()), "error")

    def _edited(self) -> None:
        self._say("", "muted")
        self.tools.update_buttons()

    def _say(self, text: str, level: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(level_css(level))  # type: ignore[arg-type]


__all__ = ["TimeOfDayDialog"]
