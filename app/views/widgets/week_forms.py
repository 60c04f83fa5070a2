"""The week calendar's small forms: the new-block form that floats beside a drawn block, the weekday picker,
the add/edit window dialog and the copy-day dialog, and the mode and tariff combos they share with the
Schedules page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin.access_plans import AccessMode, TariffChoice, WindowRow, parse_window
from app.services.i18n import translate
from app.services.rules.plan import mode_name
from app.services.rules.timeparse import ALL_DAYS, DAY_NAMES, format_time
from app.services.validation import FormError
from app.views.widgets.style import (
    COMBO_ERROR_CSS,
    FAINT,
    MUTED_CSS,
    SURFACE,
    level_css,
    mode_icon,
)

DAY_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MODES = (AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE)


class PlanChoices(Protocol):
    """What an access plan's forms offer for a new block (kept by the calendar's plan kind)."""

    @property
    def tariffs(self) -> Sequence[TariffChoice]: ...

    @property
    def last_tariff(self) -> dict[AccessMode, int | None]: ...

    def new_mode(self) -> AccessMode: ...


def fill_mode_combo(combo: QComboBox) -> None:
    combo.clear()
    for m in MODES:
        combo.addItem(mode_icon(m), mode_name(m), m.value)
    combo.setToolTip(
        translate(
            "WeekForms",
            "Public: every registered user · Limited: owners and special users · Private: owners only",
        )
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


class NewBlockForm(QFrame):
    """The small inline form shown after a block is drawn: what the block carries (the kind's inputs, see
    :mod:`app.views.widgets.week_kinds`), Add (Enter) or Cancel (Esc). This base asks nothing: a block that
    carries only its times."""

    accepted = Signal()
    rejected = Signal()
    edited = Signal()  # an input changed: the ghost of the new block is drawn again

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("NewBlockForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            f"QFrame#NewBlockForm {{ background:{SURFACE}; border:1px solid {FAINT}; border-radius:4px; }}"
        )
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight:600;")
        lay.addWidget(self.heading)
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.add_inputs(self.form)
        lay.addLayout(self.form)
        self.error = QLabel()
        self.error.setObjectName("NewBlockError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(level_css("error"))
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(translate("NewBlockForm", "Cancel"))
        self.add = QPushButton(translate("NewBlockForm", "Add"))
        self.add.setDefault(True)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.add)
        lay.addLayout(buttons)
        self.add.clicked.connect(self.accepted.emit)
        self.cancel.clicked.connect(self.rejected.emit)
        self.hide()

    # --- what a kind of block adds (see week_kinds) --------------------------------------------------------------

    def add_inputs(self, form: QFormLayout) -> None:
        """Put the inputs of what the block carries into ``form``."""

    def prepare(self, row: WindowRow) -> None:
        """A block was drawn (``row``: its times): offer the inputs' defaults."""

    def first_input(self) -> QWidget:
        return self.add

    def block(self, row: WindowRow) -> WindowRow:
        """The new block: ``row``'s times with what the inputs say; :class:`FormError` when they say nothing
        usable (the form shows the message and stays open)."""
        return row

    def preview(self, row: WindowRow) -> WindowRow:
        """The block as the inputs make it now, for its ghost (``row`` while they are not usable)."""
        try:
            return self.block(row)
        except FormError:
            return row

    # --- showing problems -----------------------------------------------------------------------------------------

    def show_problems(self, problems: dict[str, str]) -> None:
        self.error.setText("\n".join(problems.values()))
        self.error.setVisible(bool(problems))
        self.adjustSize()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accepted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.rejected.emit()
        event.accept()  # nothing typed here reaches the calendar behind


class PlanBlockForm(NewBlockForm):
    """An access plan's new block: mode and tariff (the last ones chosen are offered again, see
    :class:`~app.views.widgets.week_kinds.PlanWindows`)."""

    def __init__(self, parent: QWidget, choices: PlanChoices) -> None:
        self.choices = choices
        super().__init__(parent)

    def add_inputs(self, form: QFormLayout) -> None:
        self.mode = QComboBox()
        fill_mode_combo(self.mode)
        self.tariff = QComboBox()
        self.tariff.setToolTip(
            translate(
                "PlanBlockForm",
                "The price that applies in this window; the default tariff when none is chosen",
            )
        )
        fill_tariff_combo(self.tariff, self.choices.tariffs, "Default tariff")
        form.addRow(translate("PlanBlockForm", "Mode"), self.mode)
        form.addRow(translate("PlanBlockForm", "Tariff"), self.tariff)
        self.mode.currentIndexChanged.connect(self._mode_changed)

    def prepare(self, row: WindowRow) -> None:
        mode = self.choices.new_mode()
        select_data(self.mode, mode)
        select_data(self.tariff, self.choices.last_tariff.get(mode))

    def first_input(self) -> QWidget:
        return self.mode

    def block(self, row: WindowRow) -> WindowRow:
        return replace(row, mode=combo_mode(self.mode), tariff_id=self.tariff.currentData())

    def _mode_changed(self) -> None:
        mode = combo_mode(self.mode)
        if mode in self.choices.last_tariff:
            select_data(self.tariff, self.choices.last_tariff[mode])
        self.edited.emit()


class DayPicker(QWidget):
    """Seven check boxes Mon…Sun and quick choices (weekdays, weekend, every day)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, quick: bool = True) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.boxes: list[QCheckBox] = []
        for i in range(len(DAY_NAMES)):
            box = QCheckBox(fmt.day_name(i))
            box.setToolTip(fmt.day_name(i, wide=True))
            box.toggled.connect(lambda _on: self.changed.emit())
            self.boxes.append(box)
            lay.addWidget(box)
        if quick:
            for text, tip, mask in (
                (
                    translate("DaysPicker", "Mon–Fri"),
                    translate("DaysPicker", "Choose Monday to Friday"),
                    0b0011111,
                ),
                (
                    translate("DaysPicker", "Sat–Sun"),
                    translate("DaysPicker", "Choose Saturday and Sunday"),
                    0b1100000,
                ),
                (translate("DaysPicker", "All"), translate("DaysPicker", "Choose every day"), ALL_DAYS),
            ):
                b = QPushButton(text)
                b.setAutoDefault(False)
                b.setToolTip(tip)
                b.clicked.connect(lambda _=False, m=mask: self.set_mask(m))
                lay.addWidget(b)
        lay.addStretch(1)

    def days_mask(self) -> int:
        return sum(1 << i for i, b in enumerate(self.boxes) if b.isChecked())

    def set_mask(self, mask: int) -> None:
        for i, b in enumerate(self.boxes):
            b.setChecked(bool(mask >> i & 1))


class WindowDialog(QDialog):
    """Add or edit one window: days, from, to (an end at or before the start runs into the next day), and what
    the kind of block adds (:meth:`add_inputs`; this base: nothing, a special user's own times).

    ``check`` is asked about the result (overlaps with the other windows) and may refuse it with a message.
    """

    def __init__(
        self, parent: QWidget, row: WindowRow, *, title: str, check: Callable[[WindowRow], str | None]
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
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
            edit.setPlaceholderText(translate("WindowDialog", "HH:MM"))
            edit.setToolTip(tip)
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._update_hint)
        self.hint = QLabel()
        self.hint.setStyleSheet(MUTED_CSS)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(translate("WindowDialog", "to")))
        times.addWidget(self.end)
        times.addWidget(self.hint, 1)
        form.addRow(translate("WindowDialog", "Days"), self.days)
        form.addRow(translate("WindowDialog", "From"), times)
        self.add_inputs(form, row)
        lay.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("DialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(level_css("error"))
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

    # --- what a kind of block adds -----------------------------------------------------------------------------

    def add_inputs(self, form: QFormLayout, row: WindowRow) -> None:
        """Put the inputs of what the block carries into ``form``, showing ``row``'s."""

    def block(self, row: WindowRow) -> WindowRow:
        """``row`` (days and times) with what the inputs say; :class:`FormError` keyed by input otherwise."""
        return row

    def mark_inputs(self, problems: dict[str, str]) -> None:
        """Mark the inputs ``problems`` name (and clear the others)."""

    # ----------------------------------------------------------------------------------------------------------

    def _update_hint(self) -> None:
        try:
            row = parse_window(ALL_DAYS, self.start.text(), self.end.text())
        except FormError:
            self.hint.setText("")
            return
        self.hint.setText(
            translate("WeekForms", "ends the next day at {time}").format(time=format_time(row.end))
            if row.spans_midnight
            else ""
        )

    def _mark(self, widget: QWidget, bad: bool) -> None:
        widget.setStyleSheet(COMBO_ERROR_CSS if bad else "")

    def _try_accept(self) -> None:
        problems: dict[str, str] = {}
        row = None
        try:
            row = parse_window(self.days.days_mask(), self.start.text(), self.end.text())
        except FormError as e:
            problems = e.problems
        self._mark(self.days, "days" in problems)
        self._mark(self.start, "from" in problems)
        self._mark(self.end, "to" in problems)
        message = "\n".join(f"{k.capitalize()}: {v}" for k, v in problems.items())
        inputs: dict[str, str] = {}
        if row is not None:
            try:
                row = self.block(row)
            except FormError as e:
                inputs, row = e.problems, None
                message = "\n".join(inputs.values())
        self.mark_inputs(inputs)
        if row is not None:
            message = self.check(row) or ""
        if message:
            self.error.setText(message)
            self.error.show()
            return
        self.result_row = row
        self.accept()


class PlanWindowDialog(WindowDialog):
    """An access plan's window: days, times, mode and tariff."""

    def __init__(
        self,
        parent: QWidget,
        row: WindowRow,
        tariffs: Sequence[TariffChoice],
        *,
        title: str,
        check: Callable[[WindowRow], str | None],
    ) -> None:
        self.tariffs = tariffs
        super().__init__(parent, row, title=title, check=check)

    def add_inputs(self, form: QFormLayout, row: WindowRow) -> None:
        self.mode = QComboBox()
        fill_mode_combo(self.mode)
        self.tariff = QComboBox()
        fill_tariff_combo(self.tariff, self.tariffs, "Default tariff")
        self.tariff.setToolTip(
            translate(
                "PlanWindowDialog", "The price in this window; the plan's default tariff when none is chosen"
            )
        )
        select_data(self.mode, row.mode or AccessMode.LIMITED)
        select_data(self.tariff, row.tariff_id)
        form.addRow(translate("PlanWindowDialog", "Mode"), self.mode)
        form.addRow(translate("PlanWindowDialog", "Tariff"), self.tariff)

    def block(self, row: WindowRow) -> WindowRow:
        return replace(row, mode=combo_mode(self.mode), tariff_id=self.tariff.currentData())


class CopyDayDialog(QDialog):
    """Copy one day's windows to other days (the target days' own windows are replaced)."""

    def __init__(self, parent: QWidget, source: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CopyDayDialog", "Copy day to…"))
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("CopyDayDialog", "Copy the windows of")))
        self.source = QComboBox()
        self.source.addItems([fmt.day_name(i, wide=True) for i in range(7)])
        self.source.setCurrentIndex(source)
        row.addWidget(self.source)
        row.addWidget(QLabel(translate("CopyDayDialog", "to:")))
        row.addStretch(1)
        lay.addLayout(row)
        self.targets = DayPicker()
        lay.addWidget(self.targets)
        note = QLabel(
            translate(
                "CopyDayDialog",
                "The windows that start on the chosen days are replaced. A window that starts on the copied "
                "day and runs past midnight is copied with its next-morning part.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(MUTED_CSS)
        lay.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("CopyDayDialog", "Copy"))
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.targets.days_mask() != 0)


__all__ = [
    "DAY_LONG",
    "MODES",
    "CopyDayDialog",
    "DayPicker",
    "NewBlockForm",
    "PlanBlockForm",
    "PlanChoices",
    "PlanWindowDialog",
    "WindowDialog",
    "combo_mode",
    "fill_mode_combo",
    "fill_tariff_combo",
    "select_data",
]
