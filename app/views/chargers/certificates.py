"""The Chargers page's "Certificates" tab (OCPP 1.6 Security Whitepaper Ed. 3, and OCPP 2.0.1 blocks A and M) and
the site-wide "what expires when" box of Settings → Central system.

The tab shows the charger's own certificate as last known (signed by the site's local CA, or by the site's own CA
through an exported request) and the CA certificates installed on it (GetInstalledCertificateIds, with subject and
expiry where we know the certificate); its buttons install the site's CA in one click, delete a CA certificate
(after a confirmation), renew the charger's certificate (ExtendedTriggerMessage SignChargePointCertificate; 2.0.1:
TriggerMessage SignChargingStationCertificate), export
the charger's request and send the certificate the site's own CA made. Everything goes through
:class:`~app.services.chargers.certificate_service.CertificatesService`; the record follows the central system's
``CertificateChanged`` through the bridge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import locale_format
from app.services.central.certificate_watch import RENEW_DAYS
from app.services.central.site_ca import SiteCaService
from app.services.chargers.certificate_service import (
    CertificatesService,
    ExpiryRow,
    InstalledCertificate,
)
from app.services.chargers.certificates import CENTRAL_ROOT, CertificateProblem
from app.services.chargers.operations import OPERATION_ERRORS
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.validation import WriteRefused
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets.style import ERROR, MUTED, OK, WARN
from app.views.widgets.text import plain_label

SOON = dt.timedelta(days=30)  # an expiry closer than this is shown as a warning
FAILURES: tuple[type[BaseException], ...] = (*OPERATION_ERRORS, CertificateProblem, WriteRefused, OSError)

INSTALLED_COLUMNS = (
    QT_TRANSLATE_NOOP("ChargerCertificatesTab", "Kind"),
    QT_TRANSLATE_NOOP("ChargerCertificatesTab", "Subject"),
    QT_TRANSLATE_NOOP("ChargerCertificatesTab", "Expires"),
    QT_TRANSLATE_NOOP("ChargerCertificatesTab", "Serial number"),
)
EXPIRY_COLUMNS = (
    QT_TRANSLATE_NOOP("CertificateExpiryBox", "Certificate"),
    QT_TRANSLATE_NOOP("CertificateExpiryBox", "Subject"),
    QT_TRANSLATE_NOOP("CertificateExpiryBox", "Expires"),
)
STATUS_TEXTS = {
    "requested": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The charger sent a certificate request."),
    "refused": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The charger's certificate request was refused."),
    "sent": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The signed certificate was sent to the charger."),
    "accepted": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The charger accepted its new certificate."),
    "rejected": QT_TRANSLATE_NOOP(
        "ChargerCertificatesTab",
        "The charger rejected the signed certificate. A charger takes a certificate only from a CA it trusts: "
        "install the site's CA (below), then renew.",
    ),
    "failed": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The certificate could not be delivered."),
    "renewal_asked": QT_TRANSLATE_NOOP(
        "ChargerCertificatesTab", "Renewal asked: waiting for the charger's request."
    ),
    "renewal_refused": QT_TRANSLATE_NOOP(
        "ChargerCertificatesTab", "The charger refused to renew its certificate."
    ),
    "ca_installed": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The site's CA was installed."),
    "ca_refused": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The charger refused the site's CA."),
    "ca_deleted": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "A CA certificate was deleted."),
    "ca_not_deleted": QT_TRANSLATE_NOOP(
        "ChargerCertificatesTab", "The charger did not delete the CA certificate."
    ),
    "request_exported": QT_TRANSLATE_NOOP("ChargerCertificatesTab", "The charger's request was exported."),
    "renewal_failed": QT_TRANSLATE_NOOP(
        "ChargerCertificatesTab",
        "The automatic renewal could not reach the charger; it is asked again tomorrow.",
    ),
}


def _day(when: dt.datetime | None) -> str:
    return locale_format.date(when.date(), "%Y-%m-%d") if when is not None else "—"


def _colour(when: dt.datetime | None) -> str:
    if when is None:
        return MUTED
    left = when - dt.datetime.now(dt.UTC)
    return ERROR if left <= dt.timedelta(0) else WARN if left <= SOON else OK


class ChargerCertificatesTab(QWidget):
    """Tab of the Chargers page: ``set_charger(cp_id)`` shows that charger's certificates."""

    title = "Certificates"

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.chargers, self.bridge, self.central = service, bridge, central
        self.service: CertificatesService = service.certificates
        self.cp_id: str | None = None
        self.installed: list[InstalledCertificate] = []
        self._tasks = TaskSet(report_to_loop)
        self._dialog: QFileDialog | None = None
        self.confirm: QMessageBox | None = None

        outer = QVBoxLayout(self)
        self.empty = QLabel(
            translate("ChargerCertificatesTab", "Select a charger on the left to see its certificates.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color:{MUTED};")
        outer.addWidget(self.empty, 1)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)

        own = QGroupBox(translate("ChargerCertificatesTab", "The charger's certificate"))
        ol = QVBoxLayout(own)
        self.own = plain_label()
        self.own.setWordWrap(True)
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ol.addWidget(self.own)
        self.step = plain_label()  # where the latest request stands (the charger's text is quoted: plain)
        self.step.setWordWrap(True)
        ol.addWidget(self.step)
        self.automatic = plain_label()  # with the site's CA here: the renewal is automatic
        self.automatic.setWordWrap(True)
        self.automatic.setStyleSheet(f"color:{MUTED};")
        ol.addWidget(self.automatic)
        row = QHBoxLayout()
        self.renew_button = QPushButton(
            translate("ChargerCertificatesTab", "Renew the charger's certificate")
        )
        self.renew_button.setToolTip(
            translate(
                "ChargerCertificatesTab",
                "Send ExtendedTriggerMessage SignChargePointCertificate (OCPP 2.0.1: TriggerMessage "
                "SignChargingStationCertificate): the charger makes a new key pair and sends its request; the "
                "site's local CA signs it (or export it for your own CA)",
            )
        )
        self.renew_button.clicked.connect(self.renew)
        self.export_button = QPushButton(translate("ChargerCertificatesTab", "Export the request…"))
        self.export_button.setToolTip(
            translate(
                "ChargerCertificatesTab", "Save the charger's certificate request (PEM) for your own CA"
            )
        )
        self.export_button.clicked.connect(self.choose_export_path)
        self.import_button = QPushButton(translate("ChargerCertificatesTab", "Send the signed certificate…"))
        self.import_button.setToolTip(
            translate(
                "ChargerCertificatesTab",
                "Choose the certificate your CA made for the request (PEM, with its CA chain) and send it with "
                "CertificateSigned",
            )
        )
        self.import_button.clicked.connect(self.choose_signed_file)
        for b in (self.renew_button, self.export_button, self.import_button):
            row.addWidget(b)
        row.addStretch(1)
        ol.addLayout(row)
        lay.addWidget(own)

        cas = QGroupBox(translate("ChargerCertificatesTab", "CA certificates on the charger"))
        cl = QVBoxLayout(cas)
        self.table = QTableWidget(0, len(INSTALLED_COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("ChargerCertificatesTab", c) for c in INSTALLED_COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        cl.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.read_button = QPushButton(translate("ChargerCertificatesTab", "Read from the charger"))
        self.read_button.setToolTip(
            translate(
                "ChargerCertificatesTab", "Send GetInstalledCertificateIds for both kinds of CA certificate"
            )
        )
        self.read_button.clicked.connect(self.read_installed)
        self.install_button = QPushButton(translate("ChargerCertificatesTab", "Install the site's CA"))
        self.install_button.setToolTip(
            translate(
                "ChargerCertificatesTab",
                "Send InstallCertificate: the site's CA becomes the charger's CentralSystemRootCertificate "
                "(OCPP 2.0.1: CSMSRootCertificate), so it trusts certificates the site signs",
            )
        )
        self.install_button.clicked.connect(self.install_site_ca)
        self.delete_button = QPushButton(translate("ChargerCertificatesTab", "Delete…"))
        self.delete_button.setToolTip(
            translate("ChargerCertificatesTab", "Send DeleteCertificate for the selected CA certificate")
        )
        self.delete_button.clicked.connect(self.ask_delete)
        for b in (self.read_button, self.install_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        cl.addLayout(row)
        lay.addWidget(cas, 1)
        self.result = plain_label()  # what the last action gave (the charger's answer, or why it failed)
        self.result.setWordWrap(True)
        lay.addWidget(self.result)

        if bridge is not None:
            signal = getattr(bridge, "certificate_changed", None)
            if signal is not None:
                signal.connect(self._on_changed)
            for name in ("connected", "disconnected"):
                presence = getattr(bridge, name, None)
                if presence is not None:
                    presence.connect(self._on_presence)
        self.set_charger(None)

    # --- the page's contract ----------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        self.cp_id = cp_id
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        self.installed = []
        self._fill_table()
        self._say("")
        self.reload()
        if cp_id is not None and self._online():
            self.read_installed()

    def reload(self) -> None:
        """The charger's record as stored (its certificate, the latest step)."""
        if self.cp_id is None:
            return
        state = self.service.state(self.cp_id)
        if state.subject:
            self.own.setText(
                translate("ChargerCertificatesTab", "{subject} — serial {serial}, expires {day}").format(
                    subject=state.subject, serial=state.serial, day=_day(state.not_after)
                )
            )
            self.own.setStyleSheet(f"color:{_colour(state.not_after)};")
        else:
            self.own.setText(
                translate("ChargerCertificatesTab", "No certificate signed or sent from here yet.")
            )
            self.own.setStyleSheet(f"color:{MUTED};")
        text = STATUS_TEXTS.get(state.status)
        step = translate("ChargerCertificatesTab", text) if text else ""
        if state.status in (
            "refused",
            "rejected",
            "failed",
            "ca_refused",
            "ca_not_deleted",
            "renewal_refused",
            "renewal_failed",
        ):
            step = f"{step} {state.detail}".strip()
        if state.request_waiting and not state.site_signs:
            step = (
                f"{step} "
                + translate(
                    "ChargerCertificatesTab",
                    "This site signs with its own CA: export the request, then send the certificate your CA made.",
                )
            ).strip()
        self.step.setText(step)
        self.automatic.setText(
            translate(
                "ChargerCertificatesTab",
                "Renewed automatically {days} days before it expires (the central system asks the charger once a "
                "day until it has a new certificate).",
            ).format(days=RENEW_DAYS)
            if state.site_signs and state.subject
            else ""
        )
        self.export_button.setEnabled(state.request_waiting)
        self.import_button.setEnabled(state.request_waiting and self._online())
        self._update_buttons()

    # --- reading ------------------------------------------------------------------------------------------

    def _online(self) -> bool:
        central = self.central
        return bool(self.cp_id and central is not None and central.is_connected(self.cp_id))

    def read_installed(self) -> None:
        if self.cp_id is not None:
            self._tasks.spawn(self._read(self.cp_id), name="certificates-read")

    async def _read(self, cp_id: str) -> None:
        try:
            found = await self.service.installed(cp_id)
        except FAILURES as e:
            if cp_id == self.cp_id:
                self._fail(e)
            return
        if cp_id == self.cp_id:
            self.installed = found
            self._fill_table()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.installed))
        for r, cert in enumerate(self.installed):
            kind = (
                translate("ChargerCertificatesTab", "Central system root")
                if cert.type == CENTRAL_ROOT
                else translate("ChargerCertificatesTab", "Manufacturer root")
            )
            subject = cert.subject or translate("ChargerCertificatesTab", "(not installed from here)")
            if cert.site_ca:
                subject = translate("ChargerCertificatesTab", "{subject} (the site's CA)").format(
                    subject=subject
                )
            expires = QTableWidgetItem(_day(cert.not_after))
            expires.setForeground(QBrush(QColor(_colour(cert.not_after))))
            for c, item in enumerate(
                (
                    QTableWidgetItem(kind),
                    QTableWidgetItem(subject),
                    expires,
                    QTableWidgetItem(cert.hash.get("serialNumber", "")),
                )
            ):
                item.setToolTip(
                    translate(
                        "ChargerCertificatesTab", "issuer name hash {name}\nissuer key hash {key}"
                    ).format(name=cert.hash.get("issuerNameHash", ""), key=cert.hash.get("issuerKeyHash", ""))
                )
                self.table.setItem(r, c, item)
        self._update_buttons()

    def _version(self) -> str:
        server = getattr(self.central, "server", None)
        cp = server.get(self.cp_id) if server is not None and self.cp_id else None
        return str(getattr(cp, "version", "") or "")

    def _update_buttons(self) -> None:
        online = self._online()
        for b in (self.read_button, self.install_button, self.renew_button):
            b.setEnabled(online)
        self.delete_button.setEnabled(online and self._selected() is not None)

    def _selected(self) -> InstalledCertificate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.installed[rows[0].row()] if rows and rows[0].row() < len(self.installed) else None

    # --- actions ------------------------------------------------------------------------------------------

    def install_site_ca(self) -> None:
        if self.cp_id is not None:
            self._run(self.service.install_site_ca(self.cp_id), "InstallCertificate", read_after=True)

    def renew(self) -> None:
        if self.cp_id is not None:
            action = "TriggerMessage" if self._version() == "2.0.1" else "ExtendedTriggerMessage"
            self._run(self.service.renew(self.cp_id), action)

    def ask_delete(self) -> None:
        cert = self._selected()
        if cert is None or self.cp_id is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("ChargerCertificatesTab", "Delete a CA certificate"),
            translate(
                "ChargerCertificatesTab",
                "Delete {subject} from {cp_id}? The charger no longer trusts what this CA signed.",
            ).format(subject=cert.subject or cert.hash.get("serialNumber", ""), cp_id=self.cp_id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        cp_id = self.cp_id
        box.finished.connect(lambda result: self._confirmed(result, cp_id, cert))
        self.confirm = box
        box.open()

    def _confirmed(self, result: int, cp_id: str, cert: InstalledCertificate) -> None:
        self.confirm = None
        if result == QMessageBox.StandardButton.Yes and cp_id == self.cp_id:
            self._run(self.service.delete(cp_id, cert), "DeleteCertificate", read_after=True)

    def choose_export_path(self) -> None:
        if self.cp_id is None:
            return
        dialog = QFileDialog(self, translate("ChargerCertificatesTab", "Export the charger's request"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(f"{self.cp_id}.csr.pem")
        dialog.fileSelected.connect(self.export_request)
        self._dialog = dialog
        dialog.open()

    def export_request(self, path: str) -> None:
        if self.cp_id is None:
            return
        try:
            self.service.export_request(self.cp_id, Path(path))
        except FAILURES as e:
            self._fail(e)
            return
        self._say(translate("ChargerCertificatesTab", "Request saved to {path}.").format(path=path), OK)
        self.reload()

    def choose_signed_file(self) -> None:
        dialog = QFileDialog(self, translate("ChargerCertificatesTab", "The certificate your CA made"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters(
            [
                translate("ChargerCertificatesTab", "Certificates (*.pem *.crt *.cer)"),
                translate("ChargerCertificatesTab", "All files (*)"),
            ]
        )
        dialog.fileSelected.connect(self.send_signed)
        self._dialog = dialog
        dialog.open()

    def send_signed(self, path: str) -> None:
        if self.cp_id is not None:
            self._run(self.service.send_signed(self.cp_id, Path(path)), "CertificateSigned")

    def _run(self, coro: Any, action: str, *, read_after: bool = False) -> None:
        cp_id = self.cp_id

        async def go() -> None:
            try:
                status = await coro
            except FAILURES as e:
                if cp_id == self.cp_id:
                    self._fail(e)
                return
            if cp_id != self.cp_id:
                return
            good = status == "Accepted"
            self._say(
                translate("ChargerCertificatesTab", "{action}: the charger answered {status}.").format(
                    action=action, status=status
                ),
                OK if good else ERROR,
            )
            self.reload()
            if read_after:
                await self._read(cp_id or "")

        self._say(translate("ChargerCertificatesTab", "{action} sent…").format(action=action), MUTED)
        self._tasks.spawn(go(), name=f"certificates-{action}")

    def _fail(self, e: BaseException) -> None:
        self._say(str(e) or type(e).__name__, ERROR)

    def _say(self, text: str, colour: str = MUTED) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(f"color:{colour};")

    # --- live ---------------------------------------------------------------------------------------------

    def _on_changed(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self.reload()

    def _on_presence(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self.reload()
            if self._online():  # connected: what it has installed now
                self.read_installed()

    def changing_buttons(self) -> list[QWidget]:
        """What a role that may not operate chargers cannot use."""
        return [
            self.renew_button,
            self.export_button,
            self.import_button,
            self.install_button,
            self.delete_button,
        ]


class CertificateExpiryBox(QGroupBox):
    """Settings → Central system: the site's certificates and when each expires (the LAN certificate, the local
    CA, every charger's certificate as last known), soonest first."""

    def __init__(
        self,
        service: CertificatesService,
        site_ca: SiteCaService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("CertificateExpiryBox", "Certificates: what expires when"), parent)
        self.service, self.site_ca = service, site_ca
        self._tasks = TaskSet(report_to_loop)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, len(EXPIRY_COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("CertificateExpiryBox", c) for c in EXPIRY_COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        lay.addWidget(self.table)
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color:{MUTED};")
        lay.addWidget(self.note)
        self.automatic = plain_label()
        self.automatic.setWordWrap(True)
        self.automatic.setStyleSheet(f"color:{MUTED};")
        lay.addWidget(self.automatic)
        refresh = QPushButton(translate("CertificateExpiryBox", "Refresh"))
        refresh.clicked.connect(self.reload)
        self.create_ca_button = QPushButton(translate("CertificateExpiryBox", "Create the site's CA"))
        self.create_ca_button.setObjectName("CreateSiteCaButton")
        self.create_ca_button.setToolTip(
            translate(
                "CertificateExpiryBox",
                "Make the site's local CA on this computer, as \u201cchargedesk certs ca\u201d does: it signs the "
                "chargers' certificates and is installed on them from their Certificates tab",
            )
        )
        self.create_ca_button.clicked.connect(self.create_ca)
        self.create_ca_button.setVisible(site_ca is not None)
        row = QHBoxLayout()
        row.addWidget(refresh)
        row.addWidget(self.create_ca_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.ca_note = plain_label()  # why the site's CA cannot be made here (it exists, or not the host)
        self.ca_note.setWordWrap(True)
        self.ca_note.setStyleSheet(f"color:{MUTED};")
        lay.addWidget(self.ca_note)
        self.ca_result = plain_label()  # what creating the CA gave, or why it was refused
        self.ca_result.setWordWrap(True)
        lay.addWidget(self.ca_result)
        self.rows: list[ExpiryRow] = []

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        try:
            self.rows = self.service.expiry_overview()
        except WriteRefused as e:
            self.note.setText(str(e))
            return
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            if row.kind == "lan":
                what = translate("CertificateExpiryBox", "LAN certificate {path}").format(path=row.name)
            elif row.kind == "ca":
                what = translate("CertificateExpiryBox", "The site's CA")
            else:
                what = translate("CertificateExpiryBox", "Charger {cp_id}").format(cp_id=row.name)
            expires = QTableWidgetItem(_day(row.not_after) if not row.problem else row.problem)
            expires.setForeground(QBrush(QColor(_colour(row.not_after) if not row.problem else ERROR)))
            for c, item in enumerate((QTableWidgetItem(what), QTableWidgetItem(row.subject), expires)):
                self.table.setItem(r, c, item)
        self.note.setText(
            ""
            if self.rows
            else translate(
                "CertificateExpiryBox",
                "No certificate known yet: the central system publishes its own when it starts, a charger's once "
                "it is signed here.",
            )
        )
        signs = bool(self.service.site().get("signs"))
        self.automatic.setText(
            translate(
                "CertificateExpiryBox",
                "The chargers' certificates are renewed automatically {days} days before they expire: the central "
                "system signs them with the site's CA (a charger that does not answer is asked again every day).",
            ).format(days=RENEW_DAYS)
            if signs
            else translate(
                "CertificateExpiryBox",
                "Without the site's CA on the central system's computer the chargers' certificates are not renewed "
                "automatically: create it here, or renew each from its Certificates tab with your own CA.",
            )
        )
        if self.site_ca is not None:
            why = self.site_ca.refusal()  # the role is the permission gate's (Settings: MANAGE_SETTINGS)
            self.create_ca_button.setEnabled(why is None)
            self.ca_note.setText(why or "")

    def create_ca(self) -> None:
        if self.site_ca is not None:
            self.create_ca_button.setEnabled(False)
            self._tasks.spawn(self._create_ca(self.site_ca), name="site-ca-create")

    async def _create_ca(self, site_ca: SiteCaService) -> None:
        try:
            made = await site_ca.create()
        except (CertificateProblem, WriteRefused, OSError) as e:
            self.ca_result.setText(str(e))
            self.ca_result.setStyleSheet(f"color:{ERROR};")
        else:
            self.ca_result.setText(
                translate(
                    "CertificateExpiryBox",
                    "The site's CA was created: {subject}, valid until {day} ({path}; keep its key private). "
                    "Install it on each charger from its Certificates tab.",
                ).format(subject=made.subject, day=_day(made.not_after), path=made.cert)
            )
            self.ca_result.setStyleSheet(f"color:{OK};")
        self.reload()
