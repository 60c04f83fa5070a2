"""Alarms: what the central system raised (active first, then the recent ones), acknowledged by an operator; each
site's rules and the e-mail relay (issue #15).

The list is filtered by site and state; *Acknowledge* takes the selected alarms, *Acknowledge all* every
unacknowledged one shown, in the operator's name (audited; a viewer's buttons are off and the service refuses
anyway). The rules editor shows the site's rule of every kind (a default until saved): enabled, threshold(s),
severity, e-mail. The e-mail box holds the SMTP relay on the LAN, the site's recipients and *Send test e-mail*; the
last e-mail's outcome is shown under it.

Live: every :class:`AlarmChanged` of the central system (the host's over the site bus in an attached console)
reloads the list when shown and goes to :class:`AlarmNotifier` — the tray icon's count and a desktop notification
(``QSystemTrayIcon.showMessage``) for a new alarm, or a notice in the window where there is no system tray — and
to the status bar's :class:`AlarmBell`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QSystemTrayIcon,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.alarms import rules as R
from app.services.alarms.mail import SmtpSettings
from app.services.alarms.service import ACTIVE, ALL, UNACKNOWLEDGED, AlarmRow, AlarmsService, MailFailed
from app.services.i18n import translate
from app.services.revisions import EditConflict
from app.services.roles import Permission
from app.services.validation import FormError, WriteRefused
from app.views.shell.language import CHOICES
from app.views.widgets.style import (
    BELL,
    BELL_OUTLINE,
    ERROR,
    FAILED,
    MUTED,
    NOTICE_BG,
    NOTICE_BORDER,
    OK,
    WARN,
    text_css,
)

SEVERITY_COLOURS = {"info": MUTED, "warning": WARN, "critical": FAILED}


class AlarmsPage(QWidget):
    """See the module."""

    count_changed = Signal(int)  # unacknowledged alarms

    def __init__(self, service: AlarmsService, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlarmsPage")
        self.title = translate("AlarmsPage", "Alarms")
        self.service = service
        self.rows: list[AlarmRow] = []
        self._site_ids: list[int] = []
        self._mail_loaded: Any = None

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("AlarmsPage", "Site:")))
        self.site_filter = QComboBox()
        self.site_filter.setObjectName("AlarmSiteFilter")
        top.addWidget(self.site_filter)
        top.addWidget(QLabel(translate("AlarmsPage", "Show:")))
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("AlarmStateFilter")
        for state, label in (
            (ACTIVE, translate("AlarmsPage", "Active")),
            (UNACKNOWLEDGED, translate("AlarmsPage", "Not acknowledged")),
            (ALL, translate("AlarmsPage", "Active and recent")),
        ):
            self.state_filter.addItem(label, state)
        self.state_filter.setCurrentIndex(2)
        top.addWidget(self.state_filter)
        top.addStretch(1)
        self.ack_button = QPushButton(translate("AlarmsPage", "Acknowledge"))
        self.ack_button.setObjectName("AcknowledgeAlarm")
        self.ack_all_button = QPushButton(translate("AlarmsPage", "Acknowledge all"))
        self.ack_all_button.setObjectName("AcknowledgeAllAlarms")
        top.addWidget(self.ack_button)
        top.addWidget(self.ack_all_button)

        self.table = QTableWidget(0, 8)
        self.table.setObjectName("AlarmsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AlarmsPage", "Raised"),
                translate("AlarmsPage", "Site"),
                translate("AlarmsPage", "Charge point"),
                translate("AlarmsPage", "Alarm"),
                translate("AlarmsPage", "Severity"),
                translate("AlarmsPage", "Seen"),
                translate("AlarmsPage", "State"),
                translate("AlarmsPage", "Acknowledged"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel("")
        self.message.setObjectName("AlarmsMessage")
        self.message.setWordWrap(True)

        listing = QWidget()
        lv = QVBoxLayout(listing)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.message)

        self.rules = RulesEditor(service)
        self.mail = MailBox(service)
        below = QWidget()
        bl = QHBoxLayout(below)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.rules, 3)
        bl.addWidget(self.mail, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(listing)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.addWidget(split)

        self.site_filter.currentIndexChanged.connect(self._site_chosen)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload_list())
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.ack_all_button.clicked.connect(self.acknowledge_all)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if bridge is not None and hasattr(bridge, "alarm_changed"):
            bridge.alarm_changed.connect(self._alarm_changed)
        self._selection_changed()

    # --- reading -----------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Sites, the list, the chosen site's rules and the e-mail relay, as stored."""
        chosen = self.site_filter.currentData()
        sites = self.service.sites()
        self._site_ids = [i for i, _ in sites]
        self.site_filter.blockSignals(True)
        self.site_filter.clear()
        self.site_filter.addItem(translate("AlarmsPage", "All sites"), None)
        for site_id, name in sites:
            self.site_filter.addItem(name, site_id)
        index = self.site_filter.findData(chosen)
        self.site_filter.setCurrentIndex(max(index, 0))
        self.site_filter.blockSignals(False)
        self.reload_list()
        self._load_site_forms()

    def reload_list(self) -> None:
        self.rows = self.service.alarms(
            site_id=self.site_filter.currentData(), state=self.state_filter.currentData()
        )
        self.table.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            state = (
                translate("AlarmsPage", "active")
                if r.active
                else translate("AlarmsPage", "cleared {time}").format(
                    time=f"{r.cleared_at.astimezone():%Y-%m-%d %H:%M}" if r.cleared_at else ""
                )
            )
            ack = (
                translate("AlarmsPage", "{time} by {operator}").format(
                    time=f"{r.acknowledged_at.astimezone():%Y-%m-%d %H:%M}", operator=r.acknowledged_by
                )
                if r.acknowledged_at
                else ""
            )
            seen = translate("AlarmsPage", "×{count} since {time}").format(
                count=r.count, time=f"{r.raised_at.astimezone():%H:%M}"
            )
            cells = [
                f"{r.raised_at.astimezone():%Y-%m-%d %H:%M}",
                r.site_name,
                r.cp_id,
                r.text,
                translate("AlarmRules", R.SEVERITY_LABELS.get(r.severity, r.severity)),
                seen if r.count > 1 else "",
                state,
                ack,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setForeground(QColor(SEVERITY_COLOURS.get(r.severity, MUTED)))
                if r.active and r.acknowledged_at is None:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(n, c, item)
        self._selection_changed()
        self.count_changed.emit(self.service.unacknowledged())

    def _site_chosen(self, _index: int) -> None:
        self.reload_list()
        self._load_site_forms()

    def _load_site_forms(self) -> None:
        site = self.site_filter.currentData()
        if site is None and self._site_ids:
            site = self._site_ids[0]
        self.rules.load(site)
        self.mail.load(site)

    def _alarm_changed(self, _event: Any) -> None:
        if self.isVisible():
            self.reload_list()
        else:
            self.count_changed.emit(self.service.unacknowledged())

    # --- acknowledging -----------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.ack_button.setProperty("wanted", bool(selected))
        self.ack_button.setEnabled(bool(selected) and self.service.store.can(Permission.ACKNOWLEDGE_ALARMS))
        self.ack_all_button.setEnabled(
            any(r.acknowledged_at is None for r in self.rows)
            and self.service.store.can(Permission.ACKNOWLEDGE_ALARMS)
        )

    def _selected(self) -> list[AlarmRow]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [
            self.rows[r] for r in sorted(rows) if r < len(self.rows) and self.rows[r].acknowledged_at is None
        ]

    def acknowledge_selected(self) -> None:
        self._acknowledge([r.id for r in self._selected()])

    def acknowledge_all(self) -> None:
        self._acknowledge([r.id for r in self.rows if r.acknowledged_at is None])

    def _acknowledge(self, ids: list[int]) -> None:
        if not ids:
            return
        try:
            n = self.service.acknowledge(ids)
        except WriteRefused as e:
            self._say(str(e), FAILED)
            return
        self._say(translate("AlarmsPage", "%n alarm(s) acknowledged.", None, n), OK)
        self.reload_list()

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_css(colour))


class RulesEditor(QGroupBox):
    """A site's rule of every kind; *Save rules* stores them (a manager's)."""

    def __init__(self, service: AlarmsService, parent: QWidget | None = None) -> None:
        super().__init__(translate("AlarmRules", "Rules"), parent)
        self.setObjectName("AlarmRulesEditor")
        self.service = service
        self.site_id: int | None = None
        self.loaded: dict[str, R.RuleSpec] = {}
        self.grid = QTableWidget(len(R.KINDS), 6)
        self.grid.setObjectName("AlarmRulesGrid")
        self.grid.setHorizontalHeaderLabels(
            [
                translate("AlarmRules", "Alarm"),
                translate("AlarmRules", "On"),
                translate("AlarmRules", "Threshold"),
                translate("AlarmRules", "Within (minutes)"),
                translate("AlarmRules", "Severity"),
                translate("AlarmRules", "E-mail"),
            ]
        )
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.enabled: dict[str, QCheckBox] = {}
        self.threshold: dict[str, QDoubleSpinBox] = {}
        self.within: dict[str, QSpinBox] = {}
        self.severity: dict[str, QComboBox] = {}
        self.email: dict[str, QCheckBox] = {}
        for row, kind in enumerate(R.KINDS):
            self.grid.setItem(row, 0, QTableWidgetItem(translate("AlarmRules", R.KIND_LABELS[kind])))
            self.enabled[kind] = QCheckBox()
            self.grid.setCellWidget(row, 1, self.enabled[kind])
            if kind in R.THRESHOLD_UNITS:
                spin = QDoubleSpinBox()
                spin.setRange(0.0, 100_000.0)
                spin.setDecimals(0 if kind != R.SESSION else 1)
                spin.setSuffix(" " + translate("AlarmRules", R.THRESHOLD_UNITS[kind]))
                self.threshold[kind] = spin
                self.grid.setCellWidget(row, 2, spin)
            if kind == R.REFUSED:
                self.within[kind] = QSpinBox()
                self.within[kind].setRange(0, 100_000)
                self.grid.setCellWidget(row, 3, self.within[kind])
            combo = QComboBox()
            for severity in R.SEVERITIES:
                combo.addItem(translate("AlarmRules", R.SEVERITY_LABELS[severity]), severity)
            self.severity[kind] = combo
            self.grid.setCellWidget(row, 4, combo)
            self.email[kind] = QCheckBox()
            self.grid.setCellWidget(row, 5, self.email[kind])
        self.save_button = QPushButton(translate("AlarmRules", "Save rules"))
        self.save_button.setObjectName("SaveAlarmRules")
        self.message = QLabel("")
        self.message.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.grid)
        row_lay = QHBoxLayout()
        row_lay.addWidget(self.message, 1)
        row_lay.addWidget(self.save_button)
        lay.addLayout(row_lay)
        self.save_button.clicked.connect(self.save)

    def load(self, site_id: int | None) -> None:
        self.site_id = site_id
        self.setEnabled(site_id is not None)
        if site_id is None:
            return
        rules = self.service.rules(site_id)
        self.loaded = {r.kind: r for r in rules}
        for r in rules:
            self.enabled[r.kind].setChecked(r.enabled)
            if r.kind in self.threshold:
                self.threshold[r.kind].setValue(r.threshold or 0.0)
            if r.kind in self.within:
                self.within[r.kind].setValue(int(r.window_min or 0))
            self.severity[r.kind].setCurrentIndex(max(self.severity[r.kind].findData(r.severity), 0))
            self.email[r.kind].setChecked(r.email)
        self.message.setText("")

    def form(self) -> list[R.RuleSpec]:
        return [
            R.RuleSpec(
                kind,
                self.enabled[kind].isChecked(),
                self.threshold[kind].value() if kind in self.threshold else None,
                float(self.within[kind].value()) if kind in self.within else None,
                str(self.severity[kind].currentData()),
                self.email[kind].isChecked(),
                self.loaded[kind].revision if kind in self.loaded else 0,
            )
            for kind in R.KINDS
        ]

    def save(self) -> None:
        if self.site_id is None:
            return
        try:
            rules = self.service.save_rules(self.site_id, self.form())
        except FormError as e:
            self._say(
                "\n".join(
                    f"{translate('AlarmRules', R.KIND_LABELS.get(k, k))}: {m}" for k, m in e.problems.items()
                ),
                ERROR,
            )
            return
        except EditConflict:
            self._say(
                translate(
                    "AlarmRules", "Another operator saved these rules meanwhile: they were loaded again."
                ),
                FAILED,
            )
            self.load(self.site_id)
            return
        except WriteRefused as e:
            self._say(str(e), FAILED)
            return
        self.loaded = {r.kind: r for r in rules}
        self._say(translate("AlarmRules", "Rules saved."), OK)

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_css(colour))


class _Hop(QObject):
    """A result from the store's pool to the GUI thread (a queued signal)."""

    done = Signal(object)


class MailBox(QGroupBox):
    """The SMTP relay, the site's recipients, *Send test e-mail* and the last e-mail's outcome."""

    def __init__(self, service: AlarmsService, parent: QWidget | None = None) -> None:
        super().__init__(translate("AlarmMail", "E-mail"), parent)
        self.setObjectName("AlarmMailBox")
        self.service = service
        self.site_id: int | None = None
        self.loaded: Any = None
        self.host = QLineEdit()
        self.host.setPlaceholderText(translate("AlarmMail", "relay on the LAN, e.g. mail.example.lan"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        self.security.addItem(translate("AlarmMail", "STARTTLS"), "starttls")
        self.security.addItem(translate("AlarmMail", "None"), "none")
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit()
        self.mail_language = QComboBox()
        self.mail_language.setObjectName("AlarmMailLanguage")
        for code, name in CHOICES:
            if (
                code
            ):  # the recipients' language: no "system" here (the sender may be serve on another machine)
                self.mail_language.addItem(name, code)
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(translate("AlarmMail", "one address a line"))
        self.recipients.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(translate("AlarmMail", "SMTP host:"), self.host)
        form.addRow(translate("AlarmMail", "Port:"), self.port)
        form.addRow(translate("AlarmMail", "Security:"), self.security)
        form.addRow(translate("AlarmMail", "User:"), self.username)
        form.addRow(translate("AlarmMail", "Password:"), self.password)
        form.addRow(translate("AlarmMail", "Sender:"), self.sender_edit)
        form.addRow(translate("AlarmMail", "E-mail language:"), self.mail_language)
        self.recipients_label = QLabel(translate("AlarmMail", "Recipients:"))
        form.addRow(self.recipients_label, self.recipients)
        self.save_button = QPushButton(translate("AlarmMail", "Save e-mail"))
        self.save_button.setObjectName("SaveAlarmMail")
        self.test_button = QPushButton(translate("AlarmMail", "Send test e-mail"))
        self.test_button.setObjectName("TestAlarmMail")
        self.message = QLabel("")
        self.message.setObjectName("AlarmMailMessage")
        self.message.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addWidget(self.status)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.send_test)
        self._hop = _Hop(self)  # the test e-mail's outcome, from the store's pool to this thread
        self._hop.done.connect(self._test_done)

    def load(self, site_id: int | None) -> None:
        self.site_id = site_id
        setup = self.service.mail_setup()
        self.loaded = setup
        s = setup.smtp
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.security.setCurrentIndex(max(self.security.findData(s.security), 0))
        self.username.setText(s.username)
        self.password.clear()
        self.password.setPlaceholderText(
            translate("AlarmMail", "stored on this computer") if setup.has_password else ""
        )
        self.sender_edit.setText(s.sender)
        self.mail_language.setCurrentIndex(max(self.mail_language.findData(s.language), 0))
        self.recipients.setPlainText(
            "\n".join(setup.recipients.get(site_id, [])) if site_id is not None else ""
        )
        self.recipients.setEnabled(site_id is not None)
        if setup.status:
            ok = bool(setup.status.get("ok"))
            text = (
                translate("AlarmMail", "Last e-mail sent {time}: {detail}")
                if ok
                else translate("AlarmMail", "Last e-mail FAILED {time}: {detail}")
            ).format(time=setup.status.get("at", ""), detail=setup.status.get("detail", ""))
            self.status.setText(text)
            self.status.setStyleSheet(text_css(OK if ok else FAILED))
        else:
            self.status.setText("")

    def smtp_form(self) -> SmtpSettings:
        return SmtpSettings(
            self.host.text().strip(),
            self.port.value(),
            str(self.security.currentData()),
            self.username.text().strip(),
            self.sender_edit.text().strip(),
            str(self.mail_language.currentData()),
        )

    def save(self) -> bool:
        if self.loaded is None:
            return False
        recipients = dict(self.loaded.recipients)
        if self.site_id is not None:
            recipients[self.site_id] = [
                a.strip() for a in self.recipients.toPlainText().replace(",", "\n").splitlines() if a.strip()
            ]
        password = self.password.text() or None
        try:
            self.loaded = self.service.save_mail(self.loaded, self.smtp_form(), recipients, password)
        except FormError as e:
            self._say("\n".join(e.problems.values()), ERROR)
            return False
        except (EditConflict, WriteRefused) as e:
            self._say(str(e), FAILED)
            return False
        self._say(translate("AlarmMail", "E-mail settings saved."), OK)
        self.password.clear()
        return True

    def send_test(self) -> None:
        if self.site_id is None or not self.save():
            return
        self._say(translate("AlarmMail", "Sending…"), MUTED)
        site = self.site_id
        future = self.service.store.submit(lambda: self.service.send_test(site))
        future.add_done_callback(self._hop.done.emit)

    def _test_done(self, future: Any) -> None:
        try:
            self._say(future.result(), OK)
        except MailFailed as e:
            self._say(str(e), FAILED)

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(text_css(colour))


# --- the bell, the tray and the notice --------------------------------------------------------------------------


def bell_icon(count: int, size: int = 32) -> QIcon:
    """A bell with the count in a red badge (no badge at 0)."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(BELL))
    p.setPen(QColor(BELL_OUTLINE))
    s = size
    p.drawChord(int(s * 0.18), int(s * 0.12), int(s * 0.64), int(s * 0.8), 0, 180 * 16)
    p.drawRect(int(s * 0.18), int(s * 0.5), int(s * 0.64), int(s * 0.2))
    p.drawEllipse(int(s * 0.42), int(s * 0.72), int(s * 0.16), int(s * 0.16))
    if count:
        p.setBrush(QColor(FAILED))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(int(s * 0.5), 0, int(s * 0.5), int(s * 0.5))
        p.setPen(QColor("white"))
        font = QFont()
        font.setPixelSize(int(s * 0.32))
        font.setBold(True)
        p.setFont(font)
        p.drawText(
            int(s * 0.5), 0, int(s * 0.5), int(s * 0.5), Qt.AlignmentFlag.AlignCenter, str(min(count, 99))
        )
    p.end()
    return QIcon(pix)


class AlarmBell(QToolButton):
    """The status bar's bell: the count of unacknowledged alarms; a click opens the Alarms page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AlarmBell")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setIcon(bell_icon(count))
        self.setText(str(count))
        self.setToolTip(translate("AlarmBell", "%n alarm(s) not acknowledged", None, count))
        self.setStyleSheet(f"QToolButton {{ {text_css(FAILED)} font-weight:600; }}" if count else "")


class Notice(QFrame):
    """A notification inside the window (bottom right) where the desktop has no system tray; it goes after 10 s
    or on a click."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("AlarmNotice")
        self.setStyleSheet(
            f"QFrame#AlarmNotice {{ background:{NOTICE_BG}; border:1px solid {NOTICE_BORDER}; border-radius:6px; }}"
            "QLabel { background:transparent; }"
        )
        self.title = QLabel("")
        self.title.setStyleSheet("font-weight:600;")
        self.text = QLabel("")
        self.text.setWordWrap(True)
        icon = QLabel()
        icon.setPixmap(bell_icon(0, 28).pixmap(28, 28))
        lay = QHBoxLayout(self)
        lay.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.addWidget(self.title)
        col.addWidget(self.text)
        lay.addLayout(col, 1)
        self.setFixedWidth(360)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(10_000)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            self.move(QPoint(parent.width() - self.width() - 16, parent.height() - self.height() - 40))
        self.raise_()
        self.show()
        self._timer.start()

    def mousePressEvent(self, event: Any) -> None:
        self.hide()


class AlarmNotifier(QObject):
    """Desktop notifications of new alarms: a tray icon with the count and ``showMessage`` where the desktop has a
    system tray, else a :class:`Notice` in the window. ``notified(title, text)`` is emitted for every one (the
    seam tests spy on)."""

    notified = Signal(str, str)
    activated = Signal()

    def __init__(self, window: QWidget, *, use_tray: bool | None = None) -> None:
        super().__init__(window)
        tray = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = QSystemTrayIcon(bell_icon(0), self) if tray else None
        self.notice = Notice(window)
        if self.tray is not None:
            self.tray.setToolTip("ChargeDesk")  # i18n: not text (the product's name)
            self.tray.activated.connect(lambda _reason: self.activated.emit())
            self.tray.messageClicked.connect(self.activated.emit)
            self.tray.show()

    def set_count(self, count: int) -> None:
        if self.tray is not None:
            self.tray.setIcon(bell_icon(count))
            self.tray.setToolTip(
                translate("AlarmBell", "ChargeDesk: %n alarm(s) not acknowledged", None, count)
            )

    def alarm(self, event: Any) -> None:
        """An AlarmChanged: a new alarm is notified (repeats and clearings are not)."""
        if getattr(event, "state", "") != "raised":
            return
        severity = translate("AlarmRules", R.SEVERITY_LABELS.get(event.severity, event.severity))
        title = translate("AlarmBell", "ChargeDesk alarm ({severity})").format(severity=severity)
        self.notify(title, event.shown)

    def notify(self, title: str, text: str) -> None:
        self.notified.emit(title, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
        else:
            self.notice.show_message(title, text)

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()


__all__ = ["AlarmBell", "AlarmNotifier", "AlarmsPage", "Notice", "RulesEditor", "bell_icon"]
