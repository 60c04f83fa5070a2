"""What the console asks or says before its window opens, when the database does not let it start as usual:

* :class:`HeldDialog`: another process runs a central system on this SQLite file (``chargedesk serve``, another
  console). The operator opens the console without a central system (the pages read and edit the database, the
  chargers stay with the holder) or quits.
* :class:`RefusedDialog`: the database cannot be opened as it is (a shared PostgreSQL database behind this version,
  which only ``chargedesk db upgrade`` migrates; a database a newer ChargeDesk migrated). It says why and shows the
  command to run in a read-only field with a *Copy* button; the console then quits.

Both are shown with ``open()`` and awaited through their ``finished`` signal (:func:`answer`): ``exec()`` would
re-enter the qasync loop.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import translate


async def answer(dialog: QDialog) -> int:
    """Open ``dialog`` (window-modal, without a nested loop) and wait for its result."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    return await done


class HeldDialog(QMessageBox):
    """ "<file> is already used by <holder>: stop it, or open this console without a central system"."""

    def __init__(self, text: str, parent: QWidget | None = None, *, by_another: bool = True) -> None:
        """``by_another``: another process holds the file (else the lock itself could not be taken: ``text`` says
        why)."""
        super().__init__(parent)
        self.setObjectName("HeldDialog")
        self.setWindowTitle(translate("HeldDialog", "ChargeDesk: the database is in use"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.setText(text + ".")  # (it starts with the file's name, as it is spelled)
        self.setInformativeText(
            translate(
                "HeldDialog",
                "Without a central system this console shows and edits the database; the chargers stay connected "
                "to the program that holds it.",
            )
            if by_another
            else translate(
                "HeldDialog",
                "Without a central system this console shows and edits the database; chargers cannot connect to it.",
            )
        )
        self.without = self.addButton(
            translate("HeldDialog", "Open without central system"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit = self.addButton(translate("HeldDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.without)
        self.setEscapeButton(self.quit)

    async def ask(self) -> bool:
        """True: open without a central system; False: quit."""
        await answer(self)
        return self.clickedButton() is self.without


class RefusedDialog(QDialog):
    """Why the database was not opened, and the command that fixes it (copyable)."""

    def __init__(self, text: str, command: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RefusedDialog")
        self.setWindowTitle(translate("RefusedDialog", "ChargeDesk: the database needs attention"))
        lay = QVBoxLayout(self)
        self.message = QLabel(text[:1].upper() + text[1:] + ".")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMinimumWidth(520)
        lay.addWidget(self.message)
        self.command = QLineEdit(command or "")
        self.command.setReadOnly(True)
        self.command.setObjectName("Command")
        self.copy = QPushButton(translate("RefusedDialog", "Copy"))
        self.copy.setToolTip(translate("RefusedDialog", "Copy the command to the clipboard"))
        self.copy.clicked.connect(self.copy_command)
        row = QHBoxLayout()
        row.addWidget(self.command, 1)
        row.addWidget(self.copy)
        lay.addLayout(row)
        self.command.setVisible(bool(command))
        self.copy.setVisible(bool(command))
        buttons = QDialogButtonBox()
        self.quit = buttons.addButton(
            translate("RefusedDialog", "Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command.text())
        self.copy.setText(translate("RefusedDialog", "Copied"))

    async def show_and_wait(self) -> None:
        await answer(self)


__all__ = ["HeldDialog", "RefusedDialog", "answer"]
