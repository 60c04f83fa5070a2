"""The Chargers page's "Commissioning" tab: accept a new (Pending) charger — bind it to a station or create one,
set its password — or refuse it; then the commissioning checklist, run at once after acceptance and again on
demand, with a result per step and a printable report (HTML, or PDF through Qt)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import commissioning as svc
from app.services.chargers.service import ChargersService
from app.services.i18n import translate
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets.style import HINT, OK, PENDING, REPORT_ERROR, REPORT_OK, VERDICT_FAILED, text_css
from app.views.widgets.text import esc, plain_label, rich, tip

ERROR_CSS = text_css(REPORT_ERROR)
HINT_CSS = text_css(HINT)
MARKS = {svc.PASS: "✔", svc.WARN: "!", svc.FAIL: "✘", svc.SKIP: "–", svc.PENDING: "", svc.RUNNING: "…"}


def _error_label() -> QLabel:
    label = plain_label("")
    label.setStyleSheet(ERROR_CSS)
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str | None) -> None:
    label.setText(text or "")
    label.setVisible(bool(text))


class AcceptDialog(QDialog):
    """Accept a pending charger: create a station (name, site) or bind to an existing one; optional password.
    Validated inline; emits ``submitted(AcceptForm)`` and closes when the form is valid."""

    submitted = Signal(object)

    def __init__(
        self, service: ChargersService, cp_id: str, connectors: list[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.cp_id = cp_id
        self.setWindowTitle(translate("AcceptDialog", "Accept charger {cp_id}").format(cp_id=cp_id))
        self.setMinimumWidth(520)
        choices = service.accept_choices()
        sites, stations = choices.sites, choices.stations

        lay = QVBoxLayout(self)
        intro = rich(
            QLabel(
                translate(
                    "AcceptDialog",
                    "<b>{cp_id}</b> will be accepted: its BootNotification is answered Accepted and its sessions are recorded at the station you choose.",
                ).format(cp_id=esc(cp_id))
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)

        self.create_new = QRadioButton(translate("AcceptDialog", "Create a new station"))
        self.bind = QRadioButton(translate("AcceptDialog", "Bind to an existing station"))
        group = QButtonGroup(self)
        group.addButton(self.create_new)
        group.addButton(self.bind)
        self.create_new.setChecked(True)
        lay.addWidget(self.create_new)
        new_box = QWidget()
        nf = QFormLayout(new_box)
        nf.setContentsMargins(24, 0, 0, 0)
        self.name = QLineEdit(cp_id)
        self.name.setMaxLength(120)
        self.name.setToolTip(
            translate("AcceptDialog", "The station's name as the console shows it (e.g. Hall B)")
        )
        self.name_error = _error_label()
        self.site = QComboBox()
        for c in sites:
            self.site.addItem(c.label, c.id)
        self.site_error = _error_label()
        nf.addRow(translate("AcceptDialog", "Name:"), self.name)
        nf.addRow("", self.name_error)
        nf.addRow(translate("AcceptDialog", "Site:"), self.site)
        nf.addRow("", self.site_error)
        conn = (
            ", ".join(str(n) for n in connectors)
            if connectors
            else translate("AcceptDialog", "none yet (created when they report)")
        )
        nf.addRow(
            translate("AcceptDialog", "Connectors:"),
            QLabel(translate("AcceptDialog", "{conn} — from its StatusNotifications").format(conn=conn)),
        )
        lay.addWidget(new_box)

        lay.addWidget(self.bind)
        bind_box = QWidget()
        bf = QFormLayout(bind_box)
        bf.setContentsMargins(24, 0, 0, 0)
        self.station = QComboBox()
        for c in stations:
            self.station.addItem(c.label, c.id)
            self.station.setItemData(self.station.count() - 1, c.detail, Qt.ItemDataRole.ToolTipRole)
        self.station.setToolTip(
            translate(
                "AcceptDialog", "The station takes this charger's charge point id; its rules and history stay"
            )
        )
        self.station_error = _error_label()
        bf.addRow(translate("AcceptDialog", "Station:"), self.station)
        bf.addRow("", self.station_error)
        lay.addWidget(bind_box)
        if not stations:
            self.bind.setEnabled(False)
            self.bind.setToolTip(translate("AcceptDialog", "There is no station yet"))

        pw = QGroupBox(translate("AcceptDialog", "Charger password (HTTP Basic, security profile 1)"))
        pl = QGridLayout(pw)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("AcceptDialog", "leave empty: the charger connects without a password")
        )
        self.password.setMaxLength(40)
        self.show_pw = QCheckBox(translate("AcceptDialog", "Show"))
        self.generate = QPushButton(translate("AcceptDialog", "Generate"))
        self.generate.setToolTip(translate("AcceptDialog", "A random 20-character password"))
        pl.addWidget(self.password, 0, 0)
        pl.addWidget(self.show_pw, 0, 1)
        pl.addWidget(self.generate, 0, 2)
        self.password_error = _error_label()
        self.password_hint = QLabel(
            translate(
                "AcceptDialog",
                "Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.",
            )
        )
        self.password_hint.setWordWrap(True)
        self.password_hint.setStyleSheet(HINT_CSS)
        pl.addWidget(self.password_error, 1, 0, 1, 3)
        pl.addWidget(self.password_hint, 2, 0, 1, 3)
        lay.addWidget(pw)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("AcceptDialog", "Accept charger"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.create_new.toggled.connect(new_box.setEnabled)
        self.bind.toggled.connect(bind_box.setEnabled)
        bind_box.setEnabled(False)
        self.show_pw.toggled.connect(
            lambda on: self.password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.generate.clicked.connect(self._generate)
        self.password.textChanged.connect(self._password_changed)
        self.name.textChanged.connect(lambda _t: _show(self.name_error, None))

    def _generate(self) -> None:
        self.password.setText(svc.generate_password())
        self.show_pw.setChecked(True)

    def _password_changed(self, text: str) -> None:
        _show(self.password_error, None)
        hint = svc.password_hint(text)
        self.password_hint.setText(
            hint[0].upper() + hint[1:] + "."
            if hint
            else translate(
                "AcceptDialog",
                "Stored hashed. From its next connection the charger must send this password; ChargeDesk sends it to the charger if it can, else set it on the charger.",
            )
        )

    def form(self) -> svc.AcceptForm:
        if self.bind.isChecked():
            return svc.AcceptForm(
                self.cp_id, station_id=self.station.currentData(), password=self.password.text()
            )
        return svc.AcceptForm(
            self.cp_id,
            site_id=self.site.currentData(),
            name=self.name.text().strip(),
            password=self.password.text(),
        )

    def _submit(self) -> None:
        form = self.form()
        problems = self.service.validate_accept(form)
        _show(self.name_error, problems.get("name"))
        _show(self.site_error, problems.get("site"))
        _show(self.station_error, problems.get("station"))
        _show(self.password_error, problems.get("password"))
        if problems:
            return
        self.submitted.emit(form)
        self.accept()


class CommissioningTab(QWidget):
    """``set_charger(cp_id)``; ``charger_changed(cp_id)`` after an accept or a refusal."""

    charger_changed = Signal(str)
    checklist_finished = Signal(object)  # ChecklistResult

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.central = central
        self.cp_id: str | None = None
        self.row: svc.ChargerRow | None = None
        self.result: svc.ChecklistResult | None = None
        self.accept_dialog: AcceptDialog | None = None
        self.export_dialog: QFileDialog | None = None
        self.confirm: QMessageBox | None = None
        self._tasks = TaskSet(report_to_loop)
        self._running: asyncio.Task[Any] | None = None
        self._running_cp: str | None = None
        self._await_boot: str | None = None  # run the checklist once this charger boots Accepted
        self._boot_timer = QTimer(self)
        self._boot_timer.setSingleShot(True)
        self._boot_timer.timeout.connect(self._boot_wait_over)

        self.stack = QStackedWidget()
        self.empty = QLabel(
            translate(
                "CommissioningTab",
                "Select a charger on the left to accept it, refuse it or run its commissioning checklist.",
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color:{HINT}; font-size:11pt;")
        self.stack.addWidget(self.empty)
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)

        # registration
        reg = QGroupBox(translate("CommissioningTab", "Registration"))
        rl = QHBoxLayout(reg)
        self.reg_text = rich(QLabel(""))
        self.reg_text.setWordWrap(True)
        rl.addWidget(self.reg_text, 1)
        self.accept_button = QPushButton(translate("CommissioningTab", "Accept…"))
        self.accept_button.setToolTip(
            translate(
                "CommissioningTab", "Bind this charger to a station (or create one) and set its password"
            )
        )
        self.reject_button = QPushButton(translate("CommissioningTab", "Refuse"))
        self.reject_button.setToolTip(
            translate("CommissioningTab", "Its BootNotifications are answered Rejected from now on")
        )
        rl.addWidget(self.accept_button)
        rl.addWidget(self.reject_button)
        lay.addWidget(reg)
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.message.hide()
        lay.addWidget(self.message)

        # checklist
        self.check_box = QGroupBox(translate("CommissioningTab", "Commissioning checklist"))
        cl = QVBoxLayout(self.check_box)
        opts = QGridLayout()
        self.heartbeat = QSpinBox()
        self.heartbeat.setRange(10, 86400)
        self.heartbeat.setSuffix(" s")  # i18n: not text (the unit)
        self.heartbeat.setValue(svc.RECOMMENDED_HEARTBEAT_S)
        self.heartbeat.setToolTip(
            translate("CommissioningTab", "HeartbeatInterval to set (recommended {seconds} s)").format(
                seconds=svc.RECOMMENDED_HEARTBEAT_S
            )
        )
        self.meter = QSpinBox()
        self.meter.setRange(0, 3600)
        self.meter.setSuffix(" s")  # i18n: not text (the unit)
        self.meter.setValue(svc.RECOMMENDED_METER_SAMPLE_S)
        self.meter.setToolTip(
            translate(
                "CommissioningTab",
                "MeterValueSampleInterval to set (recommended {seconds} s; 0 switches periodic meter values off)",
            ).format(seconds=svc.RECOMMENDED_METER_SAMPLE_S)
        )
        self.test_charge = QCheckBox(translate("CommissioningTab", "Test charge on connector"))
        self.test_charge.setChecked(True)
        self.test_charge.setToolTip(
            translate(
                "CommissioningTab",
                "RemoteStart with the technician's tag, watch status and meter values, RemoteStop. A vehicle (or an EV simulator) must be plugged in.",
            )
        )
        self.connector = QComboBox()
        self.connector.setToolTip(translate("CommissioningTab", "The connector of the test charge"))
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setMinimumContentsLength(18)
        self.tag.setToolTip(
            translate(
                "CommissioningTab", "The technician's tag: it must be allowed to charge at this station"
            )
        )
        line = self.tag.lineEdit()
        if line is not None:  # (it is: the combo is editable)
            line.setPlaceholderText(translate("CommissioningTab", "technician's tag"))
        opts.addWidget(QLabel(translate("CommissioningTab", "Heartbeat interval:")), 0, 0)
        opts.addWidget(self.heartbeat, 0, 1)
        opts.addWidget(QLabel(translate("CommissioningTab", "Meter values every:")), 0, 2)
        opts.addWidget(self.meter, 0, 3)
        opts.addWidget(self.test_charge, 1, 0)
        opts.addWidget(self.connector, 1, 1)
        opts.addWidget(QLabel(translate("CommissioningTab", "with tag:")), 1, 2)
        opts.addWidget(self.tag, 1, 3, 1, 2)
        opts.setColumnStretch(4, 1)
        cl.addLayout(opts)
        self.options_error = _error_label()
        cl.addWidget(self.options_error)

        self.steps = QTableWidget(len(svc.STEPS), 3)
        self.steps.setHorizontalHeaderLabels(
            (
                translate("CommissioningTab", "Result"),
                translate("CommissioningTab", "Step"),
                translate("CommissioningTab", "Details"),
            )
        )
        self.steps.verticalHeader().setVisible(False)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setWordWrap(True)
        h = self.steps.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.steps.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cl.addWidget(self.steps, 1)

        bottom = QHBoxLayout()
        self.summary = rich(QLabel(""))  # the verdict in colour; what is put in it is escaped
        self.summary.setWordWrap(True)
        bottom.addWidget(self.summary, 1)
        self.run_button = QPushButton(translate("CommissioningTab", "Run checklist"))
        self.run_button.setToolTip(
            translate("CommissioningTab", "Run every step now (again, for a charger accepted earlier)")
        )
        self.cancel_button = QPushButton(translate("CommissioningTab", "Cancel"))
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(translate("CommissioningTab", "Export report…"))
        self.export_button.setToolTip(
            translate(
                "CommissioningTab", "Save the last result as a printable HTML or PDF commissioning report"
            )
        )
        self.export_button.setEnabled(False)
        for b in (self.run_button, self.cancel_button, self.export_button):
            bottom.addWidget(b)
        cl.addLayout(bottom)
        lay.addWidget(self.check_box, 1)
        self.stack.addWidget(body)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.stack)

        self.accept_button.clicked.connect(self.open_accept)
        self.reject_button.clicked.connect(self.ask_reject)
        self.run_button.clicked.connect(self.run_checklist)
        self.cancel_button.clicked.connect(self.cancel_checklist)
        self.export_button.clicked.connect(self.open_export)
        self.test_charge.toggled.connect(self.connector.setEnabled)
        self.test_charge.toggled.connect(self.tag.setEnabled)
        if bridge is not None:
            bridge.boot.connect(self._on_boot)
            bridge.status_changed.connect(self._on_status)
            bridge.connected.connect(self._on_presence)
            bridge.disconnected.connect(self._on_presence)

    # --- showing a charger ---------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        if cp_id != self.cp_id:
            _show(self.message, None)
            _show(self.options_error, None)
        self.cp_id = cp_id
        if cp_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self.reload()

    def reload(self) -> None:
        if self.cp_id is None:
            return
        state = self.service.commissioning(self.cp_id)
        self.row, connectors, tags, result = state.row, state.connectors, state.tags, state.last_result
        self._show_registration()
        self._fill_connectors(connectors)
        current = self.tag.currentText()
        self.tag.clear()
        for t in tags:
            self.tag.addItem(t.label, t.id_tag)
        if current:
            i = self.tag.findData(current)
            if i >= 0:
                self.tag.setCurrentIndex(i)
            else:
                self.tag.setEditText(current)
        if not tags and not current:
            self.test_charge.setToolTip(
                translate(
                    "CommissioningTab",
                    "No active tag of an active user yet: add one on the Users page (or learn a card) or type the tag",
                )
            )
        if self._running_cp != self.cp_id:
            self.show_result(result)
        self._update_buttons()

    def _fill_connectors(self, known: list[int]) -> None:
        live = self.central.backend.states.get(self.cp_id) if self.central is not None else None
        numbers = set(known) | ({n for n in live.statuses if n > 0} if live is not None else set())
        current = self.connector.currentData()
        self.connector.clear()
        for n in sorted(numbers or {1}):
            self.connector.addItem(str(n), n)
        i = self.connector.findData(current)
        self.connector.setCurrentIndex(max(i, 0))

    def _show_registration(self) -> None:
        r = self.row
        if r is None:
            self.reg_text.setText(
                translate("CommissioningTab", "{cp_id} is not known (yet).").format(cp_id=esc(self.cp_id))
            )
        elif r.is_new:
            self.reg_text.setText(
                translate(
                    "CommissioningTab",
                    "<b>New charger.</b> {cp_id} ({vendor}) connected from {ip} and waits for an operator. Accept it to bind it to a station; refuse it to keep it out.",
                ).format(
                    cp_id=esc(r.cp_id),
                    vendor=esc(r.vendor_model or translate("CommissioningTab", "vendor unknown")),
                    ip=esc(r.ip_address or "?"),
                )
            )
        elif r.refused:
            self.reg_text.setText(
                translate(
                    "CommissioningTab",
                    "<b>Refused.</b> {cp_id} hears Rejected when it boots. You can still accept it.",
                ).format(cp_id=esc(r.cp_id))
            )
        elif r.station_id is None:
            self.reg_text.setText(
                translate("CommissioningTab", "{cp_id}: {registration}, not bound to a station.").format(
                    cp_id=esc(r.cp_id), registration=esc(r.registration)
                )
            )
        else:
            self.reg_text.setText(
                translate(
                    "CommissioningTab",
                    "<b>Accepted</b>, bound to station <b>{station_name}</b> ({site_name}).",
                ).format(station_name=esc(r.station_name), site_name=esc(r.site_name))
            )

    def _online(self) -> bool:
        return bool(self.central is not None and self.cp_id and self.central.is_connected(self.cp_id))

    def _update_buttons(self) -> None:
        r = self.row
        pending = r is not None and r.station_id is None
        self.accept_button.setVisible(pending)
        self.reject_button.setVisible(r is not None and r.is_new)
        accepted = r is not None and r.station_id is not None
        running = self._running is not None and not self._running.done()
        busy_here = running and self._running_cp == self.cp_id
        self.check_box.setEnabled(accepted)
        self.check_box.setTitle(
            translate("CommissioningTab", "Commissioning checklist")
            if accepted
            else translate("CommissioningTab", "Commissioning checklist — accept the charger first")
        )
        self.run_button.setEnabled(accepted and not running)
        self.run_button.setToolTip(
            translate("CommissioningTab", "Run every step now")
            if self._online()
            else translate("CommissioningTab", "The charger is offline: every step will say so")
        )
        self.cancel_button.setEnabled(busy_here)
        self.export_button.setEnabled(self.result is not None and not busy_here)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_CSS if error else text_css(REPORT_OK))
        _show(self.message, text)

    # --- accept / refuse -----------------------------------------------------------------------------

    def open_accept(self) -> None:
        if self.cp_id is None:
            return
        live = self.central.backend.states.get(self.cp_id) if self.central is not None else None
        connectors = sorted(n for n in live.statuses if n > 0) if live is not None else []
        self.accept_dialog = AcceptDialog(self.service, self.cp_id, connectors, self)
        self.accept_dialog.submitted.connect(self._accept)
        self.accept_dialog.open()

    def _accept(self, form: svc.AcceptForm) -> None:
        self._spawn(self._do_accept(form))

    async def _do_accept(self, form: svc.AcceptForm) -> None:
        self.accept_button.setEnabled(False)
        try:
            out = await self.service.accept(form)
        except Exception as e:  # shown, not swallowed: a refusal by the validation or the database
            self._say(
                translate("CommissioningTab", "{cp_id} was not accepted: {error}").format(
                    cp_id=form.cp_id, error=e
                ),
                error=True,
            )
            return
        finally:
            self.accept_button.setEnabled(True)
        text = translate("CommissioningTab", "{cp_id} accepted and bound to station {station}.").format(
            cp_id=form.cp_id, station=out.station_name
        )
        if out.messages:
            text += " " + " ".join(out.messages)
        self.charger_changed.emit(form.cp_id)
        if self.cp_id == form.cp_id:
            self.reload()
        booted = (
            self.central.backend.state(form.cp_id).registration == "Accepted"
        )  # (the boot may be quicker)
        if self.central.is_connected(form.cp_id) and not booted:
            text += " " + translate(
                "CommissioningTab", "The checklist runs as soon as it has booted as Accepted."
            )
            self._await_boot = form.cp_id
            self._boot_timer.start(30_000)
        self._say(text)
        if self.central.is_connected(form.cp_id) and booted and self.cp_id == form.cp_id:
            self.run_checklist()

    def ask_reject(self) -> None:
        if self.cp_id is None:
            return
        cp_id = self.cp_id
        self.confirm = QMessageBox(self)
        self.confirm.setTextFormat(Qt.TextFormat.PlainText)  # the charger's id is the charger's own text
        self.confirm.setIcon(QMessageBox.Icon.Question)
        self.confirm.setWindowTitle(translate("CommissioningTab", "Refuse charger"))
        self.confirm.setText(
            translate(
                "CommissioningTab",
                "Refuse {cp_id}? Its BootNotifications are answered Rejected from now on; you can accept it later.",
            ).format(cp_id=cp_id)
        )
        self.confirm.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        self.confirm.button(QMessageBox.StandardButton.Yes).setText(translate("CommissioningTab", "Refuse"))
        self.confirm.accepted.connect(lambda: self._spawn(self._do_reject(cp_id)))
        self.confirm.open()

    async def _do_reject(self, cp_id: str) -> None:
        try:
            await self.service.reject(cp_id)
        except Exception as e:
            self._say(
                translate("CommissioningTab", "{cp_id} could not be refused: {error}").format(
                    cp_id=cp_id, error=e
                ),
                error=True,
            )
            return
        self._say(translate("CommissioningTab", "{cp_id} refused.").format(cp_id=cp_id))
        self.charger_changed.emit(cp_id)
        if self.cp_id == cp_id:
            self.reload()

    def _on_boot(self, e: Any) -> None:
        if e.cp_id == self._await_boot and e.registration == "Accepted":
            self._await_boot = None
            self._boot_timer.stop()
            if self.cp_id == e.cp_id:
                self.reload()
                self.run_checklist()

    def _boot_wait_over(self) -> None:
        if self._await_boot is not None and self._await_boot == self.cp_id:
            self._await_boot = None
            self._say(
                translate(
                    "CommissioningTab",
                    "The charger did not boot again within 30 s after it was accepted: run the checklist when it is back (Run checklist).",
                ),
                error=True,
            )

    def _on_status(self, e: Any) -> None:
        if e.cp_id == self.cp_id and e.connector_id > 0 and self.connector.findData(e.connector_id) < 0:
            self._fill_connectors(
                [self.connector.itemData(i) for i in range(self.connector.count())] + [e.connector_id]
            )

    def _on_presence(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self._update_buttons()

    # --- checklist -----------------------------------------------------------------------------------

    def options(self) -> svc.ChecklistOptions:
        tag = (
            self.tag.currentData()
            if self.tag.currentText() == self.tag.itemText(self.tag.currentIndex())
            else None
        )
        return svc.ChecklistOptions(
            heartbeat_s=self.heartbeat.value(),
            meter_sample_s=self.meter.value(),
            test_charge=self.test_charge.isChecked(),
            connector_id=int(self.connector.currentData() or 0),
            id_tag=(tag or self.tag.currentText()).strip(),
        )

    def run_checklist(self) -> None:
        if self.cp_id is None or (self._running is not None and not self._running.done()):
            return
        options = self.options()
        problems = options.problems()
        _show(self.options_error, " ".join(problems.values()) if problems else None)
        if problems:
            return
        cp_id = self.cp_id
        self.result = None
        for i, (key, title) in enumerate(svc.STEPS):
            self._show_step(i, svc.StepResult(key, title))
        self.summary.setText(
            translate("CommissioningTab", "Running the checklist on {cp_id}…").format(cp_id=esc(cp_id))
        )
        self._running_cp = cp_id
        checklist = self.service.checklist(cp_id, options, lambda s: self._step_update(cp_id, s))
        self._running = self._spawn(self._run(checklist))
        self._update_buttons()

    async def _run(self, checklist: svc.Checklist) -> None:
        try:
            result = await checklist.run()
        except asyncio.CancelledError:
            if self.cp_id == checklist.cp_id:
                self.summary.setText(
                    translate(
                        "CommissioningTab",
                        "Checklist cancelled (a test charge in progress was not stopped: stop it on the Operations tab).",
                    )
                )
            raise
        except Exception as e:
            if self.cp_id == checklist.cp_id:
                self.summary.setText(
                    translate("CommissioningTab", "The checklist could not run: {error}").format(error=esc(e))
                )
            return
        finally:
            self._running_cp = None
            self._running = None
            self._update_buttons()
        if self.cp_id == checklist.cp_id:
            self.show_result(result)
            self._update_buttons()
        self.checklist_finished.emit(result)

    def cancel_checklist(self) -> None:
        if self._running is not None:
            self._running.cancel()

    def _step_update(self, cp_id: str, step: svc.StepResult) -> None:
        if cp_id == self.cp_id:
            self._show_step([k for k, _ in svc.STEPS].index(step.key), step)

    def _show_step(self, row: int, step: svc.StepResult) -> None:
        colour = QColor(svc.result_colour(step.result))
        mark = MARKS.get(step.result, "")
        label = svc.result_label(step.result) if step.result != svc.PENDING else ""
        res = QTableWidgetItem(f"{mark} {label}".strip())
        res.setForeground(QBrush(colour))
        font = QFont()
        font.setBold(True)
        res.setFont(font)
        self.steps.setItem(row, 0, res)
        self.steps.setItem(row, 1, QTableWidgetItem(step.shown_title))
        detail = QTableWidgetItem(step.shown_detail)
        detail.setToolTip(tip(step.shown_detail))
        self.steps.setItem(row, 2, detail)

    def show_result(self, result: svc.ChecklistResult | None) -> None:
        self.result = result
        if result is None:
            for i, (key, title) in enumerate(svc.STEPS):
                self._show_step(i, svc.StepResult(key, title))
            self.summary.setText(
                translate("CommissioningTab", "The checklist has not run for this charger yet.")
            )
            self._update_buttons()
            return
        by_key = {s.key: s for s in result.steps}
        for i, (key, title) in enumerate(svc.STEPS):
            self._show_step(i, by_key.get(key, svc.StepResult(key, title)))
        when = (result.finished_at or result.started_at).astimezone().strftime("%Y-%m-%d %H:%M")
        colour = {"PASSED": OK, "FAILED": VERDICT_FAILED}.get(result.verdict, PENDING)
        self.summary.setText(
            translate("CommissioningTab", "{verdict} — run {when}").format(
                verdict=f"<b style='color:{colour}'>{esc(result.shown_summary)}</b>", when=esc(when)
            )
        )
        self._update_buttons()

    # --- report --------------------------------------------------------------------------------------

    def open_export(self) -> None:
        if self.result is None:
            return
        stamp = (self.result.finished_at or self.result.started_at).astimezone().strftime("%Y-%m-%d")
        name = f"commissioning-{self.result.cp_id}-{stamp}.html"
        dialog = QFileDialog(
            self, translate("CommissioningTab", "Export commissioning report"), str(Path.home() / name)
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters(
            [
                translate("CommissioningTab", "HTML report (*.html)"),
                "PDF (*.pdf)",
            ]
        )
        dialog.fileSelected.connect(self.export_to)
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        """Write the report: PDF when ``path`` ends in .pdf (or the PDF filter is chosen), else HTML."""
        result = self.result
        if result is None or not path:
            return
        pdf = path.lower().endswith(".pdf") or (
            self.export_dialog is not None and self.export_dialog.selectedNameFilter().startswith("PDF")
        )
        if pdf and not path.lower().endswith(".pdf"):
            path = os.path.splitext(path)[0] + ".pdf"
        elif not pdf and not path.lower().endswith((".html", ".htm")):
            path += ".html"
        tz = self._site_tz()
        try:
            if pdf:
                write_pdf(path, svc.report_html(result, site_tz=tz))
            else:
                svc.export_report(path, result, site_tz=tz)
        except OSError as e:
            self._say(
                translate("CommissioningTab", "The report could not be written to {path}: {error}").format(
                    path=path, error=e.strerror or e
                ),
                error=True,
            )
            return
        self._say(translate("CommissioningTab", "Commissioning report saved to {path}.").format(path=path))

    def _site_tz(self) -> str | None:
        if self.cp_id is None:
            return None
        return self.service.site_timezone(self.cp_id)

    # --- tasks ---------------------------------------------------------------------------------------

    def _spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        return self._tasks.spawn(coro)

    def shutdown(self) -> None:
        self._tasks.cancel()


def write_pdf(path: str, html_text: str) -> None:
    """The HTML report as an A4 PDF (Qt's rich text renders the report's simple layout)."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(translate("CommissioningTab", "Commissioning report"))
    writer.setCreator("ChargeDesk")
    doc = QTextDocument()
    doc.setHtml(html_text)
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    doc.print_(writer)
    if not os.path.exists(path):
        raise OSError(translate("CommissioningTab", "Qt could not write {path}").format(path=path))


__all__ = ["AcceptDialog", "CommissioningTab", "write_pdf"]
