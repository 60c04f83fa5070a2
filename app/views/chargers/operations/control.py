"""The Operations tab's charger control forms: reset, unlock, availability, clear cache, trigger message and
data transfer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.services.chargers.local_list import TagChoice
from app.services.chargers.operation_forms import extended_triggers, triggers
from app.services.i18n import translate
from app.views.chargers.operations.common import OperationForm, connector_combo, fill_connectors
from app.views.chargers.plurals import ChargerPlurals


class ResetForm(OperationForm):
    """Soft or hard reset, after a confirmation that says what happens to the running sessions."""

    key = "reset"

    def build(self) -> None:
        self.confirm_box: QMessageBox | None = None
        f = QFormLayout(self)
        self.soft = QRadioButton(
            translate("ResetForm", "Soft — restart the software when idle; running sessions end normally")
        )
        self.hard = QRadioButton(translate("ResetForm", "Hard — reboot now; running sessions are stopped"))
        self.soft.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.soft)
        group.addButton(self.hard)
        box = QVBoxLayout()
        box.addWidget(self.soft)
        box.addWidget(self.hard)
        f.addRow(translate("ResetForm", "Type"), box)
        f.addRow("", self.send_button(translate("ResetForm", "Reset…"), self.ask))

    def ask(self) -> None:
        hard = self.hard.isChecked()
        kind = "Hard" if hard else "Soft"  # OCPP's words, sent as they are
        title = translate("ResetForm", "Hard reset") if hard else translate("ResetForm", "Soft reset")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if hard else QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        context = self.host.context
        running = len(context.sessions) if context is not None else 0
        if hard and running:
            text = ChargerPlurals.tr(
                "Hard reset {cp_id}? It reboots now and stops the %n running session(s).",
                None,
                running,
            )
        elif hard:
            text = translate("ResetForm", "Hard reset {cp_id}? It reboots now.")
        elif running:
            text = ChargerPlurals.tr(
                "Soft reset {cp_id}? It restarts when idle (%n session(s) running).",
                None,
                running,
            )
        else:
            text = translate("ResetForm", "Soft reset {cp_id}? It restarts when idle.")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the charger's id is the charger's own text
        box.setText(text.format(cp_id=self.cp_id))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(title)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        cp = self.cp_id

        def done(answer: int) -> None:
            self.confirm_box = None
            if answer == QMessageBox.StandardButton.Yes and cp == self.cp_id:
                self.run(kind, lambda: self.ops.reset(cp, kind))

        box.finished.connect(done)
        self.confirm_box = box
        box.open()


class UnlockForm(OperationForm):
    key = "unlock"

    def build(self) -> None:
        f = QFormLayout(self)
        self.connector = connector_combo()
        f.addRow(translate("UnlockForm", "Connector"), self.connector)
        f.addRow("", self.send_button(translate("UnlockForm", "Unlock"), self.send))

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)

    def send(self) -> None:
        connector = self.connector.currentData()
        cp = self.cp_id
        self.run(
            translate("UnlockForm", "connector {connector}").format(connector=connector),
            lambda: self.ops.unlock_connector(cp, connector),
        )


class AvailabilityForm(OperationForm):
    key = "availability"

    def build(self) -> None:
        f = QFormLayout(self)
        self.connector = connector_combo(zero=translate("AvailabilityForm", "Whole charger"))
        self.kind = QComboBox()
        self.kind.addItem(translate("AvailabilityForm", "Operative (in service)"), "Operative")
        self.kind.addItem(translate("AvailabilityForm", "Inoperative (out of service)"), "Inoperative")
        f.addRow(translate("AvailabilityForm", "Applies to"), self.connector)
        f.addRow(translate("AvailabilityForm", "Availability"), self.kind)
        f.addRow("", self.send_button(translate("AvailabilityForm", "Change availability"), self.send))

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)

    def send(self) -> None:
        connector = self.connector.currentData() or 0
        kind = self.kind.currentData()
        cp = self.cp_id
        where = (
            translate("AvailabilityForm", "whole charger")
            if connector == 0
            else translate("AvailabilityForm", "connector {connector}").format(connector=connector)
        )
        self.run(f"{kind}, {where}", lambda: self.ops.change_availability(cp, connector, kind))


class ClearCacheForm(OperationForm):
    key = "clear_cache"

    def build(self) -> None:
        f = QFormLayout(self)
        note = QLabel(
            translate(
                "ClearCacheForm",
                "The charger forgets the tags it authorized before and asks again next time (the local list is not affected).",
            )
        )
        note.setWordWrap(True)
        f.addRow(note)
        f.addRow("", self.send_button(translate("ClearCacheForm", "Clear cache"), self.send))

    def send(self) -> None:
        cp = self.cp_id
        self.run("", lambda: self.ops.clear_cache(cp))


class TriggerForm(OperationForm):
    """The messages offered are those of the charger's OCPP version."""

    key = "trigger"

    def build(self) -> None:
        f = QFormLayout(self)
        self.message = QComboBox()
        self.connector = connector_combo(none=translate("TriggerForm", "No connector (the charger)"))
        f.addRow(translate("TriggerForm", "Message"), self.message)
        f.addRow(translate("TriggerForm", "Connector"), self.connector)
        f.addRow("", self.send_button(translate("TriggerForm", "Trigger"), self.send))

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)
        self.set_version(self.host.version)
        self.message.setCurrentText("StatusNotification")

    def set_version(self, version: str) -> None:
        self.message.clear()
        self.message.addItems(list(triggers(version)))

    def send(self) -> None:
        message = self.message.currentText()
        connector = self.connector.currentData()
        cp = self.cp_id
        request = (
            translate("TriggerForm", "{message} on connector {connector}").format(
                message=message, connector=connector
            )
            if connector
            else message
        )
        self.run(request, lambda: self.call(cp, message, connector))

    def call(self, cp: str | None, message: str, connector: int | None) -> Any:
        return self.ops.trigger_message(cp, message, connector)


class ExtendedTriggerForm(TriggerForm):
    """1.6 security extension's ExtendedTriggerMessage: its messages that ChargeDesk then accepts."""

    key = "extended_trigger"

    def build(self) -> None:
        super().build()
        note = QLabel(
            translate(
                "ExtendedTriggerForm",
                "For chargers with the OCPP 1.6 security extension. LogStatusNotification says how a log "
                "upload is going; FirmwareStatusNotification how a signed firmware update is going.",
            )
        )
        note.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QFormLayout)
        layout.insertRow(0, note)

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        super().fill(connectors, tags)
        self.message.setCurrentText("LogStatusNotification")

    def set_version(self, version: str) -> None:
        self.message.clear()
        self.message.addItems(list(extended_triggers()))  # 1.6 only (the tab says so for another version)

    def call(self, cp: str | None, message: str, connector: int | None) -> Any:
        return self.ops.extended_trigger_message(cp, message, connector)


class DataTransferForm(OperationForm):
    """The vendor id is the charger's vendor (from its BootNotification) until changed."""

    key = "data_transfer"

    def build(self) -> None:
        f = QFormLayout(self)
        self.vendor = QLineEdit()
        self.vendor.setPlaceholderText(translate("DataTransferForm", "e.g. com.vendor (required)"))
        self.message = QLineEdit()
        self.message.setPlaceholderText(translate("DataTransferForm", "optional"))
        self.data = QPlainTextEdit()
        self.data.setPlaceholderText(translate("DataTransferForm", "optional text (often JSON)"))
        self.data.setMaximumHeight(90)
        f.addRow(translate("DataTransferForm", "Vendor id"), self.vendor)
        f.addRow(translate("DataTransferForm", "Message id"), self.message)
        f.addRow(translate("DataTransferForm", "Data"), self.data)
        f.addRow("", self.send_button(translate("DataTransferForm", "Send"), self.send))

    def charger_switched(self) -> None:
        self.vendor.setText(self.host.vendor())

    def charger_seen(self) -> None:
        if not self.vendor.text():  # the charger's vendor, once it has said who it is
            self.vendor.setText(self.host.vendor())

    def send(self) -> None:
        vendor = self.vendor.text().strip()
        if not vendor:
            self.problem(
                translate(
                    "DataTransferForm",
                    "Enter the vendor id the charger expects (e.g. its vendor's name or reverse domain).",
                )
            )
            self.vendor.setFocus()
            return
        message = self.message.text().strip() or None
        data = self.data.toPlainText() or None
        cp = self.cp_id
        self.run(f"{vendor} / {message or '-'}", lambda: self.ops.data_transfer(cp, vendor, message, data))
