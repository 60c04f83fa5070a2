"""Settings → Operators (managers): who may log in and with which role, and whether this console asks for a
log-in at all.

List, add, change the role, reset a password, unlock, deactivate and reactivate. The services refuse leaving the
site without an active manager (the last one cannot be deactivated or demoted, not even by themself); the
refusal is said here. "Require operators to log in" is the SQLite switch (a shared PostgreSQL database always
requires it); turning it on without a manager account offers to create one first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format as fmt
from app.services.admin.operators import OperatorRow, OperatorsService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import OperatorRole, Permission, role_label, role_name
from app.services.validation import FormError, WriteRefused
from app.views.shell.login import OperatorForm, ResetPasswordDialog
from app.views.widgets.style import MUTED_CSS, OK, REPORT_ERROR, text_css

COLUMNS = [
    QT_TRANSLATE_NOOP("OperatorsSection", "Username"),
    QT_TRANSLATE_NOOP("OperatorsSection", "Name"),
    QT_TRANSLATE_NOOP("OperatorsSection", "Role"),
    QT_TRANSLATE_NOOP("OperatorsSection", "State"),
    QT_TRANSLATE_NOOP("OperatorsSection", "Last log-in"),
]


class OperatorsSection(QWidget):
    """The Operators tab of the Settings page."""

    changed = Signal()  # an account or the switch changed (the window re-reads who may do what)

    def __init__(self, service: OperatorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OperatorsSection")
        self.service = service
        self.rows: list[OperatorRow] = []
        self.dialog: QDialog | None = None  # the add / reset dialog while it is open
        lay = QVBoxLayout(self)

        self.require = QCheckBox(translate("OperatorsSection", "Require operators to log in"))
        self.require.setObjectName("RequireLogin")
        self.require_note = QLabel("")
        self.require_note.setStyleSheet(MUTED_CSS)
        self.require_note.setWordWrap(True)
        lay.addWidget(self.require)
        lay.addWidget(self.require_note)
        self.require.clicked.connect(self._require_clicked)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("OperatorsTable")
        self.table.setHorizontalHeaderLabels([translate("OperatorsSection", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        lay.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.add = QPushButton(translate("OperatorsSection", "Add operator…"))
        self.add.setObjectName("AddOperator")
        self.role = QComboBox()
        self.role.setObjectName("OperatorRoleChoice")
        for r in OperatorRole:
            self.role.addItem(role_name(r), r)
            self.role.setItemData(self.role.count() - 1, role_label(r), Qt.ItemDataRole.ToolTipRole)
        self.set_role = QPushButton(translate("OperatorsSection", "Change role"))
        self.set_role.setObjectName("ChangeRole")
        self.reset = QPushButton(translate("OperatorsSection", "Reset password…"))
        self.reset.setObjectName("ResetPasswordButton")
        self.unlock = QPushButton(translate("OperatorsSection", "Unlock"))
        self.unlock.setObjectName("UnlockOperator")
        self.active = QPushButton(translate("OperatorsSection", "Deactivate"))
        self.active.setObjectName("DeactivateOperator")
        for w in (self.add, self.role, self.set_role, self.reset, self.unlock, self.active):
            buttons.addWidget(w)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.message = QLabel("")
        self.message.setObjectName("OperatorsMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)

        self.add.clicked.connect(lambda: self.open_add())
        self.set_role.clicked.connect(self._change_role)
        self.reset.clicked.connect(self._reset_password)
        self.unlock.clicked.connect(
            lambda: self._act(translate("OperatorsSection", "{username} unlocked."), self.service.unlock)
        )
        self.active.clicked.connect(self._toggle_active)
        self._selection_changed()

    # --- reading ---------------------------------------------------------------------------------------------

    def reload(self) -> None:
        if not self.service.can(Permission.MANAGE_OPERATORS):
            return
        selected = self.selected()
        self.rows = self.service.accounts()
        now = dt.datetime.now(dt.UTC)
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            state = (
                translate("OperatorsSection", "active")
                if r.active
                else translate("OperatorsSection", "deactivated")
            )
            if r.locked(now) and r.locked_until is not None:
                state = translate("OperatorsSection", "locked until {time}").format(
                    time=fmt.time(r.locked_until.astimezone())
                )
            last = (
                fmt.date_time(r.last_login_at.astimezone(), legacy="%Y-%m-%d")
                if r.last_login_at
                else translate("OperatorsSection", "never")
            )
            for column, text in enumerate((r.username, r.display_name, role_name(r.role), state, last)):
                self.table.setItem(i, column, QTableWidgetItem(text))
        if selected is not None:
            names = [r.username for r in self.rows]
            if selected.username in names:
                self.table.selectRow(names.index(selected.username))
        required = self.service.login_required()
        shared = self.service.store.backend != "sqlite"
        self.require.setChecked(required)
        self.require.setEnabled(not shared and self.service.can(Permission.MANAGE_SETTINGS))
        self.require_note.setText(
            translate(
                "OperatorsSection", "Always on a shared PostgreSQL database: every console asks who is there."
            )
            if shared
            else translate(
                "OperatorsSection",
                "On: the console asks for a username and password at start. Off (single seat): it opens as "
                "the computer's user, who may do everything.",
            )
        )
        self._selection_changed()

    def selected(self) -> OperatorRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def _selection_changed(self) -> None:
        r = self.selected()
        for w in (self.set_role, self.reset, self.unlock, self.active, self.role):
            w.setEnabled(r is not None)
        if r is not None:
            self.role.setCurrentIndex(self.role.findData(r.role))
            self.active.setText(
                translate("OperatorsSection", "Deactivate")
                if r.active
                else translate("OperatorsSection", "Reactivate")
            )
            self.unlock.setEnabled(r.locked(dt.datetime.now(dt.UTC)))

    # --- changes ---------------------------------------------------------------------------------------------

    def _say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_css(OK if ok else REPORT_ERROR))

    def _act(self, done: str, change: object) -> bool:
        r = self.selected()
        if r is None:
            return False
        try:
            change(r.username)  # type: ignore[operator]
        except FormError as e:
            self._say(
                translate("OperatorsSection", "Not changed: {problems}.").format(
                    problems="; ".join(e.problems.values())
                ),
                ok=False,
            )
            return False
        except (WriteRefused, LookupError) as e:
            self._say(translate("OperatorsSection", "Not changed: {reason}.").format(reason=e), ok=False)
            return False
        self._say(done.replace("{username}", r.username))
        self.reload()
        self.changed.emit()
        return True

    def _change_role(self) -> None:
        role = OperatorRole(self.role.currentData())
        self._act(
            translate("OperatorsSection", "{username} is now {role}.").replace("{role}", role_name(role)),
            lambda name: self.service.set_role(name, role),
        )

    def _toggle_active(self) -> None:
        r = self.selected()
        if r is not None:
            self._act(
                translate("OperatorsSection", "{username} deactivated.")
                if r.active
                else translate("OperatorsSection", "{username} reactivated."),
                lambda name: self.service.set_active(name, not r.active),
            )

    def _reset_password(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = ResetPasswordDialog(self.service, r.username, self)

        def done() -> None:
            self._say(
                translate("OperatorsSection", "New password set for {username}.").format(username=r.username)
            )
            self.reload()

        dialog.accepted.connect(done)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog

    def open_add(self, role: OperatorRole = OperatorRole.TECHNICIAN, then: object = None) -> OperatorForm:
        dialog = OperatorForm(self.service, self, role=role)

        def added() -> None:
            self._say(
                translate("OperatorsSection", "Operator {username} added.").format(username=dialog.created)
            )
            self.reload()
            self.changed.emit()
            if callable(then):
                then()

        dialog.accepted.connect(added)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _require_clicked(self, on: bool) -> None:
        self.require.setChecked(not on)  # shown as it is stored until the service says yes
        if on and not any(r.role == OperatorRole.MANAGER and r.active for r in self.rows):
            self._say(
                translate(
                    "OperatorsSection",
                    "Create a manager account first (you will log in with it); the switch turns on then.",
                ),
                ok=False,
            )
            self.open_add(OperatorRole.MANAGER, then=lambda: self._set_required(True))
            return
        self._set_required(on)

    def _set_required(self, on: bool) -> None:
        try:
            self.service.set_login_required(on)
        except FormError as e:
            self._say(
                translate("OperatorsSection", "Not changed: {problems}.").format(
                    problems="; ".join(e.problems.values())
                ),
                ok=False,
            )
            return
        except WriteRefused as e:
            self._say(translate("OperatorsSection", "Not changed: {reason}.").format(reason=e), ok=False)
            return
        self._say(
            translate("OperatorsSection", "The console now asks for a log-in at start.")
            if on
            else translate("OperatorsSection", "The console opens without a log-in again.")
        )
        self.reload()
        self.changed.emit()


__all__ = ["OperatorsSection"]
