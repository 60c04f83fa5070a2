"""Audit: who changed what, when and from which machine, newest first.

Filter by operator, machine, kind of thing (entity), action, a range of local days and free text; the entries
come a bounded page at a time on the page's worker thread (``AuditService.page``, keyset on time and id), so a
big trail never freezes the page: *Older entries* reads the next page. The selected entry's changes are shown as
"field: before → after" lines. Every role may read the trail.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.reports.audit_trail import AuditChoices, AuditPage, AuditQuery, AuditRow, AuditService
from app.views.shell.workers import DbWorker, Dropped
from app.views.widgets.row_model import ROOT, Index, RowsModel
from app.views.widgets.style import ERROR, text_css

COLUMNS = [
    QT_TRANSLATE_NOOP("AuditPage", "Time"),
    QT_TRANSLATE_NOOP("AuditPage", "Operator"),
    QT_TRANSLATE_NOOP("AuditPage", "Machine"),
    QT_TRANSLATE_NOOP("AuditPage", "What"),
    QT_TRANSLATE_NOOP("AuditPage", "Which"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Changes"),
]
ANY = QT_TRANSLATE_NOOP("AuditPage", "(any)")
TYPING_PAUSE_MS = 300


class AuditModel(RowsModel[AuditRow]):
    columns = COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        text = super().headerData(section, orientation, role)
        return translate("AuditPage", text) if isinstance(text, str) else text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        if index.column() == 6:
            return "; ".join(r.changes) if role == Qt.ItemDataRole.DisplayRole else "\n".join(r.changes)
        return (
            f"{r.ts.astimezone():%Y-%m-%d %H:%M:%S}",
            r.actor,
            r.machine,
            r.entity,
            r.entity_id,
            r.action,
        )[index.column()]

    def replace(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def extend(self, rows: list[AuditRow]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(ROOT, first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()


class AuditPageView(QWidget):
    title = "Audit"

    def __init__(self, service: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AuditPage")
        self.service = service
        self._worker = DbWorker("audit", lifo=True, max_pending=4)
        self._worker.finished.connect(self._on_result)
        self._generation = 0  # a filter change makes older answers stale
        self._query = AuditQuery()
        self._page: AuditPage | None = None

        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.operator = self._combo(
            "Operator", translate("AuditPage", "The operator (or cli:<user>, charger …) who made the change")
        )
        self.machine = self._combo("Machine", translate("AuditPage", "The computer the change was made on"))
        self.entity = self._combo(
            "What", translate("AuditPage", "The kind of thing changed (station, user, tariff, operator …)")
        )
        self.action = self._combo("Action", translate("AuditPage", "create, update, delete, login …"))
        for label, combo in (
            (translate("AuditPage", "Operator"), self.operator),
            (translate("AuditPage", "Machine"), self.machine),
            (translate("AuditPage", "What"), self.entity),
            (translate("AuditPage", "Action"), self.action),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)
        lay.addLayout(filters)

        second = QHBoxLayout()
        self.use_from = QCheckBox(translate("AuditPage", "From"))
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30))
        self.use_to = QCheckBox(translate("AuditPage", "to"))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_from.toggled.connect(self.date_from.setEnabled)
        self.use_to.toggled.connect(self.date_to.setEnabled)
        self.search = QLineEdit()
        self.search.setObjectName("AuditSearch")
        self.search.setPlaceholderText(
            translate("AuditPage", "Search: a name, an id, a value in the changes…")
        )
        self.search.setClearButtonEnabled(True)
        self.refresh = QPushButton(translate("AuditPage", "Refresh"))
        self.refresh.setToolTip(translate("AuditPage", "Read the newest entries again (F5)"))
        self.refresh.setShortcut("F5")
        for w in (self.use_from, self.date_from, self.use_to, self.date_to):
            second.addWidget(w)
        second.addWidget(self.search, 1)
        second.addWidget(self.refresh)
        lay.addLayout(second)

        self.model = AuditModel(self)
        self.table = QTableView()
        self.table.setObjectName("AuditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 120, 110, 110, 120, 100)):
            self.table.setColumnWidth(column, width)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("AuditDetail")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(translate("AuditPage", "Select an entry to see what it changed."))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([500, 140])
        lay.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.status = QLabel("")
        self.status.setObjectName("AuditStatus")
        self.more = QPushButton(translate("AuditPage", "Older entries"))
        self.more.setObjectName("AuditMore")
        self.more.setToolTip(translate("AuditPage", "Read the next page of older entries"))
        self.more.setEnabled(False)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more)
        lay.addLayout(bottom)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._typing.start())
        for combo in (self.operator, self.machine, self.entity, self.action):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for box in (self.use_from, self.use_to):
            box.toggled.connect(lambda _on: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.refresh.clicked.connect(self.reload)
        self.more.clicked.connect(self.load_more)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_detail())

    def _combo(self, name: str, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"Audit{name}")
        combo.setToolTip(tip)
        combo.setMinimumContentsLength(12)
        combo.addItem(translate("AuditPage", ANY), "")
        return combo

    # --- reading -------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """The filter lists and the newest page again (another console may have changed things meanwhile)."""
        self._worker.submit("choices", self.service.choices)
        self.apply_filters()

    def query(self) -> AuditQuery:
        def day(use: QCheckBox, edit: QDateEdit) -> dt.date | None:
            return edit.date().toPython() if use.isChecked() else None  # type: ignore[return-value]

        return AuditQuery(
            operator=self.operator.currentData() or "",
            machine=self.machine.currentData() or "",
            entity=self.entity.currentData() or "",
            action=self.action.currentData() or "",
            start=day(self.use_from, self.date_from),
            end=day(self.use_to, self.date_to),
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._typing.stop()
        self._generation += 1
        self._query = q = self.query()
        generation = self._generation
        self.status.setText(translate("AuditPage", "Reading…"))
        self.more.setEnabled(False)
        self._worker.submit(("page", generation, None), lambda: self.service.page(q))

    def load_more(self) -> None:
        if self._page is None or not self._page.more:
            return
        q, after, generation = self._query, self._page.after, self._generation
        self.more.setEnabled(False)
        self._worker.submit(("page", generation, after), lambda: self.service.page(q, after=after))

    def _on_result(self, key: Any, result: Any, error: Exception | None) -> None:
        if isinstance(error, Dropped):
            return
        if error is not None:
            self.status.setText(
                translate("AuditPage", "Could not read the audit trail: {error}").format(error=error)
            )
            self.status.setStyleSheet(text_css(ERROR))
            return
        self.status.setStyleSheet("")
        if key == "choices":
            self._fill_choices(result)
            return
        _, generation, after = key
        if generation != self._generation:
            return  # the filters changed meanwhile
        page: AuditPage = result
        if after is None:
            self.model.replace(page.rows)
            self.detail.clear()
        else:
            self.model.extend(page.rows)
        self._page = page
        self.more.setEnabled(page.more)
        shown = self.model.rowCount()
        self.status.setText(
            translate(
                "AuditPage",
                "%n row(s) shown, newest first — more below (Older entries)",
                None,
                PLURAL,
                int(shown),
            )
            if page.more
            else translate("AuditPage", "%n row(s) shown, newest first", None, PLURAL, int(shown))
        )

    def _fill_choices(self, choices: AuditChoices) -> None:
        for combo, values in (
            (self.operator, choices.operators),
            (self.machine, choices.machines),
            (self.entity, choices.entities),
            (self.action, choices.actions),
        ):
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(translate("AuditPage", ANY), "")
            for value in values:
                combo.addItem(value, value)
            if current and current not in values:
                combo.addItem(current, current)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _show_detail(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.rows):
            self.detail.clear()
            return
        r = self.model.rows[row]
        head = translate("AuditPage", "{time} — {operator} on {machine}").format(
            time=f"{r.ts.astimezone():%Y-%m-%d %H:%M:%S}",
            operator=r.actor or translate("AuditPage", "unknown"),
            machine=r.machine or translate("AuditPage", "an unknown machine"),
        )
        head += f"\n{r.action} {r.entity} {r.entity_id}\n"
        self.detail.setPlainText(
            head + ("\n".join(r.changes) if r.changes else translate("AuditPage", "(no details recorded)"))
        )

    def shutdown(self) -> None:
        self._worker.close()


__all__ = ["AuditModel", "AuditPageView"]
