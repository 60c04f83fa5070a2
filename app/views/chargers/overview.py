"""The Chargers page's "Overview" tab: who the charger is (identity, vendor, model, serial, firmware, OCPP version,
IP address, first/last seen, last boot, registration, station) and its connectors live (status, current power,
energy of the running session), the events the charger reported (its 2.0.1 NotifyEvents and its security events,
stored: :mod:`app.views.chargers.events_list`) and its recent events (kept per charger since the console started).
Bridge signals update only the row of the connector an event is about."""

from __future__ import annotations

import collections
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers import commissioning as svc
from app.services.chargers.local_list_status import SyncStatus
from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.events_list import ChargerEventsBox
from app.views.chargers.external_limits import limits_label, show_limits
from app.views.chargers.plurals import ChargerPlurals
from app.views.widgets.local_list_text import describe
from app.views.widgets.style import (
    CAUTION_STRONG,
    DIMMED,
    ERROR,
    HINT,
    MUTED,
    OK,
    STATUS_COLOURS,
    WARN,
    format_energy,
    format_power,
    text_css,
)
from app.views.widgets.text import plain_label

COLUMNS = (
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Connector"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Status"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Error"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Power"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Energy"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Transaction"),
    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Since"),
)


def local_time(value: dt.datetime | None) -> str:
    if value is None:
        return "—"
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


HISTORY = 200  # events kept per charger


def describe_event(e: Any) -> tuple[str, str] | None:
    """(text, level) of a central-system event for a charger's history; level: info | good | warn | error."""
    kind = type(e).__name__
    if kind == "ChargerConnected":
        if e.secure:
            text = translate("ChargerEvents", "connected (OCPP {version}, TLS) from {ip}")
        else:
            text = translate("ChargerEvents", "connected (OCPP {version}) from {ip}")
        return text.format(version=e.ocpp_version, ip=e.ip or "?"), "good"
    if kind == "ChargerDisconnected":
        if e.reason:
            why = e.reason
        elif e.code is not None:
            why = translate("ChargerEvents", "code {code}").format(code=e.code)
        else:
            return translate("ChargerEvents", "disconnected"), "warn"
        return translate("ChargerEvents", "disconnected: {reason}").format(reason=why), "warn"
    if kind == "BootReceived":
        return (
            translate(
                "ChargerEvents", "booted: {vendor} {model}, firmware {firmware} — answered {registration}"
            ).format(
                vendor=e.vendor,
                model=e.model,
                firmware=e.firmware_version or "?",
                registration=e.registration,
            ),
            "info" if e.registration == "Accepted" else "warn",
        )
    if kind == "StatusChanged":
        error = (
            f" ({e.error_code}{': ' + e.info if e.info else ''})"
            if e.error_code not in ("", "NoError")
            else ""
        )
        if e.connector_id == 0:
            text = translate("ChargerEvents", "charger: {status}{error}")
        else:
            text = translate("ChargerEvents", "connector {connector}: {status}{error}")
        level = "error" if e.status == "Faulted" or error else "info"
        return text.format(connector=e.connector_id, status=e.status, error=error), level
    if kind in ("AuthorizationDecided", "SessionStarted", "SessionStopped"):
        return describe_session_event(kind, e)
    if kind == "FirmwareStatus":
        level = "error" if "Fail" in e.status else "info"
        return translate("ChargerEvents", "firmware: {status}").format(status=e.status), level
    if kind == "DiagnosticsStatus":
        level = "error" if "Fail" in e.status else "info"
        return translate("ChargerEvents", "diagnostics: {status}").format(status=e.status), level
    if kind == "SecurityEventReceived":
        if e.tech_info:
            text = translate("ChargerEvents", "security event: {event} ({info})")
        else:
            text = translate("ChargerEvents", "security event: {event}")
        return text.format(event=e.event_type, info=e.tech_info), "error"
    if kind == "ChargingLimitChanged":
        return describe_limit_event(e)
    return None


def describe_limit_event(e: Any) -> tuple[str, str]:
    """A limit a system on site set on the charger, or cleared (ChargingLimitChanged)."""
    if e.evse_id is None:
        where = translate("ChargerEvents", "every EVSE")
    elif e.evse_id == 0:
        where = translate("ChargerEvents", "whole station")
    else:
        where = translate("ChargerEvents", "EVSE {evse}").format(evse=e.evse_id)
    if e.cleared:
        text = translate("ChargerEvents", "limit set on site cleared by {source} on {where}")
    else:
        text = translate("ChargerEvents", "limit set on site by {source} on {where}")
    return text.format(source=e.source, where=where), "info" if e.cleared else "warn"


def describe_session_event(kind: str, e: Any) -> tuple[str, str] | None:
    """:func:`describe_event` for cards and sessions."""
    if kind == "AuthorizationDecided":
        who = f" ({e.user_name})" if e.user_name else ""
        if e.refused:
            return translate("ChargerEvents", "card {tag}{who} refused: {reason}").format(
                tag=e.id_tag, who=who, reason=e.reason or e.status
            ), "warn"
        if e.context != "Authorize":  # the start of a session says it (its own line follows)
            return None
        return translate("ChargerEvents", "card {tag}{who} accepted").format(tag=e.id_tag, who=who), "info"
    if kind == "SessionStarted":
        return translate(
            "ChargerEvents", "connector {connector}: session {transaction} started by {who}"
        ).format(connector=e.connector_id, transaction=e.transaction_id, who=e.user_name or e.id_tag), "good"
    if kind == "SessionStopped":
        reason = e.stop_reason or translate("ChargerEvents", "no reason given")
        if e.energy_wh is None:
            text = translate(
                "ChargerEvents", "connector {connector}: session {transaction} stopped ({reason})"
            )
        else:
            text = translate(
                "ChargerEvents", "connector {connector}: session {transaction} stopped ({reason}, {kwh} kWh)"
            )
        kwh = "" if e.energy_wh is None else f"{e.energy_wh / 1000:.2f}"
        return text.format(
            connector=e.connector_id, transaction=e.transaction_id, reason=reason, kwh=kwh
        ), "info"
    return None


class ChargerOverviewTab(QWidget):
    def __init__(
        self, service: ChargersService, bridge: Any, central: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.central = central
        self.cp_id: str | None = None
        self.row_of: dict[int, int] = {}  # connector id -> table row

        self.stack = QStackedWidget()
        self.empty = QLabel(
            translate(
                "ChargerOverviewTab", "Select a charger on the left to see who it is and its connectors live."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color:{HINT}; font-size:11pt;")
        self.stack.addWidget(self.empty)

        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(0, 0, 0, 0)
        ident = QGroupBox(translate("ChargerOverviewTab", "Identity"))
        grid = QGridLayout(ident)
        grid.setHorizontalSpacing(24)
        self.fields: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setHorizontalSpacing(12)
        for form, names in (
            (
                left,
                (
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Charge point id"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Registration"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Station"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Connection"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "IP address"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "OCPP version"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Charger status"),
                ),
            ),
            (
                right,
                (
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Vendor"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Model"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Serial number"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Firmware"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "First seen"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Last seen"),
                    QT_TRANSLATE_NOOP("ChargerOverviewTab", "Last boot"),
                ),
            ),
        ):
            for name in names:
                value = plain_label("—")  # vendor, model, firmware …: the charger's own words
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[name] = value  # keyed by the English name
                form.addRow(
                    translate("ChargerOverviewTab", "{label}:").format(
                        label=translate("ChargerOverviewTab", name)
                    ),
                    value,
                )
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        ll_form = QFormLayout()
        ll_form.setHorizontalSpacing(12)
        self.local_list = plain_label("—")  # the outcome may quote the charger's answer
        self.local_list.setWordWrap(True)
        self.local_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.local_list.setToolTip(
            translate(
                "ChargerOverviewTab",
                "The central system keeps the charger's local authorization list in sync with who may charge at its station at any time: the charger uses it while it is offline.",
            )
        )
        ll_form.addRow(translate("ChargerOverviewTab", "Local list:"), self.local_list)
        self.external_limits = limits_label()
        ll_form.addRow(translate("ChargerOverviewTab", "Limits set on site:"), self.external_limits)
        grid.addLayout(ll_form, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        lay.addWidget(ident)

        conn = QGroupBox(translate("ChargerOverviewTab", "Connectors (live)"))
        cl = QVBoxLayout(conn)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ChargerOverviewTab", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        cl.addWidget(self.table)
        self.connectors_note = plain_label("")
        self.connectors_note.setWordWrap(True)
        self.connectors_note.setStyleSheet(text_css(HINT))
        cl.addWidget(self.connectors_note)
        lay.addWidget(conn, 1)
        self.charger_events = ChargerEventsBox(service)
        lay.addWidget(self.charger_events, 1)
        history = QGroupBox(translate("ChargerOverviewTab", "Recent events of this charger"))
        hl = QVBoxLayout(history)
        self.events = QListWidget()
        self.events.setToolTip(
            translate(
                "ChargerOverviewTab",
                "What this charger did since the console started, newest first: connections, boots, status changes, cards and sessions (the Log page has every message)",
            )
        )
        self.events.setAlternatingRowColors(True)
        hl.addWidget(self.events)
        lay.addWidget(history, 1)
        self.stack.addWidget(body)
        self.history: dict[str, collections.deque[Any]] = {}  # cp id -> its events, newest first

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.stack)

        if bridge is not None:
            bridge.status_changed.connect(self._on_status)
            bridge.session_started.connect(self._on_session)
            bridge.session_updated.connect(self._on_session)
            bridge.session_stopped.connect(self._on_stopped)
            bridge.connected.connect(self._on_presence)
            bridge.disconnected.connect(self._on_presence)
            bridge.boot.connect(self._on_presence)
            for signal in (
                bridge.connected,
                bridge.disconnected,
                bridge.boot,
                bridge.status_changed,
                bridge.session_started,
                bridge.session_stopped,
                bridge.firmware,
                bridge.diagnostics,
            ):  # its security events are in the Events box, with the events it reported
                signal.connect(self.record)
            charging_limit = getattr(bridge, "charging_limit", None)
            if charging_limit is not None:
                charging_limit.connect(self.record)
                charging_limit.connect(self._on_charging_limit)
            bridge.authorization.connect(self.record_authorization)
            bridge.security_event.connect(self.charger_events.record)
            bridge.charger_event.connect(self.charger_events.record)

    # --- loading -----------------------------------------------------------------------------------

    def set_charger(self, cp_id: str | None) -> None:
        self.cp_id = cp_id
        self.charger_events.set_charger(cp_id)
        if cp_id is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        self.reload()
        self._show_history()

    # --- the charger's recent events -------------------------------------------------------------------

    def record_authorization(self, e: Any) -> None:
        """:meth:`record` for an authorization, but for an accepted start (the session's start says it: describe_event
        has no line for it)."""
        if e.refused or e.context == "Authorize":
            self.record(e)

    def record(self, e: Any) -> None:
        """Keep an event of any charger (the last :data:`HISTORY` each); show it if it is the selected one's.
        Events are kept as they come and put into words only when shown (most chargers' are never looked at)."""
        history = self.history.get(e.cp_id)
        if history is None:
            history = self.history[e.cp_id] = collections.deque(maxlen=HISTORY)
        history.appendleft(e)
        if e.cp_id == self.cp_id:
            entry = self._line(e)
            if entry is not None:
                if self.events.count() == 1 and self.events.item(0).data(Qt.ItemDataRole.UserRole) == "empty":
                    self.events.clear()
                self.events.insertItem(0, self._item(*entry))
                if self.events.count() > HISTORY:
                    self.events.takeItem(self.events.count() - 1)

    @staticmethod
    def _line(e: Any) -> tuple[str, str] | None:
        entry = describe_event(e)
        if entry is None:
            return None
        text, level = entry
        at = getattr(e, "at", None) or getattr(e, "start_at", None) or getattr(e, "stop_at", None)
        return f"{local_time(at)[-8:] if at else '':>8}  {text}", level

    def _show_history(self) -> None:
        self.events.clear()
        entries = [
            entry for entry in map(self._line, self.history.get(self.cp_id or "", ())) if entry is not None
        ]
        for line, level in entries:
            self.events.addItem(self._item(line, level))
        if not entries:
            placeholder = QListWidgetItem(
                translate("ChargerOverviewTab", "Nothing yet since the console started.")
            )
            placeholder.setForeground(QColor(DIMMED))
            placeholder.setData(Qt.ItemDataRole.UserRole, "empty")
            self.events.addItem(placeholder)

    @staticmethod
    def _item(line: str, level: str) -> QListWidgetItem:
        item = QListWidgetItem(line)
        colour = {"error": ERROR, "warn": CAUTION_STRONG, "good": OK}.get(level)
        if colour:
            item.setForeground(QColor(colour))
        return item

    def reload(self) -> None:
        if self.cp_id is None:
            return
        detail = self.service.detail(self.cp_id)
        self._show_identity(detail.row)
        self._show_local_list(detail.local_list)
        self._fill_connectors(detail.connectors)
        self._show_external_limits()

    def _show_external_limits(self) -> None:
        if self.cp_id is None:
            return
        try:
            limits = self.service.external_limits(self.cp_id)
        except Exception as exc:  # a database problem: said where the limits would be
            show_limits(
                self.external_limits,
                None,
                translate("ChargerOverviewTab", "not read: {error}").format(error=exc),
            )
            return
        show_limits(self.external_limits, limits)

    def _on_charging_limit(self, e: Any) -> None:
        if getattr(e, "cp_id", None) == self.cp_id:
            self._show_external_limits()

    def _live(self) -> Any:
        if self.central is None or self.cp_id is None:
            return None
        return self.central.backend.states.get(self.cp_id)

    def _online(self) -> bool:
        return bool(
            self.central is not None and self.cp_id is not None and self.central.is_connected(self.cp_id)
        )

    def _show_identity(self, row: svc.ChargerRow | None) -> None:
        f = self.fields
        live = self._live()
        if row is None:
            for label in f.values():
                label.setText("—")
            f["Charge point id"].setText(self.cp_id or "—")
            return
        f["Charge point id"].setText(row.cp_id)
        reg = (
            row.registration
            if row.connected_ever
            else translate("ChargerOverviewTab", "{registration} (its charger never connected)").format(
                registration=row.registration
            )
        )
        f["Registration"].setText(
            translate("ChargerOverviewTab", "New — waiting for an operator (Pending)") if row.is_new else reg
        )
        f["Station"].setText(
            f"{row.station_name} ({row.site_name})"
            if row.station_id
            else translate("ChargerOverviewTab", "not bound to a station")
        )
        online = self._online()
        f["Connection"].setText(
            translate("ChargerOverviewTab", "online")
            if online
            else translate("ChargerOverviewTab", "offline")
        )
        f["Connection"].setStyleSheet(f"color:{OK if online else MUTED}; font-weight:600;")
        f["IP address"].setText((live.ip if live and live.ip else row.ip_address) or "—")
        f["OCPP version"].setText(
            (live.ocpp_version if live and live.ocpp_version else row.ocpp_version) or "—"
        )
        status = live.statuses.get(0).status if live and 0 in live.statuses else row.status
        f["Charger status"].setText(status or "—")
        f["Vendor"].setText(row.vendor or "—")
        f["Model"].setText(row.model or "—")
        f["Serial number"].setText(row.serial_number or "—")
        f["Firmware"].setText(row.firmware_version or "—")
        f["First seen"].setText(
            local_time(row.first_seen) if row.connected_ever else translate("ChargerOverviewTab", "never")
        )
        last = live.last_seen if live and live.last_seen else row.last_seen
        f["Last seen"].setText(
            translate("ChargerOverviewTab", "now (connected)") if online else local_time(last)
        )
        f["Last boot"].setText(local_time(row.last_boot))

    def _show_local_list(self, state: SyncStatus | None) -> None:
        if state is None or state.synced_at is None:
            self.local_list.setText(translate("ChargerOverviewTab", "not synchronised yet"))
            self.local_list.setStyleSheet(text_css(HINT))
            return
        at = local_time(state.synced_at)
        if state.flagged:
            text = translate(
                "ChargerOverviewTab",
                "none — cards are not checked against the station's rules while it is offline ({at}: {outcome})",
            ).format(at=at, outcome=describe(state.outcome))
            colour = WARN
        elif state.ok:
            text = ChargerPlurals.tr(
                "version {version}, %n tag(s) — {at}: {outcome}", None, state.entries or 0
            ).format(version=state.version, at=at, outcome=describe(state.outcome))
            colour = OK
        else:
            text = translate("ChargerOverviewTab", "not in sync — {at}: {outcome}").format(
                at=at, outcome=describe(state.outcome)
            )
            colour = ERROR
        self.local_list.setText(text)
        self.local_list.setStyleSheet(text_css(colour))

    def _fill_connectors(self, rows: list[svc.ConnectorRow]) -> None:
        live = self._live()
        by_id: dict[int, svc.ConnectorRow] = {r.connector_id: r for r in rows}
        if live is not None:  # an unbound charger's connectors live in memory only
            for n, rep in live.statuses.items():
                if n > 0 and n not in by_id:
                    by_id[n] = svc.ConnectorRow(n, rep.status, rep.error_code, rep.info, rep.timestamp)
        self.table.setRowCount(0)
        self.row_of.clear()
        for i, n in enumerate(sorted(by_id)):
            self.table.insertRow(i)
            self.row_of[n] = i
            r = by_id[n]
            self._set(i, 0, str(n))
            status = r.status if self._online() else "Offline"
            self._set_status(i, status, r.error_code, r.status_at)
        if live is not None:
            for tx in live.active.values():
                self._set_tx(tx.connector_id, tx.transaction_id, tx.power_w, tx.energy_wh)
        if not by_id:
            self.connectors_note.setText(
                translate(
                    "ChargerOverviewTab",
                    "No connector has reported yet: they appear with the charger's first StatusNotification.",
                )
            )
        else:
            self.connectors_note.setText("")

    def _set(self, row: int, col: int, text: str) -> QTableWidgetItem:
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem(text)
            self.table.setItem(row, col, item)
        else:
            item.setText(text)
        return item

    def _set_status(self, row: int, status: str, error: str, at: dt.datetime | None) -> None:
        item = self._set(
            row, 1, translate("ChargerOverviewTab", "Offline") if status == "Offline" else status
        )
        item.setForeground(QBrush(QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"]))))
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        self._set(row, 2, "" if error in ("", "NoError") else error)
        self._set(row, 6, local_time(at) if at else "")
        if status not in ("Charging", "SuspendedEV", "SuspendedEVSE", "Preparing", "Finishing"):
            for col in (3, 4, 5):
                self._set(row, col, "")

    def _set_tx(self, connector: int, tx_id: int | None, power: float | None, energy: float | None) -> None:
        row = self._row(connector)
        if tx_id is not None:
            self._set(row, 5, str(tx_id))
        if power is not None:
            self._set(row, 3, format_power(power))
        if energy is not None:
            self._set(row, 4, format_energy(energy))

    def _row(self, connector: int) -> int:
        row = self.row_of.get(connector)
        if row is None:  # first sight of this connector
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.row_of[connector] = row
            self._set(row, 0, str(connector))
            self.connectors_note.setText("")
        return row

    # --- live ----------------------------------------------------------------------------------------

    def _on_status(self, e: Any) -> None:
        if e.cp_id != self.cp_id:
            return
        if e.connector_id == 0:
            self.fields["Charger status"].setText(e.status)
            return
        self._set_status(self._row(e.connector_id), e.status, e.error_code, e.at)

    def _on_session(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self._set_tx(
                e.connector_id, e.transaction_id, getattr(e, "power_w", None), getattr(e, "energy_wh", None)
            )

    def _on_stopped(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            row = self._row(e.connector_id)
            self._set(row, 3, "")
            self._set(
                row,
                5,
                translate("ChargerOverviewTab", "{transaction} (stopped)").format(
                    transaction=e.transaction_id
                ),
            )
            if e.energy_wh is not None:
                self._set(row, 4, format_energy(e.energy_wh))

    def _on_presence(self, e: Any) -> None:
        if e.cp_id == self.cp_id:
            self.reload()
