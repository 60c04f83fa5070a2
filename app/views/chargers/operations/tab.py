"""The "Operations" tab of the Chargers page: every operation ChargeDesk can send to a charger, each with a small
form of sensible defaults, and the charger's answers in a list with time and latency.

Left: the operations (those the charger's OCPP version has no request for in ChargeDesk are greyed out with a
tooltip saying why, and their form says it too). Right: the selected operation's form. Below: the results, newest
first — the charger's answer, or why there is none (offline, timeout, CallError, not supported, invalid request);
the selected result's full answer is shown as JSON.

This tab composes the forms (one class per operation, in the sibling modules) and owns what they share: the
selected charger and its pickers' data, sending an operation as a task and its result row. The calls go through
the :class:`~app.services.chargers.service.ChargersService` (the central system's operations) on the running loop;
nothing here waits on the GUI thread.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.local_list import ChargerContext
from app.services.chargers.operation_forms import (
    OPERATIONS,
    SPECS,
    V16,
    OpSpec,
    good_answer,
    not_supported_reason,
    summarize,
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
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.external_limits import limits_label, show_limits
from app.views.chargers.operations.common import ERROR_STYLE, Answer, OperationForm, local_now
from app.views.chargers.operations.control import (
    AvailabilityForm,
    ClearCacheForm,
    DataTransferForm,
    ExtendedTriggerForm,
    ResetForm,
    TriggerForm,
    UnlockForm,
)
from app.views.chargers.operations.local_list import LocalListVersionForm, SendLocalListForm
from app.views.chargers.operations.reservations import (
    CancelReservationForm,
    ReserveForm,
    first_reservation_id,
)
from app.views.chargers.operations.smart_charging import (
    ClearProfileForm,
    CompositeForm,
    ProfilesForm,
    SetProfileForm,
)
from app.views.chargers.operations.transactions import (
    RemoteStartForm,
    RemoteStopForm,
    TransactionStatusForm,
)
from app.views.shell.tasks import TaskSet, report_to_loop
from app.views.widgets import style
from app.views.widgets.text import esc, plain_label, rich, tip

OK, FAIL, WAIT = style.OK, style.ERROR, style.MUTED
GROUPS = {
    "remote_start": QT_TRANSLATE_NOOP("ChargerOperationsTab", "Transactions"),
    "reset": QT_TRANSLATE_NOOP("ChargerOperationsTab", "Charger control"),
    "send_local_list": QT_TRANSLATE_NOOP("ChargerOperationsTab", "Local list"),
    "reserve": QT_TRANSLATE_NOOP("ChargerOperationsTab", "Reservations"),
    "set_profile": QT_TRANSLATE_NOOP("ChargerOperationsTab", "Smart charging"),
}  # a header before these operations
WIDE_FORMS = {"set_profile", "composite", "get_profiles"}
#: the smart-charging part: each of its pages shows the limits set on site on the charger
SMART_CHARGING = ("set_profile", "clear_profile", "composite", "get_profiles")


def error_span(text: str) -> str:
    return f"<span style='{ERROR_STYLE}'>{text}</span>"


@dataclass
class Result:
    at: dt.datetime
    operation: str
    request: str
    answer: str = QT_TRANSLATE_NOOP("ChargerOperationsTab", "Sending…")  # shown translated (see run)
    colour: str = WAIT
    latency_ms: float | None = None
    detail: str = ""


class ChargerOperationsTab(QWidget):
    """The operation list, the selected operation's form and the results of the selected charger."""

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
        first_id = first_reservation_id()
        # one form per operation (the forms of OPERATIONS, in its order)
        self.remote_start = RemoteStartForm(self)
        self.remote_stop = RemoteStopForm(self)
        self.transaction_status = TransactionStatusForm(self)
        self.reset = ResetForm(self)
        self.unlock = UnlockForm(self)
        self.availability = AvailabilityForm(self)
        self.clear_cache = ClearCacheForm(self)
        self.trigger = TriggerForm(self)
        self.extended_trigger = ExtendedTriggerForm(self)
        self.data_transfer = DataTransferForm(self)
        self.send_local_list = SendLocalListForm(self, service)
        self.local_list_version = LocalListVersionForm(self)
        self.reserve = ReserveForm(self, first_id)
        self.cancel_reservation = CancelReservationForm(self, first_id)
        self.set_profile = SetProfileForm(self)
        self.clear_profile = ClearProfileForm(self)
        self.composite = CompositeForm(self)
        self.get_profiles = ProfilesForm(self)
        self.operation_forms: dict[str, OperationForm] = {
            f.key: f
            for f in (
                self.remote_start,
                self.remote_stop,
                self.transaction_status,
                self.reset,
                self.unlock,
                self.availability,
                self.clear_cache,
                self.trigger,
                self.extended_trigger,
                self.data_transfer,
                self.send_local_list,
                self.local_list_version,
                self.reserve,
                self.cancel_reservation,
                self.set_profile,
                self.clear_profile,
                self.composite,
                self.get_profiles,
            )
        }
        assert list(self.operation_forms) == [s.key for s in OPERATIONS]
        # what one form's answer means for another
        self.reserve.reserved.connect(self.cancel_reservation.suggest)
        self.send_local_list.list_sent.connect(self.local_list_version.show_known)
        self.local_list_version.version_read.connect(
            lambda v: self.send_local_list.suggest_version(max(1, v + 1))
        )
        self.forms: dict[str, QWidget] = {}  # each operation's page: title, banner, form, problem line
        self.send_buttons: dict[str, QPushButton] = {}
        self.problems: dict[str, QLabel] = {}
        self.banners: dict[str, QLabel] = {}
        self.limit_labels: dict[str, QLabel] = {}  # the smart-charging pages' limits set on site
        self._build()
        if bridge is not None:
            for name in ("connected", "disconnected", "boot"):
                getattr(bridge, name).connect(self._on_presence)
            for name in ("session_started", "session_stopped"):
                getattr(bridge, name).connect(self._on_session)
            charging_limit = getattr(bridge, "charging_limit", None)
            if charging_limit is not None:
                charging_limit.connect(self._on_charging_limit)
            bridge.reservation_changed.connect(self._on_reservation)
        self.set_charger(None)

    # --- layout -----------------------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.header = rich(QLabel())  # the state in colour; every value put in it is escaped
        outer.addWidget(self.header)
        self.empty = QLabel(
            translate("ChargerOperationsTab", "Select a charger on the left to send it operations.")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color:{style.MUTED}; font-size:14px;")
        outer.addWidget(self.empty, 1)

        self.body = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.op_list = QListWidget()
        self.op_list.setMaximumWidth(240)
        self.op_list.setSpacing(1)
        self.stack = QStackedWidget()
        self.op_rows: dict[str, int] = {}
        for spec in OPERATIONS:
            if spec.key in GROUPS:
                header = QListWidgetItem(translate("ChargerOperationsTab", GROUPS[spec.key]))
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                header.setForeground(QBrush(QColor(style.MUTED)))
                self.op_list.addItem(header)
            item = QListWidgetItem("   " + spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.hint)
            self.op_rows[spec.key] = self.op_list.count()
            self.op_list.addItem(item)
            form = self.operation_forms[spec.key]
            if spec.key not in WIDE_FORMS:
                form.setMaximumWidth(640)
            assert form.button is not None
            self.send_buttons[spec.key] = form.button
            page = self._page(spec, form)
            self.forms[spec.key] = page
            self.stack.addWidget(page)
        self.op_list.currentItemChanged.connect(self._op_selected)
        # the operations' names whole: in the window beside the charger list the splitter squeezed them to a few
        # letters (the tab scrolls sideways instead, as it does for the forms)
        self.op_list.setMinimumWidth(
            min(240, self.op_list.sizeHintForColumn(0) + 2 * self.op_list.frameWidth() + 16)
        )
        top.addWidget(self.op_list)
        top.addWidget(self.stack)
        top.setStretchFactor(1, 1)
        self.body.addWidget(top)

        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(QLabel(translate("ChargerOperationsTab", "<b>Results</b>")))
        head.addStretch(1)
        self.clear_results = QPushButton(translate("ChargerOperationsTab", "Clear results"))
        self.clear_results.setToolTip(translate("ChargerOperationsTab", "Empty this charger's results list"))
        self.clear_results.clicked.connect(self._clear_results)
        head.addWidget(self.clear_results)
        bl.addLayout(head)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("ChargerOperationsTab", "Time"),
                translate("ChargerOperationsTab", "Operation"),
                translate("ChargerOperationsTab", "Charger's answer"),
                translate("ChargerOperationsTab", "Latency"),
            ]
        )
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
        self.detail.setPlaceholderText(
            translate(
                "ChargerOperationsTab", "Select a result to see the request and the charger's full answer."
            )
        )
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([700, 300])
        bl.addWidget(split)
        self.body.addWidget(bottom)
        self.body.setSizes([460, 260])
        outer.addWidget(self.body, 1)
        self.op_list.setCurrentRow(self.op_rows[OPERATIONS[0].key])

    def select_operation(self, key: str) -> None:
        """Show operation ``key``'s form (another form offers it instead of its own)."""
        self.op_list.setCurrentRow(self.op_rows[key])

    def _show_external_limits(self) -> None:
        """The limits systems on site set on the selected charger, on each smart-charging page."""
        if self.cp_id is None:
            return
        try:
            limits = self.service.external_limits(self.cp_id)
            error = ""
        except Exception as exc:  # a database problem: said where the limits would be
            limits, error = [], translate("ChargerOperationsTab", "not read: {error}").format(error=exc)
        for label in self.limit_labels.values():
            show_limits(label, limits, error)

    def _on_charging_limit(self, event: Any) -> None:
        if self.cp_id is not None and getattr(event, "cp_id", None) == self.cp_id:
            self._show_external_limits()

    def _op_selected(self, item: QListWidgetItem | None) -> None:
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if key in self.forms:
            self.stack.setCurrentWidget(self.forms[key])

    def _page(self, spec: OpSpec, form: QWidget) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        heading = f"<b>{spec.title}</b> <span style='color:{style.MUTED}'>({spec.action})</span>"  # translated title
        title = QLabel(heading)
        lay.addWidget(title)
        if spec.hint:
            hint = QLabel(spec.hint + ".")
            hint.setStyleSheet(style.MUTED_CSS)
            lay.addWidget(hint)
        banner = plain_label()
        banner.setWordWrap(True)
        banner.setStyleSheet(
            f"background:{style.CAUTION_BG}; border:1px solid {style.CAUTION_BORDER}; border-radius:4px; padding:6px;"
        )
        banner.hide()
        self.banners[spec.key] = banner
        lay.addWidget(banner)
        if spec.key in SMART_CHARGING:
            limits = limits_label()
            self.limit_labels[spec.key] = limits
            row = QHBoxLayout()
            row.addWidget(QLabel(translate("ChargerOperationsTab", "Limits set on site:")))
            row.addWidget(limits, 1)
            lay.addLayout(row)
        lay.addWidget(form)
        problem = plain_label()  # may quote the charger's answer
        problem.setWordWrap(True)
        problem.setStyleSheet(ERROR_STYLE)
        problem.hide()
        self.problems[spec.key] = problem
        lay.addWidget(problem)
        lay.addStretch(1)
        return page

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
                translate(
                    "ChargerOperationsTab",
                    "Could not load {cp_id} from the database: {error}",
                ).format(cp_id=esc(cp_id), error=esc(exc))
            )
            self.header.setText(error_span(self.header.text()))
        live = self._live()
        self.version = (
            (live.ocpp_version if live is not None and live.ocpp_version else None)
            or self.context.ocpp_version
            or V16
        )
        self._fill_pickers()
        self._apply_version()
        self._update_header()
        self._show_external_limits()
        self._load_reservations()
        if changed:
            self._show_results()
            for form in self.operation_forms.values():
                form.charger_switched()

    def _live(self) -> Any:
        if self.central is None or self.cp_id is None:
            return None
        return next((c for c in self.central.chargers() if c.cp_id == self.cp_id), None)

    def _online(self) -> bool:
        return bool(
            self.central is not None and self.cp_id is not None and self.central.is_connected(self.cp_id)
        )

    def vendor(self) -> str:
        """The selected charger's vendor, from its BootNotification ("" before it booted)."""
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
        if online:
            online_text = translate("ChargerOperationsTab", "● online")
            state = f"<span style='color:{style.OK}'>{esc(online_text)}</span>"
        else:
            state = translate("ChargerOperationsTab", "● offline — operations will report that it is offline")
            state = f"<span style='color:{style.ERROR}'>{esc(state)}</span>"
        station = (
            esc(self.context.station_name)
            if self.context.station_name
            else esc(translate("ChargerOperationsTab", "no station bound"))
        )
        self.header.setText(
            translate("ChargerOperationsTab", "<b>{cp_id}</b> · {station} · OCPP {version} · {state}").format(
                cp_id=esc(self.cp_id), station=station, version=esc(self.version), state=state
            )
        )

    def _fill_pickers(self) -> None:
        connectors = self._connectors()
        tags = self.context.tags if self.context is not None else ()
        for form in self.operation_forms.values():
            form.fill(connectors, tags)
        self._fill_sessions()

    def _fill_sessions(self) -> None:
        sessions = self.context.sessions if self.context is not None else ()
        for form in self.operation_forms.values():
            form.set_sessions(sessions)

    def _apply_version(self) -> None:
        for spec in OPERATIONS:
            why = not_supported_reason(spec, self.version)
            item = self.op_list.item(self.op_rows[spec.key])
            item.setForeground(QBrush(QColor(style.DISABLED)) if why else QBrush())
            item.setToolTip(why or spec.hint)
            banner = self.banners[spec.key]
            banner.setText(why or "")
            banner.setVisible(bool(why))
            self.operation_forms[spec.key].set_supported(why)
        self._fill_sessions()

    def _on_presence(self, event: Any) -> None:
        if self.cp_id is not None and getattr(event, "cp_id", None) == self.cp_id:
            version = getattr(event, "ocpp_version", None)
            if version and version != self.version:
                self.version = version
                for form in self.operation_forms.values():
                    form.set_version(version)
                self._apply_version()
            self._update_header()
            for form in self.operation_forms.values():
                form.charger_seen()

    @property
    def operator(self) -> str:
        return self.service.operator_name()

    def _load_reservations(self) -> None:
        if self.cp_id is None:
            return
        try:
            rows = self.service.reservations(self.cp_id)
        except Exception as exc:  # a database problem: the forms still work with typed ids
            self.header.setText(
                error_span(
                    esc(
                        translate("ChargerOperationsTab", "Could not load the reservations: {error}").format(
                            error=exc
                        )
                    )
                )
            )
            return
        self.reserve.set_reservations(rows)
        self.cancel_reservation.set_reservations(rows)

    def _on_reservation(self, event: Any) -> None:
        if self.cp_id is not None and getattr(event, "cp_id", None) == self.cp_id:
            self._load_reservations()

    def _on_session(self, event: Any) -> None:
        if self.cp_id is None or getattr(event, "cp_id", None) != self.cp_id:
            return
        try:
            ctx = self.service.charger_context(self.cp_id)
        except Exception as exc:
            self.header.setText(
                translate(
                    "ChargerOperationsTab",
                    "Could not load the running sessions: {error}",
                ).format(error=esc(exc))
            )
            self.header.setText(error_span(self.header.text()))
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

    def problem(self, key: str, text: str) -> None:
        label = self.problems[key]
        label.setText(text)
        label.setVisible(bool(text))

    def run(
        self,
        key: str,
        request: str,
        call: Callable[[], Awaitable[Answer]],
        on_answer: Callable[[Answer], None] | None = None,
    ) -> Result | None:
        """Send one operation as a task; its result row shows the answer or why there is none."""
        if self.cp_id is None:
            return None
        self.problem(key, "")
        spec = SPECS[key]
        result = Result(local_now(), spec.action, request, translate("ChargerOperationsTab", "Sending…"))
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
            why = str(exc) or translate("ChargerOperationsTab", "{cp_id} is not connected").format(
                cp_id=cp_id
            )
            result.answer, result.colour = (
                translate("ChargerOperationsTab", "Offline — {error}").format(error=why),
                FAIL,
            )
        except ChargerTimeout as exc:
            result.answer = translate("ChargerOperationsTab", "Timeout — {error}").format(error=exc)
            result.colour = FAIL
        except ChargerCallError as exc:
            text = f"CallError {exc.code}" + (f": {exc.description}" if exc.description else "")
            result.answer, result.colour = text, FAIL
            result.detail = json.dumps(
                {"errorCode": exc.code, "errorDescription": exc.description, "errorDetails": exc.details},
                indent=2,
                default=str,
            )
        except OperationNotSupported as exc:
            result.answer = translate("ChargerOperationsTab", "Not supported — {error}").format(error=exc)
            result.colour = FAIL
        except InvalidRequest as exc:
            result.answer = translate("ChargerOperationsTab", "Not sent, invalid request — {error}").format(
                error=exc
            )
            result.colour = FAIL
        except InvalidReply as exc:
            result.answer = translate("ChargerOperationsTab", "Invalid answer — {error}").format(error=exc)
            result.colour = FAIL
        except asyncio.CancelledError:
            result.answer, result.colour = translate("ChargerOperationsTab", "Cancelled"), FAIL
            raise
        except Exception as exc:  # shown, not swallowed: the row says what went wrong
            result.answer = translate("ChargerOperationsTab", "Error — {kind}: {error}").format(
                kind=type(exc).__name__, error=exc
            )
            result.colour = FAIL
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
                item.setToolTip(tip(text))  # the charger's answer
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
            translate(
                "ChargerOperationsTab",
                "{operation} at {time}\nRequest: {request}\n\nAnswer: {answer}\n{detail}",
            ).format(
                operation=r.operation,
                time=f"{r.at:%Y-%m-%d %H:%M:%S}",
                request=r.request,
                answer=r.answer,
                detail=r.detail,
            )
        )

    def _clear_results(self) -> None:
        if self.cp_id is not None:
            self.results.pop(self.cp_id, None)
            self._show_results()

    @property
    def ops(self) -> Any:
        return self.service.operations

    def closeEvent(self, event: Any) -> None:
        self._tasks.cancel()
        super().closeEvent(event)
