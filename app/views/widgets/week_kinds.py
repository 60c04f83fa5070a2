"""What the week calendar's blocks carry besides their times, one strategy object per kind of block: how a block
is titled and coloured, what the background (outside every block) means, and the forms that ask for a new or
edited block's content. The calendar (:mod:`app.views.widgets.week_calendar`) and its painter know only
:class:`BlockKind`.

* :class:`AccessTimes` — a special user's own times: blocks with nothing but their times, added as drawn;
* :class:`PlanWindows` — an access plan's windows: a mode and a tariff, over the plan's default mode;
* :class:`~app.views.widgets.week_limits.LimitWindows` — a circuit's time-of-day limits (A and/or kW), over the
  circuit's own limit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app.services.admin.access_plans import AccessMode, TariffChoice, WindowRow
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.rules.plan import mode_name
from app.views.widgets.style import SURFACE_ALT, light, mode_colour, text_colour
from app.views.widgets.week_forms import NewBlockForm, PlanBlockForm, PlanWindowDialog, WindowDialog

Check = Callable[[WindowRow], str | None]


class BlockKind:
    """A kind of block (this base: a block that is only its times). Subclasses say what theirs carry."""

    # what the calendar says about a block of this kind, whole sentences (marked here, translated where shown)
    new_heading = QT_TRANSLATE_NOOP("WeekCalendar", "New window · {days} {times}")
    add_title = QT_TRANSLATE_NOOP("WeekCalendar", "Add window")
    edit_title = QT_TRANSLATE_NOOP("WeekCalendar", "Edit window")
    remove_title = QT_TRANSLATE_NOOP("WeekCalendar", "Remove window")
    other_days = QT_TRANSLATE_NOOP("WeekCalendar", "The window also applies on other days ({days}).")
    asks_on_draw = True  # a drawn block opens the new-block form (False: it is added as drawn)

    def title(self, row: WindowRow) -> str:
        """What the block says before its times: "Limited · employee", "32 A"."""
        return translate("WeekCalendar", "Access")

    def removal(self, row: WindowRow) -> str:
        """The block as the delete question names it ("Remove … on Monday?")."""
        return f"{self.title(row)} {row.times}"

    def colour(self, row: WindowRow) -> QColor:
        return mode_colour(row.mode)

    def text_colour(self, row: WindowRow) -> QColor:
        return text_colour(row.mode)

    def background(self) -> QColor:
        """The grid's colour outside every block."""
        return QColor(SURFACE_ALT)

    def background_label(self) -> str:
        """What applies outside every block, written in each day's free time (may have several lines; "" for
        nothing)."""
        return ""

    def notes(self, row: WindowRow) -> list[str]:
        """Tooltip lines about what the block carries."""
        return []

    def new_row(self, days: int, start: int, end: int) -> WindowRow:
        """What the add dialog starts from."""
        return WindowRow(days, start, end)

    def remember(self, row: WindowRow) -> None:
        """A new block was made with the form: offer what it carries next time."""

    def new_block_form(self, parent: QWidget) -> NewBlockForm:
        return NewBlockForm(parent)

    def dialog(self, parent: QWidget, row: WindowRow, *, title: str, check: Check) -> WindowDialog:
        return WindowDialog(parent, row, title=title, check=check)


class AccessTimes(BlockKind):
    """A special user's own access times (no mode or tariff)."""

    new_heading = QT_TRANSLATE_NOOP("WeekCalendar", "New access time · {days} {times}")
    add_title = QT_TRANSLATE_NOOP("WeekCalendar", "Add access time")
    edit_title = QT_TRANSLATE_NOOP("WeekCalendar", "Edit access time")
    remove_title = QT_TRANSLATE_NOOP("WeekCalendar", "Remove access time")
    other_days = QT_TRANSLATE_NOOP("WeekCalendar", "The access time also applies on other days ({days}).")
    asks_on_draw = False

    def __init__(self, user: str) -> None:
        self.user = user

    def title(self, row: WindowRow) -> str:
        return self.user or translate("WeekCalendar", "Access")

    def removal(self, row: WindowRow) -> str:
        return translate("WeekCalendar", "access time {times}").format(times=row.times)


class PlanWindows(BlockKind):
    """An access plan's windows: a mode and a tariff each, over the plan's default mode (the light background).
    Remembers the mode and tariff last chosen for a new window."""

    def __init__(self) -> None:
        self.tariffs: list[TariffChoice] = []
        self.names: dict[int, str] = {}
        self.default_mode: AccessMode | None = AccessMode.PUBLIC
        self.default_tariff: str | None = None
        self.last_mode: AccessMode | None = None
        self.last_tariff: dict[AccessMode, int | None] = {}

    def set_tariffs(self, tariffs: Sequence[TariffChoice]) -> None:
        self.tariffs = list(tariffs)
        self.names = {t.id: t.name for t in tariffs}

    def new_mode(self) -> AccessMode:
        if self.last_mode is not None:
            return self.last_mode
        return AccessMode.LIMITED if self.default_mode is not AccessMode.LIMITED else AccessMode.PUBLIC

    def title(self, row: WindowRow) -> str:
        if row.mode is None:
            return translate("WeekCalendar", "Access")
        tariff = self.names.get(row.tariff_id) if row.tariff_id is not None else None
        return f"{mode_name(row.mode)} · {tariff}" if tariff else mode_name(row.mode)

    def background(self) -> QColor:
        if self.default_mode is None:
            return super().background()
        return light(mode_colour(self.default_mode))

    def notes(self, row: WindowRow) -> list[str]:
        if row.mode is not None and row.tariff_id is None:
            if self.default_tariff:
                return [
                    translate("WeekCalendar", "Tariff: the default tariff ('{tariff}')").format(
                        tariff=self.default_tariff
                    )
                ]
            return [translate("WeekCalendar", "Tariff: the default tariff (none)")]
        return []

    def new_row(self, days: int, start: int, end: int) -> WindowRow:
        mode = self.new_mode()
        return WindowRow(days, start, end, mode, self.last_tariff.get(mode))

    def remember(self, row: WindowRow) -> None:
        if row.mode is not None:
            self.last_mode, self.last_tariff[row.mode] = row.mode, row.tariff_id

    def new_block_form(self, parent: QWidget) -> NewBlockForm:
        return PlanBlockForm(parent, self)

    def dialog(self, parent: QWidget, row: WindowRow, *, title: str, check: Check) -> WindowDialog:
        return PlanWindowDialog(parent, row, self.tariffs, title=title, check=check)


__all__ = ["AccessTimes", "BlockKind", "Check", "PlanWindows"]
