"""What the Users page, its editor and its dialogs share: the colours they mark states with, field markers,
table cells, HTML escaping."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from app.views.widgets.style import ERROR, FRAMED_ERROR_CSS, SURFACE
from app.views.widgets.text import tip


def badge(text: str, colour: str) -> str:
    return (
        f"<span style='background:{colour}; color:{SURFACE}; font-size:9pt; font-weight:600;'>"
        f"&nbsp;{text}&nbsp;</span>"
    )


class Marker:
    """Fields with an error label under each: ``show({field: message})`` marks them, ``clear()`` unmarks."""

    def __init__(self) -> None:
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error label under it, as one widget for a layout."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        err = QLabel()
        err.setObjectName(f"error_{name}")
        err.setStyleSheet(f"color:{ERROR};")
        err.setWordWrap(True)
        err.hide()
        lay.addWidget(err)
        widget.setObjectName(f"field_{name}")
        self.inputs[name], self.errors[name] = widget, err
        return box

    def clear(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            label.setText("")
            self.inputs[name].setStyleSheet("")

    def show(self, problems: dict[str, str]) -> list[str]:
        """Mark the fields named in ``problems``; returns the problems that are about no field here."""
        self.clear()
        rest = []
        for name, message in problems.items():
            if name in self.errors:
                self.errors[name].setText(message[:1].upper() + message[1:])
                self.errors[name].show()
                self.inputs[name].setStyleSheet(FRAMED_ERROR_CSS)
            else:
                rest.append(message)
        first = next((n for n in self.inputs if n in problems), None)
        if first is not None:
            self.inputs[first].setFocus()
        return rest


def item(text: str, *, tooltip: str = "", colour: str | None = None, bold: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
    if tooltip:
        cell.setToolTip(tip(tooltip))  # a charge point id or idTag: never rendered as HTML
    if colour:
        cell.setForeground(QColor(colour))
    if bold:
        f = cell.font()
        f.setBold(True)
        cell.setFont(f)
    return cell


def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["Marker", "badge", "html_escape", "item"]
