"""The week calendar's third kind of block: a circuit's time-of-day limit (:class:`LimitWindows`). Each block
carries the circuit's limit during it (A per phase and/or kW, a
:class:`~app.services.admin.circuit_windows.LimitRow`); outside every block the circuit's own limit applies, and
the background says so. A new or edited block asks its limit, read and checked by the circuit rules
(:func:`~app.services.admin.circuit_rules.parse_window_limit`: the circuit editor's save gives the same
messages)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from app.services.admin import circuit_rules as rules
from app.services.admin.access_plans import WindowRow
from app.services.admin.circuit_windows import LimitRow
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.validation import FormError, sentence
from app.views.widgets.style import ACCENT, CAUTION_STRONG, FIELD_ERROR_CSS, SURFACE, light
from app.views.widgets.week_forms import NewBlockForm, WindowDialog
from app.views.widgets.week_kinds import BlockKind, Check

LIMIT_COLOUR = CAUTION_STRONG  # a lowered limit
OWN_COLOUR = ACCENT  # washed out: the circuit's own limit, outside every block


class LimitInputs:
    """The limit's two inputs, A per phase and kW, in a form of the new-block form or the window dialog."""

    def __init__(self, form: QFormLayout, kind: LimitWindows) -> None:
        self.kind = kind
        self.amps = QLineEdit()
        self.amps.setObjectName("limit_max_current_a")
        self.amps.setPlaceholderText(translate("LimitInputs", "A per phase, e.g. 16"))
        self.amps.setToolTip(
            translate(
                "LimitInputs", "The circuit's current per phase during this time (empty: not limited in A)"
            )
        )
        self.kw = QLineEdit()
        self.kw.setObjectName("limit_max_power_kw")
        self.kw.setPlaceholderText(translate("LimitInputs", "kW (optional)"))
        self.kw.setToolTip(
            translate(
                "LimitInputs",
                "The circuit's power over its phases during this time (empty: not limited in kW)",
            )
        )
        form.addRow(translate("LimitInputs", "Limit (A)"), self.amps)
        form.addRow(translate("LimitInputs", "Limit (kW)"), self.kw)

    def put(self, amperes: float | None, kw: float | None) -> None:
        self.amps.setText("" if amperes is None else f"{amperes:g}")
        self.kw.setText("" if kw is None else f"{kw:g}")

    def block(self, row: WindowRow) -> LimitRow:
        amperes, kw, wrong = rules.parse_window_limit(
            self.amps.text(), self.kw.text(), self.kind.own_a, self.kind.own_kw
        )
        self.mark(wrong)
        if wrong:
            raise FormError({key: sentence(why) for key, why in wrong.items()})
        return LimitRow(row.days, row.start, row.end, max_current_a=amperes, max_power_kw=kw)

    def mark(self, problems: dict[str, str]) -> None:
        self.amps.setStyleSheet(FIELD_ERROR_CSS if "max_current_a" in problems else "")
        self.kw.setStyleSheet(FIELD_ERROR_CSS if "max_power_kw" in problems else "")


class LimitBlockForm(NewBlockForm):
    """A drawn block's limit, typed beside it (the last one given is offered again)."""

    def __init__(self, parent: QWidget, kind: LimitWindows) -> None:
        self.kind = kind
        super().__init__(parent)

    def add_inputs(self, form: QFormLayout) -> None:
        self.inputs = LimitInputs(form, self.kind)
        self.amps, self.kw = self.inputs.amps, self.inputs.kw
        for edit in (self.amps, self.kw):
            edit.textChanged.connect(lambda _text: self.edited.emit())

    def prepare(self, row: WindowRow) -> None:
        self.inputs.put(*self.kind.last)
        self.inputs.mark({})

    def first_input(self) -> QWidget:
        return self.amps

    def block(self, row: WindowRow) -> WindowRow:
        return self.inputs.block(row)

    def preview(self, row: WindowRow) -> WindowRow:
        try:
            return self.inputs.block(row)
        except FormError:
            return row  # not marked while typing: the marks come with Add
        finally:
            self.inputs.mark({})


class LimitWindowDialog(WindowDialog):
    """Add or edit a time-of-day limit: days, from, to, and the limit."""

    def __init__(
        self, parent: QWidget, row: WindowRow, kind: LimitWindows, *, title: str, check: Check
    ) -> None:
        self.kind = kind
        super().__init__(parent, row, title=title, check=check)

    def add_inputs(self, form: QFormLayout, row: WindowRow) -> None:
        self.inputs = LimitInputs(form, self.kind)
        self.amps, self.kw = self.inputs.amps, self.inputs.kw
        if isinstance(row, LimitRow):
            self.inputs.put(row.max_current_a, row.max_power_kw)

    def block(self, row: WindowRow) -> WindowRow:
        return self.inputs.block(row)

    def mark_inputs(self, problems: dict[str, str]) -> None:
        self.inputs.mark(problems)


class LimitWindows(BlockKind):
    """A circuit's time-of-day limits over its own limit (``own_a`` A per phase, ``own_kw`` kW; None: not
    limited that way), against which a block's limit is checked."""

    new_heading = QT_TRANSLATE_NOOP("WeekCalendar", "New limit · {days} {times}")
    add_title = QT_TRANSLATE_NOOP("WeekCalendar", "Add limit")
    edit_title = QT_TRANSLATE_NOOP("WeekCalendar", "Edit limit")
    remove_title = QT_TRANSLATE_NOOP("WeekCalendar", "Remove limit")
    other_days = QT_TRANSLATE_NOOP("WeekCalendar", "The limit also applies on other days ({days}).")

    def __init__(self, own_a: float | None, own_kw: float | None) -> None:
        self.own_a, self.own_kw = own_a, own_kw
        self.last: tuple[float | None, float | None] = (None, None)  # the limit last given a new block

    def title(self, row: WindowRow) -> str:
        return row.limit_label if isinstance(row, LimitRow) else "Limit"

    def colour(self, row: WindowRow) -> QColor:
        return QColor(LIMIT_COLOUR)

    def text_colour(self, row: WindowRow) -> QColor:
        return QColor(SURFACE)

    def background(self) -> QColor:
        return light(QColor(OWN_COLOUR), 30)

    def background_label(self) -> str:
        return translate("WeekLimits", "Own limit\n{limit}").format(
            limit=rules.limit_text(self.own_a, self.own_kw, sep=" · ")
        )

    def notes(self, row: WindowRow) -> list[str]:
        own = rules.limit_text(self.own_a, self.own_kw, sep=" · ")
        return [
            translate(
                "WeekLimits", "The circuit's limit during this time; {own} (its own) at other times"
            ).format(own=own)
        ]

    def new_row(self, days: int, start: int, end: int) -> WindowRow:
        amperes, kw = self.last
        return LimitRow(days, start, end, max_current_a=amperes, max_power_kw=kw)

    def remember(self, row: WindowRow) -> None:
        if isinstance(row, LimitRow):
            self.last = (row.max_current_a, row.max_power_kw)

    def new_block_form(self, parent: QWidget) -> NewBlockForm:
        return LimitBlockForm(parent, self)

    def dialog(self, parent: QWidget, row: WindowRow, *, title: str, check: Check) -> WindowDialog:
        return LimitWindowDialog(parent, row, self, title=title, check=check)


__all__ = ["LIMIT_COLOUR", "LimitBlockForm", "LimitInputs", "LimitWindowDialog", "LimitWindows"]
