"""The user editor (the Users page's side panel) and the RFID tag dialog.

A side panel rather than a dialog: the list stays in view, so an operator can walk through users with the
arrow keys and see each one's tags and where they may charge right away; editing starts by typing. The panel
holds its changes until Save (Enter, Ctrl+S) or Revert (Esc); the user and their tags are then written in one
transaction by :func:`app.services.admin.users.save_user`, or not at all, with every problem marked at its field.

"Stations this user may use now" asks the central system's own rule (:func:`app.services.rules.access.decide`) for
every station; that takes a few milliseconds per station, so the service call runs on the editor's worker
thread (:class:`~app.views.shell.workers.DbWorker`) and the panel shows the answer when it arrives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin import users as svc
from app.services.admin.users import TagStatus
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.reports import statements
from app.services.revisions import EditConflict
from app.services.rules.access import shown_reason, shown_why
from app.services.rules.plan import to_local
from app.services.rules.tags import normalise_tag
from app.services.validation import FormError, WriteRefused
from app.views.shell.workers import DbWorker, Dropped
from app.views.users.common import Marker, badge
from app.views.users.common import html_escape as _html
from app.views.users.common import item as _item
from app.views.users.statement import StatementDialog
from app.views.widgets.conflict import ConflictBanner
from app.views.widgets.style import ERROR, ERROR_CELL_BG, MUTED, OK, WARN, span_html

TAG_STATUS_TEXT = {
    TagStatus.ACTIVE: QT_TRANSLATE_NOOP("UserEditor", "Active"),
    TagStatus.BLOCKED: QT_TRANSLATE_NOOP("UserEditor", "Blocked"),
    TagStatus.EXPIRED: QT_TRANSLATE_NOOP("UserEditor", "Expired"),
}
TAG_STATUS_COLOUR = {TagStatus.ACTIVE: OK, TagStatus.BLOCKED: ERROR, TagStatus.EXPIRED: WARN}
TAG_ID_TIP = QT_TRANSLATE_NOOP(
    "TagDialog",
    "The RFID card's idTag as a charger reads it: up to 20 letters, digits and - _ : . "
    "Chargers match tags in any case; they are stored in capitals.",
)
PARENT_TIP = QT_TRANSLATE_NOOP(
    "TagDialog",
    "Optional group ID (OCPP parentIdTag). Tags with the same parent count as one: the group may "
    "charge at one connector at a time. Leave it empty for a personal tag.",
)


class UpperCaseValidator(QValidator):
    """Turns what is typed into capitals as it is typed (idTags are stored upper-case)."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return QValidator.State.Acceptable, text.upper(), pos


def upper_line_edit(placeholder: str = "", tooltip: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setValidator(UpperCaseValidator(edit))
    edit.setPlaceholderText(placeholder)
    edit.setToolTip(tooltip)
    return edit


# --- the tag dialog -------------------------------------------------------------------------------------


class TagDialog(QDialog):
    """Add or edit one RFID tag. ``validate`` returns problems by field; the dialog stays open until there are
    none (so a duplicate is refused right where it was typed)."""

    def __init__(
        self,
        parent: QWidget | None,
        tag: svc.TagForm | None,
        *,
        timezone: str,
        validate: Callable[[svc.TagForm], dict[str, str]],
        recent: Sequence[svc.UnknownTagRow] = (),
    ) -> None:
        super().__init__(parent)
        self.original = tag
        self.timezone = timezone
        self._validate = validate
        self.setWindowTitle(
            translate("TagDialog", "Edit RFID tag") if tag else translate("TagDialog", "Add RFID tag")
        )
        self.setModal(True)
        self.setMinimumWidth(460)
        self.marker = Marker()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.id_tag = upper_line_edit(
            translate("TagDialog", "e.g. 04A2B3C4"), translate("TagDialog", TAG_ID_TIP)
        )
        self.recent = QComboBox()
        self.recent.setToolTip(
            translate(
                "TagDialog",
                "Tags a charger read recently that nobody owns: tap the new card on a charger, then pick it here.",
            )
        )
        if recent and tag is None:
            self.recent.addItem(translate("TagDialog", "Pick a tag a charger read recently…"), None)
            for r in recent:
                seen = to_local(r.last_seen, timezone)
                self.recent.addItem(f"{r.id_tag}  ·  {r.where}, {seen:%d.%m. %H:%M}", r.id_tag)
            self.recent.activated.connect(self._pick_recent)
        id_box = QVBoxLayout()
        id_box.setSpacing(4)
        id_box.addWidget(self.marker.field("id_tag", self.id_tag))
        if self.recent.count():
            id_box.addWidget(self.recent)
        form.addRow(translate("TagDialog", "Tag ID"), id_box)

        self.label = QLineEdit()
        self.label.setPlaceholderText(translate("TagDialog", "e.g. white card, key fob, pool car 3"))
        form.addRow(translate("TagDialog", "Label"), self.marker.field("label", self.label))
        self.status = QComboBox()
        for status, text in TAG_STATUS_TEXT.items():
            self.status.addItem(translate("UserEditor", text), status)
        self.status.setToolTip(
            translate("TagDialog", "Blocked and expired tags are refused at every charger.")
        )
        form.addRow(translate("TagDialog", "Status"), self.status)

        self.expires = QCheckBox(translate("TagDialog", "only until"))
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setToolTip(
            translate("TagDialog", "The last day the tag is accepted (inclusive, {timezone} time).").format(
                timezone=timezone
            )
        )
        self.expires.toggled.connect(self.expiry.setEnabled)
        exp_row = QHBoxLayout()
        exp_row.addWidget(self.expires)
        exp_row.addWidget(self.expiry, 1)
        form.addRow(translate("TagDialog", "Valid"), exp_row)

        self.parent_tag = upper_line_edit(
            translate("TagDialog", "optional group ID"), translate("TagDialog", PARENT_TIP)
        )
        form.addRow(translate("TagDialog", "Parent tag"), self.marker.field("parent_id_tag", self.parent_tag))
        self.message = QLabel()
        self.message.setStyleSheet(f"color:{ERROR};")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("TagDialog", "Apply") if tag else translate("TagDialog", "Add tag"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

        today = dt.date.today()
        self._original_day: dt.date | None = None
        if tag is not None:
            self.id_tag.setText(tag.id_tag)
            self.label.setText(tag.label)
            self.status.setCurrentIndex(self.status.findData(TagStatus(tag.status)))
            self.parent_tag.setText(tag.parent_id_tag)
            if tag.expiry is not None:
                self._original_day = svc.expiry_to_date(tag.expiry, timezone)
        day = self._original_day or today + dt.timedelta(days=365)  # a year from now by default
        self.expiry.setDate(QDate(day.year, day.month, day.day))
        self.expires.setChecked(self._original_day is not None)
        self.expiry.setEnabled(self._original_day is not None)
        self.id_tag.setFocus()

    def _pick_recent(self, index: int) -> None:
        value = self.recent.itemData(index)
        if value:
            self.id_tag.setText(value)
            self.label.setFocus()

    def tag_form(self) -> svc.TagForm:
        expiry: dt.datetime | None = None
        if self.expires.isChecked():
            q = self.expiry.date()
            day = dt.date(q.year(), q.month(), q.day())
            if self.original is not None and self.original.expiry is not None and day == self._original_day:
                expiry = self.original.expiry  # unchanged: keep the stored instant (it may be mid-day)
            else:
                expiry = svc.expiry_from_date(day, self.timezone)
        return svc.TagForm(
            id_tag=self.id_tag.text().strip(),
            label=self.label.text().strip(),
            status=self.status.currentData(),
            expiry=expiry,
            parent_id_tag=self.parent_tag.text().strip(),
            id=self.original.id if self.original is not None else None,
        )

    def try_accept(self) -> None:
        problems = self._validate(self.tag_form())
        rest = self.marker.show(problems)
        self.message.setText("\n".join(rest))
        self.message.setVisible(bool(rest))
        if not problems:
            self.accept()
            return
        lay = self.layout()
        if lay is not None:
            lay.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))


class UserEditor(QWidget):
    """One user's details, their RFID tags and the stations they may use now. See the module docstring."""

    saved = Signal(int)  # user id
    delete_requested = Signal(int)
    cancelled = Signal()  # a new user was abandoned
    gone = Signal(int)  # the user shown was deleted on another console (after its conflict's Reload)
    dirty_changed = Signal(bool)
    stations_ready = Signal()

    def __init__(
        self,
        users: svc.UsersService,
        statements_service: statements.StatementsService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.users = users
        self.statements = statements_service
        self.timezone = "UTC"
        self.loaded: svc.UserForm | None = None  # None: nothing shown
        self.tags: list[svc.TagForm] = []
        self._dirty = False
        self._generation = 0
        self._stations_worker: DbWorker | None = None  # started with the first check
        self.stations: svc.StationsNow | None = None
        self.tag_dialog: TagDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("EditorHeading")
        self.heading.setStyleSheet("font-size:15pt; font-weight:600;")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.heading, 1)
        outer.addLayout(head)
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.reload_requested.connect(self._reload_after_conflict)
        self.conflict_banner.keep_requested.connect(self._keep_after_conflict)
        outer.addWidget(self.conflict_banner)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 0, 6, 0)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self._build_details()
        self._build_tags()
        self._build_stations()
        self.body_layout.addStretch(1)

        bar = QHBoxLayout()
        self.delete_button = QPushButton(translate("UserEditor", "Delete user…"))
        self.delete_button.setToolTip(
            translate(
                "UserEditor", "Delete this user and their RFID tags (their sessions stay in the history)"
            )
        )
        self.delete_button.clicked.connect(self._ask_delete)
        self.statement_button = QPushButton(translate("UserEditor", "Monthly statement…"))
        self.statement_button.setObjectName("StatementButton")
        self.statement_button.setToolTip(
            translate(
                "UserEditor",
                "A PDF of this user's charging sessions in one month with the totals, to "
                "hand over or charge back (Ctrl+P)",
            )
        )
        self.statement_button.clicked.connect(self.open_statement)
        self.statement_dialog: StatementDialog | None = None
        self.message = QLabel()
        self.message.setObjectName("EditorMessage")
        self.message.setWordWrap(True)
        self.revert_button = QPushButton(translate("UserEditor", "Revert"))
        self.revert_button.setToolTip(translate("UserEditor", "Forget the changes (Esc)"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(translate("UserEditor", "Save"))
        self.save_button.setToolTip(translate("UserEditor", "Save the user and their tags (Enter or Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.statement_button)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        outer.addLayout(bar)

        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence.StandardKey.Save, self, context=ctx).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, context=ctx).activated.connect(self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=ctx).activated.connect(self.revert)
        QShortcut(QKeySequence.StandardKey.Print, self, context=ctx).activated.connect(self.open_statement)
        self.setTabOrder(self.name, self.email)
        self.setTabOrder(self.email, self.phone)
        self.setTabOrder(self.phone, self.company)
        self.setTabOrder(self.company, self.cost_centre)
        self.setTabOrder(self.cost_centre, self.status)
        self.setTabOrder(self.status, self.notes)
        self.setTabOrder(self.notes, self.tag_table)
        self.show_nothing()

    # --- layout ---------------------------------------------------------------------------------------

    def _build_details(self) -> None:
        group = QGroupBox(translate("UserEditor", "Details"))
        grid = QGridLayout(group)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.marker = Marker()
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("UserEditor", "First and last name"))
        self.name.setToolTip(
            translate("UserEditor", "Unique: two users cannot have the same name (add e.g. the department).")
        )
        self.email = QLineEdit()
        self.email.setPlaceholderText(translate("UserEditor", "name@example.com"))
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+41 44 123 45 67")
        self.company = QLineEdit()
        self.cost_centre = QLineEdit()
        self.cost_centre.setToolTip(
            translate("UserEditor", "Shown on exports and statements, for charging costs back internally.")
        )
        self.status = QComboBox()
        self.status.addItem(translate("UserEditor", "Active"), True)
        self.status.addItem(translate("UserEditor", "Blocked"), False)
        self.status.setToolTip(
            translate(
                "UserEditor",
                "A blocked user's tags are refused at every charger (the tags keep their own status).",
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(translate("UserEditor", "Notes (only shown here)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(54)
        fields: list[tuple[str, str, QWidget]] = [
            ("name", translate("UserEditor", "Name"), self.name),
            ("email", translate("UserEditor", "E-mail"), self.email),
            ("phone", translate("UserEditor", "Phone"), self.phone),
            ("company", translate("UserEditor", "Company"), self.company),
            ("cost_centre", translate("UserEditor", "Cost centre"), self.cost_centre),
        ]
        for i, (key, label, widget) in enumerate(fields):
            r, c = divmod(i, 2)
            grid.addWidget(
                QLabel(label), r * 2, c * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            )
            grid.addWidget(self.marker.field(key, widget), r * 2, c * 2 + 1)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self._changed)
                widget.returnPressed.connect(self.save)
        grid.addWidget(
            QLabel(translate("UserEditor", "Status")),
            4,
            2,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        )
        grid.addWidget(self.status, 4, 3)
        grid.addWidget(
            QLabel(translate("UserEditor", "Notes")),
            6,
            0,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        )
        grid.addWidget(self.notes, 6, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.status.currentIndexChanged.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.body_layout.addWidget(group)
        self.details_group = group

    def _build_tags(self) -> None:
        group = QGroupBox(translate("UserEditor", "RFID tags"))
        lay = QVBoxLayout(group)
        self.tag_table = QTableWidget(0, 5)
        self.tag_table.setObjectName("TagTable")
        self.tag_table.setHorizontalHeaderLabels(
            [
                translate("UserEditor", "Tag ID"),
                translate("UserEditor", "Label"),
                translate("UserEditor", "Status"),
                translate("UserEditor", "Valid until"),
                translate("UserEditor", "Parent"),
            ]
        )
        self.tag_table.verticalHeader().hide()
        self.tag_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tag_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tag_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tag_table.setAlternatingRowColors(True)
        header = self.tag_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tag_table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tag_table.doubleClicked.connect(lambda _i: self.edit_tag())
        self.tag_table.itemSelectionChanged.connect(self._update_tag_buttons)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete), self.tag_table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.remove_tag)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.tag_table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.edit_tag)
        QShortcut(
            QKeySequence(Qt.Key.Key_Insert), self.tag_table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(self.add_tag)
        lay.addWidget(self.tag_table)
        self.tag_message = QLabel()
        self.tag_message.setObjectName("TagMessage")
        self.tag_message.setStyleSheet(f"color:{ERROR};")
        self.tag_message.setWordWrap(True)
        self.tag_message.hide()
        lay.addWidget(self.tag_message)
        row = QHBoxLayout()
        self.add_tag_button = QPushButton(translate("UserEditor", "Add tag…"))
        self.add_tag_button.setToolTip(translate("UserEditor", "Add an RFID tag (Insert)"))
        self.add_tag_button.clicked.connect(self.add_tag)
        self.edit_tag_button = QPushButton(translate("UserEditor", "Edit…"))
        self.edit_tag_button.setToolTip(
            translate("UserEditor", "Change the selected tag (Enter, or double-click it)")
        )
        self.edit_tag_button.clicked.connect(self.edit_tag)
        self.remove_tag_button = QPushButton(translate("UserEditor", "Remove"))
        self.remove_tag_button.setToolTip(
            translate("UserEditor", "Remove the selected tag (Del); it is deleted when you save")
        )
        self.remove_tag_button.clicked.connect(self.remove_tag)
        for b in (self.add_tag_button, self.edit_tag_button, self.remove_tag_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.body_layout.addWidget(group)
        self.tags_group = group

    def _build_stations(self) -> None:
        group = QGroupBox(translate("UserEditor", "Stations this user may use now"))
        lay = QVBoxLayout(group)
        top = QHBoxLayout()
        self.stations_summary = QLabel()
        self.stations_summary.setObjectName("StationsSummary")
        self.stations_summary.setWordWrap(True)
        top.addWidget(self.stations_summary, 1)
        self.refresh_button = QPushButton(translate("UserEditor", "Check again"))
        self.refresh_button.setToolTip(
            translate("UserEditor", "Ask the access rules again for the current time")
        )
        self.refresh_button.clicked.connect(self.refresh_stations)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(top)
        self.stations_table = QTableWidget(0, 5)
        self.stations_table.setObjectName("StationsNow")
        self.stations_table.setHorizontalHeaderLabels(
            [
                translate("UserEditor", "Station"),
                translate("UserEditor", "Now"),
                translate("UserEditor", "Mode"),
                translate("UserEditor", "Tariff"),
                translate("UserEditor", "Why"),
            ]
        )
        self.stations_table.verticalHeader().hide()
        self.stations_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stations_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stations_table.setWordWrap(True)
        self.stations_table.setAlternatingRowColors(True)
        header = self.stations_table.horizontalHeader()
        for c in range(4):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.stations_table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        lay.addWidget(self.stations_table)
        self.body_layout.addWidget(group)
        self.stations_group = group

    # --- showing --------------------------------------------------------------------------------------

    def set_timezone(self, tz: str) -> None:
        self.timezone = tz

    def show_nothing(self) -> None:
        self.conflict_banner.clear()
        self.loaded = None
        self._fill(svc.UserForm())
        self.heading.setText(span_html(translate("UserEditor", "No user selected"), MUTED))
        self.setEnabled(False)
        self._set_dirty(False)

    def load(self, user_id: int) -> bool:
        """Show the stored user (False when it is gone)."""
        try:
            form = self.users.load(user_id)
        except LookupError:
            self.show_nothing()
            return False
        self.setEnabled(True)
        self.conflict_banner.clear()
        self.loaded = form
        self._fill(form)
        self.message.setText("")
        self._set_dirty(False)
        self.refresh_stations()
        return True

    def start_new(self) -> None:
        self.setEnabled(True)
        self.conflict_banner.clear()
        self.loaded = svc.UserForm()
        self._fill(self.loaded)
        self.message.setText("")
        self._set_dirty(False)
        self._show_stations_hint(translate("UserEditor", "Save the user to see where they may charge."))
        self.name.setFocus()

    def _fill(self, form: svc.UserForm) -> None:
        widgets: list[QWidget] = [
            self.name,
            self.email,
            self.phone,
            self.company,
            self.cost_centre,
            self.status,
            self.notes,
        ]
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(form.name)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.company.setText(form.company)
        self.cost_centre.setText(form.cost_centre)
        self.status.setCurrentIndex(0 if form.active else 1)
        self.notes.setPlainText(form.notes)
        for w in widgets:
            w.blockSignals(False)
        self.tags = [dataclasses.replace(t) for t in form.tags]
        self.marker.clear()
        self._show_tags()
        self._update_heading()

    def _update_heading(self) -> None:
        if self.loaded is None:
            return
        name = self.name.text().strip() or (
            translate("UserEditor", "New user") if self.loaded.id is None else self.loaded.name
        )
        active = self.status.currentData()
        state = (
            badge(translate("UserEditor", "Active"), OK)
            if active
            else badge(translate("UserEditor", "Blocked"), ERROR)
        )
        new = (
            " " + span_html(translate("UserEditor", "(not saved yet)"), MUTED, "font-size:10pt;")
            if self.loaded.id is None
            else ""
        )
        self.heading.setText(f"{_html(name)} {state}{new}")

    def _show_tags(self, problems: dict[int, str] | None = None) -> None:
        problems = problems or {}
        t = self.tag_table
        t.setRowCount(len(self.tags))
        for r, tag in enumerate(self.tags):
            status = TagStatus(tag.status)
            until = ""
            tip = ""
            if tag.expiry is not None:
                until = f"{svc.expiry_to_date(tag.expiry, self.timezone):%Y-%m-%d}"
                tip = translate("UserEditor", "Expires {when} ({timezone})").format(
                    when=f"{to_local(tag.expiry, self.timezone):%Y-%m-%d %H:%M}", timezone=self.timezone
                )
            cells = [
                _item(tag.id_tag, bold=True, tooltip=problems.get(r, "")),
                _item(tag.label),
                _item(translate("UserEditor", TAG_STATUS_TEXT[status]), colour=TAG_STATUS_COLOUR[status]),
                _item(
                    until or translate("UserEditor", "never"), tooltip=tip, colour=None if until else MUTED
                ),
                _item(tag.parent_id_tag),
            ]
            for c, item in enumerate(cells):
                if r in problems:
                    item.setBackground(QColor(ERROR_CELL_BG))
                t.setItem(r, c, item)
        rows = max(len(self.tags), 2)
        t.setFixedHeight(t.horizontalHeader().height() + rows * t.verticalHeader().defaultSectionSize() + 4)
        if problems:
            lines = [
                m[:1].upper() + m[1:]
                if self.tags[r].id_tag and self.tags[r].id_tag in m
                else (self.tags[r].id_tag or translate("UserEditor", "Tag {number}").format(number=r + 1))
                + f": {m}"
                for r, m in sorted(problems.items())
            ]
            self.tag_message.setText("\n".join(lines))
            self.tag_message.show()
        else:
            self.tag_message.hide()
        self._update_tag_buttons()

    def _update_tag_buttons(self) -> None:
        selected = self.tag_table.currentRow() >= 0 and bool(self.tag_table.selectedItems())
        self.edit_tag_button.setEnabled(selected)
        self.remove_tag_button.setEnabled(selected)

    # --- editing --------------------------------------------------------------------------------------

    def form(self) -> svc.UserForm:
        base = self.loaded or svc.UserForm()
        return dataclasses.replace(
            base,
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            company=self.company.text(),
            cost_centre=self.cost_centre.text(),
            active=bool(self.status.currentData()),
            notes=self.notes.toPlainText(),
            tags=[dataclasses.replace(t) for t in self.tags],
        )

    def is_dirty(self) -> bool:
        return self._dirty

    def _changed(self, *_args: object) -> None:
        if self.loaded is None:
            return
        self._update_heading()
        self._set_dirty(_normalised(self.form()) != _normalised(self.loaded))

    def _set_dirty(self, dirty: bool) -> None:
        new = self.loaded is not None and self.loaded.id is None
        self.save_button.setEnabled(dirty or new)
        self.revert_button.setEnabled(dirty or new)
        self.revert_button.setText(
            translate("UserEditor", "Cancel") if new else translate("UserEditor", "Revert")
        )
        self.delete_button.setEnabled(self.loaded is not None and self.loaded.id is not None)
        self.statement_button.setEnabled(self.loaded is not None and self.loaded.id is not None)
        if dirty and not self._dirty:
            self.message.setText("")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _validate_tag(self, tag: svc.TagForm, index: int | None) -> dict[str, str]:
        others = [t.id_tag for i, t in enumerate(self.tags) if i != index]
        user_id = self.loaded.id if self.loaded is not None else None
        return self.users.check_tag(tag, user_id=user_id, others=others)

    def _open_tag_dialog(self, index: int | None) -> None:
        if self.loaded is None:
            return
        recent: list[svc.UnknownTagRow] = []
        if index is None:
            recent = self.users.recent_unknown(10)
        tag = self.tags[index] if index is not None else None
        dialog = TagDialog(
            self, tag, timezone=self.timezone, recent=recent, validate=lambda t: self._validate_tag(t, index)
        )
        dialog.accepted.connect(lambda: self._tag_dialog_done(dialog, index))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.tag_dialog = dialog
        dialog.open()

    def _tag_dialog_done(self, dialog: TagDialog, index: int | None) -> None:
        tag = dialog.tag_form()
        tag.id_tag = normalise_tag(tag.id_tag)
        tag.parent_id_tag = normalise_tag(tag.parent_id_tag)
        if index is None:
            self.tags.append(tag)
            index = len(self.tags) - 1
        else:
            self.tags[index] = tag
        self._show_tags()
        self.tag_table.selectRow(index)
        self.tag_table.setFocus()
        self._changed()
        self.tag_dialog = None

    def add_tag(self) -> None:
        self._open_tag_dialog(None)

    def edit_tag(self) -> None:
        row = self.tag_table.currentRow()
        if 0 <= row < len(self.tags):
            self._open_tag_dialog(row)

    def remove_tag(self) -> None:
        """Take the selected tag off the list; Save deletes it, Revert brings it back."""
        row = self.tag_table.currentRow()
        if not 0 <= row < len(self.tags):
            return
        gone = self.tags.pop(row)
        self._show_tags()
        if self.tags:
            self.tag_table.selectRow(min(row, len(self.tags) - 1))
        self._changed()
        self._say(
            translate("UserEditor", "Tag {tag} will be removed when you save.").format(tag=gone.id_tag), MUTED
        )

    def save(self) -> bool:
        """Write the user and their tags; on problems mark the fields and write nothing. True when saved."""
        if self.loaded is None:
            return False
        if self.loaded.id is not None and not self._dirty:
            return True
        form = self.form()
        try:
            user_id = self.users.save(form, base=self.loaded)
        except FormError as e:
            self._show_problems(e.problems)
            return False
        except EditConflict as conflict:
            self.show_conflict(conflict)
            return False
        except WriteRefused as e:  # the operator's role, or the database: nothing was written
            self._say(translate("UserEditor", "Not saved: {problem}.").format(problem=e), ERROR)
            return False
        created = self.loaded.id is None
        self.load(user_id)
        self._say(
            (
                translate("UserEditor", "Created {name}.")
                if created
                else translate("UserEditor", "Saved {name}.")
            ).format(name=form.name.strip()),
            OK,
        )
        self.saved.emit(user_id)
        return True

    def _show_problems(self, problems: dict[str, str]) -> None:
        tag_problems: dict[int, str] = {}
        fields: dict[str, str] = {}
        for key, message in problems.items():
            if key.startswith("tags["):
                index = int(key[5 : key.index("]")])
                tag_problems.setdefault(index, message)
            else:
                fields[key] = message
        rest = self.marker.show(fields)
        self._show_tags(tag_problems)
        n = len(problems)
        text = (
            translate("UserEditor", "Not saved: fix the marked field.")
            if n == 1
            else translate("UserEditor", "Not saved: fix the {count} marked problems.").format(count=n)
        )
        self._say(" ".join([text, *rest]), ERROR)
        if not fields and tag_problems:
            self.tag_table.setFocus()
            self.tag_table.selectRow(min(tag_problems))

    def show_conflict(self, conflict: EditConflict) -> None:
        """Someone saved (or deleted) this user since it was loaded: say who, what differs and offer Reload /
        Keep editing; the form keeps what the operator typed until they choose."""
        self.conflict_banner.show_conflict(conflict)
        self._say(
            translate(
                "UserEditor", "Not saved: this user was changed on another console meanwhile (see above)."
            ),
            ERROR,
        )

    def _reload_after_conflict(self) -> None:
        """Reload: show the stored user; the operator's edits are dropped (their choice)."""
        if self.loaded is None or self.loaded.id is None:
            return
        user_id = self.loaded.id
        self._dirty = False
        if not self.load(user_id):
            self.gone.emit(user_id)
            return
        self._say(translate("UserEditor", "Reloaded: the form shows what is stored now."), MUTED)

    def _keep_after_conflict(self) -> None:
        """Keep editing: what the operator changed stays in the form, every other field shows the stored value;
        the next save is made against the stored revision."""
        conflict = self.conflict_banner.conflict
        if self.loaded is None or conflict is None or not isinstance(conflict.current, svc.UserForm):
            return
        merged = svc.keep_editing(self.loaded, self.form(), conflict.current)
        self.loaded = conflict.current
        self._fill(merged)
        self._changed()
        self._say(
            translate(
                "UserEditor",
                "Your changes are kept; the other fields show what is stored now. Save replaces what is stored "
                "where you changed it.",
            ),
            WARN,
        )

    def revert(self) -> None:
        """Esc: forget the changes (a new user is abandoned)."""
        if self.loaded is None:
            return
        if any(d is not None and d.isVisible() for d in (self.tag_dialog, self.statement_dialog)):
            return  # Esc belongs to the dialog
        if self.loaded.id is None:
            self.show_nothing()
            self.cancelled.emit()
            return
        self.conflict_banner.clear()
        self._fill(self.loaded)
        self._set_dirty(False)
        self._say(translate("UserEditor", "Changes reverted."), MUTED)

    def _ask_delete(self) -> None:
        if self.loaded is not None and self.loaded.id is not None:
            self.delete_requested.emit(self.loaded.id)

    # --- monthly statement ----------------------------------------------------------------------------

    def open_statement(self) -> None:
        """ "Monthly statement…": ask the month and the file (a window-modal dialog, opened, not exec'd)."""
        if self.loaded is None or self.loaded.id is None:
            return
        if self.statement_dialog is not None and self.statement_dialog.isVisible():
            self.statement_dialog.raise_()
            return
        dialog = StatementDialog(
            self, self.statements, self.loaded.id, self.loaded.name, timezone=self.timezone
        )
        dialog.statement_saved.connect(self._statement_saved)
        dialog.finished.connect(lambda _r: self._statement_closed(dialog))
        self.statement_dialog = dialog
        dialog.open()

    def _statement_closed(self, dialog: StatementDialog) -> None:
        if self.statement_dialog is dialog:
            self.statement_dialog = None
        dialog.deleteLater()

    def _statement_saved(self, path: str, statement: statements.Statement) -> None:
        if statement.empty:
            self._say(
                translate(
                    "UserEditor", "No sessions in {period}: an empty statement was saved to {path}."
                ).format(period=statement.period, path=path),
                WARN,
            )
        else:
            sessions = len(statement.lines)
            self._say(
                translate(
                    "UserEditor",
                    "Statement for {period} (%n session(s)) saved to {path}.",
                    None,
                    PLURAL,
                    int(sessions),
                ).format(period=statement.period, path=path),
                OK,
            )

    def _say(self, text: str, colour: str) -> None:
        self.message.setStyleSheet(f"color:{colour};")
        self.message.setText(text)

    # --- stations now ---------------------------------------------------------------------------------

    def _show_stations_hint(self, text: str) -> None:
        self._generation += 1
        self.stations = None
        self.stations_table.setRowCount(0)
        self.stations_table.hide()
        self.stations_summary.setText(span_html(_html(text), MUTED))
        self.refresh_button.setEnabled(False)

    def refresh_stations(self) -> None:
        if self.loaded is None or self.loaded.id is None:
            return
        self._generation += 1
        self.stations_summary.setText(span_html(translate("UserEditor", "Checking the stations…"), MUTED))
        self.refresh_button.setEnabled(False)
        if self._stations_worker is None:
            worker = self._stations_worker = DbWorker("user-stations", lifo=True, max_pending=1)
            worker.finished.connect(self._stations_read)
            self.destroyed.connect(lambda *_: worker.close(timeout=0))
        users, user_id = self.users, self.loaded.id
        self._stations_worker.submit(("stations", self._generation), lambda: users.stations_now(user_id))

    def stations_idle(self) -> bool:
        """No check of the stations pending or running (for tests)."""
        return self._stations_worker is None or self._stations_worker.idle()

    def close_worker(self) -> None:
        """Stop the stations check's thread (waits for a running check)."""
        if self._stations_worker is not None:
            self._stations_worker.close()

    def _stations_read(self, key: Any, result: Any, error: Exception | None) -> None:
        if isinstance(error, Dropped):
            return
        self._stations_done(key[1], error if error is not None else result)

    def _stations_done(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # another user (or a newer check) is shown meanwhile
        self.refresh_button.setEnabled(True)
        if isinstance(result, LookupError):
            self._show_stations_hint(translate("UserEditor", "This user no longer exists."))
            return
        if isinstance(result, Exception):
            self.stations_summary.setText(
                span_html(
                    translate("UserEditor", "Could not check the stations: {problem}").format(
                        problem=_html(str(result))
                    ),
                    ERROR,
                )
            )
            return
        assert isinstance(result, svc.StationsNow)
        self.stations = result
        self._show_stations(result)
        self.stations_ready.emit()

    def _show_stations(self, now: svc.StationsNow) -> None:
        at = to_local(now.at, self.timezone)
        if now.id_tag is None:
            self.stations_table.hide()
            self.stations_summary.setText(span_html(_html(now.note), WARN))
            return
        self.stations_table.show()
        stations = len(now.rows)
        summary = translate(
            "UserEditor",
            "<b>May use {accepted} of %n station(s)</b> right now (checked at {time} with tag {tag}).",
            None,
            PLURAL,
            int(stations),
        ).format(accepted=now.accepted, time=f"{at:%H:%M}", tag=_html(now.id_tag))
        if now.note:
            summary += f" {_html(now.note)}"
        self.stations_summary.setText(summary)
        t = self.stations_table
        t.setRowCount(len(now.rows))
        for r, row in enumerate(now.rows):
            mode = translate("AccessMode", row.mode.capitalize()) if row.mode else ""
            if row.mode and row.until is not None:
                same_day = row.until.date() == at.date()
                mode = translate("UserEditor", "{mode} until {time}").format(
                    mode=mode, time=fmt.time(row.until) if same_day else fmt.day_time(row.until)
                )
            verdict = (
                translate("UserEditor", "Accepted") if row.accepted else translate("UserEditor", "Refused")
            )
            cells = [
                _item(row.station, bold=True, tooltip=f"{row.charge_point_id} · {row.site}"),
                _item(
                    verdict,
                    colour=OK if row.accepted else ERROR,
                    bold=True,
                    tooltip=translate("UserEditor", "OCPP answer: {status}").format(status=row.status),
                ),
                _item(mode),
                _item(row.tariff or "–", colour=None if row.tariff else MUTED),
                _item(shown_why(row.reason), tooltip=shown_reason(row.reason)),
            ]
            for c, item in enumerate(cells):
                t.setItem(r, c, item)
        t.resizeRowsToContents()
        for r in range(t.rowCount()):
            t.setRowHeight(r, max(t.rowHeight(r), self.tag_table.verticalHeader().defaultSectionSize()))
        shown = sum(t.rowHeight(r) for r in range(min(len(now.rows), 8)))  # beyond 8 stations: scroll
        t.setFixedHeight(
            t.horizontalHeader().height() + max(shown, t.verticalHeader().defaultSectionSize()) + 4
        )


def _normalised(form: svc.UserForm) -> tuple[object, ...]:
    """What matters for "are there unsaved changes": stripped text, tags as entered."""
    return (
        form.name.strip(),
        form.email.strip(),
        form.phone.strip(),
        form.company.strip(),
        form.cost_centre.strip(),
        form.active,
        form.notes.rstrip(),
        [(t.id_tag, t.label, TagStatus(t.status), t.expiry, t.parent_id_tag, t.id) for t in form.tags],
    )


__all__ = ["TagDialog", "UpperCaseValidator", "UserEditor"]
