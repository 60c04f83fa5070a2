"""The Chargers page's "Firmware & diagnostics" tab: update a charger's firmware from a file on this computer and
fetch its diagnostics file, both over the LAN (:mod:`app.services.chargers.firmware_jobs` runs the jobs and the HTTP
server; this tab shows their steps as the charger reports them)."""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QDateTime, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.firmware_jobs import (
    DIAGNOSTICS_STEPS,
    DONE,
    FIRMWARE_STEPS,
    RUNNING,
    DiagnosticsJob,
    FirmwareJob,
    TransferJob,
)
from app.services.chargers.firmware_signature import SignatureProblem, SignedFirmware
from app.services.chargers.service import ChargersService
from app.services.i18n import translate
from app.services.roles import NotAllowed
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets.style import ACCENT, ERROR, MUTED, OK
from app.views.widgets.text import plain_label

RED, GREEN, GREY, BLUE = ERROR, OK, MUTED, ACCENT


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%H:%M:%S")


class JobPanel(QWidget):
    """Progress bar, the steps with their times, and the result of one job."""

    def __init__(self, steps: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = steps
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(steps))
        self.bar.setTextVisible(True)
        lay.addWidget(self.bar)
        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.steps)
        self.result = plain_label()  # the job's message quotes the charger's status and error texts
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.result)
        self.show_job(None)

    def show_job(self, job: TransferJob | None) -> None:
        if job is None:
            self.bar.setValue(0)
            self.bar.setFormat(" → ".join(self.expected))
            self.steps.setText("")
            self.result.setText("")
            return
        self.bar.setValue(job.progress)
        current = (
            job.last_status
            if job.last_status in self.expected
            else (
                self.expected[job.progress - 1]
                if job.progress
                else translate("FirmwareDiagnosticsTab", "waiting for the charger")
            )
        )
        self.bar.setFormat(
            translate("FirmwareDiagnosticsTab", "{done} of {total} · {current}").format(
                done=job.progress, total=len(self.expected), current=current
            )
        )
        rows = []
        for step in job.steps:
            bad = step.status in job.failures
            colour = RED if bad else (GREEN if step.status in self.expected else GREY)
            detail = f" — {_html(step.detail)}" if step.detail else ""
            rows.append(
                f"<span style='color:{GREY}'>{_local(step.at)}</span>&nbsp;&nbsp;"
                f"<b style='color:{colour}'>{_html(step.status)}</b>{detail}"
            )
        self.steps.setText("<br>".join(rows))
        colour = {DONE: GREEN, RUNNING: BLUE, "requested": BLUE, "starting": BLUE}.get(job.state, RED)
        self.result.setStyleSheet(f"color:{colour};")
        if job.state == "failed":
            text = translate("FirmwareDiagnosticsTab", "Failed: {message}").format(message=job.message)
        elif job.state == "timeout":
            text = translate("FirmwareDiagnosticsTab", "Timed out: {message}").format(message=job.message)
        else:
            text = job.message
        self.result.setText(text)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FirmwareDiagnosticsTab(QWidget):
    """Tab of the Chargers page: ``set_charger(cp_id)`` shows that charger's firmware and diagnostics jobs."""

    title = "Firmware & diagnostics"

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.bridge, self.central = service, bridge, central
        self.cp_id: str | None = None
        self.firmware_jobs: dict[str, FirmwareJob] = {}
        self.diagnostics_jobs: dict[str, DiagnosticsJob] = {}
        self._tasks = TaskSet(report_to_loop)
        self.checking: asyncio.Task[None] | None = None  # a signed firmware's check before it is sent
        self._save_dialog: QFileDialog | None = None
        self._pick_dialog: QFileDialog | None = None

        outer = QVBoxLayout(self)
        self.heading = plain_label()  # the charger's firmware version
        self.heading.setStyleSheet("font-size:15px; font-weight:600;")
        outer.addWidget(self.heading)
        self.empty = QLabel(
            translate(
                "FirmwareDiagnosticsTab",
                "Select a charger on the left to update its firmware or fetch its diagnostics.",
            )
        )
        self.empty.setStyleSheet(f"color:{GREY};")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.empty, 1)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)

        # --- firmware -------------------------------------------------------------------------------------
        fw = QGroupBox(translate("FirmwareDiagnosticsTab", "Firmware update"))
        fl = QVBoxLayout(fw)
        row = QHBoxLayout()
        self.fw_path = QLineEdit()
        self.fw_path.setObjectName("field_firmware")
        self.fw_path.setPlaceholderText(
            translate("FirmwareDiagnosticsTab", "The firmware file from the vendor (e.g. terra-ac-2.1.0.bin)")
        )
        self.fw_path.setClearButtonEnabled(True)
        self.fw_path.textChanged.connect(self._firmware_path_changed)
        row.addWidget(self.fw_path, 1)
        self.fw_browse = QPushButton(translate("FirmwareDiagnosticsTab", "Browse…"))
        self.fw_browse.setToolTip(translate("FirmwareDiagnosticsTab", "Choose the firmware file"))
        self.fw_browse.clicked.connect(self.browse_firmware)
        row.addWidget(self.fw_browse)
        self.fw_start = QPushButton(translate("FirmwareDiagnosticsTab", "Update firmware"))
        self.fw_start.setToolTip(
            translate(
                "FirmwareDiagnosticsTab",
                "Send UpdateFirmware: the charger downloads the file from this computer, installs it and restarts (a running charge is finished first)",
            )
        )
        self.fw_start.clicked.connect(self.start_firmware)
        row.addWidget(self.fw_start)
        self.fw_cancel = QPushButton(translate("FirmwareDiagnosticsTab", "Stop serving"))
        self.fw_cancel.setToolTip(
            translate(
                "FirmwareDiagnosticsTab",
                "Stop waiting and stop serving the file (the charger cannot download it any more)",
            )
        )
        self.fw_cancel.clicked.connect(lambda: self._cancel(self.firmware_jobs))
        row.addWidget(self.fw_cancel)
        fl.addLayout(row)
        # signed firmware (1.6 security extension's SignedUpdateFirmware, 2.0.1 secure update): checked first
        signed = QHBoxLayout()
        self.fw_cert = QLineEdit()
        self.fw_cert.setPlaceholderText(
            translate("FirmwareDiagnosticsTab", "Signed firmware: the signing certificate file (PEM)")
        )
        self.fw_cert.setClearButtonEnabled(True)
        signed.addWidget(self.fw_cert, 1)
        self.fw_sig = QLineEdit()
        self.fw_sig.setPlaceholderText(
            translate("FirmwareDiagnosticsTab", "and the signature file (Base64 or raw)")
        )
        self.fw_sig.setClearButtonEnabled(True)
        signed.addWidget(self.fw_sig, 1)
        for path_edit, title in (
            (self.fw_cert, translate("FirmwareDiagnosticsTab", "Choose the signing certificate")),
            (self.fw_sig, translate("FirmwareDiagnosticsTab", "Choose the signature file")),
        ):
            path_edit.setToolTip(
                translate(
                    "FirmwareDiagnosticsTab",
                    "For chargers that take only signed firmware: the update is sent as SignedUpdateFirmware (OCPP "
                    "2.0.1: UpdateFirmware with the signature) once the signature verifies over the file and the "
                    "certificate comes from a CA you trust",
                )
            )
            browse = QPushButton(translate("FirmwareDiagnosticsTab", "Browse…"))
            browse.setToolTip(title)
            browse.clicked.connect(lambda _=False, e=path_edit, t=title: self._browse_into(e, t))
            signed.addWidget(browse)
        self.fw_trust = QPushButton(translate("FirmwareDiagnosticsTab", "Trust a CA…"))
        self.fw_trust.setToolTip(
            translate(
                "FirmwareDiagnosticsTab",
                "Add the manufacturer's CA certificate (PEM) that signs its firmware (for the whole site)",
            )
        )
        self.fw_trust.clicked.connect(self.choose_trusted_ca)
        signed.addWidget(self.fw_trust)
        fl.addLayout(signed)
        self.fw_cas = plain_label()
        self.fw_cas.setStyleSheet(f"color:{GREY};")
        self.fw_cas.setWordWrap(True)
        fl.addWidget(self.fw_cas)
        self.fw_error = plain_label()
        self.fw_error.setStyleSheet(f"color:{RED};")
        fl.addWidget(self.fw_error)
        self.fw_panel = JobPanel(FIRMWARE_STEPS)
        fl.addWidget(self.fw_panel)
        lay.addWidget(fw)

        # --- diagnostics ----------------------------------------------------------------------------------
        dg = QGroupBox(translate("FirmwareDiagnosticsTab", "Diagnostics"))
        dl = QVBoxLayout(dg)
        grid = QGridLayout()
        now = QDateTime.currentDateTime()
        self.diag_from_on = QCheckBox(translate("FirmwareDiagnosticsTab", "From"))
        self.diag_from = QDateTimeEdit(now.addDays(-1))
        self.diag_until_on = QCheckBox(translate("FirmwareDiagnosticsTab", "Until"))
        self.diag_until = QDateTimeEdit(now)
        for check, edit, tip in (
            (
                self.diag_from_on,
                self.diag_from,
                translate("FirmwareDiagnosticsTab", "only log entries from this time on"),
            ),
            (
                self.diag_until_on,
                self.diag_until,
                translate("FirmwareDiagnosticsTab", "only log entries up to this time"),
            ),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setEnabled(False)
            check.setToolTip(
                translate("FirmwareDiagnosticsTab", "Optional: {tip} (the charger may ignore it)").format(
                    tip=tip
                )
            )
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._diagnostics_window_changed)
        grid.addWidget(self.diag_from_on, 0, 0)
        grid.addWidget(self.diag_from, 0, 1)
        grid.addWidget(self.diag_until_on, 0, 2)
        grid.addWidget(self.diag_until, 0, 3)
        grid.setColumnStretch(4, 1)
        self.diag_kind = QComboBox()
        self.diag_kind.addItem(translate("FirmwareDiagnosticsTab", "Diagnostics (GetDiagnostics)"), None)
        self.diag_kind.addItem(
            translate("FirmwareDiagnosticsTab", "Diagnostics log (GetLog)"), "DiagnosticsLog"
        )
        self.diag_kind.addItem(translate("FirmwareDiagnosticsTab", "Security log (GetLog)"), "SecurityLog")
        self.diag_kind.setToolTip(
            translate(
                "FirmwareDiagnosticsTab",
                "GetLog: for 2.0.1 chargers and 1.6 chargers with the security extension; the security log lists "
                "the charger's security events",
            )
        )
        grid.addWidget(self.diag_kind, 1, 0, 1, 4)
        self.diag_start = QPushButton(translate("FirmwareDiagnosticsTab", "Request diagnostics"))
        self.diag_start.setToolTip(
            translate(
                "FirmwareDiagnosticsTab",
                "Send GetDiagnostics: the charger uploads its log file to this computer",
            )
        )
        self.diag_start.clicked.connect(self.start_diagnostics)
        grid.addWidget(self.diag_start, 0, 5)
        self.diag_cancel = QPushButton(translate("FirmwareDiagnosticsTab", "Stop waiting"))
        self.diag_cancel.setToolTip(
            translate(
                "FirmwareDiagnosticsTab", "Stop waiting and stop receiving (an upload after this is refused)"
            )
        )
        self.diag_cancel.clicked.connect(lambda: self._cancel(self.diagnostics_jobs))
        grid.addWidget(self.diag_cancel, 0, 6)
        dl.addLayout(grid)
        self.diag_error = plain_label()
        self.diag_error.setStyleSheet(f"color:{RED};")
        dl.addWidget(self.diag_error)
        self.diag_panel = JobPanel(DIAGNOSTICS_STEPS)
        dl.addWidget(self.diag_panel)
        files = QHBoxLayout()
        self.diag_file = plain_label()  # the file name the charger chose
        self.diag_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        files.addWidget(self.diag_file, 1)
        self.diag_open = QPushButton(translate("FirmwareDiagnosticsTab", "Open"))
        self.diag_open.setToolTip(
            translate(
                "FirmwareDiagnosticsTab", "Open the received file with this computer's default application"
            )
        )
        self.diag_open.clicked.connect(self.open_diagnostics)
        files.addWidget(self.diag_open)
        self.diag_save = QPushButton(translate("FirmwareDiagnosticsTab", "Save as…"))
        self.diag_save.setToolTip(translate("FirmwareDiagnosticsTab", "Save a copy of the received file"))
        self.diag_save.clicked.connect(self.choose_save_path)
        files.addWidget(self.diag_save)
        dl.addLayout(files)
        lay.addWidget(dg)

        self.server_note = plain_label()
        self.server_note.setWordWrap(True)
        self.server_note.setStyleSheet(f"color:{GREY};")
        lay.addWidget(self.server_note)
        lay.addStretch(1)

        if bridge is not None:
            for name in ("connected", "disconnected"):
                signal = getattr(bridge, name, None)
                if signal is not None:
                    signal.connect(self._on_presence)
            boot = getattr(bridge, "boot", None)
            if boot is not None:
                boot.connect(self._on_boot)
        self.set_charger(None)

    # --- the page's contract ----------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        self.cp_id = cp_id
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        self.fw_error.setText("")
        self.diag_error.setText("")
        if cp_id is not None:
            self._show_cas()
        self._render()

    def reload(self) -> None:
        self._render()

    # --- firmware ---------------------------------------------------------------------------------------

    def browse_firmware(self) -> None:
        dialog = QFileDialog(self, translate("FirmwareDiagnosticsTab", "Choose the firmware file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate(
                    "FirmwareDiagnosticsTab",
                    "Firmware files (*.bin *.img *.hex *.fw *.zip *.tar *.gz *.tgz *.pkg *.swu)",
                ),
                translate("FirmwareDiagnosticsTab", "All files (*)"),
            ]
        )
        current = self.fw_path.text().strip()
        if current:
            dialog.setDirectory(str(Path(current).expanduser().parent))
        dialog.fileSelected.connect(self.fw_path.setText)
        self._pick_dialog = dialog
        dialog.open()

    def start_firmware(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return
        text = self.fw_path.text().strip()
        if not text:
            self.fw_error.setText(
                translate("FirmwareDiagnosticsTab", "Choose the firmware file first (Browse…).")
            )
            self.fw_path.setFocus()
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self.fw_error.setText(
                translate(
                    "FirmwareDiagnosticsTab",
                    "{path} does not exist or is not a file: choose the firmware file again.",
                ).format(path=path)
            )
            self.fw_path.setFocus()
            return
        if path.stat().st_size == 0:
            self.fw_error.setText(
                translate(
                    "FirmwareDiagnosticsTab", "{name} is empty: that cannot be a firmware image."
                ).format(name=path.name)
            )
            return
        cert, sig = self.fw_cert.text().strip(), self.fw_sig.text().strip()
        if not cert and not sig:
            self._start_firmware_job(cp_id, path, None)
            return
        if not cert or not sig:
            self.fw_error.setText(
                translate(
                    "FirmwareDiagnosticsTab",
                    "Signed firmware needs both the signing certificate and the signature file.",
                )
            )
            (self.fw_sig if cert else self.fw_cert).setFocus()
            return
        self.checking = self._tasks.spawn(
            self._check_then_start(cp_id, path, Path(cert).expanduser(), Path(sig).expanduser())
        )
        self._render()

    async def _check_then_start(self, cp_id: str, image: Path, cert: Path, sig: Path) -> None:
        """Signed firmware: checked off the loop (a large image takes a second to hash), then sent, or the
        problem shown and nothing sent."""
        try:
            signed = await self.service.check_signed_firmware(image, cert, sig)
        except SignatureProblem as e:
            if self.cp_id == cp_id:
                self.fw_error.setText(
                    translate("FirmwareDiagnosticsTab", "Not sent: {reason}").format(reason=str(e))
                )
            return
        finally:
            self.checking = None
            self._render()
        self._start_firmware_job(cp_id, image, signed)

    def _start_firmware_job(self, cp_id: str, image: Path, signed: SignedFirmware | None) -> None:
        job = self.service.firmware_job(cp_id, image, self._job_changed, signed)
        self.firmware_jobs[cp_id] = job
        self._run(job)

    def _browse_into(self, edit: QLineEdit, title: str) -> None:
        dialog = QFileDialog(self, title)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(edit.setText)
        self._pick_dialog = dialog
        dialog.open()

    def choose_trusted_ca(self) -> None:
        dialog = QFileDialog(self, translate("FirmwareDiagnosticsTab", "Choose the CA certificate (PEM)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.trust_ca(Path(path)))
        self._pick_dialog = dialog
        dialog.open()

    def trust_ca(self, path: Path) -> None:
        try:
            ca = self.service.trust_firmware_ca(path)
        except (SignatureProblem, NotAllowed) as e:
            self.fw_error.setText(str(e))
            return
        self.fw_error.setText("")
        self._show_cas(
            translate("FirmwareDiagnosticsTab", "{subject} is trusted to sign firmware.").format(
                subject=ca.subject
            )
        )

    def _show_cas(self, prefix: str = "") -> None:
        cas = self.service.firmware_cas()
        names = "; ".join(ca.subject for ca in cas)
        text = (
            translate("FirmwareDiagnosticsTab", "CAs trusted to sign firmware: {names}").format(names=names)
            if cas
            else translate("FirmwareDiagnosticsTab", "No CA is trusted to sign firmware yet (Trust a CA…).")
        )
        self.fw_cas.setText(f"{prefix} {text}".strip())

    # --- diagnostics --------------------------------------------------------------------------------------

    def start_diagnostics(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return
        start = _aware(self.diag_from.dateTime()) if self.diag_from_on.isChecked() else None
        stop = _aware(self.diag_until.dateTime()) if self.diag_until_on.isChecked() else None
        if start is not None and stop is not None and start >= stop:
            self.diag_error.setText(
                translate(
                    "FirmwareDiagnosticsTab",
                    "“From” must be before “Until”: correct one of them or untick it.",
                )
            )
            return
        job = self.service.diagnostics_job(
            cp_id, start, stop, self._job_changed, self.diag_kind.currentData()
        )
        self.diagnostics_jobs[cp_id] = job
        self._run(job)

    def received_file(self) -> Path | None:
        job = self.diagnostics_jobs.get(self.cp_id or "")
        return job.file if job is not None and job.file is not None and job.file.exists() else None

    def open_diagnostics(self) -> None:
        path = self.received_file()
        if path is not None and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            if path.suffix:
                text = translate(
                    "FirmwareDiagnosticsTab",
                    "No application opens {suffix} files here; use Save as… (the file is {path}).",
                )
            else:
                text = translate(
                    "FirmwareDiagnosticsTab",
                    "No application opens this kind of file here; use Save as… (the file is {path}).",
                )
            self.diag_error.setText(text.format(suffix=path.suffix, path=path))

    def choose_save_path(self) -> None:
        path = self.received_file()
        if path is None:
            return
        dialog = QFileDialog(self, translate("FirmwareDiagnosticsTab", "Save the diagnostics file as"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(str(Path.home() / path.name))
        dialog.fileSelected.connect(lambda name: self.save_diagnostics_to(Path(name)))
        self._save_dialog = dialog
        dialog.open()

    def save_diagnostics_to(self, target: Path) -> bool:
        path = self.received_file()
        if path is None:
            return False
        try:
            shutil.copyfile(path, target)
        except OSError as e:
            self.diag_error.setText(
                translate(
                    "FirmwareDiagnosticsTab", "Could not save to {target}: {error}. Choose another place."
                ).format(target=target, error=e.strerror or e)
            )
            return False
        self.diag_error.setText("")
        self.diag_file.setText(
            translate("FirmwareDiagnosticsTab", "Received: {name} · saved a copy as {target}").format(
                name=path.name, target=target
            )
        )
        return True

    # --- jobs ---------------------------------------------------------------------------------------------

    def _run(self, job: TransferJob) -> None:
        self._tasks.spawn(job.run())
        self._render()

    @staticmethod
    def _cancel(jobs: dict[str, Any]) -> None:
        for job in jobs.values():
            if not job.finished:
                job.cancel()

    def _job_changed(self, job: TransferJob) -> None:
        if job.cp_id == self.cp_id:
            self._render()

    def _on_presence(self, event: Any) -> None:
        if getattr(event, "cp_id", None) == self.cp_id:
            self._render()

    def _on_boot(self, event: Any) -> None:
        job = self.firmware_jobs.get(event.cp_id)
        if job is not None and job.state == DONE and event.firmware_version:
            job.version_after = event.firmware_version
        if event.cp_id == self.cp_id:
            self._render()  # the heading shows the firmware version it reports

    def _running(self, jobs: dict[str, Any]) -> bool:
        job = jobs.get(self.cp_id or "")
        return job is not None and not job.finished

    def _render(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            self.heading.setText("")
            return
        online = self.central is not None and self.central.is_connected(cp_id)
        state = next((c for c in self.central.chargers() if c.cp_id == cp_id), None) if self.central else None
        firmware = state.boot.firmware_version if state is not None and state.boot else ""
        parts = [
            cp_id,
            translate("FirmwareDiagnosticsTab", "online")
            if online
            else translate("FirmwareDiagnosticsTab", "offline"),
        ]
        if firmware:
            parts.append(translate("FirmwareDiagnosticsTab", "firmware {firmware}").format(firmware=firmware))
        self.heading.setText(" · ".join(parts))
        fw_job = self.firmware_jobs.get(cp_id)
        self.fw_panel.show_job(fw_job)
        if fw_job is not None and fw_job.state == DONE and fw_job.version_after:
            self.fw_panel.result.setText(
                translate("FirmwareDiagnosticsTab", "{message}. It now reports firmware {version}.").format(
                    message=fw_job.message, version=fw_job.version_after
                )
            )
        diag_job = self.diagnostics_jobs.get(cp_id)
        self.diag_panel.show_job(diag_job)
        got = self.received_file()
        if got is not None:
            received = translate("FirmwareDiagnosticsTab", "Received: {name}").format(name=got.name)
            if not self.diag_file.text().startswith(received):
                self.diag_file.setText(
                    translate(
                        "FirmwareDiagnosticsTab", "Received: {name} ({size:,} bytes) in {folder}"
                    ).format(name=got.name, size=got.stat().st_size, folder=got.parent)
                )
        else:
            self.diag_file.setText("")
        self._update_buttons()
        settings = getattr(self.central, "settings", None)
        port = getattr(settings, "file_server_port", 0) or 0
        host = getattr(settings, "file_server_host", "") or ""
        running = [j for j in (fw_job, diag_job) if j is not None and not j.finished and j.url]
        where = (
            translate("FirmwareDiagnosticsTab", "Serving at {address} for this job.").format(
                address=running[0].url.split("/", 3)[2]
            )
            + " "
            if running
            else ""
        )
        self.server_note.setText(
            where
            + translate(
                "FirmwareDiagnosticsTab",
                "Files go over HTTP from this computer, only while a job runs: address {host}, port {port} "
                "(Settings → Central system). Received files are kept under the data folder's diagnostics/.",
            ).format(
                host=host or translate("FirmwareDiagnosticsTab", "the one the charger connected to"),
                port=str(port) if port else translate("FirmwareDiagnosticsTab", "any free one"),
            )
        )
        if not online and not (self._running(self.firmware_jobs) or self._running(self.diagnostics_jobs)):
            note = translate(
                "FirmwareDiagnosticsTab", "{cp_id} is offline: it must be connected to receive a request."
            ).format(cp_id=cp_id)
            if self.fw_panel.result.text() == "":
                self.fw_panel.result.setStyleSheet(f"color:{GREY};")
                self.fw_panel.result.setText(note)
            if self.diag_panel.result.text() == "":
                self.diag_panel.result.setStyleSheet(f"color:{GREY};")
                self.diag_panel.result.setText(note)

    def _firmware_path_changed(self, _text: str) -> None:
        self.fw_error.setText("")
        self._update_buttons()

    def _diagnostics_window_changed(self, _on: bool) -> None:
        self.diag_error.setText("")

    def _update_buttons(self) -> None:
        cp_id = self.cp_id
        online = cp_id is not None and self.central is not None and self.central.is_connected(cp_id)
        fw_busy, diag_busy = self._running(self.firmware_jobs), self._running(self.diagnostics_jobs)
        self.fw_start.setEnabled(online and not fw_busy and self.checking is None)
        self.fw_cancel.setVisible(fw_busy)
        self.fw_path.setEnabled(not fw_busy)
        self.fw_browse.setEnabled(not fw_busy)
        self.diag_start.setEnabled(online and not diag_busy)
        self.diag_cancel.setVisible(diag_busy)
        has_file = self.received_file() is not None
        self.diag_open.setVisible(has_file)
        self.diag_save.setVisible(has_file)

    def closeEvent(self, event: Any) -> None:
        for dialog in (self._save_dialog, self._pick_dialog):
            if dialog is not None:
                dialog.close()
        super().closeEvent(event)


def _aware(value: QDateTime) -> dt.datetime:
    return cast(dt.datetime, value.toPython()).astimezone(dt.UTC)
