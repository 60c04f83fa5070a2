"""The monthly statement of one user: the dialog that asks the month and the file, and the A4 PDF it prints
(:mod:`app.services.reports.statements` computes the figures and the HTML)."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QDate, QMarginsF, QPointF, QRectF, QSizeF, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.i18n import PLURAL, translate
from app.services.reports import statements
from app.services.reports.sessions import local_today
from app.views.shell import preferences
from app.views.widgets.style import ERROR, INK, MUTED


def _default_statement_dir() -> str:
    saved = preferences.qsettings().value("statements/dir", "")
    if isinstance(saved, str) and saved and os.path.isdir(saved):
        return saved
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and os.path.isdir(documents) else os.path.expanduser("~")


def _file_name(name: str, year: int, month: int) -> str:
    safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "user"
    return translate("StatementDialog", "Charging statement {month} {name}.pdf").format(
        month=f"{year}-{month:02d}", name=safe
    )


class StatementDialog(QDialog):
    """Ask the month (default: last month, the site's local time) and the PDF file of a user's statement.

    The month's figures are shown as soon as it is picked ("7 sessions · CHF 6.95"), so an empty month is seen
    before the file is written. ``statement_saved(path, Statement)`` after the PDF was written (the dialog then
    closes); a file that cannot be written is said in the dialog, which stays open.
    """

    statement_saved = Signal(str, object)

    def __init__(
        self,
        parent: QWidget | None,
        statements_service: statements.StatementsService,
        user_id: int,
        user_name: str,
        *,
        timezone: str = "UTC",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = statements_service
        self.user_id = user_id
        self.user_name = user_name
        self.statement: statements.Statement | None = None
        self.html = ""  # what was printed last (for a preview or a test)
        self._path_typed = False
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("StatementDialog")
        self.setWindowTitle(translate("StatementDialog", "Monthly statement — {user}").format(user=user_name))
        self.setModal(True)
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        today = today or local_today(timezone)
        year, month = statements.previous_month(today)
        self.month = QDateEdit()
        self.month.setObjectName("StatementMonth")
        self.month.setDisplayFormat("MMMM yyyy")
        self.month.setCalendarPopup(True)
        self.month.setMaximumDate(QDate(today.year, today.month, 1))
        self.month.setDate(QDate(year, month, 1))
        self.month.setToolTip(
            translate(
                "StatementDialog",
                "The month of the statement (Up/Down change it). A session belongs to the month it "
                "started in, in its site's local time.",
            )
        )
        form.addRow(translate("StatementDialog", "Month"), self.month)
        self.summary = QLabel()
        self.summary.setObjectName("StatementSummary")
        self.summary.setWordWrap(True)
        form.addRow("", self.summary)

        self.path = QLineEdit()
        self.path.setObjectName("StatementPath")
        self.path.setToolTip(
            translate("StatementDialog", "The PDF file to write (an existing file is replaced)")
        )
        self.browse = QPushButton(translate("StatementDialog", "Browse…"))
        self.browse.setToolTip(translate("StatementDialog", "Choose the folder and file name"))
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        form.addRow(translate("StatementDialog", "Save as"), row)
        self.message = QLabel()
        self.message.setObjectName("StatementMessage")
        self.message.setStyleSheet(f"color:{ERROR};")
        self.message.setWordWrap(True)
        self.message.hide()
        form.addRow(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("StatementDialog", "Save PDF"))
        self.save_button.setToolTip(translate("StatementDialog", "Write the statement as an A4 PDF (Enter)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.browse.setAutoDefault(False)  # Enter anywhere saves, it does not open the file chooser
        self.save_button.setDefault(True)  # now that it is in the dialog (before, setDefault has no dialog)

        self._dir = _default_statement_dir()
        self.month.dateChanged.connect(self._month_changed)
        self.path.textEdited.connect(self._typed)
        self._month_changed()
        self.month.setFocus()

    def year_month(self) -> tuple[int, int]:
        d = self.month.date()
        return d.year(), d.month()

    def _typed(self, _text: str) -> None:
        self._path_typed = True
        self.message.hide()

    def _month_changed(self, *_args: object) -> None:
        year, month = self.year_month()
        if not self._path_typed:
            folder = os.path.dirname(self.path.text()) or self._dir
            self.path.setText(os.path.join(folder, _file_name(self.user_name, year, month)))
        try:
            self.statement = self.service.monthly(self.user_id, year, month)
        except LookupError:
            self.statement = None
            self._say(translate("StatementDialog", "This user no longer exists."))
            self.save_button.setEnabled(False)
            return
        self.summary.setText(statement_summary(self.statement))
        self.summary.setStyleSheet(f"color:{MUTED if self.statement.empty else INK};")

    def _browse(self) -> None:
        dialog = QFileDialog(
            self,
            translate("StatementDialog", "Save statement as"),
            self.path.text() or self._dir,
            "PDF (*.pdf)",
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self._chosen)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.file_dialog = dialog
        dialog.open()

    def _chosen(self, path: str) -> None:
        self.path.setText(path)
        self._path_typed = True
        self.message.hide()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def save(self) -> None:
        """Read the month again (sessions may have stopped meanwhile), print it to the PDF, close."""
        path = os.path.expanduser(self.path.text().strip())
        if not path:
            self._say(translate("StatementDialog", "Give the file to write, or choose one with Browse…."))
            self.path.setFocus()
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            self._say(
                translate(
                    "StatementDialog", "The folder {folder} does not exist: choose another with Browse…."
                ).format(folder=folder)
            )
            self.path.setFocus()
            return
        year, month = self.year_month()
        try:
            statement = self.service.monthly(self.user_id, year, month)
        except LookupError:
            self._say(translate("StatementDialog", "This user no longer exists."))
            return
        self.statement = statement
        self.html = statements.statement_html(statement)
        try:
            write_statement_pdf(path, statement, self.html)
        except OSError as e:
            self._say(
                translate(
                    "StatementDialog", "The statement could not be written to {path}: {problem}"
                ).format(path=path, problem=e.strerror or e)
            )
            return
        preferences.qsettings().setValue("statements/dir", folder)
        self.statement_saved.emit(path, statement)
        self.accept()


def statement_summary(st: statements.Statement) -> str:
    """``"7 sessions · 57.429 kWh · CHF 6.95 · EUR 7.49"`` or ``"No sessions in March 2026 …"``."""
    if st.empty:
        return translate("StatementDialog", "No sessions in {period}: the statement will say so.").format(
            period=st.period
        )
    n = len(st.lines)
    parts = [
        translate("StatementDialog", "%n session(s) in {period}", None, PLURAL, int(n)).format(
            period=st.period
        ),
        f"{st.energy_kwh:.3f} kWh",
    ]
    parts += [f"{t.currency} {statements.format_money(t.total)}" for t in st.totals]
    unpriced = st.unpriced
    if unpriced:
        parts.append(translate("StatementDialog", "%n not priced", None, PLURAL, int(unpriced)))
    return " · ".join(parts)


def write_statement_pdf(path: str, st: statements.Statement, html_text: str | None = None) -> int:
    """Print the statement's HTML to an A4 PDF with a header (company · sites, the statement) and "Page n of N"
    on every page; returns the number of pages. OSError when the file cannot be written."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(statements.statement_title(st))
    writer.setCreator("ChargeDesk")
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setHtml(html_text if html_text is not None else statements.statement_html(st))
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    dpi = writer.resolution()
    band = round(dpi * 10 / 25.4)  # 10 mm for the header and the footer each
    body = QSizeF(area.width(), area.height() - 2 * band)
    doc.setPageSize(body)
    pages = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Qt could not write {path}")
    try:
        small = QFont(doc.defaultFont())
        small.setPointSizeF(7.5)
        grey = QColor(MUTED)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, band - page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(small)
            painter.setPen(grey)
            top = QRectF(0, 0, area.width(), band * 0.6)
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                statements.statement_header(st),
            )
            painter.drawText(
                top,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{st.user_name} · {st.period}",
            )
            painter.drawLine(QPointF(0, band * 0.65), QPointF(area.width(), band * 0.65))
            bottom = QRectF(0, area.height() - band * 0.6, area.width(), band * 0.6)
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                translate("StatementDialog", "Page {page} of {pages}").format(page=page + 1, pages=pages),
            )
            painter.drawText(
                bottom,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                statements.statement_title(st),
            )
    finally:
        painter.end()
    if not os.path.exists(path):
        raise OSError(f"Qt could not write {path}")
    return pages


__all__ = ["StatementDialog", "statement_summary", "write_statement_pdf"]
