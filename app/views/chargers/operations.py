"""The "Operations" tab of the Chargers page: every operation ChargeDesk can send to a charger, each with a small
form of sensible defaults, and the charger's answers in a list with time and latency.

Left: the operations (those the charger's OCPP version has no request for in ChargeDesk are greyed out with a
tooltip saying why, and their form says it too). Right: the selected operation's form. Below: the results, newest
first — the charger's answer, or why there is none (offline, timeout, CallError, not supported, invalid request);
the selected result's full answer is shown as JSON.

The calls go through :class:`app.services.chargers.operations.Operations` (``central.operations``) as tasks on the running
loop; nothing here waits on the GUI thread. The local list comes from :mod:`app.services.chargers.local_list` and is shown
in a dialog (who is in, who is left out and why) before it is sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.local_list import ActiveSession, ChargerContext, LocalList
from app.services.chargers.operation_forms import (
    KINDS,
    OPERATIONS,
    PURPOSES,
    SPECS,
    V16,
    OpSpec,
    ProfileForm,
    build_profile,
    good_answer,
    id_tag_problem,
    not_supported_reason,
    summarize,
    triggers,
)
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)
from app.services.chargers.service import ChargersService
from app.views.shell.tasks import TaskSet, report_to_loop

ERROR_STYLE = "color:#c63b3b;"
OK, FAIL, WAIT = "#2e7d32", "#c63b3b", "#5b6068"


GROUPS = {
    "remote_start": "Transactions",
    "reset": "Charger control",
    "send_local_list": "Local list",
    "reserve": "Reservations",
    "set_profile": "Smart charging",
}  # a header before these operations
WIDE_FORMS = {"set_profile", "composite"}


# --- results ------------------------------------------------------------------------------------------------------


@dataclass
class Result:
    at: dt.datetime
    operation: str
    request: str
    answer: str = "Sending…"
    colour: str = WAIT
    latency_ms: float | None = None
    detail: str = ""


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def _qdt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.astimezone().replace(tzinfo=None, microsecond=0))


def _aware(edit: QDateTimeEdit) -> dt.datetime:
    return edit.dateTime().toPython().astimezone()  # type: ignore[no-any-return]


class LocalListDialog(QDialog):
    """Who will be sent to the charger and who is left out (and why), before SendLocalList."""

    def __init__(
        self, local_list: LocalList, update_type: str, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.local_list = local_list
        self.setWindowTitle(f"Local list for {local_list.charge_point_id}")
        self.resize(820, 520)
        lay = QVBoxLayout(self)
        what = (
            "replaces the charger's list"
            if update_type == "Full"
            else "adds these tags and removes the ones left out"
        )
        n = len(local_list.entries)
        intro = QLabel(
            f"<b>{n}</b> {'tag' if n == 1 else 'tags'} may charge at {local_list.station_name} at any "
            f"time and will be sent as list version {version} ({update_type}: {what})."
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.sent = self._table(
            ["Tag", "User", "As", "Expires"],
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
            ["Tag", "User", "Left out because"],
            [(x.id_tag, x.user_name, x.reason) for x in local_list.left_out],
        )
        split.addWidget(self._titled(f"Will be sent ({len(local_list.entries)})", self.sent))
        split.addWidget(self._titled(f"Left out ({len(local_list.left_out)})", self.left_out))
        split.setSizes([360, 460])
        lay.addWidget(split, 1)
        if local_list.not_listed:
            note = QLabel(
                f"{local_list.not_listed} other tags are not listed: they may never charge here or "
                "belong to nobody."
            )
            note.setStyleSheet("color:#5b6068;")
            lay.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton("Send to charger", QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setDefault(True)
        if not local_list.entries and update_type == "Full":
            self.send_button.setToolTip("Sends an empty list: the charger will accept only what it asks us")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(QLabel(f"<b>{title}</b>"))
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
                item.setToolTip(text)
                table.setItem(r, c, item)
        table.horizontalHeader().setStretchLastSection(True)
        table.resizeColumnsToContents()
        return table


class ChargerOperationsTab(QWidget):
    title = "Operations"

    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.bridge = bridge
        self.central = central
        self.cp_id: str | None = None
        self.version = V16
        self.context: ChargerContext | None = None
        self.results: dict[str, list[Result]] = {}
        self._tasks = TaskSet(report_to_loop)
        self.confirm_box: QMessageBox | None = None
        self.local_list_dialog: LocalListDialog | None = None
        self.next_reservation = int(time.time()) % 100_000 + 1
        self.forms: dict[str, QWidget] = {}
        self.send_buttons: dict[str, QPushButton] = {}
        self.problems: dict[str, QLabel] = {}
        self.banners: dict[str, QLabel] = {}
        self._build()
        if bridge is not None:
            for name in ("connected", "disconnected", "boot"):
                getattr(bridge, name).connect(self._on_presence)
            for name in ("session_started", "session_stopped"):
                getattr(bridge, name).connect(self._on_session)
        self.set_charger(None)

    # --- layout -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.header)
        self.empty = QLabel("Select a charger on the left to send it operations.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#5b6068; font-size:14px;")
        outer.addWidget(self.empty, 1)

        self.body = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.op_list = QListWidget()
        self.op_list.setMaximumWidth(240)
        self.op_list.setSpacing(1)
        self.stack = QStackedWidget()
        builders: dict[str, Callable[[], QWidget]] = {
            "remote_start": self._remote_start_form,
            "remote_stop": self._remote_stop_form,
            "reset": self._reset_form,
            "unlock": self._unlock_form,
            "availability": self._availability_form,
            "clear_cache": self._clear_cache_form,
            "trigger": self._trigger_form,
            "data_transfer": self._data_transfer_form,
            "send_local_list": self._send_local_list_form,
            "local_list_version": self._local_list_version_form,
            "reserve": self._reserve_form,
            "cancel_reservation": self._cancel_reservation_form,
            "set_profile": self._set_profile_form,
            "clear_profile": self._clear_profile_form,
            "composite": self._composite_form,
        }
        self.op_rows: dict[str, int] = {}
        for spec in OPERATIONS:
            if spec.key in GROUPS:
                header = QListWidgetItem(GROUPS[spec.key])
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(QBrush(QColor("#5b6068")))
                self.op_list.addItem(header)
            item = QListWidgetItem("   " + spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.hint)
            self.op_rows[spec.key] = self.op_list.count()
            self.op_list.addItem(item)
            form = builders[spec.key]()
            if spec.key not in WIDE_FORMS:
                form.setMaximumWidth(640)
            page = self._page(spec, form)
            self.forms[spec.key] = page
            self.stack.addWidget(page)
        self.op_list.currentItemChanged.connect(self._op_selected)
        top.addWidget(self.op_list)
        top.addWidget(self.stack)
        top.setStretchFactor(1, 1)
        self.body.addWidget(top)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>Results</b>"))
        head.addStretch(1)
        self.clear_results = QPushButton("Clear results")
        self.clear_results.setToolTip("Empty this charger's results list")
        self.clear_results.clicked.connect(self._clear_results)
        head.addWidget(self.clear_results)
        bl.addLayout(head)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Time", "Operation", "Charger's answer", "Latency"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText("Select a result to see the request and the charger's full answer.")
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([700, 300])
        bl.addWidget(split)
        self.body.addWidget(bottom)
        self.body.setSizes([460, 260])
        outer.addWidget(self.body, 1)
        self.op_list.setCurrentRow(self.op_rows[OPERATIONS[0].key])

    def _op_selected(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key in self.forms:
            self.stack.setCurrentWidget(self.forms[key])

    def _page(self, spec: OpSpec, form: QWidget) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        title = QLabel(f"<b>{spec.title}</b> <span style='color:#5b6068'>({spec.action})</span>")
        lay.addWidget(title)
        if spec.hint:
            hint = QLabel(spec.hint + ".")
            hint.setStyleSheet("color:#5b6068;")
            lay.addWidget(hint)
        banner = QLabel()
        banner.setWordWrap(True)
        banner.setStyleSheet("background:#fff4d6; border:1px solid #d49a1a; border-radius:4px; padding:6px;")
        banner.hide()
        self.banners[spec.key] = banner
        lay.addWidget(banner)
        lay.addWidget(form)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setStyleSheet(ERROR_STYLE)
        problem.hide()
        self.problems[spec.key] = problem
        lay.addWidget(problem)
        lay.addStretch(1)
        return page

    def _button(self, key: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setAutoDefault(True)
        button.setMinimumWidth(150)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.send_buttons[key] = button
        return button

    def _connector_combo(self, *, zero: str | None = None, none: str | None = None) -> QComboBox:
        combo = QComboBox()
        combo.setProperty("zero_text", zero)
        combo.setProperty("none_text", none)
        return combo

    def _fill_connectors(self, combo: QComboBox, connectors: tuple[int, ...]) -> None:
        keep = combo.currentData()
        combo.clear()
        if combo.property("none_text"):
            combo.addItem(combo.property("none_text"), None)
        if combo.property("zero_text"):
            combo.addItem(combo.property("zero_text"), 0)
        for n in connectors:
            combo.addItem(f"Connector {n}", n)
        index = combo.findData(keep) if keep is not None else -1
        if index < 0:
            index = combo.findData(connectors[0]) if connectors else 0
        combo.setCurrentIndex(max(0, index))

    def _tag_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.lineEdit().setPlaceholderText("Pick a user's tag or type one")
        combo.setToolTip("The idTag the charger uses: pick a user's tag or type one")
        return combo

    @staticmethod
    def _tag_of(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        data = combo.currentData()
        if isinstance(data, str) and combo.itemText(combo.currentIndex()) == text:
            return data
        return text.split(" — ", 1)[0].strip().upper()

    # --- forms ------------------------------------------------------------------------------------------------

    def _remote_start_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.rs_connector = self._connector_combo(none="Any free connector")
        self.rs_tag = self._tag_combo()
        f.addRow("Connector", self.rs_connector)
        f.addRow("Tag", self.rs_tag)
        f.addRow("", self._button("remote_start", "Start charging", self._do_remote_start))
        return w

    def _remote_stop_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.stop_session = QComboBox()
        self.stop_session.setToolTip("The sessions running on this charger")
        f.addRow("Session", self.stop_session)
        f.addRow("", self._button("remote_stop", "Stop session", self._do_remote_stop))
        return w

    def _reset_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.reset_soft = QRadioButton("Soft — restart the software when idle; running sessions end normally")
        self.reset_hard = QRadioButton("Hard — reboot now; running sessions are stopped")
        self.reset_soft.setChecked(True)
        group = QButtonGroup(w)
        group.addButton(self.reset_soft)
        group.addButton(self.reset_hard)
        box = QVBoxLayout()
        box.addWidget(self.reset_soft)
        box.addWidget(self.reset_hard)
        f.addRow("Type", box)
        f.addRow("", self._button("reset", "Reset…", self._ask_reset))
        return w

    def _unlock_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.unlock_connector = self._connector_combo()
        f.addRow("Connector", self.unlock_connector)
        f.addRow("", self._button("unlock", "Unlock", self._do_unlock))
        return w

    def _availability_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.avail_connector = self._connector_combo(zero="Whole charger")
        self.avail_type = QComboBox()
        self.avail_type.addItem("Operative (in service)", "Operative")
        self.avail_type.addItem("Inoperative (out of service)", "Inoperative")
        f.addRow("Applies to", self.avail_connector)
        f.addRow("Availability", self.avail_type)
        f.addRow("", self._button("availability", "Change availability", self._do_availability))
        return w

    def _clear_cache_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        note = QLabel(
            "The charger forgets the tags it authorized before and asks again next time "
            "(the local list is not affected)."
        )
        note.setWordWrap(True)
        f.addRow(note)
        f.addRow("", self._button("clear_cache", "Clear cache", self._do_clear_cache))
        return w

    def _trigger_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.trigger_message = QComboBox()
        self.trigger_connector = self._connector_combo(none="No connector (the charger)")
        f.addRow("Message", self.trigger_message)
        f.addRow("Connector", self.trigger_connector)
        f.addRow("", self._button("trigger", "Trigger", self._do_trigger))
        return w

    def _data_transfer_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.dt_vendor = QLineEdit()
        self.dt_vendor.setPlaceholderText("e.g. com.vendor (required)")
        self.dt_message = QLineEdit()
        self.dt_message.setPlaceholderText("optional")
        self.dt_data = QPlainTextEdit()
        self.dt_data.setPlaceholderText("optional text (often JSON)")
        self.dt_data.setMaximumHeight(90)
        f.addRow("Vendor id", self.dt_vendor)
        f.addRow("Message id", self.dt_message)
        f.addRow("Data", self.dt_data)
        f.addRow("", self._button("data_transfer", "Send", self._do_data_transfer))
        return w

    def _send_local_list_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.ll_type = QComboBox()
        self.ll_type.addItem("Full — replace the charger's list", "Full")
        self.ll_type.addItem("Differential — add these, remove the ones left out", "Differential")
        self.ll_version = QSpinBox()
        self.ll_version.setRange(1, 2_000_000_000)
        self.ll_version.setValue(1)
        self.ll_version.setToolTip(
            "The version the charger stores with the list (Get local list version fills in the next one)"
        )
        note = QLabel(
            "Owners and users who may charge here at any time. Users whose access depends on the "
            "time or the connector are left out; you see both lists before anything is sent."
        )
        note.setWordWrap(True)
        f.addRow(note)
        f.addRow("Update", self.ll_type)
        f.addRow("List version", self.ll_version)
        f.addRow("", self._button("send_local_list", "Prepare list…", self._prepare_local_list))
        return w

    def _local_list_version_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.ll_known = QLabel("—")
        f.addRow("Charger's list version", self.ll_known)
        f.addRow("", self._button("local_list_version", "Get version", self._do_local_list_version))
        return w

    def _reserve_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.res_connector = self._connector_combo()
        self.res_tag = self._tag_combo()
        self.res_expiry = QDateTimeEdit()
        self.res_expiry.setCalendarPopup(True)
        self.res_expiry.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.res_id = QSpinBox()
        self.res_id.setRange(1, 2_000_000_000)
        self.res_id.setValue(self.next_reservation)
        f.addRow("Connector", self.res_connector)
        f.addRow("Tag", self.res_tag)
        f.addRow("Expires", self.res_expiry)
        f.addRow("Reservation id", self.res_id)
        f.addRow("", self._button("reserve", "Reserve", self._do_reserve))
        return w

    def _cancel_reservation_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.cancel_id = QSpinBox()
        self.cancel_id.setRange(1, 2_000_000_000)
        self.cancel_id.setValue(self.next_reservation)
        self.cancel_id.setToolTip("The id of the reservation (the last one made here is filled in)")
        f.addRow("Reservation id", self.cancel_id)
        f.addRow("", self._button("cancel_reservation", "Cancel reservation", self._do_cancel_reservation))
        return w

    def _set_profile_form(self) -> QWidget:
        w = QWidget()
        cols = QHBoxLayout(w)
        cols.setContentsMargins(0, 0, 0, 0)
        f = QFormLayout()
        self.sp_connector = self._connector_combo(zero="0 — whole charger")
        self.sp_purpose = QComboBox()
        for p, text in zip(
            PURPOSES,
            (
                "TxDefaultProfile — default for new sessions",
                "ChargePointMaxProfile — cap for the whole charger",
                "TxProfile — the running session only",
            ),
            strict=True,
        ):
            self.sp_purpose.addItem(text, p)
        self.sp_session = QComboBox()
        self.sp_session.setToolTip("The session a TxProfile applies to")
        self.sp_kind = QComboBox()
        for k in KINDS:
            self.sp_kind.addItem(k, k)
        self.sp_recurrency = QComboBox()
        self.sp_recurrency.addItems(["Daily", "Weekly"])
        self.sp_id = QSpinBox()
        self.sp_id.setRange(1, 1_000_000)
        self.sp_stack = QSpinBox()
        self.sp_stack.setRange(0, 99)
        self.sp_unit = QComboBox()
        self.sp_unit.addItem("A (current per phase)", "A")
        self.sp_unit.addItem("W (power)", "W")
        self.sp_start = QDateTimeEdit()
        self.sp_start.setCalendarPopup(True)
        self.sp_start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.sp_duration = QSpinBox()
        self.sp_duration.setRange(0, 31 * 86_400)
        self.sp_duration.setSingleStep(900)
        self.sp_duration.setSuffix(" s")
        self.sp_duration.setSpecialValueText("no end")
        self.sp_valid_from = self._optional_time("from now")
        self.sp_valid_to = self._optional_time("no end")
        f.addRow("Connector", self.sp_connector)
        f.addRow("Purpose", self.sp_purpose)
        f.addRow("Session", self.sp_session)
        f.addRow("Kind", self.sp_kind)
        f.addRow("Recurrency", self.sp_recurrency)
        f.addRow("Profile id", self.sp_id)
        f.addRow("Stack level", self.sp_stack)
        f.addRow("Unit", self.sp_unit)
        f.addRow("Schedule start", self.sp_start)
        f.addRow("Duration", self.sp_duration)
        f.addRow("Valid from", self.sp_valid_from)
        f.addRow("Valid to", self.sp_valid_to)
        cols.addLayout(f, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel("Periods (start in seconds from the schedule start)"))
        self.sp_periods = QTableWidget(0, 3)
        self.sp_periods.setHorizontalHeaderLabels(["Start (s)", "Limit", "Phases"])
        self.sp_periods.verticalHeader().setVisible(False)
        self.sp_periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.sp_periods.setToolTip("Phases: 1–3, or empty for the charger's default")
        self._add_period("0", "16", "")
        right.addWidget(self.sp_periods, 1)
        row = QHBoxLayout()
        self.sp_add = QPushButton("Add period")
        self.sp_add.clicked.connect(lambda: self._add_period())
        self.sp_remove = QPushButton("Remove period")
        self.sp_remove.clicked.connect(self._remove_period)
        row.addWidget(self.sp_add)
        row.addWidget(self.sp_remove)
        row.addStretch(1)
        row.addWidget(self._button("set_profile", "Send profile", self._do_set_profile))
        right.addLayout(row)
        cols.addLayout(right, 1)
        self.sp_kind.currentIndexChanged.connect(self._profile_fields)
        self.sp_purpose.currentIndexChanged.connect(self._profile_fields)
        self.sp_unit.currentIndexChanged.connect(self._unit_changed)
        self._profile_fields()
        return w

    def _optional_time(self, empty: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setMinimumDateTime(QDateTime(dt.datetime(2000, 1, 1)))
        edit.setSpecialValueText(empty)
        edit.setDateTime(edit.minimumDateTime())
        edit.setToolTip(f"Leave at the first value ('{empty}') for none")
        return edit

    @staticmethod
    def _optional_value(edit: QDateTimeEdit) -> dt.datetime | None:
        return None if edit.dateTime() == edit.minimumDateTime() else _aware(edit)

    def _add_period(self, start: str | None = None, limit: str | None = None, phases: str = "") -> None:
        rows = self.sp_periods.rowCount()
        if start is None:
            last_start = self.sp_periods.item(rows - 1, 0).text() if rows else "-3600"
            last_limit = self.sp_periods.item(rows - 1, 1).text() if rows else "16"
            try:
                start = str(int(last_start) + 3600)
            except ValueError:
                start = ""
            limit = last_limit
        self.sp_periods.insertRow(rows)
        for c, text in enumerate((start, limit or "", phases)):
            self.sp_periods.setItem(rows, c, QTableWidgetItem(text))

    def _remove_period(self) -> None:
        row = self.sp_periods.currentRow()
        if row < 0:
            row = self.sp_periods.rowCount() - 1
        if row >= 0:
            self.sp_periods.removeRow(row)

    def _profile_fields(self) -> None:
        kind = self.sp_kind.currentData()
        self.sp_recurrency.setEnabled(kind == "Recurring")
        self.sp_recurrency.setToolTip("" if kind == "Recurring" else "Only for a Recurring profile")
        self.sp_start.setEnabled(kind != "Relative")
        self.sp_start.setToolTip("" if kind != "Relative" else "A Relative profile starts with the session")
        tx = self.sp_purpose.currentData() == "TxProfile"
        self.sp_session.setEnabled(tx)
        self.sp_session.setToolTip("The session a TxProfile applies to" if tx else "Only for a TxProfile")

    def _unit_changed(self) -> None:
        unit = self.sp_unit.currentData()
        for r in range(self.sp_periods.rowCount()):
            item = self.sp_periods.item(r, 1)
            if item is None:
                continue
            try:
                value = float(item.text())
            except ValueError:
                continue
            if unit == "W" and value < 100:
                item.setText(str(round(value * 230 * 3)))
            elif unit == "A" and value >= 100:
                item.setText(f"{value / (230 * 3):.1f}")

    def _clear_profile_form(self) -> QWidget:
        w = QWidget()
        f = QFormLayout(w)
        self.clr_by_id = QRadioButton("By profile id")
        self.clr_by_criteria = QRadioButton("By criteria (every profile that matches)")
        self.clr_by_id.setChecked(True)
        group = QButtonGroup(w)
        group.addButton(self.clr_by_id)
        group.addButton(self.clr_by_criteria)
        self.clr_id = QSpinBox()
        self.clr_id.setRange(1, 1_000_000)
        self.clr_connector = self._connector_combo(zero="0 — whole charger", none="Any connector")
        self.clr_purpose = QComboBox()
        self.clr_purpose.addItem("Any purpose", None)
        for p in PURPOSES:
            self.clr_purpose.addItem(p, p)
        self.clr_stack = QSpinBox()
        self.clr_stack.setRange(-1, 99)
        self.clr_stack.setValue(-1)
        self.clr_stack.setSpecialValueText("any")
        f.addRow(self.clr_by_id)
        f.addRow("Profile id", self.clr_id)
        f.addRow(self.clr_by_criteria)
        f.addRow("Connector", self.clr_connector)
        f.addRow("Purpose", self.clr_purpose)
        f.addRow("Stack level", self.clr_stack)
        f.addRow("", self._button("clear_profile", "Clear profiles", self._do_clear_profile))
        self.clr_by_id.toggled.connect(self._clear_fields)
        self._clear_fields()
        return w

    def _clear_fields(self) -> None:
        by_id = self.clr_by_id.isChecked()
        self.clr_id.setEnabled(by_id)
        for w in (self.clr_connector, self.clr_purpose, self.clr_stack):
            w.setEnabled(not by_id)

    def _composite_form(self) -> QWidget:
        w = QWidget()
        cols = QHBoxLayout(w)
        cols.setContentsMargins(0, 0, 0, 0)
        f = QFormLayout()
        self.gc_connector = self._connector_combo(zero="0 — whole charger")
        self.gc_duration = QSpinBox()
        self.gc_duration.setRange(60, 7 * 86_400)
        self.gc_duration.setSingleStep(900)
        self.gc_duration.setValue(3600)
        self.gc_duration.setSuffix(" s")
        self.gc_unit = QComboBox()
        self.gc_unit.addItem("Charger's choice", None)
        self.gc_unit.addItem("A", "A")
        self.gc_unit.addItem("W", "W")
        f.addRow("Connector", self.gc_connector)
        f.addRow("Duration", self.gc_duration)
        f.addRow("Unit", self.gc_unit)
        f.addRow("", self._button("composite", "Get schedule", self._do_composite))
        self.gc_summary = QLabel("")
        self.gc_summary.setWordWrap(True)
        f.addRow(self.gc_summary)
        cols.addLayout(f, 1)
        right = QVBoxLayout()
        self.gc_table = QTableWidget(0, 4)
        self.gc_table.setHorizontalHeaderLabels(["From", "At", "Limit", "Phases"])
        self.gc_table.verticalHeader().setVisible(False)
        self.gc_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gc_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gc_table.setMaximumHeight(150)
        right.addWidget(self.gc_table)
        self.gc_chart = QChartView()
        self.gc_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.gc_chart.setMinimumHeight(150)
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.gc_chart.setChart(chart)
        right.addWidget(self.gc_chart, 1)
        cols.addLayout(right, 2)
        return w

    # --- charger selection and live state ---------------------------------------------------------------------

    def reload(self) -> None:
        self.set_charger(self.cp_id)

    def set_charger(self, cp_id: str | None) -> None:
        changed = cp_id != self.cp_id
        self.cp_id = cp_id
        self.empty.setVisible(cp_id is None)
        self.body.setVisible(cp_id is not None)
        if cp_id is None:
            self.context = None
            self.header.setText("")
            return
        try:
            self.context = self.service.charger_context(cp_id)
        except Exception as exc:  # a database problem: say so, keep the forms usable for typed values
            self.context = ChargerContext(cp_id, None, V16, ())
            self.header.setText(
                f"<span style='{ERROR_STYLE}'>Could not load {cp_id} from the database: {exc}</span>"
            )
        live = self._live()
        self.version = (
            (live.ocpp_version if live is not None and live.ocpp_version else None)
            or self.context.ocpp_version
            or V16
        )
        self._fill_pickers()
        self._apply_version()
        self._update_header()
        if changed:
            self._show_results()
            self.dt_vendor.setText(self._vendor())
            self.ll_known.setText("—")

    def _live(self) -> Any:
        if self.central is None or self.cp_id is None:
            return None
        return next((c for c in self.central.chargers() if c.cp_id == self.cp_id), None)

    def _online(self) -> bool:
        return bool(
            self.central is not None and self.cp_id is not None and self.central.is_connected(self.cp_id)
        )

    def _vendor(self) -> str:
        live = self._live()
        boot = getattr(live, "boot", None)
        return str(getattr(boot, "vendor", "") or "")

    def _connectors(self) -> tuple[int, ...]:
        known = set(self.context.connectors if self.context is not None else ())
        live = self._live()
        if live is not None:
            known.update(n for n in live.statuses if n > 0)
        return tuple(sorted(known)) or (1,)

    def _update_header(self) -> None:
        if self.cp_id is None or self.context is None:
            return
        online = self._online()
        state = (
            "<span style='color:#2e7d32'>● online</span>"
            if online
            else "<span style='color:#c63b3b'>● offline — operations will report that it is offline</span>"
        )
        station = f" · {self.context.station_name}" if self.context.station_name else " · no station bound"
        self.header.setText(f"<b>{self.cp_id}</b>{station} · OCPP {self.version} · {state}")

    def _fill_pickers(self) -> None:
        connectors = self._connectors()
        for combo in (
            self.rs_connector,
            self.unlock_connector,
            self.avail_connector,
            self.trigger_connector,
            self.res_connector,
            self.sp_connector,
            self.gc_connector,
            self.clr_connector,
        ):
            self._fill_connectors(combo, connectors)
        tags = self.context.tags if self.context is not None else ()
        for combo in (self.rs_tag, self.res_tag):
            typed = combo.currentText()
            combo.clear()
            for t in tags:
                combo.addItem(t.label, t.id_tag)
            usable = next((i for i, t in enumerate(tags) if t.usable), -1)
            if typed:
                combo.setEditText(typed)
            elif usable >= 0:
                combo.setCurrentIndex(usable)
        self._fill_sessions()
        self.trigger_message.clear()
        self.trigger_message.addItems(list(triggers(self.version)))
        self.trigger_message.setCurrentText("StatusNotification")
        now = _local_now()
        self.res_expiry.setDateTime(_qdt(now + dt.timedelta(minutes=30)))
        self.sp_start.setDateTime(_qdt(now.replace(second=0, microsecond=0)))

    def _fill_sessions(self) -> None:
        sessions = self.context.sessions if self.context is not None else ()
        for combo in (self.stop_session, self.sp_session):
            combo.clear()
            for a in sessions:
                combo.addItem(self._session_label(a), a)
        has = bool(sessions)
        button = self.send_buttons["remote_stop"]
        button.setEnabled(has and not self.banners["remote_stop"].isVisible())
        button.setToolTip("" if has else "No session is running on this charger")
        if not has:
            self.stop_session.addItem("No session is running on this charger", None)

    @staticmethod
    def _session_label(a: ActiveSession) -> str:
        who = f" ({a.user_name})" if a.user_name else ""
        return (
            f"Connector {a.connector_id} · {a.id_tag}{who} · since {a.start_at.astimezone():%H:%M} · "
            f"session {a.session_id}"
        )

    def _apply_version(self) -> None:
        for spec in OPERATIONS:
            why = not_supported_reason(spec, self.version)
            item = self.op_list.item(self.op_rows[spec.key])
            item.setForeground(QBrush(QColor("#9aa0a6")) if why else QBrush())
            item.setToolTip(why or spec.hint)
            banner = self.banners[spec.key]
            banner.setText(why or "")
            banner.setVisible(bool(why))
            button = self.send_buttons[spec.key]
            button.setEnabled(why is None)
            button.setToolTip(why or "")
        self._fill_sessions()

    def _on_presence(self, event: Any) -> None:
        if self.cp_id is not None and getattr(event, "cp_id", None) == self.cp_id:
            version = getattr(event, "ocpp_version", None)
            if version and version != self.version:
                self.version = version
                self.trigger_message.clear()
                self.trigger_message.addItems(list(triggers(version)))
                self._apply_version()
            self._update_header()
            if not self.dt_vendor.text():
                self.dt_vendor.setText(self._vendor())

    def _on_session(self, event: Any) -> None:
        if self.cp_id is None or getattr(event, "cp_id", None) != self.cp_id:
            return
        try:
            ctx = self.service.charger_context(self.cp_id)
        except Exception as exc:
            self.header.setText(
                f"<span style='{ERROR_STYLE}'>Could not load the running sessions: {exc}</span>"
            )
            return
        if self.context is not None:
            self.context = ChargerContext(
                ctx.charge_point_id,
                ctx.station_name,
                self.context.ocpp_version,
                ctx.connectors,
                self.context.tags,
                ctx.sessions,
            )
        self._fill_sessions()

    # --- running an operation ---------------------------------------------------------------------------------

    def _problem(self, key: str, text: str) -> None:
        label = self.problems[key]
        label.setText(text)
        label.setVisible(bool(text))

    def _run(
        self,
        key: str,
        request: str,
        call: Callable[[], Awaitable[dict[str, Any]]],
        on_answer: Callable[[dict[str, Any]], None] | None = None,
    ) -> Result | None:
        """Send one operation as a task; its result row shows the answer or why there is none."""
        if self.cp_id is None:
            return None
        self._problem(key, "")
        spec = SPECS[key]
        result = Result(_local_now(), spec.action, request)
        cp_id = self.cp_id
        self.results.setdefault(cp_id, []).insert(0, result)
        if cp_id == self.cp_id:
            self._show_results()
            self.table.selectRow(0)
        self._tasks.spawn(self._call(cp_id, result, call, on_answer))
        return result

    async def _call(
        self,
        cp_id: str,
        result: Result,
        call: Callable[[], Awaitable[dict[str, Any]]],
        on_answer: Callable[[dict[str, Any]], None] | None,
    ) -> None:
        started = time.monotonic()
        answer: dict[str, Any] | None = None
        try:
            answer = await call()
        except ChargerOffline as exc:
            result.answer, result.colour = f"Offline — {exc or f'{cp_id} is not connected'}", FAIL
        except ChargerTimeout as exc:
            result.answer, result.colour = f"Timeout — {exc}", FAIL
        except ChargerCallError as exc:
            text = f"CallError {exc.code}" + (f": {exc.description}" if exc.description else "")
            result.answer, result.colour = text, FAIL
            result.detail = json.dumps(
                {"errorCode": exc.code, "errorDescription": exc.description, "errorDetails": exc.details},
                indent=2,
                default=str,
            )
        except OperationNotSupported as exc:
            result.answer, result.colour = f"Not supported — {exc}", FAIL
        except InvalidRequest as exc:
            result.answer, result.colour = f"Not sent, invalid request — {exc}", FAIL
        except InvalidReply as exc:
            result.answer, result.colour = f"Invalid answer — {exc}", FAIL
        except asyncio.CancelledError:
            result.answer, result.colour = "Cancelled", FAIL
            raise
        except Exception as exc:  # shown, not swallowed: the row says what went wrong
            result.answer, result.colour = f"Error — {type(exc).__name__}: {exc}", FAIL
        finally:
            result.latency_ms = (time.monotonic() - started) * 1000
            self._refresh_result(cp_id, result)
        if answer is None:
            return
        result.answer = summarize(answer)
        result.colour = OK if good_answer(answer) else FAIL
        result.detail = json.dumps(answer, indent=2, ensure_ascii=False)
        self._refresh_result(cp_id, result)
        if on_answer is not None and cp_id == self.cp_id:
            on_answer(answer)

    def _show_results(self) -> None:
        rows = self.results.get(self.cp_id or "", [])
        self.table.setRowCount(len(rows))
        for r, result in enumerate(rows):
            self._set_row(r, result)
        self.detail.setPlainText("")

    def _set_row(self, row: int, result: Result) -> None:
        latency = f"{result.latency_ms:.0f} ms" if result.latency_ms is not None else "…"
        texts = (f"{result.at:%H:%M:%S}", result.operation, result.answer, latency)
        for c, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if c == 2:
                item.setForeground(QBrush(QColor(result.colour)))
                item.setToolTip(text)
            if c == 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, c, item)

    def _refresh_result(self, cp_id: str, result: Result) -> None:
        if cp_id != self.cp_id:
            return
        rows = self.results.get(cp_id, [])
        if result in rows:
            row = rows.index(result)
            self._set_row(row, result)
            if self.table.currentRow() == row:
                self._show_detail()

    def _show_detail(self) -> None:
        row = self.table.currentRow()
        rows = self.results.get(self.cp_id or "", [])
        if not 0 <= row < len(rows):
            self.detail.setPlainText("")
            return
        r = rows[row]
        self.detail.setPlainText(
            f"{r.operation} at {r.at:%Y-%m-%d %H:%M:%S}\nRequest: {r.request}\n\n"
            f"Answer: {r.answer}\n{r.detail}"
        )

    def _clear_results(self) -> None:
        if self.cp_id is not None:
            self.results.pop(self.cp_id, None)
            self._show_results()

    @property
    def ops(self) -> Any:
        return self.service.operations

    # --- the operations ---------------------------------------------------------------------------------------

    def _do_remote_start(self) -> None:
        tag = self._tag_of(self.rs_tag)
        if not tag:
            self._problem("remote_start", "Pick a user's tag or type the idTag to start with.")
            return
        too_long = id_tag_problem(tag, self.version)
        if too_long:
            self._problem("remote_start", too_long)
            return
        connector = self.rs_connector.currentData()
        cp = self.cp_id
        where = f"connector {connector}" if connector else "any connector"
        self._run("remote_start", f"{tag} on {where}", lambda: self.ops.remote_start(cp, tag, connector))

    def _do_remote_stop(self) -> None:
        session = self.stop_session.currentData()
        if not isinstance(session, ActiveSession):
            self._problem("remote_stop", "No session is running on this charger.")
            return
        cp = self.cp_id
        self._run(
            "remote_stop", self._session_label(session), lambda: self.ops.remote_stop(cp, session.stop_id)
        )

    def _ask_reset(self) -> None:
        hard = self.reset_hard.isChecked()
        kind = "Hard" if hard else "Soft"
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning if hard else QMessageBox.Icon.Question)
        box.setWindowTitle(f"{kind} reset")
        running = len(self.context.sessions) if self.context is not None else 0
        effect = (
            "It reboots now" + (f" and stops the {running} running session(s)" if running else "")
            if hard
            else "It restarts when idle" + (f" ({running} session(s) running)" if running else "")
        )
        box.setText(f"{kind} reset {self.cp_id}? {effect}.")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(f"{kind} reset")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        cp = self.cp_id

        def done(answer: int) -> None:
            self.confirm_box = None
            if answer == QMessageBox.StandardButton.Yes and cp == self.cp_id:
                self._run("reset", kind, lambda: self.ops.reset(cp, kind))

        box.finished.connect(done)
        self.confirm_box = box
        box.open()

    def _do_unlock(self) -> None:
        connector = self.unlock_connector.currentData()
        cp = self.cp_id
        self._run("unlock", f"connector {connector}", lambda: self.ops.unlock_connector(cp, connector))

    def _do_availability(self) -> None:
        connector = self.avail_connector.currentData() or 0
        kind = self.avail_type.currentData()
        cp = self.cp_id
        where = "whole charger" if connector == 0 else f"connector {connector}"
        self._run(
            "availability", f"{kind}, {where}", lambda: self.ops.change_availability(cp, connector, kind)
        )

    def _do_clear_cache(self) -> None:
        cp = self.cp_id
        self._run("clear_cache", "", lambda: self.ops.clear_cache(cp))

    def _do_trigger(self) -> None:
        message = self.trigger_message.currentText()
        connector = self.trigger_connector.currentData()
        cp = self.cp_id
        where = f" on connector {connector}" if connector else ""
        self._run("trigger", message + where, lambda: self.ops.trigger_message(cp, message, connector))

    def _do_data_transfer(self) -> None:
        vendor = self.dt_vendor.text().strip()
        if not vendor:
            self._problem(
                "data_transfer",
                "Enter the vendor id the charger expects (e.g. its vendor's name or reverse domain).",
            )
            self.dt_vendor.setFocus()
            return
        message = self.dt_message.text().strip() or None
        data = self.dt_data.toPlainText() or None
        cp = self.cp_id
        self._run(
            "data_transfer",
            f"{vendor} / {message or '-'}",
            lambda: self.ops.data_transfer(cp, vendor, message, data),
        )

    def _prepare_local_list(self) -> None:
        if self.cp_id is None:
            return
        try:
            local_list = self.service.local_list(self.cp_id)
        except LookupError as exc:
            self._problem("send_local_list", str(exc))
            return
        except Exception as exc:
            self._problem("send_local_list", f"Could not build the list: {exc}")
            return
        self._problem("send_local_list", "")
        update = self.ll_type.currentData()
        version = self.ll_version.value()
        dialog = LocalListDialog(local_list, update, version, self)
        cp = self.cp_id

        def done(code: int) -> None:
            self.local_list_dialog = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and cp == self.cp_id:
                entries = local_list.payload(update)
                self._run(
                    "send_local_list",
                    f"{update}, version {version}, {len(local_list.entries)} tags "
                    f"({len(local_list.left_out)} left out)",
                    lambda: self.ops.send_local_list(cp, version, update, entries),
                    lambda answer: self._local_list_sent(answer, version),
                )

        dialog.finished.connect(done)
        self.local_list_dialog = dialog
        dialog.open()

    def _local_list_sent(self, answer: dict[str, Any], version: int) -> None:
        if answer.get("status") == "Accepted":
            self.ll_known.setText(str(version))
            self.ll_version.setValue(version + 1)

    def _do_local_list_version(self) -> None:
        cp = self.cp_id

        def show(answer: dict[str, Any]) -> None:
            version = answer.get("listVersion", answer.get("versionNumber"))  # 1.6 / 2.0.1
            if isinstance(version, int):
                self.ll_known.setText(
                    str(version)
                    + (" (no list)" if version == 0 else " (no local list support)" if version < 0 else "")
                )
                self.ll_version.setValue(max(1, version + 1))

        self._run("local_list_version", "", lambda: self.ops.get_local_list_version(cp), show)

    def _do_reserve(self) -> None:
        tag = self._tag_of(self.res_tag)
        if not tag:
            self._problem("reserve", "Pick a user's tag or type the idTag the connector is held for.")
            return
        expiry = _aware(self.res_expiry)
        if expiry <= _local_now():
            self._problem("reserve", "The expiry must be in the future.")
            return
        connector = self.res_connector.currentData()
        reservation = self.res_id.value()
        cp = self.cp_id

        def reserved(answer: dict[str, Any]) -> None:
            if answer.get("status") == "Accepted":
                self.cancel_id.setValue(reservation)
                self.res_id.setValue(reservation + 1)

        self._run(
            "reserve",
            f"#{reservation} connector {connector} for {tag} until {expiry:%H:%M}",
            lambda: self.ops.reserve_now(cp, connector, expiry, tag, reservation),
            reserved,
        )

    def _do_cancel_reservation(self) -> None:
        reservation = self.cancel_id.value()
        cp = self.cp_id
        self._run(
            "cancel_reservation", f"#{reservation}", lambda: self.ops.cancel_reservation(cp, reservation)
        )

    def profile_form(self) -> ProfileForm:
        """What the Set charging profile form says, as typed."""
        periods = []
        for r in range(self.sp_periods.rowCount()):
            cells = [self.sp_periods.item(r, c) for c in range(3)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            if any(t.strip() for t in texts):
                periods.append((texts[0], texts[1], texts[2]))
        kind = self.sp_kind.currentData()
        session = self.sp_session.currentData()
        return ProfileForm(
            profile_id=self.sp_id.value(),
            stack_level=self.sp_stack.value(),
            purpose=self.sp_purpose.currentData(),
            kind=kind,
            recurrency=self.sp_recurrency.currentText(),
            unit=self.sp_unit.currentData(),
            periods=periods,
            start_schedule=None if kind == "Relative" else _aware(self.sp_start),
            duration=self.sp_duration.value() or None,
            valid_from=self._optional_value(self.sp_valid_from),
            valid_to=self._optional_value(self.sp_valid_to),
            transaction_id=session.stop_id if isinstance(session, ActiveSession) else None,
            connector=self.sp_connector.currentData() or 0,
        )

    def _do_set_profile(self) -> None:
        form = self.profile_form()
        profile, problems = build_profile(form)
        connector = form.connector or 0
        if problems or profile is None:
            self._problem("set_profile", "\n".join(problems))
            return
        cp = self.cp_id
        periods = ", ".join(
            f"{p['startPeriod']} s: {p['limit']} {form.unit}"
            for p in profile["chargingSchedule"]["chargingSchedulePeriod"]
        )
        self._run(
            "set_profile",
            f"#{form.profile_id} {form.purpose} {form.kind} on connector {connector} — {periods}",
            lambda: self.ops.set_charging_profile(cp, connector, profile),
        )

    def _do_clear_profile(self) -> None:
        cp = self.cp_id
        if self.clr_by_id.isChecked():
            pid = self.clr_id.value()
            self._run("clear_profile", f"profile #{pid}", lambda: self.ops.clear_charging_profile(cp, pid))
            return
        connector = self.clr_connector.currentData()
        purpose = self.clr_purpose.currentData()
        stack = self.clr_stack.value() if self.clr_stack.value() >= 0 else None
        shown = ", ".join(
            x
            for x in (
                f"connector {connector}" if connector is not None else "",
                purpose or "",
                f"stack {stack}" if stack is not None else "",
            )
            if x
        )
        self._run(
            "clear_profile",
            shown or "every profile",
            lambda: self.ops.clear_charging_profile(cp, None, connector, purpose, stack),
        )

    def _do_composite(self) -> None:
        cp = self.cp_id
        connector = self.gc_connector.currentData() or 0
        duration = self.gc_duration.value()
        unit = self.gc_unit.currentData()
        self._run(
            "composite",
            f"connector {connector}, {duration} s" + (f", {unit}" if unit else ""),
            lambda: self.ops.get_composite_schedule(cp, connector, duration, unit),
            self.show_schedule,
        )

    def show_schedule(self, answer: dict[str, Any]) -> None:
        """The composite schedule as a table and a step chart."""
        schedule = answer.get("chargingSchedule") or answer.get("schedule") or {}  # 1.6 / 2.0.1
        periods = sorted(schedule.get("chargingSchedulePeriod") or (), key=lambda p: p.get("startPeriod", 0))
        unit = schedule.get("chargingRateUnit", "")
        start_text = (
            answer.get("scheduleStart") or schedule.get("scheduleStart") or schedule.get("startSchedule")
        )
        start: dt.datetime | None = None
        if isinstance(start_text, str):
            try:
                start = dt.datetime.fromisoformat(start_text.replace("Z", "+00:00"))
            except ValueError:
                start = None
        if answer.get("status") != "Accepted" or not periods:
            self.gc_summary.setText(f"The charger answered {answer.get('status', '?')}: no schedule to show.")
            self.gc_table.setRowCount(0)
            self.gc_chart.chart().removeAllSeries()
            return
        duration = schedule.get("duration") or self.gc_duration.value()
        self.gc_summary.setText(
            f"{len(periods)} period(s) over {duration} s in {unit}"
            + (f", from {start.astimezone():%Y-%m-%d %H:%M}" if start else "")
        )
        self.gc_table.setRowCount(len(periods))
        for r, p in enumerate(periods):
            offset = int(p.get("startPeriod", 0))
            at = f"{(start + dt.timedelta(seconds=offset)).astimezone():%H:%M:%S}" if start else ""
            phases = p.get("numberPhases")
            for c, text in enumerate(
                (f"{offset} s", at, f"{p.get('limit')} {unit}", str(phases) if phases is not None else "")
            ):
                self.gc_table.setItem(r, c, QTableWidgetItem(text))
        chart = self.gc_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QLineSeries()
        ends = [int(p.get("startPeriod", 0)) for p in periods[1:]] + [int(duration)]
        top = 0.0
        for p, end in zip(periods, ends, strict=True):
            limit = float(p.get("limit", 0))
            top = max(top, limit)
            series.append(int(p.get("startPeriod", 0)) / 60, limit)
            series.append(end / 60, limit)
        chart.addSeries(series)
        x = QValueAxis()
        x.setTitleText("minutes")
        x.setRange(0, max(1, int(duration)) / 60)
        x.setLabelFormat("%d")
        y = QValueAxis()
        y.setTitleText(unit)
        y.setRange(0, top * 1.1 or 1)
        y.applyNiceNumbers()
        y.setLabelFormat("%g")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        self._tasks.cancel()
        super().closeEvent(event)
