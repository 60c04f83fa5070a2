"""Schedules: who may charge when and at what price, per station, per connector with its own rules, and a
special user's own access times — a week calendar, date exceptions (holidays) and a live preview.

The page edits a working copy; Save writes it whole through :mod:`app.services.admin.access_plans` (one transaction),
Revert drops it. Unsaved changes are flagged in the heading ("Schedules •", :attr:`SchedulesPage.dirty_changed`)
and asked about before another station or target is opened.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import access_plans as svc
from app.services.admin.access_plans import (
    AccessMode,
    ExceptionRow,
    GrantForm,
    PlanForm,
    StationTargets,
    Target,
    TariffChoice,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict
from app.services.rules.plan import mode_name
from app.services.rules.timeparse import DAY_NAMES
from app.services.validation import FormError, WriteRefused
from app.views.widgets import style as palette
from app.views.widgets.conflict import ConflictBanner
from app.views.widgets.style import COMBO_ERROR_CSS as ERROR_CSS
from app.views.widgets.style import light, mode_colour
from app.views.widgets.week_calendar import WeekCalendar, WeekTools
from app.views.widgets.week_forms import (
    DAY_LONG,
    MODES,
    combo_mode,
    fill_mode_combo,
    fill_tariff_combo,
    select_data,
)

LABEL_MAX = svc.LABEL_MAX
FOLLOW_COLOUR = palette.HIGHLIGHT_BG
PREVIEW_REFRESH_MS = 30_000


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _swatch(colour: QColor, text: str) -> QLabel:
    square = f"<span style='background:{colour.name()}; color:{colour.name()};'>&nbsp;&nbsp;&nbsp;</span>"
    label = QLabel(square + "&nbsp;" + text)  # i18n: not text (the text comes translated)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # a longer language wraps the legend rather than widening the window
    return label


class ExceptionsPanel(QWidget):
    """Date exceptions: a month view with the dates highlighted, the list, and a form for the chosen date."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ExceptionRow] = []
        self._names: dict[int, str] = {}
        self.confirm: QMessageBox | None = None
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.month = QCalendarWidget()
        self.month.setObjectName("ExceptionsMonth")
        self.month.setGridVisible(True)
        self.month.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.month.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.month.setMinimumSize(360, 260)
        left.addWidget(self.month, 1)
        legend = QHBoxLayout()
        legend.addWidget(
            _swatch(QColor(FOLLOW_COLOUR), translate("ExceptionsPanel", "follows another weekday's plan"))
        )
        legend.addWidget(
            _swatch(
                light(mode_colour(AccessMode.PRIVATE), 110),
                translate("ExceptionsPanel", "fixed mode all day (in its colour)"),
            )
        )
        legend.addStretch(1)
        left.addLayout(legend)
        lay.addLayout(left, 2)

        right = QVBoxLayout()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("ExceptionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("ExceptionsPanel", "Date"),
                translate("ExceptionsPanel", "Day"),
                translate("ExceptionsPanel", "Label"),
                translate("ExceptionsPanel", "Rule"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        right.addWidget(self.table, 1)

        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        form = QFormLayout(box)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd (ddd)")
        self.date.setToolTip(
            translate("ExceptionsPanel", "The date the exception applies to (the site's local date)")
        )
        form.addRow(translate("ExceptionsPanel", "Date"), self.date)
        self.label = QLineEdit()
        self.label.setMaxLength(LABEL_MAX)
        self.label.setPlaceholderText(translate("ExceptionsPanel", "e.g. Christmas, company closing day"))
        form.addRow(translate("ExceptionsPanel", "Label"), self.label)
        self.follow = QRadioButton(translate("ExceptionsPanel", "Follow the plan of"))
        self.follow.setToolTip(
            translate(
                "ExceptionsPanel",
                "The date gets that weekday's windows (e.g. a public holiday follows Sunday)",
            )
        )
        self.follow_day = QComboBox()
        self.follow_day.addItems(DAY_LONG)
        self.follow_day.setCurrentIndex(6)
        self.fixed = QRadioButton(translate("ExceptionsPanel", "Fixed all day"))
        self.fixed.setToolTip(
            translate(
                "ExceptionsPanel", "One mode (and tariff) from 00:00 to 24:00; no window applies on that date"
            )
        )
        self.fixed_mode = QComboBox()
        fill_mode_combo(self.fixed_mode)
        self.fixed_tariff = QComboBox()
        group = QButtonGroup(self)
        group.addButton(self.follow)
        group.addButton(self.fixed)
        self.follow.setChecked(True)
        rule = QGridLayout()
        rule.addWidget(self.follow, 0, 0)
        rule.addWidget(self.follow_day, 0, 1)
        rule.addWidget(self.fixed, 1, 0)
        rule.addWidget(self.fixed_mode, 1, 1)
        rule.addWidget(self.fixed_tariff, 1, 2)
        rule.setColumnStretch(3, 1)
        form.addRow(translate("ExceptionsPanel", "Rule"), rule)
        self.error = QLabel()
        self.error.setStyleSheet(palette.level_css("error"))
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QHBoxLayout()
        self.new = QPushButton(translate("ExceptionsPanel", "New"))
        self.new.setToolTip(translate("ExceptionsPanel", "Clear the form for another date"))
        self.apply = QPushButton(translate("ExceptionsPanel", "Add exception"))
        self.remove = QPushButton(translate("ExceptionsPanel", "Remove…"))
        self.remove.setToolTip(
            translate("ExceptionsPanel", "Remove the exception of this date (Del in the list)")
        )
        self.apply.setMinimumWidth(
            max(
                self.apply.fontMetrics().horizontalAdvance(t)
                for t in (
                    translate("ExceptionsPanel", "Add exception"),
                    translate("ExceptionsPanel", "Update exception"),
                )
            )
            + 24
        )
        buttons.addWidget(self.new)
        buttons.addStretch(1)
        buttons.addWidget(self.remove)
        buttons.addWidget(self.apply)
        form.addRow(buttons)
        right.addWidget(box)
        lay.addLayout(right, 3)

        self.month.clicked.connect(self._date_clicked)
        self.month.activated.connect(lambda _d: self.label.setFocus())
        self.date.dateChanged.connect(self._date_changed)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.follow.toggled.connect(self._rule_changed)
        self.new.clicked.connect(self.clear_form)
        self.apply.clicked.connect(self.apply_form)
        self.remove.clicked.connect(self.confirm_remove)
        self.label.returnPressed.connect(self.apply_form)
        self._rule_changed()
        self._date_changed()

    # --- data ---------------------------------------------------------------------------------------------------

    def set_tariffs(self, tariffs: list[TariffChoice]) -> None:
        self._names = {t.id: t.name for t in tariffs}
        fill_tariff_combo(self.fixed_tariff, tariffs, translate("ExceptionsPanel", "Default tariff"))

    def set_exceptions(self, rows: list[ExceptionRow], today: dt.date) -> None:
        self._rows = sorted(rows, key=lambda e: e.date)
        self.month.setSelectedDate(_qdate(today))
        self.date.setDate(_qdate(today))
        self._refresh()
        self.clear_form()

    def exceptions(self) -> list[ExceptionRow]:
        return list(self._rows)

    def rule_text(self, e: ExceptionRow) -> str:
        if e.follow_weekday is not None:
            return translate("ExceptionsPanel", "follows {weekday}").format(
                weekday=DAY_LONG[e.follow_weekday]
            )
        assert e.mode is not None
        if e.tariff_id is not None:
            return translate("ExceptionsPanel", "{mode} at '{tariff}' all day").format(
                mode=mode_name(e.mode), tariff=self._names.get(e.tariff_id, "?")
            )
        return translate("ExceptionsPanel", "{mode} all day").format(mode=mode_name(e.mode))

    def _refresh(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        for r, e in enumerate(self._rows):
            values = (e.date.isoformat(), DAY_NAMES[e.date.weekday()], e.label, self.rule_text(e))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3 and e.mode is not None:
                    item.setForeground(mode_colour(e.mode).darker(120))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.month.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date's format
        for e in self._rows:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(FOLLOW_COLOUR) if e.mode is None else light(mode_colour(e.mode), 110))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip((e.label or translate("ExceptionsPanel", "Exception")) + f": {self.rule_text(e)}")
            self.month.setDateTextFormat(_qdate(e.date), fmt)
        self._date_changed()

    def _find(self, day: dt.date) -> int | None:
        return next((i for i, e in enumerate(self._rows) if e.date == day), None)

    # --- form -----------------------------------------------------------------------------------------------------

    def _date_clicked(self, day: QDate) -> None:
        self.date.setDate(day)

    def _date_changed(self) -> None:
        day = _pydate(self.date.date())
        i = self._find(day)
        if i is not None:
            self._load(self._rows[i])
            self.table.blockSignals(True)
            self.table.selectRow(i)
            self.table.blockSignals(False)
        else:
            self.table.clearSelection()
        self.apply.setText(
            translate("ExceptionsPanel", "Update exception")
            if i is not None
            else translate("ExceptionsPanel", "Add exception")
        )
        self.remove.setEnabled(i is not None)
        if self.month.selectedDate() != self.date.date():
            self.month.setSelectedDate(self.date.date())
        self.error.hide()
        self.label.setStyleSheet("")

    def _load(self, e: ExceptionRow) -> None:
        self.label.setText(e.label)
        if e.follow_weekday is not None:
            self.follow.setChecked(True)
            self.follow_day.setCurrentIndex(e.follow_weekday)
        else:
            self.fixed.setChecked(True)
            select_data(self.fixed_mode, e.mode)
            select_data(self.fixed_tariff, e.tariff_id)

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.date.setDate(_qdate(self._rows[rows[0].row()].date))

    def _rule_changed(self) -> None:
        follow = self.follow.isChecked()
        self.follow_day.setEnabled(follow)
        self.fixed_mode.setEnabled(not follow)
        self.fixed_tariff.setEnabled(not follow)

    def clear_form(self) -> None:
        self.label.clear()
        self.follow.setChecked(True)
        self.follow_day.setCurrentIndex(6)
        select_data(self.fixed_mode, AccessMode.PRIVATE)
        select_data(self.fixed_tariff, None)
        self.error.hide()
        self.label.setStyleSheet("")
        self._date_changed()

    def apply_form(self) -> None:
        """Add the exception for the form's date, or update the one that date has."""
        day = _pydate(self.date.date())
        label = self.label.text().strip()
        if len(label) > LABEL_MAX:
            self.label.setStyleSheet(ERROR_CSS)
            self.error.setText(
                translate("ExceptionsPanel", "The label is too long: at most {max} characters.").format(
                    max=LABEL_MAX
                )
            )
            self.error.show()
            return
        if self.follow.isChecked():
            row = ExceptionRow(day, label, follow_weekday=self.follow_day.currentIndex())
        else:
            row = ExceptionRow(
                day, label, mode=combo_mode(self.fixed_mode), tariff_id=self.fixed_tariff.currentData()
            )
        i = self._find(day)
        if i is not None and self._rows[i] == row:
            return
        rows = [e for e in self._rows if e.date != day]
        self._rows = sorted([*rows, row], key=lambda e: e.date)
        self._refresh()
        self.changed.emit()

    def confirm_remove(self) -> None:
        day = _pydate(self.date.date())
        i = self._find(day)
        if i is None:
            return
        e = self._rows[i]
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("ExceptionsPanel", "Remove exception"))
        box.setText(
            translate("ExceptionsPanel", "Remove the exception of {date} ({label})?").format(
                date=e.date.isoformat(), label=e.label
            )
            if e.label
            else translate("ExceptionsPanel", "Remove the exception of {date}?").format(
                date=e.date.isoformat()
            )
        )
        box.setInformativeText(
            translate("ExceptionsPanel", "The date then follows the regular {weekday} plan.").format(
                weekday=DAY_LONG[e.date.weekday()]
            )
        )
        remove = box.addButton(translate("ExceptionsPanel", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(remove)

        def done() -> None:
            self.confirm = None
            if box.clickedButton() is remove:
                self._rows = [r for r in self._rows if r.date != day]
                self._refresh()
                self.clear_form()
                self.changed.emit()

        box.finished.connect(done)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if watched is self.table and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete and self.remove.isEnabled():
                self.confirm_remove()
                return True
        return super().eventFilter(watched, event)


class SchedulesPage(QWidget):
    """The Schedules page. ``open_for`` / ``open_grant`` open a target from elsewhere (the station editor)."""

    title = QT_TRANSLATE_NOOP("SchedulesPage", "Schedules")
    dirty_changed = Signal(bool)
    title_changed = Signal(str)  # "Schedules" or "Schedules •"

    def __init__(
        self, service: svc.AccessPlansService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.central = central
        self.clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)
        self._stations: list[svc.StationChoice] = []
        self._tariffs: list[TariffChoice] = []
        self._targets: StationTargets | None = None
        self._target: Target | None = None
        self._form: PlanForm | GrantForm | None = None
        self._baseline: tuple[Any, ...] | None = None
        self._dirty = False
        self._loading = False
        self.confirm: QMessageBox | None = None
        self.setObjectName("SchedulesPage")

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        head = QHBoxLayout()
        self.heading = QLabel(self.title)
        self.heading.setObjectName("PageTitle")
        self.heading.setStyleSheet("font-size:16pt; font-weight:600;")
        head.addWidget(self.heading)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet(palette.MUTED_CSS)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        lay.addLayout(head)
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.reload_requested.connect(self._reload_after_conflict)
        self.conflict_banner.keep_requested.connect(self._keep_after_conflict)

        pick = QHBoxLayout()
        pick.addWidget(QLabel(translate("SchedulesPage", "Station")))
        self.station_combo = QComboBox()
        self.station_combo.setObjectName("StationCombo")
        self.station_combo.setMinimumWidth(300)
        self.station_combo.setToolTip(
            translate("SchedulesPage", "The station whose access times you edit (type to jump)")
        )
        pick.addWidget(self.station_combo)
        pick.addSpacing(12)
        pick.addWidget(QLabel(translate("SchedulesPage", "Rules")))
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("TargetCombo")
        self.target_combo.setMinimumWidth(280)
        self.target_combo.setToolTip(
            translate(
                "SchedulesPage",
                "The station's plan, a connector with its own rules, or a special user's own times",
            )
        )
        pick.addWidget(self.target_combo)
        self.own_rules = QPushButton(translate("SchedulesPage", "Own rules for a connector"))
        self.own_rules.setAutoDefault(False)
        self.override_menu = QMenu(self.own_rules)
        self.own_rules.setMenu(self.override_menu)
        pick.addWidget(self.own_rules)
        self.remove_own = QPushButton(translate("SchedulesPage", "Remove own rules…"))
        self.remove_own.setToolTip(
            translate("SchedulesPage", "The connector follows the station's plan again")
        )
        pick.addWidget(self.remove_own)
        pick.addStretch(1)
        lay.addLayout(pick)
        lay.addWidget(self.conflict_banner)

        self.default_row = QWidget()
        drow = QHBoxLayout(self.default_row)
        drow.setContentsMargins(0, 0, 0, 0)
        drow.addWidget(QLabel(translate("SchedulesPage", "Outside the windows:")))
        self.default_mode = QComboBox()
        self.default_mode.setObjectName("DefaultMode")
        fill_mode_combo(self.default_mode)
        self.default_tariff = QComboBox()
        self.default_tariff.setObjectName("DefaultTariff")
        self.default_tariff.setToolTip(
            translate("SchedulesPage", "The price outside the windows, and in windows that name no tariff")
        )
        drow.addWidget(self.default_mode)
        drow.addWidget(QLabel(translate("SchedulesPage", "at")))
        drow.addWidget(self.default_tariff)
        self.default_error = QLabel()
        self.default_error.setStyleSheet(palette.level_css("error"))
        self.default_error.hide()
        drow.addWidget(self.default_error)
        drow.addStretch(1)
        for m in MODES:
            drow.addWidget(_swatch(mode_colour(m), mode_name(m)))
        drow.addWidget(
            _swatch(light(mode_colour(AccessMode.PUBLIC)), translate("SchedulesPage", "light: the default"))
        )
        lay.addWidget(self.default_row)

        self.grant_info = QLabel()
        self.grant_info.setWordWrap(True)
        self.grant_info.setStyleSheet(
            f"background:{palette.INFO_BG}; border:1px solid {palette.INFO_BORDER}; border-radius:4px; padding:6px;"
        )
        self.grant_info.hide()
        lay.addWidget(self.grant_info)

        preview = QFrame()
        preview.setObjectName("Preview")
        preview.setStyleSheet(
            f"QFrame#Preview {{ background:{palette.PANEL}; border:1px solid {palette.LINE}; border-radius:4px; }}"
        )
        plo = QHBoxLayout(preview)
        plo.setContentsMargins(8, 5, 8, 5)
        self.preview = QLabel()
        self.preview.setObjectName("PreviewNow")
        self.preview.setStyleSheet("font-weight:600;")
        self.preview.setToolTip(
            translate("SchedulesPage", "What applies now at the site's local time, including unsaved changes")
        )
        self.hover_preview = QLabel()
        self.hover_preview.setStyleSheet(palette.MUTED_CSS)
        plo.addWidget(self.preview)
        plo.addStretch(1)
        plo.addWidget(self.hover_preview)
        lay.addWidget(preview)

        self.tabs = QTabWidget()
        week = QWidget()
        wl = QVBoxLayout(week)
        wl.setContentsMargins(6, 6, 6, 6)
        self.calendar = WeekCalendar()
        self.calendar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.tools = WeekTools(self.calendar, translate("SchedulesPage", "Add window…"))
        self.add_button, self.edit_button, self.delete_button, self.copy_button, self.undo_button = (
            self.tools.buttons
        )
        wl.addLayout(self.tools)
        wl.addWidget(self.calendar, 1)
        self.tabs.addTab(week, translate("SchedulesPage", "Weekly plan"))
        self.exceptions = ExceptionsPanel()
        self.tabs.addTab(self.exceptions, translate("SchedulesPage", "Date exceptions"))
        lay.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("SchedulesMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.message, 1)
        self.revert_button = QPushButton(translate("SchedulesPage", "Revert"))
        self.revert_button.setToolTip(
            translate("SchedulesPage", "Discard the unsaved changes and show the stored plan again")
        )
        self.save_button = QPushButton(translate("SchedulesPage", "Save"))
        self.save_button.setToolTip(translate("SchedulesPage", "Save the whole plan (Ctrl+S)"))
        self.save_button.setDefault(True)
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        lay.addLayout(bottom)

        # wiring
        self.station_combo.currentIndexChanged.connect(self._station_chosen)
        self.target_combo.currentIndexChanged.connect(self._target_chosen)
        self.remove_own.clicked.connect(self._confirm_remove_override)
        self.default_mode.currentIndexChanged.connect(self._defaults_changed)
        self.default_tariff.currentIndexChanged.connect(self._defaults_changed)
        self.calendar.changed.connect(self._edited)
        self.calendar.refused.connect(lambda text: self._say(text, "error"))
        self.calendar.selection_changed.connect(self._update_buttons)
        self.calendar.hovered.connect(self._hovered)
        self.exceptions.changed.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._confirm_revert)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        order: list[QWidget] = [
            self.station_combo,
            self.target_combo,
            self.own_rules,
            self.remove_own,
            self.default_mode,
            self.default_tariff,
            self.tabs,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.copy_button,
            self.undo_button,
            self.calendar,
            self.revert_button,
            self.save_button,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

        self._timer = QTimer(self)
        self._timer.setInterval(PREVIEW_REFRESH_MS)
        self._timer.timeout.connect(self._update_preview)
        self._timer.start()
        self._set_enabled(False)
        self._update_buttons()

    # --- public API -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh stations and tariffs from the database; the open plan too unless it has unsaved changes."""
        lists = self.service.choices()
        self._stations, self._tariffs = lists.stations, lists.tariffs
        self._fill_tariffs()
        self._loading = True
        current = self._target.station_id if self._target else None
        self.station_combo.clear()
        for st in self._stations:
            self.station_combo.addItem(st.label, st.id)
        self._loading = False
        if not self._stations:
            self._target, self._form, self._baseline = None, None, None
            self._set_enabled(False)
            self.calendar.set_windows([])
            self.preview.setText(
                translate(
                    "SchedulesPage",
                    "No stations yet. Add one on the Stations page (or import a site) to plan its access times.",
                )
            )
            self._set_dirty(False)
            return
        ids = [st.id for st in self._stations]
        station_id = current if current in ids else ids[0]
        self._select_station_combo(station_id)
        if self._target is not None and self._target.station_id == station_id and self._dirty:
            self._load_targets(station_id)  # keep the unsaved work; refresh the lists around it
            self._select_target_combo(self._target)
            return
        self._open(station_id, prefer=self._target if current == station_id else None)

    def open_for(self, station_id: int, connector_pk: int | None = None) -> None:
        """Show a station's plan, or the plan of one of its connectors when that has its own rules."""
        self._guard(lambda: self._open(station_id, connector_pk=connector_pk, ensure_lists=True))

    def open_grant(self, grant_id: int) -> None:
        """Show a special user's own access times (their grant at a station)."""
        try:
            station_id = self.service.load_grant(grant_id).station_id
        except LookupError:
            self._say(translate("SchedulesPage", "That special user's grant no longer exists."), "error")
            return
        self._guard(lambda: self._open(station_id, grant_id=grant_id, ensure_lists=True))

    def is_dirty(self) -> bool:
        return self._dirty

    def current_title(self) -> str:
        title = translate("SchedulesPage", self.title)
        return f"{title} •" if self._dirty else title

    @property
    def target(self) -> Target | None:
        return self._target

    # --- loading -------------------------------------------------------------------------------------------------------

    def _fill_tariffs(self) -> None:
        self._loading = True
        keep = self.default_tariff.currentData()
        fill_tariff_combo(self.default_tariff, self._tariffs, translate("SchedulesPage", "No tariff"))
        select_data(self.default_tariff, keep)
        self.calendar.set_tariffs(self._tariffs)
        self.exceptions.set_tariffs(self._tariffs)
        self._loading = False

    def _open(
        self,
        station_id: int,
        *,
        connector_pk: int | None = None,
        grant_id: int | None = None,
        prefer: Target | None = None,
        ensure_lists: bool = False,
    ) -> None:
        if ensure_lists and not any(st.id == station_id for st in self._stations):
            lists = self.service.choices()
            self._stations, self._tariffs = lists.stations, lists.tariffs
            self._fill_tariffs()
            self._loading = True
            self.station_combo.clear()
            for st in self._stations:
                self.station_combo.addItem(st.label, st.id)
            self._loading = False
        self._select_station_combo(station_id)
        try:
            targets = self._load_targets(station_id)
        except LookupError:
            self._say(translate("SchedulesPage", "That station no longer exists."), "error")
            return
        wanted = None
        if grant_id is not None:
            wanted = next((t for t in targets.targets if t.grant_id == grant_id), None)
        elif connector_pk is not None:
            wanted = next((t for t in targets.targets if t.connector_pk == connector_pk), None)
        elif prefer is not None:
            wanted = next(
                (
                    t
                    for t in targets.targets
                    if (t.kind, t.connector_pk, t.grant_id)
                    == (prefer.kind, prefer.connector_pk, prefer.grant_id)
                ),
                None,
            )
        target = wanted or targets.targets[0]
        self._load_target(target)
        if connector_pk is not None and wanted is None:
            number = next((c.number for c in targets.without_own_rules if c.pk == connector_pk), None)
            if number is not None:
                self._say(
                    translate(
                        "SchedulesPage",
                        "Connector {number} follows the station's plan, shown here. To give it different times, "
                        "use “Own rules for a connector”.",
                    ).format(number=number),
                    "info",
                )

    def _load_targets(self, station_id: int) -> StationTargets:
        targets = self.service.targets(station_id)
        self._targets = targets
        self._loading = True
        self.target_combo.clear()
        for i, t in enumerate(targets.targets):
            self.target_combo.addItem(t.label, i)
        self._loading = False
        self.override_menu.clear()
        for c in targets.without_own_rules:
            action = self.override_menu.addAction(c.label)
            action.triggered.connect(lambda _=False, pk=c.pk: self._guard(lambda: self._create_override(pk)))
        self.own_rules.setEnabled(bool(targets.without_own_rules))
        self.own_rules.setToolTip(
            translate(
                "SchedulesPage",
                "Give one connector its own mode, windows and tariffs (starting as a copy of the station's plan)",
            )
            if targets.without_own_rules
            else translate("SchedulesPage", "Every connector of this station has its own rules already")
        )
        return targets

    def _load_target(self, target: Target) -> None:
        try:
            form = self.service.load(target)
        except LookupError as e:
            if target.kind != "station":  # removed meanwhile (another console): back to the station's plan
                self._open(target.station_id)
            self._say(translate("SchedulesPage", "Could not open it: {problem}.").format(problem=e), "error")
            return
        self._target = target
        self._select_target_combo(target)
        self._show_form(form)
        self._say("", "info")

    def _show_form(self, form: PlanForm | GrantForm) -> None:
        self._loading = True
        self._form = form
        self.conflict_banner.clear()
        grant = isinstance(form, GrantForm)
        self.default_row.setVisible(not grant)
        self.grant_info.setVisible(grant)
        self.tabs.setTabEnabled(1, not grant)
        self.add_button.setText(
            translate("SchedulesPage", "Add access time…")
            if grant
            else translate("SchedulesPage", "Add window…")
        )
        self.tabs.setTabToolTip(
            1,
            translate("SchedulesPage", "A special user's own times have no date exceptions")
            if grant
            else translate(
                "SchedulesPage", "Holidays and closing days: another weekday's plan or a fixed mode"
            ),
        )
        if grant:
            assert isinstance(form, GrantForm)
            self.tabs.setCurrentIndex(0)
            self.calendar.set_grant(form.user_name)
            self.calendar.set_default(None, None)
            self.grant_info.setText(self._grant_text(form))
            self.calendar.set_windows(form.windows)
            self.exceptions.set_exceptions([], self._local_now().date())
            self.tabs.setTabText(0, translate("SchedulesPage", "Own access times"))
        else:
            assert isinstance(form, PlanForm)
            self.calendar.set_grant(None)
            select_data(self.default_mode, form.default_mode)
            select_data(self.default_tariff, form.default_tariff_id)
            self.calendar.set_default(form.default_mode, self._tariff_name(form.default_tariff_id))
            self.calendar.set_windows(form.windows)
            self.exceptions.set_exceptions(form.exceptions, self._local_now().date())
            self.tabs.setTabText(0, translate("SchedulesPage", "Weekly plan"))
        self._loading = False
        self._count_exceptions()
        self._mark_default_tariff(None)
        self._baseline = self._content()
        self._set_enabled(True)
        self._set_dirty(False)
        self._update_subtitle()
        self._update_buttons()
        self._update_preview()

    def _grant_text(self, form: GrantForm) -> str:
        where = (
            translate("SchedulesPage", "{station} connector {number}").format(
                station=form.station_name, number=form.connector_number
            )
            if form.connector_number
            else form.station_name
        )
        parts = [
            translate(
                "SchedulesPage",
                "<b>{user}</b> may use {where} as a special user only within the times below "
                "(none: whenever the station's plan lets special users in).",
            ).format(user=form.user_name, where=where)
        ]
        if form.tariff_name:
            parts.append(
                translate("SchedulesPage", "Own tariff: '{tariff}'.").format(tariff=form.tariff_name)
            )
        tz = form.timezone
        if form.valid_from or form.valid_until:
            start = svc.site_now(tz, form.valid_from).strftime("%Y-%m-%d %H:%M") if form.valid_from else "…"
            end = svc.site_now(tz, form.valid_until).strftime("%Y-%m-%d %H:%M") if form.valid_until else "…"
            parts.append(translate("SchedulesPage", "Valid {start} – {end}.").format(start=start, end=end))
        return " ".join(parts)

    def _select_station_combo(self, station_id: int) -> None:
        i = self.station_combo.findData(station_id)
        if i >= 0 and i != self.station_combo.currentIndex():
            self._loading = True
            self.station_combo.setCurrentIndex(i)
            self._loading = False

    def _select_target_combo(self, target: Target) -> None:
        if self._targets is None:
            return
        for i, t in enumerate(self._targets.targets):
            if (t.kind, t.connector_pk, t.grant_id) == (target.kind, target.connector_pk, target.grant_id):
                self._loading = True
                self.target_combo.setCurrentIndex(i)
                self._loading = False
                return

    def _station_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        station_id = self.station_combo.itemData(index)
        if self._target is not None and station_id == self._target.station_id:
            return
        self._guard(lambda: self._open(station_id), self._restore_combos)

    def _target_chosen(self, index: int) -> None:
        if self._loading or index < 0 or self._targets is None:
            return
        target = self._targets.targets[self.target_combo.itemData(index)]
        if target == self._target:
            return
        self._guard(lambda: self._load_target(target), self._restore_combos)

    def _restore_combos(self) -> None:
        if self._target is not None:
            self._select_station_combo(self._target.station_id)
            self._select_target_combo(self._target)

    # --- unsaved changes -----------------------------------------------------------------------------------------------

    def _guard(self, proceed: Callable[[], None], cancel: Callable[[], None] | None = None) -> None:
        """Run ``proceed`` now, or after asking what to do with the unsaved changes (Save / Discard / Cancel)."""
        if not self._dirty:
            proceed()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SchedulesPage", "Unsaved changes"))
        box.setText(
            translate("SchedulesPage", "Save your changes to {name} first?").format(name=self._target_name())
        )
        box.setInformativeText(translate("SchedulesPage", "Discard drops them; Cancel stays here."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def done() -> None:
            self.confirm = None
            choice = box.standardButton(box.clickedButton())
            if choice == QMessageBox.StandardButton.Save:
                if self.save():
                    proceed()
                elif cancel is not None:
                    cancel()
            elif choice == QMessageBox.StandardButton.Discard:
                self._set_dirty(False)
                proceed()
            elif cancel is not None:
                cancel()

        box.finished.connect(done)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    def _target_name(self) -> str:
        if self._form is None:
            return translate("SchedulesPage", "this plan")
        if isinstance(self._form, GrantForm):
            return translate("SchedulesPage", "{user}'s times at {station}").format(
                user=self._form.user_name, station=self._form.station_name
            )
        if self._form.connector_number:
            return translate("SchedulesPage", "{station} connector {number}").format(
                station=self._form.station_name, number=self._form.connector_number
            )
        return self._form.station_name

    def _content(self) -> tuple[Any, ...]:
        if isinstance(self._form, GrantForm):
            return ("grant", tuple(self.calendar.windows()))
        return (
            combo_mode(self.default_mode),
            self.default_tariff.currentData(),
            tuple(self.calendar.windows()),
            tuple(self.exceptions.exceptions()),
        )

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        self.heading.setText(self.current_title())
        self.setWindowTitle(self.current_title())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if changed:
            self.dirty_changed.emit(dirty)
            self.title_changed.emit(self.current_title())

    def _edited(self) -> None:
        if self._loading or self._form is None:
            return
        self._set_dirty(self._content() != self._baseline)
        self._count_exceptions()
        if self.message.property("kind") == "error":
            self._say("", "info")
        self._update_buttons()
        self._update_preview()

    def _count_exceptions(self) -> None:
        n = len(self.exceptions.exceptions())
        self.tabs.setTabText(
            1,
            translate("SchedulesPage", "Date exceptions ({count})").format(count=n)
            if n
            else translate("SchedulesPage", "Date exceptions"),
        )

    def _defaults_changed(self) -> None:
        if self._loading:
            return
        self.calendar.set_default(
            combo_mode(self.default_mode), self._tariff_name(self.default_tariff.currentData())
        )
        self._mark_default_tariff(None)
        self._edited()

    # --- save / revert -------------------------------------------------------------------------------------------------

    def collect(self) -> PlanForm | GrantForm | None:
        """The working copy as a service form."""
        if self._form is None:
            return None
        if isinstance(self._form, GrantForm):
            return replace(self._form, windows=self.calendar.windows())
        return replace(
            self._form,
            default_mode=combo_mode(self.default_mode),
            default_tariff_id=self.default_tariff.currentData(),
            windows=self.calendar.windows(),
            exceptions=self.exceptions.exceptions(),
        )

    def save(self) -> bool:
        """Write the working copy in one transaction; True when saved (or nothing to save)."""
        form = self.collect()
        if form is None or not self._dirty:
            return True
        self._mark_default_tariff(None)
        try:
            saved = self.service.save(form, base=self._form)
        except FormError as e:
            self._show_problems(e.problems)
            return False
        except EditConflict as conflict:
            self.show_conflict(conflict)
            return False
        except WriteRefused as e:  # the database, or the operator's role (NotAllowed says who may not)
            self._say(
                translate(
                    "SchedulesPage", "Could not save: {problem}. Nothing was saved; try again, or Revert."
                ).format(problem=e),
                "error",
            )
            return False
        selected = self.calendar.selected
        self._show_form(saved)
        if selected is not None and selected[0] < len(self.calendar.windows()):
            self.calendar.selected = selected
            self.calendar.update()
        self._say(
            translate("SchedulesPage", "Saved {name} at {time}.").format(
                name=self._target_name(), time=f"{dt.datetime.now():%H:%M}"
            ),
            "ok",
        )
        return True

    def show_conflict(self, conflict: EditConflict) -> None:
        """Another console saved this plan since it was loaded: who, what differs, Reload / Keep editing; the
        calendar keeps what the operator drew until they choose."""
        self.conflict_banner.show_conflict(conflict)
        self._say(
            translate(
                "SchedulesPage", "Not saved: this plan was changed on another console meanwhile (see above)."
            ),
            "error",
        )

    def _reload_after_conflict(self) -> None:
        """Reload: show the stored plan; the operator's edits are dropped (their choice)."""
        if self._target is None:
            return
        self._set_dirty(False)
        self._load_target(self._target)
        self._say(translate("SchedulesPage", "Reloaded: the calendar shows what is stored now."), "info")

    def _keep_after_conflict(self) -> None:
        """Keep editing: what the operator changed stays, the rest shows what is stored now; the next save is
        made against the stored revision."""
        conflict = self.conflict_banner.conflict
        mine = self.collect()
        if conflict is None or self._form is None or mine is None:
            return
        stored = conflict.current
        if not isinstance(stored, PlanForm | GrantForm):
            return
        merged = svc.keep_editing(self._form, mine, stored)
        self._show_form(stored)  # the baseline: what is stored
        self._show_form_values(merged)
        self._say(
            translate(
                "SchedulesPage",
                "Your changes are kept; the rest shows what is stored now. Save replaces what is stored where you "
                "changed it.",
            ),
            "warn",
        )

    def _show_form_values(self, form: PlanForm | GrantForm) -> None:
        """Put ``form``'s plan in the widgets over the loaded one (the page's baseline stays): dirty when it differs."""
        self._loading = True
        if isinstance(form, PlanForm):
            select_data(self.default_mode, form.default_mode)
            select_data(self.default_tariff, form.default_tariff_id)
            self.calendar.set_default(form.default_mode, self._tariff_name(form.default_tariff_id))
            self.exceptions.set_exceptions(form.exceptions, self._local_now().date())
        self.calendar.set_windows(form.windows)
        self._loading = False
        self._edited()

    def _show_problems(self, problems: dict[str, str]) -> None:
        lines = []
        for key, message in problems.items():
            if key == "default_tariff":
                self._mark_default_tariff(message)
                lines.append(translate("SchedulesPage", "Default tariff: {problem}.").format(problem=message))
            elif key.startswith("exceptions"):
                lines.append(translate("SchedulesPage", "Date exceptions: {problem}").format(problem=message))
            else:
                lines.append(message)
        self._say(
            translate("SchedulesPage", "Not saved. {problems}").format(problems=" ".join(lines)), "error"
        )

    def _mark_default_tariff(self, message: str | None) -> None:
        self.default_tariff.setStyleSheet(ERROR_CSS if message else "")
        self.default_error.setText(message or "")
        self.default_error.setVisible(bool(message))

    def _confirm_revert(self) -> None:
        if not self._dirty or self._target is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SchedulesPage", "Revert"))
        box.setText(
            translate("SchedulesPage", "Discard your changes to {name}?").format(name=self._target_name())
        )
        revert = box.addButton(
            translate("SchedulesPage", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(revert)

        def done() -> None:
            self.confirm = None
            if box.clickedButton() is revert:
                self.revert()

        box.finished.connect(done)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    def revert(self) -> None:
        """Drop the working copy and show the stored plan."""
        if self._target is not None:
            self._set_dirty(False)
            self._load_target(self._target)

    # --- connector overrides -------------------------------------------------------------------------------------------

    def _create_override(self, connector_pk: int) -> None:
        try:
            form = self.service.create_connector_override(connector_pk)
        except FormError as e:
            self._say(" ".join(e.problems.values()), "error")
            return
        self._load_targets(form.station_id)
        target = (
            next(t for t in self._targets.targets if t.connector_pk == connector_pk)
            if self._targets
            else None
        )
        if target is not None:
            self._load_target(target)
        self._say(
            translate(
                "SchedulesPage",
                "Connector {number} now has its own rules, starting as a copy of the station's "
                "plan. Change them and Save.",
            ).format(number=form.connector_number),
            "ok",
        )

    def _confirm_remove_override(self) -> None:
        target = self._target
        if target is None or target.kind != "connector" or target.connector_pk is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("SchedulesPage", "Remove own rules"))
        box.setText(
            translate("SchedulesPage", "Connector {number} will follow the station's plan again.").format(
                number=target.connector_number
            )
        )
        box.setInformativeText(
            translate(
                "SchedulesPage",
                "Its own windows and date exceptions are deleted, and your unsaved changes to them are dropped.",
            )
            if self._dirty
            else translate("SchedulesPage", "Its own windows and date exceptions are deleted.")
        )
        remove = box.addButton(
            translate("SchedulesPage", "Remove own rules"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done() -> None:
            self.confirm = None
            if box.clickedButton() is remove and target.connector_pk is not None:
                shown = self._form
                seen = (
                    shown
                    if isinstance(shown, PlanForm) and shown.connector_pk == target.connector_pk
                    else None
                )
                try:  # checked against the plan the operator sees
                    self.service.remove_connector_override(
                        target.connector_pk, revision=seen.revision if seen else None, base=seen
                    )
                except EditConflict as conflict:
                    self.show_conflict(conflict)
                    return
                self._set_dirty(False)
                self._open(target.station_id)
                self._say(
                    translate("SchedulesPage", "Connector {number} follows the station's plan again.").format(
                        number=target.connector_number
                    ),
                    "ok",
                )

        box.finished.connect(done)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.confirm = box
        box.open()

    # --- preview -------------------------------------------------------------------------------------------------------

    def _tariff_name(self, tariff_id: int | None) -> str | None:
        return next((t.name for t in self._tariffs if t.id == tariff_id), None)

    def _timezone(self) -> str:
        return self._form.timezone if self._form is not None else "UTC"

    def _local_now(self) -> dt.datetime:
        return svc.site_now(self._timezone(), self.clock())

    def preview_at(self, local: dt.datetime, prefix: str | None = None) -> str:
        prefix = translate("SchedulesPage", "Now") if prefix is None else prefix
        form = self.collect()
        if form is None:
            return ""
        if isinstance(form, GrantForm):
            return svc.grant_preview_line(form.windows, local, form.user_name, prefix)
        try:
            plan = svc.plan_from_form(form, {t.id: t.name for t in self._tariffs})
        except ValueError as e:
            return translate("SchedulesPage", "{when}: (no preview: {problem})").format(
                when=prefix, problem=e
            )
        return svc.preview_line(plan, local, prefix)

    def _update_preview(self) -> None:
        if self._form is None:
            return
        local = self._local_now()
        self.preview.setText(self.preview_at(local))
        self.calendar.set_now(local.weekday(), local.hour * 60 + local.minute)

    def _hovered(self, weekday: int, minute: int) -> None:
        if weekday < 0 or self._form is None:
            self.hover_preview.setText("")
            return
        local = self._local_now()
        day = local.date() + dt.timedelta(days=weekday - local.weekday())
        moment = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
        self.hover_preview.setText(
            self.preview_at(moment, f"{DAY_NAMES[weekday]} {day:%d.%m.} {moment:%H:%M}")
        )

    # --- small helpers -------------------------------------------------------------------------------------------------

    def _say(self, text: str, kind: palette.Level) -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind if text else "")
        self.message.setStyleSheet(palette.level_css(kind))

    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.target_combo,
            self.default_mode,
            self.default_tariff,
            self.tabs,
            self.add_button,
            self.copy_button,
        ):
            w.setEnabled(on)
        self.station_combo.setEnabled(bool(self._stations))
        if not on:
            self.own_rules.setEnabled(False)
            self.remove_own.setVisible(False)

    def _update_subtitle(self) -> None:
        form = self._form
        if form is None:
            self.subtitle.setText("")
            return
        st = next((s for s in self._stations if s.id == form.station_id), None)
        site = f" · {st.site}" if st else ""
        if isinstance(form, GrantForm):
            what = translate("SchedulesPage", "{user}'s own times at {station}").format(
                user=form.user_name, station=form.station_name
            )
        else:
            what = f"{form.station_name} ({form.charge_point_id})"
            if form.connector_number:
                what += " · " + translate("SchedulesPage", "connector {number} (own rules)").format(
                    number=form.connector_number
                )
        self.subtitle.setText(
            "  "
            + translate("SchedulesPage", "{what} · times in {timezone}").format(
                what=f"{what}{site}", timezone=form.timezone
            )
        )
        self.remove_own.setVisible(self._target is not None and self._target.kind == "connector")

    def _update_buttons(self) -> None:
        self.tools.update_buttons(editable=self._form is not None)


__all__ = ["ExceptionsPanel", "SchedulesPage"]
