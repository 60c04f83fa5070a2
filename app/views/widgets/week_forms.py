"""The week calendar's small forms: the new-block form that floats beside a drawn block, the weekday picker,
the add/edit window dialog and the copy-day dialog, and the mode and tariff combos they share with the
Schedules page."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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

from app.services.admin.access_plans import AccessMode, TariffChoice, WindowRow, parse_window
from app.services.rules.plan import mode_name
from app.services.rules.timeparse import ALL_DAYS, DAY_NAMES, format_time
from app.services.validation import FormError
from app.views.widgets.style import COMBO_ERROR_CSS, FAINT, MUTED_CSS, SURFACE, level_css, mode_icon

DAY_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MODES = (AccessMode.PUBLIC, AccessMode.LIMITED, AccessMode.PRIVATE)


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
            f"QFrame#NewBlockForm {{ background:{SURFACE}; border:1px solid {FAINT}; border-radius:4px; }}"
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
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

    def days_mask(self) -> int:
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
        self.hint.setStyleSheet(MUTED_CSS)
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

    def _update_hint(self) -> None:
        try:
            row = parse_window(ALL_DAYS, self.start.text(), self.end.text())
        except FormError:
            self.hint.setText("")
            return
        self.hint.setText(f"ends the next day at {format_time(row.end)}" if row.spans_midnight else "")

    def _mark(self, widget: QWidget, bad: bool) -> None:
        widget.setStyleSheet(COMBO_ERROR_CSS if bad else "")

    def _try_accept(self) -> None:
        mode = None if self.grant else combo_mode(self.mode)
        tariff = None if self.grant else self.tariff.currentData()
        problems: dict[str, str] = {}
        row = None
        try:
            row = parse_window(self.days.days_mask(), self.start.text(), self.end.text(), mode, tariff)
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
        note.setStyleSheet(MUTED_CSS)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.targets.days_mask() != 0)


__all__ = [
    "DAY_LONG",
    "MODES",
    "CopyDayDialog",
    "DayPicker",
    "NewBlockForm",
    "WindowDialog",
    "combo_mode",
    "fill_mode_combo",
    "fill_tariff_combo",
    "select_data",
]
