"""Users and RFID tags: the user list with search, the user editor (side panel, see
:mod:`app.views.users.editor`), the tags chargers presented that nobody owns, and CSV import/export.

Live: when the central system refuses a tag nobody owns, the "Unknown tags" list refreshes (debounced, so a
burst of taps is one query), and its tab shows how many are waiting.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.admin import users as svc
from app.services.admin.users import CsvReport, EditConflict, UsersCsvError
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.reports.statements import StatementsService
from app.services.rules.plan import to_local
from app.services.validation import FormError, WriteRefused
from app.views.shell.bridge import WhileShown
from app.views.shell.workers import DbWorker, Dropped
from app.views.users.common import Marker
from app.views.users.common import html_escape as _html
from app.views.users.common import item as _item
from app.views.users.editor import UserEditor
from app.views.widgets.style import ERROR, MUTED, OK, WARN
from app.views.widgets.text import tip

SEARCH_DELAY_MS = 200
UNKNOWN_DELAY_MS = (
    500  # refused unknown cards (dozens a second on a large site) re-read the list at most twice a second
)

Index = QModelIndex | QPersistentModelIndex


class UsersModel(QAbstractTableModel):
    """The (bounded) search result: name, e-mail, company, tags, status."""

    HEADERS = (
        QT_TRANSLATE_NOOP("UsersModel", "Name"),
        QT_TRANSLATE_NOOP("UsersModel", "E-mail"),
        QT_TRANSLATE_NOOP("UsersModel", "Company"),
        QT_TRANSLATE_NOOP("UsersModel", "Tags"),
        QT_TRANSLATE_NOOP("UsersModel", "Status"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[svc.UserRow] = []

    def set_rows(self, rows: list[svc.UserRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_of(self, user_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == user_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("UsersModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 3:
                return (
                    (row.tags[0] + (f" +{len(row.tags) - 1}" if len(row.tags) > 1 else ""))
                    if row.tags
                    else ""
                )
            status = translate("UsersModel", "Active") if row.active else translate("UsersModel", "Blocked")
            return (row.name, row.email, row.company, "", status)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            details = [
                row.name,
                row.email,
                row.phone,
                row.company,
                translate("UsersModel", "cost centre {code}").format(code=row.cost_centre)
                if row.cost_centre
                else "",
            ]
            tags = (
                translate("UsersModel", "RFID tags: {tags}").format(tags=", ".join(row.tags))
                if row.tags
                else translate("UsersModel", "No RFID tags")
            )
            return tip("\n".join([*(d for d in details if d), tags]))
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 4:
                return QColor(OK if row.active else ERROR)
            if not row.active:
                return QColor(MUTED)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class AssignTagDialog(QDialog):
    """Choose the user an unknown tag belongs to (and optionally a label)."""

    def __init__(
        self,
        parent: QWidget | None,
        unknown: svc.UnknownTagRow,
        choices: list[tuple[int, str, bool]],
        preselect: int | None,
        timezone: str,
    ) -> None:
        super().__init__(parent)
        self.unknown = unknown
        self.setWindowTitle(translate("AssignTagDialog", "Assign RFID tag"))
        self.setModal(True)
        self.setMinimumWidth(480)
        lay = QFormLayout(self)
        seen = to_local(unknown.last_seen, timezone)
        today = to_local(dt.datetime.now(dt.UTC), timezone).date()
        intro = QLabel(
            translate(
                "AssignTagDialog",
                "Tag <b>{tag}</b> was last presented at {where}, {when}. Who does it belong to?",
            ).format(tag=_html(unknown.id_tag), where=_html(unknown.where), when=_when(seen, today))
        )
        intro.setWordWrap(True)
        lay.addRow(intro)
        self.marker = Marker()
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for user_id, name, active in choices:
            self.user.addItem(
                name if active else translate("AssignTagDialog", "{name} (blocked)").format(name=name),
                user_id,
            )
        completer = self.user.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        index = self.user.findData(preselect) if preselect is not None else -1
        self.user.setCurrentIndex(index)
        if index < 0:
            self.user.setEditText("")
            edit = self.user.lineEdit()
            if edit is not None:
                edit.setPlaceholderText(translate("AssignTagDialog", "Type a name…"))
        lay.addRow(translate("AssignTagDialog", "User"), self.marker.field("user", self.user))
        self.label = QLineEdit()
        self.label.setPlaceholderText(translate("AssignTagDialog", "optional, e.g. white card"))
        lay.addRow(translate("AssignTagDialog", "Label"), self.marker.field("label", self.label))
        self.message = QLabel()
        self.message.setStyleSheet(f"color:{ERROR};")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.assign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.assign_button.setText(translate("AssignTagDialog", "Assign"))
        self.buttons.rejected.connect(self.reject)
        lay.addRow(self.buttons)
        self.user.setFocus()

    def chosen_user(self) -> int | None:
        """The user whose name is in the box (typed or picked), or None."""
        text = self.user.currentText().strip().casefold()
        for i in range(self.user.count()):
            shown = self.user.itemText(i).casefold()
            if text and text in (shown, shown.removesuffix(" (blocked)")):
                return int(self.user.itemData(i))
        return None

    def show_problems(self, problems: dict[str, str]) -> None:
        rest = self.marker.show(problems)
        self.message.setText("\n".join(m[:1].upper() + m[1:] for m in rest))
        self.message.setVisible(bool(rest))


class ImportReportDialog(QDialog):
    """The CSV import's problems, line by line; nothing was written. Offers to import the valid rows only."""

    def __init__(self, parent: QWidget | None, path: Path, report: CsvReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportReportDialog", "Import users: problems found"))
        self.setModal(True)
        self.resize(640, 420)
        lay = QVBoxLayout(self)
        lines = len({n for n, _ in report.errors})
        n = len(report.errors)
        head = QLabel(
            translate(
                "ImportReportDialog",
                "<b>%n problem(s) on {lines} of {file}.</b> Nothing was imported.",
                None,
                PLURAL,
                int(n),
            ).format(
                lines=translate("ImportReportDialog", "%n line(s)", None, PLURAL, int(lines)),
                file=_html(path.name),
            )
        )
        head.setObjectName("ImportHeading")
        head.setWordWrap(True)
        lay.addWidget(head)
        self.table = QTableWidget(n, 2)
        self.table.setObjectName("ImportProblems")
        self.table.setHorizontalHeaderLabels(
            [translate("ImportReportDialog", "Line"), translate("ImportReportDialog", "Problem")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, (line, message) in enumerate(report.errors):
            self.table.setItem(r, 0, _item(str(line)))
            self.table.setItem(r, 1, _item(message, tooltip=message))
        lay.addWidget(self.table, 1)
        hint = QLabel(
            translate(
                "ImportReportDialog",
                "Fix the file and import it again, or import the other rows now and add the rest later. "
                "Line 1 is the header.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color:{MUTED};")
        lay.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.valid_only_button = self.buttons.addButton(
            translate("ImportReportDialog", "Import the valid rows only"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.cancel_button.setFocus()


class UsersPage(QWidget):
    """The Users page: ``UsersPage(users, statements, bridge, central)``; see the module docstring."""

    title = "Users"

    def __init__(
        self,
        users: svc.UsersService,
        statements: StatementsService,
        bridge: Any = None,
        central: Any = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.users, self.statements = users, statements
        self.bridge, self.central = bridge, central
        self.timezone = "UTC"
        self.unknown: list[svc.UnknownTagRow] = []
        self.unknown_total = 0
        self._loaded = False
        self._dialog: QWidget | None = None  # the dialog or message box that is open, kept alive

        lay = QVBoxLayout(self)
        corner = QWidget()
        top = QHBoxLayout(corner)
        top.setContentsMargins(0, 0, 0, 4)
        self.new_button = QPushButton(translate("UsersPage", "New user"))
        self.new_button.setToolTip(translate("UsersPage", "Create a user (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_user)
        self.import_button = QPushButton(translate("UsersPage", "Import CSV…"))
        self.import_button.setToolTip(
            translate(
                "UsersPage",
                "Create or update users and their tags from a CSV file "
                "(columns name;email;phone;company;cost_centre;active;tags;tag_label)",
            )
        )
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(translate("UsersPage", "Export CSV…"))
        self.export_button.setToolTip(
            translate("UsersPage", "Save every user and their tags as a CSV file (the import's format)")
        )
        self.export_button.clicked.connect(self.choose_export_file)
        for b in (self.new_button, self.import_button, self.export_button):
            top.addWidget(b)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        lay.addWidget(self.tabs, 1)
        self.message = QLabel()
        self.message.setObjectName("PageMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self._open_link)
        self.message.hide()
        lay.addWidget(self.message)
        self._build_users_tab()
        self._build_unknown_tab()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_list)
        self._unknown_timer = QTimer(self)
        self._unknown_timer.setSingleShot(True)
        self._unknown_timer.setInterval(UNKNOWN_DELAY_MS)
        self._unknown_timer.timeout.connect(self._read_unknown_soon)
        self._unknown_worker: DbWorker | None = None
        QShortcut(
            QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.new_user)
        QShortcut(
            QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self._focus_search)
        # only while shown: hidden, the page did nothing with them (it reads the unknown tags when shown)
        self.live: WhileShown | None = None
        if bridge is not None:
            self.live = WhileShown(self, [(bridge.authorization, self.on_authorization)], lambda: None)

    # --- layout ---------------------------------------------------------------------------------------

    def _build_users_tab(self) -> None:
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("UserSearch")
        self.search.setPlaceholderText(
            translate("UsersPage", "Search name, e-mail, company or tag… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.filter = QComboBox()
        self.filter.setObjectName("UserFilter")
        self.filter.addItem(translate("UsersPage", "All users"), svc.StatusFilter.ALL)
        self.filter.addItem(translate("UsersPage", "Active"), svc.StatusFilter.ACTIVE)
        self.filter.addItem(translate("UsersPage", "Blocked"), svc.StatusFilter.BLOCKED)
        self.filter.setToolTip(translate("UsersPage", "Show all users, only active or only blocked ones"))
        self.filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        bar.addWidget(self.search, 1)
        bar.addWidget(self.filter)
        left_lay.addLayout(bar)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("UserTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (2, 3, 4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self._delete_selected)
        left_lay.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("UserCount")
        self.count_label.setStyleSheet(f"color:{MUTED};")
        left_lay.addWidget(self.count_label)
        split.addWidget(left)

        self.editor = UserEditor(self.users, self.statements)
        self.editor.saved.connect(self._saved)
        self.editor.delete_requested.connect(self.confirm_delete)
        self.editor.cancelled.connect(self._new_cancelled)
        self.editor.gone.connect(self._gone)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setSizes([560, 700])
        self.users_tab = split
        self.tabs.addTab(split, translate("UsersPage", "Users"))
        self.setTabOrder(self.search, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.editor.name)

    def _build_unknown_tab(self) -> None:
        tab = QWidget()
        lay = QVBoxLayout(tab)
        lay.setContentsMargins(0, 6, 0, 0)
        intro = QLabel(
            translate(
                "UsersPage",
                "RFID tags a charger presented that nobody owns, most recent first. To add a new card, "
                "tap it on any charger: it appears here within a second, ready to assign.",
            )
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(f"color:{MUTED};")
        lay.addWidget(intro)
        self.unknown_table = QTableWidget(0, 7)
        self.unknown_table.setObjectName("UnknownTags")
        self.unknown_table.setHorizontalHeaderLabels(
            [
                translate("UsersPage", "Tag"),
                translate("UsersPage", "Last seen"),
                translate("UsersPage", "Station"),
                translate("UsersPage", "Connector"),
                translate("UsersPage", "Times seen"),
                translate("UsersPage", "First seen"),
                "",
            ]
        )
        self.unknown_table.verticalHeader().hide()
        self.unknown_table.verticalHeader().setDefaultSectionSize(34)
        self.unknown_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unknown_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unknown_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.unknown_table.setAlternatingRowColors(True)
        header = self.unknown_table.horizontalHeader()
        for c in range(6):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        self.unknown_table.itemSelectionChanged.connect(self._update_unknown_buttons)
        self.unknown_table.doubleClicked.connect(lambda _i: self.assign_selected())
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.unknown_table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.assign_selected)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.unknown_table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.confirm_dismiss)
        lay.addWidget(self.unknown_table, 1)
        bar = QHBoxLayout()
        self.unknown_count = QLabel()
        self.unknown_count.setObjectName("UnknownCount")
        self.unknown_count.setStyleSheet(f"color:{MUTED};")
        bar.addWidget(self.unknown_count, 1)
        self.dismiss_button = QPushButton(translate("UsersPage", "Dismiss"))
        self.dismiss_button.setToolTip(
            translate(
                "UsersPage",
                "Take the selected tag off this list (Del); it comes back if it is presented again",
            )
        )
        self.dismiss_button.clicked.connect(self.confirm_dismiss)
        bar.addWidget(self.dismiss_button)
        lay.addLayout(bar)
        self.unknown_tab = tab
        self.tabs.addTab(tab, translate("UsersPage", "Unknown tags"))
        self._update_unknown_buttons()

    # --- loading --------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh everything from the database (the editor only if it has no unsaved changes)."""
        self._loaded = True
        self.timezone = self.users.timezone()
        self.editor.set_timezone(self.timezone)
        self.reload_list()
        self.reload_unknown()
        shown = self.editor.loaded.id if self.editor.loaded is not None else None
        if shown is not None and not self.editor.is_dirty():
            if not self.editor.load(shown):
                self._select_row(-1)
        if self.editor.loaded is None and self.model.rows:
            self.table.selectRow(0)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.live is not None:
            self.live.hidden()

    def showEvent(self, event: QShowEvent) -> None:
        if self.live is not None:
            self.live.shown()  # first: catch up with what happened while hidden
        super().showEvent(event)
        if not self._loaded:
            self.reload()
        else:
            self.reload_list()
            self.reload_unknown()

    def reload_list(self) -> None:
        self._search_timer.stop()
        result = self.users.search(self.search.text(), self.filter.currentData())
        keep = self.editor.loaded.id if self.editor.loaded is not None else None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(result.rows)
        self._select_row(self.model.row_of(keep))
        self.table.selectionModel().blockSignals(False)
        n = len(result.rows)
        if result.truncated:
            text = translate(
                "UsersPage", "Showing the first {shown} of {total} users; type more to narrow the search."
            ).format(shown=f"{n:,}", total=f"{result.total:,}")
        elif self.search.text().strip() or self.filter.currentIndex():
            text = translate("UsersPage", "%n matching user(s)", None, PLURAL, int(n))
        else:
            text = translate("UsersPage", "%n user(s)", None, PLURAL, int(n))
        self.count_label.setText(text)

    def _select_row(self, row: int) -> None:
        sm = self.table.selectionModel()
        if row < 0:
            sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), sm.SelectionFlag.NoUpdate)
            return
        index = self.model.index(row, 0)
        sm.setCurrentIndex(index, sm.SelectionFlag.ClearAndSelect | sm.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _search_now(self) -> None:
        self.reload_list()
        if self.model.rows and self.editor.loaded is None:
            self.table.selectRow(0)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.users_tab)
        self.search.setFocus()
        self.search.selectAll()

    # --- choosing a user (with unsaved changes kept or dropped on purpose) -----------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        user_id = self.model.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        shown = self.editor.loaded.id if self.editor.loaded is not None else None
        if user_id is None or user_id == shown:
            return
        self._leave_editor(lambda: self.editor.load(user_id), self._reselect_shown)

    def _reselect_shown(self) -> None:
        shown = self.editor.loaded.id if self.editor.loaded is not None else None
        self.table.selectionModel().blockSignals(True)
        self._select_row(self.model.row_of(shown))
        self.table.selectionModel().blockSignals(False)

    def _leave_editor(self, proceed: Any, cancel: Any = None) -> None:
        """Run ``proceed`` once the editor's unsaved changes are saved or discarded (the operator chooses)."""
        if not self.editor.is_dirty():
            proceed()
            return
        name = self.editor.name.text().strip() or translate("UsersPage", "the new user")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("UsersPage", "Unsaved changes"),
            translate("UsersPage", "Save the changes to {name}?").format(name=name),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(translate("UsersPage", "Discard forgets them; Cancel goes back to editing."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)

        def answered(_result: int) -> None:
            button = box.standardButton(box.clickedButton()) if box.clickedButton() else None
            if button == QMessageBox.StandardButton.Save and self.editor.save():
                proceed()
            elif button == QMessageBox.StandardButton.Discard:
                proceed()
            elif cancel is not None:  # Cancel, or Save with problems (now marked in the editor)
                cancel()

        box.finished.connect(answered)
        self._dialog = box
        box.open()

    def new_user(self) -> None:
        def start() -> None:
            self.tabs.setCurrentWidget(self.users_tab)
            self.table.selectionModel().blockSignals(True)
            self._select_row(-1)
            self.table.selectionModel().blockSignals(False)
            self.editor.start_new()

        self._leave_editor(start)

    def _new_cancelled(self) -> None:
        if self.model.rows:
            self.table.selectRow(0)
        self.table.setFocus()

    def _gone(self, _user_id: int) -> None:
        self.reload_list()
        self._new_cancelled()

    def _saved(self, user_id: int) -> None:
        self.reload_list()
        self.reload_unknown()  # a tag typed in may have been on the unknown list
        if self.model.row_of(user_id) < 0:  # saved but filtered out by the search
            self.count_label.setText(
                self.count_label.text()
                + " · "
                + translate("UsersPage", "the saved user does not match the search")
            )

    # --- delete ---------------------------------------------------------------------------------------

    def _delete_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.confirm_delete(self.model.rows[index.row()].id)

    def confirm_delete(self, user_id: int) -> None:
        try:
            impact = self.users.delete_impact(user_id)
        except LookupError:
            self.reload_list()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("UsersPage", "Delete user"),
            translate("UsersPage", "Delete {name}?").format(name=impact.name),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(impact.sentence() + " " + translate("UsersPage", "This cannot be undone."))
        delete = box.addButton(translate("UsersPage", "Delete user"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.finished.connect(
            lambda _r: self._delete_confirmed(user_id) if box.clickedButton() is delete else None
        )
        self._dialog = box
        box.open()

    def _delete_confirmed(self, user_id: int) -> None:
        shown = (
            self.editor.loaded
            if self.editor.loaded is not None and self.editor.loaded.id == user_id
            else None
        )
        try:  # checked against the revision the operator sees in the editor
            impact = self.users.delete(user_id, revision=shown.revision if shown else None, base=shown)
        except EditConflict as conflict:
            self.editor.show_conflict(conflict)
            return
        if self.editor.loaded is not None and self.editor.loaded.id == user_id:
            self.editor.show_nothing()
        row = self.model.row_of(user_id)
        self.reload_list()
        if impact is not None:
            self.say(translate("UsersPage", "Deleted {name}.").format(name=_html(impact.name)), OK)
        if self.model.rows:
            self.table.selectRow(min(max(row, 0), len(self.model.rows) - 1))
        self.table.setFocus()

    # --- unknown tags ---------------------------------------------------------------------------------

    def on_authorization(self, event: Any) -> None:
        """A refused tag nobody owns was probably just recorded as unknown: re-read the list within
        UNKNOWN_DELAY_MS on a worker thread (one read for a burst of refusals). A hidden page does nothing: it
        reads the list when shown."""
        if getattr(event, "refused", False) and not getattr(event, "user_name", "") and self.isVisible():
            if not self._unknown_timer.isActive():  # a throttle, not a debounce: steady refusals still show
                self._unknown_timer.start()

    def _read_unknown_soon(self) -> None:
        if self._unknown_worker is None:
            self._unknown_worker = DbWorker("users-unknown", lifo=True, max_pending=1)
            self._unknown_worker.finished.connect(self._unknown_read)
        self._unknown_worker.submit("unknown", self.users.unknown)

    def _unknown_read(self, _key: Any, result: Any, error: Exception | None) -> None:
        if isinstance(error, Dropped):
            return
        if error is not None:
            self.unknown_count.setText(
                translate("UsersPage", "Could not read the unknown tags: {problem}").format(problem=error)
            )
            return
        self._show_unknown(*result)

    def reload_unknown(self) -> None:
        self._unknown_timer.stop()
        self._show_unknown(*self.users.unknown())

    def _show_unknown(self, rows: list[svc.UnknownTagRow], total: int) -> None:
        selected = self._selected_unknown()
        keep = selected.id if selected is not None else None
        self.unknown, self.unknown_total = rows, total
        t = self.unknown_table
        t.setRowCount(len(rows))
        today = to_local(dt.datetime.now(dt.UTC), self.timezone).date()
        for r, u in enumerate(rows):
            first, last = to_local(u.first_seen, self.timezone), to_local(u.last_seen, self.timezone)
            cells = [
                _item(u.id_tag, bold=True),
                _item(_when(last, today), tooltip=f"{last:%Y-%m-%d %H:%M:%S}"),
                _item(u.station, tooltip=u.charge_point_id),
                _item(str(u.connector_id) if u.connector_id else "–"),
                _item(str(u.times_seen)),
                _item(_when(first, today), tooltip=f"{first:%Y-%m-%d %H:%M:%S}"),
            ]
            for c, item in enumerate(cells):
                if c in (3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                t.setItem(r, c, item)
            holder = t.cellWidget(
                r, 6
            )  # the row's button is kept (a button per row is costly); it follows the row
            if holder is None:
                holder = self._assign_holder()
                t.setCellWidget(r, 6, holder)
            if holder.property("unknown_id") != u.id:
                holder.setProperty("unknown_id", u.id)
                button = holder.findChild(QPushButton)
                assert button is not None  # every holder has its button
                button.setObjectName(f"assign_{u.id}")
                button.setToolTip(tip(translate("UsersPage", "Give {tag} to a user").format(tag=u.id_tag)))
        if keep is not None:
            row = next((i for i, u in enumerate(rows) if u.id == keep), -1)
            if row >= 0:
                t.selectRow(row)
        title = (
            translate("UsersPage", "Unknown tags ({count})").format(count=total)
            if total
            else translate("UsersPage", "Unknown tags")
        )
        index = self.tabs.indexOf(self.unknown_tab)
        self.tabs.setTabText(index, title)
        self.tabs.tabBar().setTabTextColor(index, QColor(WARN) if total else QColor())
        if not total:
            self.unknown_count.setText(
                translate("UsersPage", "No unknown tags: every tag presented so far belongs to someone.")
            )
        elif total > len(rows):
            self.unknown_count.setText(
                translate(
                    "UsersPage", "The {shown} most recent of %n unknown tag(s).", None, PLURAL, int(total)
                ).format(shown=len(rows))
            )
        else:
            self.unknown_count.setText(translate("UsersPage", "%n unknown tag(s).", None, PLURAL, int(total)))
        self._update_unknown_buttons()

    def _assign_holder(self) -> QWidget:
        """The "Assign to user…" button of a row of the unknown tags; it assigns the tag its holder's
        ``unknown_id`` names when clicked."""
        holder = QWidget()
        button = QPushButton(translate("UsersPage", "Assign to user…"))
        button.clicked.connect(lambda _c=False: self.open_assign(int(holder.property("unknown_id"))))
        holder_lay = QHBoxLayout(holder)
        holder_lay.setContentsMargins(6, 1, 6, 1)
        holder_lay.addWidget(button)
        holder_lay.addStretch(1)
        return holder

    def _selected_unknown(self) -> svc.UnknownTagRow | None:
        row = self.unknown_table.currentRow()
        if 0 <= row < len(self.unknown) and self.unknown_table.selectedItems():
            return self.unknown[row]
        return None

    def _update_unknown_buttons(self) -> None:
        selected = self._selected_unknown() is not None
        self.dismiss_button.setEnabled(selected)

    def assign_selected(self) -> None:
        row = self._selected_unknown()
        if row is not None:
            self.open_assign(row.id)

    def open_assign(self, unknown_id: int) -> None:
        unknown = next((u for u in self.unknown if u.id == unknown_id), None)
        if unknown is None:
            return
        choices = self.users.choices()
        preselect = self.editor.loaded.id if self.editor.loaded is not None else None
        dialog = AssignTagDialog(self, unknown, choices, preselect, self.timezone)
        dialog.buttons.accepted.connect(lambda: self._assign(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._dialog = dialog
        dialog.open()

    def _assign(self, dialog: AssignTagDialog) -> None:
        user_id = dialog.chosen_user()
        if user_id is None:
            dialog.show_problems(
                {"user": translate("UsersPage", "choose a user from the list (type part of the name)")}
            )
            return
        try:
            done = self.users.assign_unknown(dialog.unknown.id, user_id, label=dialog.label.text())
        except FormError as e:
            dialog.show_problems(e.problems)
            if svc.FORM in e.problems:
                self.reload_unknown()
            return
        except WriteRefused as e:  # the operator's role, or the database: nothing was written
            dialog.show_problems({svc.FORM: f"not saved: {e}"})
            return
        dialog.accept()
        self.reload_unknown()
        self.reload_list()
        editor_user = self.editor.loaded.id if self.editor.loaded is not None else None
        if editor_user == done.user_id and not self.editor.is_dirty():
            self.editor.load(done.user_id)
        self.say(
            translate(
                "UsersPage", "Tag <b>{tag}</b> now belongs to {user}. <a href='{link}'>Show {user}</a>"
            ).format(tag=_html(done.id_tag), user=_html(done.user_name), link=f"user:{done.user_id}"),
            OK,
        )

    def confirm_dismiss(self) -> None:
        row = self._selected_unknown()
        if row is None or not self.dismiss_button.isEnabled():  # (Del: not for a role that may not)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("UsersPage", "Dismiss unknown tag"),
            translate("UsersPage", "Take {tag} ({where}) off the list?").format(
                tag=row.id_tag, where=row.where
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(translate("UsersPage", "It comes back if a charger reads it again."))
        dismiss = box.addButton(translate("UsersPage", "Dismiss"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(_r: int) -> None:
            if box.clickedButton() is dismiss:
                self.users.dismiss_unknown(row.id)
                self.reload_unknown()

        box.finished.connect(answered)
        self._dialog = box
        box.open()

    def _open_link(self, link: str) -> None:
        if link.startswith("user:"):
            self.show_user(int(link[5:]))

    def show_user(self, user_id: int) -> None:
        """Switch to the Users tab with ``user_id`` selected (the search is cleared if it hides them)."""

        def go() -> None:
            self.tabs.setCurrentWidget(self.users_tab)
            if self.model.row_of(user_id) < 0:
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                self.filter.blockSignals(True)
                self.filter.setCurrentIndex(0)
                self.filter.blockSignals(False)
                self.reload_list()
            self.table.selectionModel().blockSignals(True)
            self._select_row(self.model.row_of(user_id))
            self.table.selectionModel().blockSignals(False)
            self.editor.load(user_id)

        self._leave_editor(go)

    # --- CSV ------------------------------------------------------------------------------------------

    def _last_dir(self) -> str:
        return str(QSettings("ChargeDesk", "ChargeDesk").value("users/csv_dir", str(Path.home())))

    def _remember_dir(self, path: str) -> None:
        QSettings("ChargeDesk", "ChargeDesk").setValue("users/csv_dir", str(Path(path).parent))

    def choose_import_file(self) -> None:
        dialog = QFileDialog(
            self,
            translate("UsersPage", "Import users from CSV"),
            self._last_dir(),
            translate("UsersPage", "CSV files (*.csv *.txt);;All files (*)"),
        )
        dialog.setObjectName("ImportFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.fileSelected.connect(lambda path: self.import_csv_file(path))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._dialog = dialog
        dialog.open()

    def import_csv_file(self, path: str | Path, *, skip_bad: bool = False) -> CsvReport | None:
        """Import ``path``; with problems and without ``skip_bad`` nothing is written and the report is shown."""
        path = Path(path)
        self._remember_dir(str(path))
        try:
            report = self.users.import_csv(path, skip_bad=skip_bad)
        except (UsersCsvError, OSError) as e:
            self._show_error(
                translate("UsersPage", "Import users"),
                translate("UsersPage", "{file} cannot be imported.").format(file=path.name),
                str(e),
            )
            return None
        if report.errors and not skip_bad:
            dialog = ImportReportDialog(self, path, report)
            dialog.accepted.connect(lambda: self.import_csv_file(path, skip_bad=True))
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            self._dialog = dialog
            dialog.open()
            problems = len(report.errors)
            self.say(
                translate(
                    "UsersPage",
                    "{file} was not imported: %n problem(s), see the report.",
                    None,
                    PLURAL,
                    int(problems),
                ).format(file=_html(path.name)),
                ERROR,
            )
            return report
        tags = report.tags_added
        head = translate(
            "UsersPage",
            "{created} created, {updated} updated, {unchanged} unchanged, %n tag(s) added",
            None,
            PLURAL,
            int(tags),
        ).format(created=report.written, updated=report.updated, unchanged=report.unchanged)
        skipped = len({n for n, _ in report.errors})
        if skipped:
            head = translate(
                "UsersPage", "{counts}; %n line(s) with problems skipped", None, PLURAL, int(skipped)
            ).format(counts=head)
        self.say(
            translate("UsersPage", "Imported {file}: {counts}.").format(file=_html(path.name), counts=head),
            WARN if skipped else OK,
        )
        self.reload()
        return report

    def choose_export_file(self) -> None:
        name = f"users-{dt.date.today():%Y-%m-%d}.csv"
        dialog = QFileDialog(
            self,
            translate("UsersPage", "Export users to CSV"),
            str(Path(self._last_dir()) / name),
            translate("UsersPage", "CSV files (*.csv)"),
        )
        dialog.setObjectName("ExportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.export_csv_file(path))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self._dialog = dialog
        dialog.open()

    def export_csv_file(self, path: str | Path) -> int | None:
        path = Path(path)
        self._remember_dir(str(path))
        try:
            n = self.users.export_csv(path)
        except OSError as e:
            self._show_error(
                translate("UsersPage", "Export users"),
                translate("UsersPage", "{file} could not be written.").format(file=path.name),
                str(e),
            )
            return None
        self.say(
            translate("UsersPage", "Exported %n user(s) to {path}.", None, PLURAL, int(n)).format(
                path=_html(str(path))
            ),
            OK,
        )
        return n

    # --- feedback -------------------------------------------------------------------------------------

    def say(self, html: str, colour: str) -> None:
        self.message.setStyleSheet(f"color:{colour};")
        self.message.setText(html)
        self.message.setVisible(bool(html))

    def _show_error(self, title: str, text: str, detail: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(detail)
        self._dialog = box
        box.open()
        self.say(_html(f"{text} {detail}"), ERROR)


def _when(local: dt.datetime, today: dt.date) -> str:
    """``today 14:32``, ``yesterday 09:10``, else ``2026-03-02 14:32`` (site time)."""
    if local.date() == today:
        return translate("UsersPage", "today {time}").format(time=f"{local:%H:%M}")
    if local.date() == today - dt.timedelta(days=1):
        return translate("UsersPage", "yesterday {time}").format(time=f"{local:%H:%M}")
    return f"{local:%Y-%m-%d %H:%M}"


__all__ = ["AssignTagDialog", "ImportReportDialog", "UsersModel", "UsersPage"]
