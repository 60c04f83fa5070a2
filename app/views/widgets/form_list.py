"""A list of records on the left and the selected record's form on the right, with inline validation.

Used for the catalogue editors (sites, tariffs): the page gives the fields, a loader and save/delete
functions that raise :class:`app.services.validation.FormError`; every field with a problem is marked red and
the message says what to do. Nothing is written unless the whole record is valid.

Saves and deletes are made against the record as loaded (``save(form, base=loaded)``, ``delete(id,
revision=..., base=loaded)``); when another console saved it in between they raise
:class:`~app.services.revisions.EditConflict` and the list shows a :class:`ConflictBanner` (Reload / Keep
editing, ``keep_editing(loaded, mine, stored)`` making the form to continue with).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.i18n import translate
from app.services.revisions import EditConflict
from app.services.validation import FormError, WriteRefused
from app.views.widgets.conflict import ConflictBanner
from app.views.widgets.style import FIELD_ERROR_CSS, level_css

ERROR_CSS = FIELD_ERROR_CSS


@dataclass(frozen=True)
class Field:
    name: str  # the form dataclass attribute
    label: str
    kind: str = "text"  # text | check | combo
    choices: Sequence[str] = ()
    tooltip: str = ""
    placeholder: str = ""


@dataclass(frozen=True)
class FormTexts:
    """What the list says about its records, written whole for each kind of record: a translation agrees each
    sentence with its own noun, which one "New {noun}" cannot. ``{name}``: the record's name."""

    new: str  # "New site"
    saved: str  # "Saved site '{name}'."
    delete_title: str  # "Delete site"
    delete_question: str  # "Delete site '{name}'?"
    deleted: str  # "Deleted site '{name}'."
    conflict: str  # "Not saved: this site was changed on another console meanwhile (see above)."


class FormList(QWidget):
    saved = Signal(int)
    deleted = Signal()

    def __init__(
        self,
        *,
        texts: FormTexts,
        fields: Sequence[Field],
        new_form: Callable[[], Any],
        load: Callable[[], list[Any]],
        save: Callable[..., int],
        delete: Callable[..., None],
        keep_editing: Callable[[Any, Any, Any], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.texts, self.fields, self.new_form = texts, fields, new_form
        self._load, self._save, self._delete, self._keep = load, save, delete, keep_editing
        self.records: list[Any] = []
        self.current: Any = new_form()

        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(texts.new)
        self.new_button.clicked.connect(self.start_new)
        left.addWidget(self.new_button)
        lay.addLayout(left, 1)

        right = QVBoxLayout()
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.reload_requested.connect(self._reload_after_conflict)
        self.conflict_banner.keep_requested.connect(self._keep_after_conflict)
        right.addWidget(self.conflict_banner)
        form = QFormLayout()
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        for f in fields:
            w: QWidget
            if f.kind == "check":
                w = QCheckBox()
            elif f.kind == "combo":
                cb = QComboBox()
                cb.setEditable(True)
                cb.addItems(list(f.choices))
                cb.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
                w = cb
            else:
                le = QLineEdit()
                le.setPlaceholderText(f.placeholder)
                le.returnPressed.connect(self.save)
                w = le
            w.setObjectName(f"field_{f.name}")
            w.setToolTip(f.tooltip)
            err = QLabel()
            err.setObjectName(f"error_{f.name}")
            err.setStyleSheet(level_css("error"))
            err.setWordWrap(True)
            err.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(w)
            box.addWidget(err)
            form.addRow(f.label, box)
            self.inputs[f.name], self.errors[f.name] = w, err
        right.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(translate("FormList", "Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(translate("FormList", "Delete…"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.status = QLabel()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.status, 1)
        right.addLayout(buttons)
        right.addStretch(1)
        lay.addLayout(right, 2)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

    # --- data ----------------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.records = self._load()
        self.list.blockSignals(True)
        self.list.clear()
        row = -1
        for i, r in enumerate(self.records):
            QListWidgetItem(r.name, self.list)
            if select_id is not None and r.id == select_id:
                row = i
        self.list.blockSignals(False)
        if row < 0 and self.records and select_id is None:
            row = 0
        if row >= 0:
            self.list.setCurrentRow(row)
            self._select(row)
        else:
            self.start_new()

    def _select(self, row: int) -> None:
        if 0 <= row < len(self.records):
            self._show(self.records[row])

    def start_new(self) -> None:
        self.list.clearSelection()
        self._show(self.new_form())
        first = self.inputs[self.fields[0].name]
        first.setFocus()

    def _show(self, record: Any) -> None:
        self.current = record
        self.conflict_banner.clear()
        self._clear_errors()
        self.status.setText("")
        self._put(record)
        self.delete_button.setEnabled(record.id is not None)

    def _put(self, record: Any) -> None:
        """The widgets show ``record``'s values."""
        for f in self.fields:
            w, value = self.inputs[f.name], getattr(record, f.name)
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                w.setCurrentText(str(value))
            elif isinstance(w, QLineEdit):
                w.setText(str(value))

    def _read(self) -> Any:
        values: dict[str, Any] = {}
        for f in self.fields:
            w = self.inputs[f.name]
            if isinstance(w, QCheckBox):
                values[f.name] = w.isChecked()
            elif isinstance(w, QComboBox):
                values[f.name] = w.currentText()
            elif isinstance(w, QLineEdit):
                values[f.name] = w.text()
        return dataclasses.replace(self.current, **values)

    def _clear_errors(self) -> None:
        for name, label in self.errors.items():
            label.hide()
            self.inputs[name].setStyleSheet("")

    def show_errors(self, problems: dict[str, str]) -> None:
        self._clear_errors()
        for name, message in problems.items():
            label = self.errors.get(name) or self.errors[self.fields[0].name]
            label.setText(message)
            label.show()
            if name in self.inputs:
                self.inputs[name].setStyleSheet(ERROR_CSS)
        first = next((n for n in (f.name for f in self.fields) if n in problems), None)
        if first:
            self.inputs[first].setFocus()
        self.status.setText(translate("FormList", "Not saved: fix the marked fields."))
        self.status.setStyleSheet(level_css("error"))

    def save(self) -> None:
        form = self._read()
        try:
            new_id = self._save(form, base=self.current)
        except FormError as e:
            self.show_errors(e.problems)
            return
        except EditConflict as conflict:
            self.show_conflict(conflict)
            return
        except WriteRefused as e:  # the operator's role, or the database: nothing was written
            self._refused(e)
            return
        self.reload(select_id=new_id)
        self.status.setStyleSheet(level_css("ok"))
        self.status.setText(self.texts.saved.format(name=form.name.strip()))
        self.saved.emit(new_id)

    def _refused(self, e: WriteRefused) -> None:
        self.status.setText(translate("FormList", "Not saved: {reason}.").format(reason=e))
        self.status.setStyleSheet(level_css("error"))

    def ask_delete(self) -> None:
        record = self.current
        if record.id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.texts.delete_title,
            self.texts.delete_question.format(name=record.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda result: (
                self._delete_confirmed(record) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        self._confirm = box  # keep a reference while it is open

    def _delete_confirmed(self, record: Any) -> None:
        try:  # checked against the record as the operator sees it
            self._delete(record.id, revision=record.revision, base=record)
        except FormError as e:
            self.show_errors(e.problems)
            return
        except EditConflict as conflict:
            self.show_conflict(conflict)
            return
        except WriteRefused as e:
            self._refused(e)
            return
        self.reload()
        self.status.setStyleSheet(level_css("ok"))
        self.status.setText(self.texts.deleted.format(name=record.name))
        self.deleted.emit()

    # --- edit conflicts ------------------------------------------------------------------------------

    def show_conflict(self, conflict: EditConflict) -> None:
        """Another console saved this record since it was loaded: who, what differs, Reload / Keep editing; the
        fields keep what the operator typed until they choose."""
        self._clear_errors()
        self.conflict_banner.show_conflict(conflict)
        self.status.setText(self.texts.conflict)
        self.status.setStyleSheet(level_css("error"))

    def _reload_after_conflict(self) -> None:
        """Reload: show the stored record (or none when it was deleted); the operator's edits are dropped."""
        self.reload(select_id=self.current.id)
        self.status.setText(translate("FormList", "Reloaded: the form shows what is stored now."))
        self.status.setStyleSheet(level_css("muted"))

    def _keep_after_conflict(self) -> None:
        """Keep editing: what the operator changed stays, the other fields show the stored values; the next save
        is made against the stored revision."""
        conflict = self.conflict_banner.conflict
        if conflict is None or conflict.current is None:
            return
        merged = self._keep(self.current, self._read(), conflict.current)
        self.current = conflict.current
        self._put(merged)
        self.status.setText(
            translate(
                "FormList",
                "Your changes are kept; the other fields show what is stored now. Save replaces what is stored "
                "where you changed it.",
            )
        )
        self.status.setStyleSheet(level_css("warn"))


__all__ = ["Field", "FormList", "FormTexts", "Qt"]
