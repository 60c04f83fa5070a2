"""The addresses chargers must use, one line each with its own Copy button (the first-start dialog, Settings →
Central system, the status bar's dialog). The addresses come from :mod:`app.services.central.addresses`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.central.addresses import ChargerAddress
from app.services.i18n import translate
from app.views.widgets.style import MUTED_CSS


class AddressList(QWidget):
    """The URLs, read-only and selectable, each with Copy (the clipboard gets the URL with its placeholder)."""

    def __init__(self, addresses: Sequence[ChargerAddress] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ChargerAddresses")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(
            translate(
                "AddressList",
                "Give each charger one of these addresses as its central system (OCPP server) URL, with its "
                "own charge point id in place of {chargePointId}.",
            )
        )
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.grid = QGridLayout()
        lay.addLayout(self.grid)
        self.fields: list[QLineEdit] = []
        self.copy_buttons: list[QPushButton] = []
        self.copied = QLabel("")
        self.copied.setStyleSheet(MUTED_CSS)
        lay.addWidget(self.copied)
        self.set_addresses(addresses)

    def set_addresses(self, addresses: Sequence[ChargerAddress]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.deleteLater()
        self.fields, self.copy_buttons = [], []
        self.copied.setText("")
        if not addresses:
            none = QLabel(
                translate(
                    "AddressList",
                    "No address yet: the site's central system is not running (start chargedesk serve, or let "
                    "this console run it: Settings → Central system).",
                )
            )
            none.setWordWrap(True)
            self.grid.addWidget(none, 0, 0, 1, 3)
            return
        for row, address in enumerate(addresses):
            field = QLineEdit(address.url)
            field.setReadOnly(True)
            field.setObjectName(f"address_{row}")
            field.setMinimumWidth(field.fontMetrics().horizontalAdvance(address.url) + 24)
            button = QPushButton(translate("AddressList", "Copy"))
            button.setObjectName(f"copy_address_{row}")
            button.setToolTip(translate("AddressList", "Copy this address to the clipboard"))
            button.clicked.connect(lambda _=False, url=address.url: self.copy(url))
            where = address.interface
            if address.note:
                where = f"{where} — {address.note}" if where else address.note
            label = QLabel(where)
            label.setStyleSheet(MUTED_CSS)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(
                True
            )  # a long note (or a longer language) wraps rather than widening the window
            self.grid.addWidget(field, row, 0)
            self.grid.addWidget(button, row, 1)
            self.grid.addWidget(label, row, 2)
            self.fields.append(field)
            self.copy_buttons.append(button)
        self.grid.setColumnStretch(0, 1)

    def urls(self) -> list[str]:
        return [f.text() for f in self.fields]

    def copy(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
        self.copied.setText(translate("AddressList", "Copied: {url}").format(url=url))


def addresses_box(addresses: AddressList) -> QGroupBox:
    """Settings → Central system's "Addresses chargers use" group."""
    box = QGroupBox(translate("AddressList", "Addresses chargers use"))
    QVBoxLayout(box).addWidget(addresses)
    return box


class AddressesDialog(QDialog):
    """The status bar's and the empty pages' "Show the addresses chargers use"."""

    def __init__(
        self, addresses: Callable[[], Sequence[ChargerAddress]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AddressesDialog")
        self.setWindowTitle(translate("AddressList", "Addresses chargers use"))
        lay = QVBoxLayout(self)
        self.addresses = AddressList(addresses(), self)
        lay.addWidget(self.addresses)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


class _Clicks(QObject):
    """Makes a status bar label open something when clicked (its text stays the label's own)."""

    def __init__(self, label: QLabel, show: Callable[[], object]) -> None:
        super().__init__(label)
        self.show = show
        label.setCursor(Qt.CursorShape.PointingHandCursor)
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.show()
            return True
        return False


def open_on_click(label: QLabel, show: Callable[[], object]) -> None:
    """The status bar's "central system listening on <first address>": a click shows every address."""
    _Clicks(label, show)


def tooltip(addresses: Sequence[ChargerAddress]) -> str:
    """Every address, one a line (the status bar's tooltip)."""
    lines = [translate("AddressList", "Chargers connect to:")] + [a.url for a in addresses]
    lines.append(translate("AddressList", "Click to see them with Copy."))
    return "\n".join(lines)
