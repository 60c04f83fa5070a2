"""The banner an editor shows when its save (or delete) was refused because someone else saved the same thing in
between (:class:`~app.services.revisions.EditConflict`): who and when, each field that differs (as the editor
loaded it and as it is stored now), and the two ways on:

* **Reload** — show the stored values; the operator's edits are dropped (their choice);
* **Keep editing** — the operator's values stay in the form and the next save is made against the stored
  revision, i.e. it replaces theirs where the operator changed something.

Nothing the operator typed is lost until they choose. The editor connects ``reload_requested`` and
``keep_requested`` and hides the banner when it loads or saves.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.i18n import translate
from app.services.revisions import EditConflict
from app.views.widgets.style import INK, MUTED, WARN_BG, WARN_BORDER

MAX_ROWS = 12  # differences listed; the rest are counted


def differences_html(conflict: EditConflict) -> str:
    """The differing fields as a small table: field, when you opened it, stored now."""
    if not conflict.differences:
        return ""
    empty = translate("ConflictBanner", "(empty)")
    rows = [
        f"<tr><td style='padding-right:12px;'><b>{html.escape(d.field)}</b></td>"
        f"<td style='padding-right:12px; color:{MUTED};'>{html.escape(d.loaded or empty)}</td>"
        f"<td>→ {html.escape(d.stored or empty)}</td></tr>"
        for d in conflict.differences[:MAX_ROWS]
    ]
    more = len(conflict.differences) - MAX_ROWS
    if more > 0:
        also = translate("ConflictBanner", "and {count} more").format(count=more)
        rows.append(f"<tr><td colspan='3' style='color:{MUTED};'>{html.escape(also)}</td></tr>")
    field, opened, stored = (
        translate("ConflictBanner", "Field"),
        translate("ConflictBanner", "When you opened it"),
        translate("ConflictBanner", "Now stored"),
    )
    head = (
        f"<tr><td style='color:{MUTED}; padding-right:12px;'>{field}</td>"
        f"<td style='color:{MUTED}; padding-right:12px;'>{opened}</td>"
        f"<td style='color:{MUTED};'>{stored}</td></tr>"
    )
    return f"<table cellspacing='0' cellpadding='1'>{head}{''.join(rows)}</table>"


class ConflictBanner(QFrame):
    """Shown above an editor's fields after a refused save; hidden otherwise."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"#ConflictBanner {{ background:{WARN_BG}; border:1px solid {WARN_BORDER}; border-radius:4px; }}"
            f"#ConflictBanner QLabel {{ color:{INK}; }}"
        )
        self.conflict: EditConflict | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        self.headline = QLabel()
        self.headline.setObjectName("ConflictHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.details = QLabel()
        self.details.setObjectName("ConflictDetails")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome = QLabel()
        self.outcome.setObjectName("ConflictOutcome")
        self.outcome.setWordWrap(True)
        lay.addWidget(self.headline)
        lay.addWidget(self.details)
        bar = QHBoxLayout()
        bar.addWidget(self.outcome, 1)
        self.reload_button = QPushButton(translate("ConflictBanner", "Reload"))
        self.reload_button.setObjectName("ConflictReload")
        self.reload_button.clicked.connect(self._reload)
        self.keep_button = QPushButton(translate("ConflictBanner", "Keep editing"))
        self.keep_button.setObjectName("ConflictKeep")
        self.keep_button.setToolTip(
            translate(
                "ConflictBanner",
                "Keep your values in the form; your next Save replaces what was stored where you changed it",
            )
        )
        self.keep_button.clicked.connect(self._keep)
        bar.addWidget(self.reload_button)
        bar.addWidget(self.keep_button)
        lay.addLayout(bar)
        self.hide()

    def show_conflict(self, conflict: EditConflict) -> None:
        self.conflict = conflict
        self.headline.setText(f"<b>{html.escape(conflict.headline())}</b>")  # i18n: not text (the service's)
        self.details.setText(differences_html(conflict))
        self.details.setVisible(bool(conflict.differences))
        if conflict.deleted:
            self.outcome.setText(translate("ConflictBanner", "Your changes are not saved."))
            self.reload_button.setToolTip(
                translate("ConflictBanner", "Clear the editor: this no longer exists")
            )
        else:
            self.outcome.setText(
                translate("ConflictBanner", "Nothing was deleted.")
                if conflict.deleting
                else translate("ConflictBanner", "Your changes are not saved.")
            )
            self.reload_button.setToolTip(
                translate(
                    "ConflictBanner", "Show what is stored now; your changes in this editor are dropped"
                )
            )
        self.keep_button.setVisible(not conflict.deleted)
        self.show()
        self.reload_button.setFocus()

    def clear(self) -> None:
        self.conflict = None
        self.hide()

    def _reload(self) -> None:
        self.hide()
        self.reload_requested.emit()

    def _keep(self) -> None:
        self.hide()
        self.keep_requested.emit()


__all__ = ["ConflictBanner", "differences_html"]
