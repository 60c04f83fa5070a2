"""Text that came from a charger is data, never markup.

A ``QLabel`` (and a tooltip) renders its text as HTML when it *looks* like HTML (``Qt.mightBeRichText``), so a
charger reporting ``<b>x</b>`` or ``<img src=…>`` as its model, firmware, an action name or an error text would be
rendered, not shown. The views show such text in plain-text labels (:func:`plain`), escape it where a
label is rich text on purpose (:func:`esc`), and pass tooltips through :func:`tip`.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QLabel


def esc(text: object) -> str:
    """``text`` for a rich-text label: shown literally."""
    return html.escape(str(text))


def plain(label: QLabel) -> QLabel:
    """``label`` shows its text literally, whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(text: str = "") -> QLabel:
    return plain(QLabel(text))


def rich(label: QLabel) -> QLabel:
    """``label`` renders its text as HTML: every value put into it goes through :func:`esc`."""
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def tip(text: str) -> str:
    """A tooltip that shows ``text`` literally (one that looks like HTML is escaped as a paragraph)."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text
