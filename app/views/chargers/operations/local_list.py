"""The Operations tab's local list forms: send the local list (after a dialog showing who is in and who is left
out, and why) and get the charger's list version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.local_list import LocalList
from app.services.chargers.service import ChargersService
from app.services.i18n import translate
from app.services.rules.access import shown_reason
from app.views.chargers.operations.common import Host, OperationForm
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.style import MUTED_CSS
from app.views.widgets.text import esc, rich, tip


class SendLocalListForm(OperationForm):
    """``list_sent(version)`` once the charger accepted the list."""

    key = "send_local_list"
    list_sent = Signal(int)

    def __init__(self, host: Host, service: ChargersService) -> None:
        self.service = service
        self.local_list_dialog: LocalListDialog | None = None
        super().__init__(host)

    def build(self) -> None:
        f = QFormLayout(self)
        self.update_type = QComboBox()
        self.update_type.addItem(translate("SendLocalListForm", "Full — replace the charger's list"), "Full")
        self.update_type.addItem(
            translate("SendLocalListForm", "Differential — add these, remove the ones left out"),
            "Differential",
        )
        self.version = QSpinBox()
        self.version.setRange(1, 2_000_000_000)
        self.version.setValue(1)
        self.version.setToolTip(
            translate(
                "SendLocalListForm",
                "The version the charger stores with the list (Get local list version fills in the next one)",
            )
        )
        note = QLabel(
            translate(
                "SendLocalListForm",
                "Owners and users who may charge here at any time. Users whose access depends on the time or the connector are left out; you see both lists before anything is sent.",
            )
        )
        note.setWordWrap(True)
        f.addRow(note)
        f.addRow(translate("SendLocalListForm", "Update"), self.update_type)
        f.addRow(translate("SendLocalListForm", "List version"), self.version)
        f.addRow("", self.send_button(translate("SendLocalListForm", "Prepare list…"), self.prepare))

    def prepare(self) -> None:
        if self.cp_id is None:
            return
        try:
            local_list = self.service.local_list(self.cp_id)
        except LookupError as exc:
            self.problem(str(exc))
            return
        except Exception as exc:
            self.problem(
                translate("SendLocalListForm", "Could not build the list: {error}").format(error=exc)
            )
            return
        self.problem("")
        update = self.update_type.currentData()
        version = self.version.value()
        dialog = LocalListDialog(local_list, update, version, self)
        cp = self.cp_id

        def done(code: int) -> None:
            self.local_list_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and cp == self.cp_id:
                entries = local_list.payload(update)
                self.run(
                    ChargerPlurals.tr(
                        "{update}, version {version}, %n tag(s) ({left_out} left out)",
                        None,
                        len(local_list.entries),
                    ).format(update=update, version=version, left_out=len(local_list.left_out)),
                    lambda: self.ops.send_local_list(cp, version, update, entries),
                    lambda answer: self._sent(answer, version),
                )

        dialog.finished.connect(done)
        self.local_list_dialog = dialog
        dialog.open()

    def _sent(self, answer: dict[str, Any], version: int) -> None:
        if answer.get("status") == "Accepted":
            self.version.setValue(version + 1)
            self.list_sent.emit(version)

    def suggest_version(self, version: int) -> None:
        """The next version to send (the charger has ``version - 1``)."""
        self.version.setValue(version)


class LocalListVersionForm(OperationForm):
    """``version_read(version)`` with the charger's answer (0: no list, negative: no local list support)."""

    key = "local_list_version"
    version_read = Signal(int)

    def build(self) -> None:
        f = QFormLayout(self)
        self.known = QLabel("—")
        f.addRow(translate("LocalListVersionForm", "Charger's list version"), self.known)
        f.addRow("", self.send_button(translate("LocalListVersionForm", "Get version"), self.send))

    def charger_switched(self) -> None:
        self.known.setText("—")

    def show_known(self, version: int) -> None:
        self.known.setText(str(version))

    def send(self) -> None:
        cp = self.cp_id

        def show(answer: dict[str, Any]) -> None:
            version = answer.get("listVersion", answer.get("versionNumber"))  # 1.6 / 2.0.1
            if isinstance(version, int):
                self.known.setText(
                    translate("LocalListVersionForm", "{version} (no list)").format(version=version)
                    if version == 0
                    else translate("LocalListVersionForm", "{version} (no local list support)").format(
                        version=version
                    )
                    if version < 0
                    else str(version)
                )
                self.version_read.emit(version)

        self.run("", lambda: self.ops.get_local_list_version(cp), show)


class LocalListDialog(QDialog):
    """Who will be sent to the charger and who is left out (and why), before SendLocalList."""

    def __init__(
        self, local_list: LocalList, update_type: str, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.local_list = local_list
        self.setWindowTitle(
            translate("LocalListDialog", "Local list for {charge_point_id}").format(
                charge_point_id=local_list.charge_point_id
            )
        )
        self.resize(820, 520)
        lay = QVBoxLayout(self)
        what = (
            translate("LocalListDialog", "replaces the charger's list")
            if update_type == "Full"
            else translate("LocalListDialog", "adds these tags and removes the ones left out")
        )
        n = len(local_list.entries)
        intro = rich(
            QLabel(
                ChargerPlurals.tr(
                    "<b>%n</b> tag(s) may charge at {station} at any time and will be sent as list version {version} ({update_type}: {what}).",
                    None,
                    n,
                ).format(
                    station=esc(local_list.station_name),
                    version=version,
                    update_type=esc(update_type),
                    what=esc(what),
                )
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sent = self._table(
            [
                translate("LocalListDialog", "Tag"),
                translate("LocalListDialog", "User"),
                translate("LocalListDialog", "As"),
                translate("LocalListDialog", "Expires"),
            ],
            [
                (
                    e.id_tag,
                    e.user_name,
                    e.role,
                    f"{e.expiry.astimezone():%Y-%m-%d %H:%M}" if e.expiry else "—",
                )
                for e in local_list.entries
            ],
        )
        self.left_out = self._table(
            [
                translate("LocalListDialog", "Tag"),
                translate("LocalListDialog", "User"),
                translate("LocalListDialog", "Left out because"),
            ],
            [(x.id_tag, x.user_name, shown_reason(x.reason)) for x in local_list.left_out],
        )
        split.addWidget(
            self._titled(
                translate("LocalListDialog", "Will be sent ({count})").format(count=len(local_list.entries)),
                self.sent,
            )
        )
        split.addWidget(
            self._titled(
                translate("LocalListDialog", "Left out ({count})").format(count=len(local_list.left_out)),
                self.left_out,
            )
        )
        split.setSizes([360, 460])
        lay.addWidget(split, 1)
        if local_list.not_listed:
            note = QLabel(
                ChargerPlurals.tr(
                    "%n other tag(s) are not listed: they may never charge here or belong to nobody.",
                    None,
                    local_list.not_listed,
                )
            )
            note.setStyleSheet(MUTED_CSS)
            lay.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(
            translate("LocalListDialog", "Send to charger"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setDefault(True)
        if not local_list.entries and update_type == "Full":
            self.send_button.setToolTip(
                translate(
                    "LocalListDialog", "Sends an empty list: the charger will accept only what it asks us"
                )
            )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(f"<b>{title}</b>"))  # i18n: not text (the title comes translated)
        lay.addWidget(widget)
        return box

    @staticmethod
    def _table(headers: list[str], rows: list[tuple[str, ...]]) -> QTableWidget:
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(tip(text))
                table.setItem(r, c, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        return table
