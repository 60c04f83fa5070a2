"""Log-in at the console: the log-in dialog, the first manager's account on a database without operators, and
the form that adds an operator (Settings → Operators, and "require log-in" on a fresh SQLite install).

The password check (PBKDF2, a fraction of a second) runs on the store's pool, never on the GUI thread the
central system shares; its answer comes back through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.operators import MIN_PASSWORD, LoginFailed, NewOperator, OperatorsService
from app.services.i18n import translate
from app.services.roles import OperatorRole, Principal, role_label
from app.services.validation import FormError
from app.views.widgets.style import FIELD_ERROR_CSS, MUTED_CSS, REPORT_ERROR, text_css


def _problems_sentence(e: FormError) -> str:
    return "Not saved. " + " ".join(f"{m[:1].upper()}{m[1:]}." for m in e.problems.values())


class _Relay(QObject):
    """Carries a pool thread's answer to the dialog's thread (queued)."""

    done = Signal(object)


class _PoolDialog(QDialog):
    """A dialog whose OK runs ``work`` on the store's pool and shows the outcome."""

    def __init__(self, service: OperatorsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.principal: Principal | None = None
        self._relay = _Relay(self)
        self._relay.done.connect(self._answered, Qt.ConnectionType.QueuedConnection)
        self.error = QLabel("")
        self.error.setObjectName("LoginError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"{text_css(REPORT_ERROR)} font-weight:600;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy = False

    def _run(self, work: Callable[[], Any]) -> None:
        self.busy = True
        self.buttons.setEnabled(False)
        self.error.hide()
        future: Future[Any] = self.service.store.submit(work)
        future.add_done_callback(self._relay.done.emit)

    def _answered(self, future: Future[Any]) -> None:
        self.busy = False
        self.buttons.setEnabled(True)
        try:
            result = future.result()
        except (LoginFailed, FormError) as e:
            self._refused(e)
            return
        except Exception as e:  # the database went away: say so, stay open
            self._say(f"Could not reach the database: {e}")
            return
        self._succeeded(result)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _refused(self, e: Exception) -> None:
        self._say(str(e))

    def _succeeded(self, result: Any) -> None:
        if isinstance(result, Principal):
            self.principal = result
        self.accept()

    def submit(self) -> None:
        raise NotImplementedError


class LoginDialog(_PoolDialog):
    """Username and password; a wrong one, a locked or a deactivated account is said under the fields."""

    def __init__(self, service: OperatorsService, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(service, parent)
        self.setObjectName("LoginDialog")
        self.setWindowTitle(translate("LoginDialog", "ChargeDesk — log in"))
        lay = QVBoxLayout(self)
        intro = QLabel(reason or "Log in with your operator account.")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("LoginUsername")
        self.password = QLineEdit()
        self.password.setObjectName("LoginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("LoginDialog", "Username"), self.username)
        form.addRow(translate("LoginDialog", "Password"), self.password)
        lay.addLayout(form)
        lay.addWidget(self.error)
        hint = QLabel(
            translate("LoginDialog", "Forgot your password? A manager can reset it (Settings → Operators).")
        )
        hint.setStyleSheet(MUTED_CSS)
        lay.addWidget(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("LoginDialog", "Log in"))
        lay.addWidget(self.buttons)
        self.username.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        username, password = self.username.text(), self.password.text()
        if not username.strip() or not password:
            self._say("Type your username and password.")
            return
        self._run(lambda: self.service.login(username, password))

    def _refused(self, e: Exception) -> None:
        super()._refused(e)
        self.password.clear()
        self.password.setFocus()


class OperatorForm(_PoolDialog):
    """A new operator: username, name, role, password twice. ``first`` makes it the first manager (the role is
    fixed) and logs them in."""

    def __init__(
        self,
        service: OperatorsService,
        parent: QWidget | None = None,
        *,
        first: bool = False,
        role: OperatorRole = OperatorRole.TECHNICIAN,
    ) -> None:
        super().__init__(service, parent)
        self.first = first
        self.setObjectName("FirstManagerDialog" if first else "OperatorForm")
        self.setWindowTitle(
            translate("OperatorForm", "ChargeDesk — the first manager")
            if first
            else translate("OperatorForm", "New operator")
        )
        lay = QVBoxLayout(self)
        if first:
            intro = QLabel(
                translate(
                    "OperatorForm",
                    "Nobody can log in to this database yet. Create the first manager's account: a manager can do "
                    "everything, including adding the other operators.",
                )
            )
            intro.setWordWrap(True)
            lay.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("OperatorUsername")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("OperatorName")
        self.display_name.setPlaceholderText(translate("OperatorForm", "e.g. Anna Meier"))
        self.role = QComboBox()
        self.role.setObjectName("OperatorRole")
        for r in OperatorRole:
            self.role.addItem(role_label(r), r)
        self.role.setCurrentIndex(self.role.findData(OperatorRole.MANAGER if first else role))
        self.role.setEnabled(not first)
        self.password = QLineEdit()
        self.password.setObjectName("OperatorPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("OperatorRepeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("Login", "at least {count} characters").format(count=MIN_PASSWORD)
        )
        form.addRow(translate("OperatorForm", "Username"), self.username)
        form.addRow(translate("OperatorForm", "Name"), self.display_name)
        form.addRow(translate("OperatorForm", "Role"), self.role)
        form.addRow(translate("OperatorForm", "Password"), self.password)
        form.addRow(translate("OperatorForm", "Repeat password"), self.repeat)
        self._fields = {
            "username": self.username,
            "display_name": self.display_name,
            "password": self.password,
            "repeat": self.repeat,
        }
        lay.addLayout(form)
        lay.addWidget(self.error)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("OperatorForm", "Create and log in")
            if first
            else translate("OperatorForm", "Add operator")
        )
        lay.addWidget(self.buttons)
        self.created = ""

    def new_operator(self) -> NewOperator:
        return NewOperator(
            self.username.text(),
            self.display_name.text(),
            self.role.currentData(),
            self.password.text(),
            self.repeat.text(),
        )

    def submit(self) -> None:
        if self.busy:
            return
        for edit in self._fields.values():
            edit.setStyleSheet("")
        form = self.new_operator()
        if self.first:
            self._run(lambda: self.service.create_first_manager(form))
        else:
            self._run(lambda: self.service.add(form))

    def _refused(self, e: Exception) -> None:
        if isinstance(e, FormError):
            for key in e.problems:
                if key in self._fields:
                    self._fields[key].setStyleSheet(FIELD_ERROR_CSS)
            self._say(_problems_sentence(e))
            return
        super()._refused(e)

    def _succeeded(self, result: Any) -> None:
        if isinstance(result, str):
            self.created = result
        super()._succeeded(result)


class ResetPasswordDialog(_PoolDialog):
    """A manager gives an operator a new password (twice); the account is unlocked too."""

    def __init__(self, service: OperatorsService, username: str, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.setObjectName("ResetPasswordDialog")
        self.setWindowTitle(
            translate("ResetPasswordDialog", "New password for {username}").format(username=username)
        )
        self.username = username
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setObjectName("ResetPassword")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("ResetRepeat")
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("Login", "at least {count} characters").format(count=MIN_PASSWORD)
        )
        form.addRow(translate("ResetPasswordDialog", "New password"), self.password)
        form.addRow(translate("ResetPasswordDialog", "Repeat it"), self.repeat)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def submit(self) -> None:
        if self.busy:
            return
        username, password, repeat = self.username, self.password.text(), self.repeat.text()
        self._run(lambda: self.service.reset_password(username, password, repeat))

    def _refused(self, e: Exception) -> None:
        if isinstance(e, FormError):
            self._say(_problems_sentence(e))
            return
        super()._refused(e)


__all__ = ["LoginDialog", "OperatorForm", "ResetPasswordDialog"]
