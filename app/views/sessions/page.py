"""Sessions: every charging session, filtered by period, site, station, user and status, with totals, a
detail view, and exports to CSV and XLSX.

The page calls :class:`app.services.reports.sessions.SessionsService`. Its table is
:class:`app.views.sessions.model.SessionsModel` (a windowed model: pages fetched on worker threads, live events
change only their row); an export runs as :class:`app.views.sessions.export.ExportTask` (progress, cancel).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QSettings,
    QStandardPaths,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.operation_forms import transaction_status_text
from app.services.chargers.operations import OPERATION_ERRORS
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.reports import sessions as svc
from app.services.reports.sessions import (
    PRESET_LABELS,
    FilterOptions,
    Preset,
    SessionQuery,
    StatusFilter,
)
from app.services.roles import Permission
from app.services.validation import FormError
from app.views.sessions.detail import SessionDetailDialog
from app.views.sessions.export import ExportTask
from app.views.sessions.model import COL, COLUMNS, SESSION_ID_ROLE, SessionsModel
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.shell.workers import DbWorker, Dropped
from app.views.widgets.permissions import PermissionGate
from app.views.widgets.style import FAILED, FIELD_ERROR_CSS, message_css, text_css

log = logging.getLogger(__name__)

#: the period presets as the combo shows them (PRESET_LABELS' order and English words, marked for the catalogue)
PRESET_TEXT = {
    Preset.TODAY: QT_TRANSLATE_NOOP("SessionsPage", "Today"),
    Preset.THIS_WEEK: QT_TRANSLATE_NOOP("SessionsPage", "This week"),
    Preset.THIS_MONTH: QT_TRANSLATE_NOOP("SessionsPage", "This month"),
    Preset.LAST_MONTH: QT_TRANSLATE_NOOP("SessionsPage", "Last month"),
    Preset.THIS_YEAR: QT_TRANSLATE_NOOP("SessionsPage", "This year"),
    Preset.ALL: QT_TRANSLATE_NOOP("SessionsPage", "All time"),
    Preset.CUSTOM: QT_TRANSLATE_NOOP("SessionsPage", "Custom"),
}
XLSX_LIMIT = 1_048_576 - 3  # Excel's sheet: header and a totals row or two


# --- searchable combo -------------------------------------------------------------------------------------


class SearchCombo(QComboBox):
    """A list to pick from, with type-to-search (matches anywhere in the name). The first entry means
    "all"; :attr:`chosen` is emitted with the chosen id (None for all) only for a valid choice.

    The names live in a :class:`QStringListModel` (set in one call, searched in C++): thousands of users
    fill and filter without a Python call per entry."""

    chosen = Signal(object)
    problem = Signal(str)

    def __init__(self, all_label: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all_label = all_label
        self._names = QStringListModel([all_label], self)
        self._ids: list[int | None] = [None]
        self._rows: dict[int, int] = {}
        self.setModel(self._names)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self._line().setPlaceholderText(placeholder)
        self._line().setClearButtonEnabled(True)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._value: int | None = None
        self.currentIndexChanged.connect(self._index_changed)
        self._line().editingFinished.connect(self._text_done)
        self._line().installEventFilter(self)
        self.error_text = ""

    def _line(self) -> QLineEdit:
        edit = self.lineEdit()
        assert edit is not None  # an editable combo box has its line edit
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typing over "All …" starts a search instead of appending to the label."""
        if watched is self._line() and event.type() == QEvent.Type.KeyPress:
            text = event.text()  # type: ignore[attr-defined]
            if text and text.isprintable() and self._line().text() == self.all_label:
                self._line().clear()
        elif watched is self._line() and event.type() == QEvent.Type.FocusIn:
            if self._line().text() == self.all_label:
                QTimer.singleShot(0, self._line().selectAll)
        return super().eventFilter(watched, event)

    def set_options(self, options: list[tuple[int, str]]) -> None:
        keep = self._value
        self.blockSignals(True)
        self._ids = [None, *(ident for ident, _ in options)]
        self._rows = {ident: i for i, ident in enumerate(self._ids) if ident is not None}
        self._names.setStringList([self.all_label, *(text for _, text in options)])
        self.setCurrentIndex(self._rows.get(keep, 0) if keep is not None else 0)
        self._value = self._ids[max(0, self.currentIndex())]
        self.blockSignals(False)

    def value(self) -> int | None:
        return self._value

    def id_at(self, index: int) -> int | None:
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def set_value(self, ident: int | None) -> None:
        found = 0 if ident is None else self._rows.get(ident, -1)
        if found >= 0:
            self.setCurrentIndex(found)

    def _index_changed(self, index: int) -> None:
        if index < 0:
            return
        value = self.id_at(index)
        self._mark("")
        if value != self._value:
            self._value = value
            self.chosen.emit(value)

    def _text_done(self) -> None:
        text = self._line().text().strip()
        if not text or text == self.all_label:
            if self.currentIndex() != 0:
                self.setCurrentIndex(0)
            elif self._value is not None:
                self._index_changed(0)
            self._line().setText(self.all_label)
            self._mark("")
            return
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            matches = self._names.match(
                self._names.index(1, 0), Qt.ItemDataRole.DisplayRole, text, 2, Qt.MatchFlag.MatchContains
            )
            found = matches[0].row() if len(matches) == 1 else -1
        if found >= 0:
            self.setCurrentIndex(found)
            self._line().setText(self.itemText(found))
            self._index_changed(found)
            return
        self._mark(
            translate(
                "SessionsPage",
                "No match for “{text}”: pick an entry from the list, or clear the field for {all}.",
            ).format(text=text, all=self.all_label.lower())
        )

    def _mark(self, message: str) -> None:
        self.error_text = message
        self.setStyleSheet(f"QComboBox {{ {FIELD_ERROR_CSS} }}" if message else "")
        self.setToolTip(message)
        self.problem.emit(message)


# --- the page ---------------------------------------------------------------------------------------------


class SessionsPage(QWidget):
    """The drivers' view: sessions by period, site, station, user and status; totals; detail; exports."""

    title = "Sessions"

    def __init__(
        self, sessions: svc.SessionsService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SessionsPage")
        self.service = sessions
        self.bridge = bridge
        self.central = central
        self.options = FilterOptions([], [], [])
        self.export_task: ExportTask | None = None
        self.detail_dialog: SessionDetailDialog | None = None
        self._station_tasks = TaskSet(report_to_loop)  # questions to a station (GetTransactionStatus)
        self.gate: PermissionGate | None = None  # the window's: the detail's End button follows the role
        self._file_dialog: QFileDialog | None = None
        self._closed = False

        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 8)

        # filters, first line: when and what state
        line1 = QHBoxLayout()
        line1.addWidget(QLabel(translate("SessionsPage", "Period")))
        self.preset = QComboBox()
        self.preset.setObjectName("PeriodPreset")
        for preset in PRESET_LABELS:
            self.preset.addItem(translate("SessionsPage", PRESET_TEXT[preset]), preset.value)
        self.preset.setToolTip(
            translate(
                "SessionsPage",
                "Sessions are counted in the period of the day they started, in the site's local time",
            )
        )
        line1.addWidget(self.preset)
        self.date_from = self._date_edit(translate("SessionsPage", "From (inclusive)"))
        self.date_to = self._date_edit(translate("SessionsPage", "To (inclusive)"))
        line1.addWidget(self.date_from)
        line1.addWidget(QLabel("–"))
        line1.addWidget(self.date_to)
        line1.addSpacing(16)
        line1.addWidget(QLabel(translate("SessionsPage", "Status")))
        self.status = QComboBox()
        self.status.setObjectName("StatusFilter")
        self.status.addItem(translate("SessionsPage", "Any status"), None)
        self.status.addItem(translate("SessionsPage", "Active (charging)"), StatusFilter.ACTIVE.value)
        self.status.addItem(translate("SessionsPage", "Completed"), StatusFilter.COMPLETED.value)
        self.status.addItem(translate("SessionsPage", "Flagged"), StatusFilter.FLAGGED.value)
        self.status.setToolTip(
            translate(
                "SessionsPage",
                "Flagged: the central system noted something about the session (a stop for a "
                "transaction it never saw, a charger clock that was off, a price it could not "
                "compute, …)",
            )
        )
        line1.addWidget(self.status)
        line1.addStretch(1)
        self.reset_button = QPushButton(translate("SessionsPage", "Reset filters"))
        self.reset_button.setToolTip(
            translate("SessionsPage", "This month, every site, station, user and status")
        )
        line1.addWidget(self.reset_button)
        lay.addLayout(line1)

        # filters, second line: where and who
        line2 = QHBoxLayout()
        line2.addWidget(QLabel(translate("SessionsPage", "Site")))
        self.site = QComboBox()
        self.site.setObjectName("SiteFilter")
        self.site.setMinimumContentsLength(14)
        line2.addWidget(self.site)
        line2.addSpacing(12)
        line2.addWidget(QLabel(translate("SessionsPage", "Station")))
        self.station = SearchCombo(
            translate("SessionsPage", "All stations"), translate("SessionsPage", "Type to search stations")
        )
        self.station.setObjectName("StationFilter")
        self.station.setMinimumContentsLength(22)
        line2.addWidget(self.station)
        line2.addSpacing(12)
        line2.addWidget(QLabel(translate("SessionsPage", "User")))
        self.user = SearchCombo(
            translate("SessionsPage", "All users"), translate("SessionsPage", "Type to search users")
        )
        self.user.setObjectName("UserFilter")
        self.user.setMinimumContentsLength(22)
        line2.addWidget(self.user)
        line2.addStretch(1)
        lay.addLayout(line2)

        self.filter_problem = QLabel("")
        self.filter_problem.setObjectName("FilterProblem")
        self.filter_problem.setStyleSheet(text_css(FAILED))
        self.filter_problem.setWordWrap(True)
        self.filter_problem.hide()
        lay.addWidget(self.filter_problem)

        # totals and actions
        bar = QHBoxLayout()
        self.totals_label = QLabel("")
        self.totals_label.setObjectName("Totals")
        self.totals_label.setStyleSheet("font-size:11pt; font-weight:600;")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.totals_label, 1)
        self.detail_button = QPushButton(translate("SessionsPage", "Details…"))
        self.detail_button.setToolTip(
            translate(
                "SessionsPage", "The selected session in full: reason, price by band, meter values (Enter)"
            )
        )
        self.export_csv_button = QPushButton(translate("SessionsPage", "Export CSV…"))
        self.export_csv_button.setToolTip(
            translate("SessionsPage", "Every session of the current filter as a CSV file (Ctrl+E)")
        )
        self.export_xlsx_button = QPushButton(translate("SessionsPage", "Export XLSX…"))
        self.export_xlsx_button.setToolTip(
            translate(
                "SessionsPage",
                "Every session of the current filter as an Excel workbook, with "
                "totals per currency (Ctrl+Shift+E)",
            )
        )
        for b in (self.detail_button, self.export_csv_button, self.export_xlsx_button):
            bar.addWidget(b)
        lay.addLayout(bar)

        # the table
        self.model = SessionsModel(sessions, self)
        self.model.on_screen = self.isVisible  # a hidden page reads nothing live; it catches up when shown
        self._details = DbWorker("sessions-detail", lifo=True, max_pending=4)
        self._details.finished.connect(self._detail_done)
        self.table = QTableView()
        self.table.setObjectName("SessionsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows: no per-row size hints
        vh.setDefaultSectionSize(24)
        hh = self.table.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSortIndicatorShown(True)
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        hh.setSectionsClickable(True)
        widths = {
            "start": 122,
            "stop": 122,
            "station": 150,
            "connector": 48,
            "user": 140,
            "tag": 92,
            "energy": 70,
            "max_kw": 62,
            "duration": 86,
            "price": 70,
            "currency": 44,
            "status": 130,
            "auth": 76,
        }
        for i, (key, _) in enumerate(COLUMNS):
            hh.resizeSection(i, widths[key])
        hh.setSectionResizeMode(COL["station"], QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(COL["user"], QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)

        # export progress and messages
        progress_line = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("ExportProgress")
        self.progress.setTextVisible(True)
        self.progress_label = QLabel("")
        self.cancel_button = QPushButton(translate("SessionsPage", "Cancel export"))
        self.cancel_button.setToolTip(translate("SessionsPage", "Stop the export; nothing is written (Esc)"))
        progress_line.addWidget(self.progress_label)
        progress_line.addWidget(self.progress, 1)
        progress_line.addWidget(self.cancel_button)
        self.progress_host = QWidget()
        self.progress_host.setLayout(progress_line)
        progress_line.setContentsMargins(0, 0, 0, 0)
        self.progress_host.hide()
        lay.addWidget(self.progress_host)
        self.message = QLabel("")
        self.message.setObjectName("SessionsMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.message.setOpenExternalLinks(False)
        self.message.linkActivated.connect(self._link)
        self.message.hide()
        lay.addWidget(self.message)

        # wiring
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._date_edited)
        self.date_to.dateChanged.connect(self._date_edited)
        self.status.currentIndexChanged.connect(lambda _i: self.apply())
        self.site.currentIndexChanged.connect(self._site_changed)
        self.station.chosen.connect(lambda _v: self.apply())
        self.user.chosen.connect(lambda _v: self.apply())
        self.station.problem.connect(self.show_filter_problem)
        self.user.problem.connect(self.show_filter_problem)
        self.reset_button.clicked.connect(self.reset_filters)
        self.detail_button.clicked.connect(self.open_selected)
        self.export_csv_button.clicked.connect(lambda: self.ask_export("csv"))
        self.export_xlsx_button.clicked.connect(lambda: self.ask_export("xlsx"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.table.activated.connect(lambda index: self.open_detail(index.data(SESSION_ID_ROLE)))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        hh.sectionClicked.connect(self._header_clicked)
        self.model.count_changed.connect(lambda _n: self._show_totals())
        self.model.totals_changed.connect(lambda _t: self._show_totals())
        self.model.failed.connect(self.show_error)
        self.model.outdated.connect(self._outdated)
        self.model.modelReset.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+E"), self).activated.connect(lambda: self.ask_export("csv"))
        QShortcut(QKeySequence("Ctrl+Shift+E"), self).activated.connect(lambda: self.ask_export("xlsx"))
        QShortcut(QKeySequence("F5"), self).activated.connect(self.reload)
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.activated.connect(self.cancel_export)
        self._escape.setEnabled(False)  # only while an export runs
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(350)  # typing a date changes it digit by digit
        self._date_timer.timeout.connect(self.apply)
        if bridge is not None:
            bridge.session_started.connect(self.model.session_started)
            bridge.session_updated.connect(self._session_updated)
            bridge.session_stopped.connect(self._session_stopped)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self.setTabOrder(self.preset, self.date_from)
        self.setTabOrder(self.date_from, self.date_to)
        self.setTabOrder(self.date_to, self.status)
        self.setTabOrder(self.status, self.reset_button)
        self.setTabOrder(self.reset_button, self.site)
        self.setTabOrder(self.site, self.station)
        self.setTabOrder(self.station, self.user)
        self.setTabOrder(self.user, self.table)
        self.setTabOrder(self.table, self.detail_button)
        self.setTabOrder(self.detail_button, self.export_csv_button)
        self.setTabOrder(self.export_csv_button, self.export_xlsx_button)

        self._applying = False
        self._options_asked = 0
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData(Preset.THIS_MONTH.value))
        self.preset.blockSignals(False)
        self._update_buttons()

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        edit.setMinimumDate(QDate(2000, 1, 1))
        return edit

    # --- data ----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the filter lists again (sites, stations, users; on the worker thread), then the sessions."""
        self._options_asked += 1
        self._details.submit(("options", self._options_asked), self.service.filter_options)

    def set_options(self, options: FilterOptions) -> None:
        """Fill the filter lists (keeping what is chosen where it still exists) and show the sessions."""
        self.options = options
        keep_site = self.site.currentData()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(translate("SessionsPage", "All sites"), None)
        for o in self.options.sites:
            self.site.addItem(o.name, o.id)
        self.site.setCurrentIndex(max(0, self.site.findData(keep_site)) if keep_site is not None else 0)
        self.site.blockSignals(False)
        self._fill_stations()
        self.user.set_options([(o.id, o.name) for o in self.options.users])
        self._seed_live()
        self._preset_changed(apply=False)
        self.apply(force=True)

    def _fill_stations(self) -> None:
        site = self.site.currentData()
        self.station.set_options(
            [
                (o.id, f"{o.name} ({o.detail})")
                for o in self.options.stations
                if site is None or o.parent_id == site
            ]
        )

    def _seed_live(self) -> None:
        """Energy so far of running sessions, as the central system knows it (no meter value needed)."""
        for state in getattr(self.central, "chargers", lambda: [])() if self.central is not None else []:
            for tx in getattr(state, "active", {}).values():
                if getattr(tx, "energy_wh", None) is not None or getattr(tx, "power_w", None) is not None:
                    self.model._live[tx.transaction_id] = (tx.energy_wh, tx.power_w, tx.power_w)

    def timezone(self) -> str:
        return self.options.timezone(self.site.currentData())

    def query(self) -> SessionQuery:
        """The filter as shown (raises FormError for a period that ends before it starts)."""
        preset = Preset(self.preset.currentData())
        start: dt.date | None
        end: dt.date | None
        if preset is Preset.ALL:
            start = end = None
        else:
            start, end = self.date_from.date().toPython(), self.date_to.date().toPython()  # type: ignore[assignment]
        status = self.status.currentData()
        return SessionQuery(
            start=start,
            end=end,
            user_id=self.user.value(),
            station_id=self.station.value(),
            site_id=self.site.currentData(),
            status=StatusFilter(status) if status else None,
            newest_first=self.model.query.newest_first if self.model.query else True,
        )

    def apply(self, force: bool = False) -> None:
        """Show the sessions of the filter (unless a field has a problem, which is shown instead)."""
        self._date_timer.stop()
        try:
            q = self.query()
        except FormError as e:
            self._mark_dates(e.problems.get("end", ""))
            return
        self._mark_dates("")
        if self.user.error_text or self.station.error_text:
            return
        if not force and q == self.model.query:
            return
        self.model.set_query(q, self.timezone())
        self._update_buttons()

    def reset_filters(self) -> None:
        self._applying = True
        try:
            self.status.setCurrentIndex(0)
            self.site.setCurrentIndex(0)
            self._fill_stations()
            self.station.set_value(None)
            self.user.set_value(None)
            self.user._mark("")
            self.station._mark("")
            self.preset.setCurrentIndex(self.preset.findData(Preset.THIS_MONTH.value))
        finally:
            self._applying = False
        self._preset_changed(apply=False)
        self.apply()

    def _preset_changed(self, _index: int = 0, apply: bool = True) -> None:
        preset = Preset(self.preset.currentData())
        today = svc.local_today(self.timezone())
        if preset is not Preset.CUSTOM:
            start, end = svc.preset_period(preset, today)
            for edit, day in ((self.date_from, start), (self.date_to, end)):
                edit.blockSignals(True)
                if day is not None:
                    edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        all_time = preset is Preset.ALL
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(not all_time)
            edit.setToolTip(
                translate("SessionsPage", "Choose another period, or Custom, to limit the dates")
                if all_time
                else (
                    translate("SessionsPage", "From (inclusive)")
                    if edit is self.date_from
                    else translate("SessionsPage", "To (inclusive)")
                )
            )
        if apply and not self._applying:
            self.apply()

    def _date_edited(self, _date: QDate) -> None:
        if Preset(self.preset.currentData()) is not Preset.CUSTOM:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(Preset.CUSTOM.value))
            self.preset.blockSignals(False)
        self._date_timer.start()

    def _site_changed(self, _index: int) -> None:
        self._fill_stations()  # a station of another site falls back to all of this site's stations
        if not self._applying:
            self._preset_changed(apply=False)  # the site's own time zone decides what "today" is
            self.apply()

    def _mark_dates(self, message: str) -> None:
        self.date_to.setStyleSheet(f"QDateEdit {{ {FIELD_ERROR_CSS} }}" if message else "")
        self.date_to.setToolTip(message or translate("SessionsPage", "To (inclusive)"))
        self.show_filter_problem(message)

    def show_filter_problem(self, message: str) -> None:
        problems = [m for m in (message, self.user.error_text, self.station.error_text) if m]
        text = message or (problems[0] if problems else "")
        self.filter_problem.setText(text)
        self.filter_problem.setVisible(bool(text))

    def _header_clicked(self, section: int) -> None:
        hh = self.table.horizontalHeader()
        current = self.model.query
        if section == COL["start"] and current is not None:
            newest = not current.newest_first
            self.model.set_query(dataclasses.replace(current, newest_first=newest), self.timezone())
            hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder)
            return
        newest = current.newest_first if current else True
        hh.setSortIndicator(0, Qt.SortOrder.DescendingOrder if newest else Qt.SortOrder.AscendingOrder)
        self.show_message(
            translate(
                "SessionsPage",
                "The list is ordered by start time (click Start to reverse it); the totals above "
                "sum the whole filter.",
            ),
            "info",
        )

    def _show_totals(self) -> None:
        totals, count = self.model.totals, self.model.count
        if totals is not None:
            text = totals.text()
        elif count is not None:
            text = translate(
                "SessionsPage", "{count} session(s) · computing totals…", None, PLURAL, int(count)
            ).format(count=f"{count:,}")
        else:
            text = translate("SessionsPage", "Counting…")
        self.totals_label.setText(text)
        if totals is not None and len(totals.by_currency) > 1:
            self.totals_label.setToolTip(
                "\n".join(_currency_line(c.currency, c.sessions, c.amount) for c in totals.by_currency)
            )
        else:
            self.totals_label.setToolTip("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        exporting = self.export_task is not None
        self.detail_button.setEnabled(self.selected_session() is not None)
        has_rows = bool(self.model.count) or (self.model.count is None and self.model.rowCount() > 0)
        for b in (self.export_csv_button, self.export_xlsx_button):
            b.setEnabled(has_rows and not exporting)
        self.export_csv_button.setToolTip(
            translate("SessionsPage", "An export is running")
            if exporting
            else translate("SessionsPage", "Every session of the current filter as a CSV file (Ctrl+E)")
        )

    def selected_session(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = index.data(SESSION_ID_ROLE)
        return int(value) if value is not None else None

    # --- live ----------------------------------------------------------------------------------------

    def _session_updated(self, e: Any) -> None:
        self.model.session_updated(e)
        if (
            self.detail_dialog is not None
            and self.detail_dialog.isVisible()
            and self.detail_dialog.session_id == getattr(e, "transaction_id", None)
        ):
            self._detail_timer().start()

    def _session_stopped(self, e: Any) -> None:
        self.model.session_stopped(e)
        if (
            self.detail_dialog is not None
            and self.detail_dialog.isVisible()
            and self.detail_dialog.session_id == e.transaction_id
        ):
            self._detail_timer().start()

    def _detail_timer(self) -> QTimer:
        timer = getattr(self, "_detail_refresh", None)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(2000)
            timer.timeout.connect(self._reload_open_detail)
            self._detail_refresh = timer
        return timer

    def _reload_open_detail(self) -> None:
        if self.detail_dialog is not None and self.detail_dialog.session_id is not None:
            self.load_detail(self.detail_dialog.session_id)

    # --- detail --------------------------------------------------------------------------------------

    def open_selected(self) -> None:
        session_id = self.selected_session()
        if session_id is not None:
            self.open_detail(session_id)

    def open_detail(self, session_id: int | None) -> None:
        if session_id is None:
            return
        if self.detail_dialog is None:
            self.detail_dialog = SessionDetailDialog(self)
            self.detail_dialog.reload_requested.connect(self.load_detail)
            self.detail_dialog.end_requested.connect(self.end_session)
            self.detail_dialog.status_requested.connect(self.ask_station)
            if self.gate is not None:
                self.gate.guard(Permission.END_SESSIONS, self.detail_dialog.end_button)
        self.detail_dialog.set_loading(int(session_id))
        self.load_detail(int(session_id))
        self.detail_dialog.open()

    def load_detail(self, session_id: int) -> None:
        self._details.submit(("detail", session_id), functools.partial(self.service.detail, session_id))

    def end_session(self, session_id: int) -> None:
        """End a session the charger abandoned (the dialog shows it as it is afterwards)."""
        self._details.submit(
            ("end", session_id),
            functools.partial(self.service.close_stuck, session_id),
        )

    def ask_station(self, cp_id: str, transaction_uid: str, session_id: int) -> None:
        """GetTransactionStatus for a running 2.0.1 session (is its end only unknown here?), said in the dialog."""
        dialog = self.detail_dialog
        operations = getattr(self.central, "operations", None)
        if dialog is None:
            return
        if operations is None:
            dialog.show_station_says(
                translate("SessionsPage", "The central system is not running in this console."), True
            )
            return

        async def ask() -> None:
            try:
                answer = await operations.get_transaction_status(cp_id, transaction_uid)
            except OPERATION_ERRORS as e:
                text = translate("SessionsPage", "No answer from {cp_id}: {problem}").format(
                    cp_id=cp_id, problem=e
                )
                if dialog.session_id == session_id:
                    dialog.show_station_says(text, True)
                return
            if dialog.session_id == session_id:
                dialog.show_station_says(transaction_status_text(answer, session_id))

        self._station_tasks.spawn(ask())

    def _detail_done(self, key: Any, result: Any, error: BaseException | None) -> None:
        if key[0] == "options":
            if key[1] != self._options_asked or isinstance(error, Dropped):
                return
            if error is not None:
                self.show_error(
                    translate(
                        "SessionsPage", "Could not read the sites, stations and users: {problem}"
                    ).format(problem=error)
                )

                return
            self.set_options(result)
            return
        if (
            self.detail_dialog is None
            or self.detail_dialog.session_id != key[1]
            or isinstance(error, Dropped)
        ):
            return
        if error is not None:
            self.detail_dialog.set_error(str(error))
        elif result is None:
            self.detail_dialog.set_missing(key[1])
        else:
            self.detail_dialog.set_detail(result)
            if key[0] == "end":  # the operator ended it: its row in the table too
                self.model.session_stopped(SimpleNamespace(transaction_id=key[1]))

    # --- export --------------------------------------------------------------------------------------

    def _export_dir(self) -> str:
        saved = QSettings("ChargeDesk", "ChargeDesk").value("sessions/export_dir", "")
        if isinstance(saved, str) and saved and Path(saved).is_dir():
            return saved
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )

    def default_file_name(self, fmt: str) -> str:
        q = self.model.query
        if q is None or (q.start is None and q.end is None):
            period = "all"
        elif q.start == q.end:
            period = f"{q.start}"
        else:
            period = f"{q.start or 'start'}_{q.end or 'today'}"
        return f"sessions_{period}.{fmt}"

    def ask_export(self, fmt: str) -> None:
        """Ask where to save, then export (the file dialog is opened, not exec'd)."""
        if self.export_task is not None or not self.export_csv_button.isEnabled():
            return
        dialog = QFileDialog(
            self, translate("SessionsPage", "Export sessions as {format}").format(format=fmt.upper())
        )
        dialog.setObjectName("ExportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(
            translate("SessionsPage", "CSV files (*.csv)")
            if fmt == "csv"
            else translate("SessionsPage", "Excel workbooks (*.xlsx)")
        )
        dialog.setDefaultSuffix(fmt)
        dialog.setDirectory(self._export_dir())
        dialog.selectFile(self.default_file_name(fmt))
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, fmt: str | None = None) -> bool:
        """Export the current filter to ``path`` on a worker thread, with progress and Cancel."""
        if self.export_task is not None or self.model.query is None:
            return False
        fmt = fmt or path.suffix.lower().lstrip(".") or "csv"
        count = self.model.count
        if fmt == "xlsx" and count is not None and count > XLSX_LIMIT:
            self.show_message(
                translate(
                    "SessionsPage",
                    "{count} sessions do not fit in one Excel sheet (at most {limit}). "
                    "Export CSV, or choose a shorter period.",
                ).format(count=f"{count:,}", limit=f"{XLSX_LIMIT:,}"),
                "error",
            )
            return False
        QSettings("ChargeDesk", "ChargeDesk").setValue("sessions/export_dir", str(path.parent))
        task = ExportTask(self.service, self.model.query, path, fmt)
        task.progress.connect(self._export_progress)
        task.done.connect(self._export_done)
        task.cancelled.connect(self._export_cancelled)
        task.failed.connect(self._export_failed)
        self.export_task = task
        self.progress.setRange(0, count or 0)
        self.progress.setValue(0)
        self._export_total = count
        self.progress_label.setText(self._progress_text(0))
        self.cancel_button.setEnabled(True)
        self._escape.setEnabled(True)
        self.progress_host.show()
        self.message.hide()
        self._update_buttons()
        task.start()
        return True

    def _progress_text(self, rows: int) -> str:
        assert self.export_task is not None
        name = self.export_task.path.name
        if self._export_total:
            return translate("SessionsPage", "Exporting {rows} of {total} sessions to {file}…").format(
                rows=f"{rows:,}", total=f"{self._export_total:,}", file=name
            )
        return translate("SessionsPage", "Exporting {rows} sessions to {file}…").format(
            rows=f"{rows:,}", file=name
        )

    def _export_progress(self, rows: int) -> None:
        if self.export_task is None:
            return
        if self._export_total:
            self.progress.setValue(min(rows, self._export_total))
        self.progress_label.setText(self._progress_text(rows))

    def cancel_export(self) -> None:
        if self.export_task is not None:
            self.export_task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(translate("SessionsPage", "Cancelling…"))

    def _export_finished(self) -> Path:
        assert self.export_task is not None
        path = self.export_task.path
        self.export_task.wait(5)
        self.export_task = None
        self._escape.setEnabled(False)
        self.progress_host.hide()
        self._update_buttons()
        return path

    def _export_done(self, rows: int) -> None:
        path = self._export_finished()
        folder = QUrl.fromLocalFile(str(path.parent)).toString()
        self.show_message(
            translate(
                "SessionsPage",
                '{count} session(s) exported to {path} (<a href="{folder}">open folder</a>)',
                None,
                PLURAL,
                int(rows),
            ).format(count=f"{rows:,}", path=path, folder=folder),
            "ok",
            rich=True,
        )

    def _export_cancelled(self) -> None:
        path = self._export_finished()
        self.show_message(
            translate("SessionsPage", "Export cancelled: nothing was written to {path}.").format(path=path),
            "info",
        )

    def _export_failed(self, message: str) -> None:
        path = self._export_finished()
        self.show_message(
            translate("SessionsPage", "Export to {file} failed: {problem} Nothing was written.").format(
                file=path.name, problem=message
            ),
            "error",
        )

    def _outdated(self, difference: int) -> None:
        """Sessions arrived that no event announced (written by another console's central system)."""
        if self.table.verticalScrollBar().value() == 0 and not self.table.currentIndex().isValid():
            self.model.refresh()  # the operator is at the top and has nothing selected: just show them
            return
        what = (
            translate("SessionsPage", "{count} new session(s)", None, PLURAL, int(difference)).format(
                count=f"{difference:,}"
            )
            if difference > 0
            else translate("SessionsPage", "Some sessions changed")
        )
        self.show_message(
            translate(
                "SessionsPage", '{what} since the list was read: <a href="reload">show them</a> (F5).'
            ).format(what=what),
            "info",
            rich=True,
        )

    def _link(self, url: str) -> None:
        if url == "reload":
            self.message.hide()
            self.model.refresh()
        else:
            QDesktopServices.openUrl(QUrl(url))

    def show_message(self, text: str, level: str = "info", rich: bool = False) -> None:
        self.message.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.message.setStyleSheet(message_css(level))
        self.message.setText(text)
        self.message.show()

    def show_error(self, text: str) -> None:
        self.show_message(text, "error")

    # --- shutdown ------------------------------------------------------------------------------------

    def shutdown(self) -> None:
        """Stop the worker threads; a running export is cancelled (and leaves no file)."""
        if self._closed:
            return
        self._closed = True
        if self.export_task is not None:
            self.export_task.cancel()
            self.export_task.wait(10)
        self.model.close()
        self._details.close()
        self._station_tasks.cancel()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.catch_up()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _currency_line(currency: str, sessions: int, amount: Any) -> str:
    """``CHF: 1,204 sessions, 3,512.40`` (a line of the totals' tooltip)."""
    return translate(
        "SessionsPage", "{currency}: {count} session(s), {amount}", None, PLURAL, int(sessions)
    ).format(currency=currency, count=f"{sessions:,}", amount=f"{amount:,.2f}")


__all__ = ["COL", "COLUMNS", "SearchCombo", "SessionsPage"]
