"""The charger Overview's "Events" box: what the charger itself reported as events — its 2.0.1 NotifyEvent events
(a monitor that fired, a problem, a value that changed) and its security events (both versions) — in one table:
time, kind, component / variable, value, cleared or not. Stored ones (the audit trail, read once per charger) and
live ones (the bridge) alike, newest first. A monitor's cleared event is folded into the alert it ends ("cleared
14:02" on the alert's row); a problem not cleared is shown in the error colour."""

from __future__ import annotations

import collections
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.chargers.service import ChargersService
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.widgets.style import DIMMED, ERROR, OK

KEEP = 200  # events kept per charger
COLUMNS = (
    QT_TRANSLATE_NOOP("ChargerEventsBox", "Time"),
    QT_TRANSLATE_NOOP("ChargerEventsBox", "Kind"),
    QT_TRANSLATE_NOOP("ChargerEventsBox", "Component / variable"),
    QT_TRANSLATE_NOOP("ChargerEventsBox", "Value"),
    QT_TRANSLATE_NOOP("ChargerEventsBox", "Cleared"),
)


@dataclass
class EventRow:
    at: dt.datetime | None
    kind: str
    where: str
    value: str
    cleared: str
    level: str = "info"  # info | error | good


def _local(at: dt.datetime | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return at.astimezone().strftime(fmt) if at is not None else "—"


def _number(value: float) -> str:
    return f"{value:g}"


def monitor_text(kind: str, value: float | None) -> str:
    """``upper threshold 80``: a monitor as an operator reads it."""
    if value is None:
        return ""
    v = _number(value)
    if kind == "UpperThreshold":
        return translate("ChargerEventsBox", "upper threshold {value}").format(value=v)
    if kind == "LowerThreshold":
        return translate("ChargerEventsBox", "lower threshold {value}").format(value=v)
    if kind == "Delta":
        return translate("ChargerEventsBox", "change of {value}").format(value=v)
    if kind in ("Periodic", "PeriodicClockAligned"):
        return translate("ChargerEventsBox", "every {value} s").format(value=v)
    return ""


def _kind(e: Any) -> str:
    if e.notification in ("HardWiredMonitor", "PreconfiguredMonitor", "CustomMonitor"):
        if e.trigger == "Alerting":
            return translate("ChargerEventsBox", "Monitor alert")
        if e.trigger == "Delta":
            return translate("ChargerEventsBox", "Monitor: value changed")
        return translate("ChargerEventsBox", "Monitor: periodic value")
    if e.trigger == "Alerting":
        return translate("ChargerEventsBox", "Charger alert")
    return translate("ChargerEventsBox", "Charger notice")


def _key(e: Any) -> str:
    return f"m{e.monitor_id}" if e.monitor_id is not None else f"w{e.where}"


def event_rows(events: list[Any]) -> list[EventRow]:
    """The table's rows of ``events`` (ChargerEventReceived and SecurityEventReceived, any order), newest first."""
    ordered = sorted(events, key=lambda e: e.timestamp or e.at)
    rows: list[EventRow] = []
    open_alerts: dict[str, EventRow] = {}
    for e in ordered:
        when = e.timestamp or e.at
        if type(e).__name__ == "SecurityEventReceived":
            rows.append(
                EventRow(
                    when,
                    translate("ChargerEventsBox", "Security event"),
                    e.event_type,
                    e.tech_info,
                    "",
                    "error" if e.critical else "info",
                )
            )
            continue
        key = _key(e)
        if e.cleared and e.trigger == "Alerting" and key in open_alerts:
            row = open_alerts.pop(key)
            row.cleared = translate("ChargerEventsBox", "cleared {time}").format(time=_local(when, "%H:%M"))
            row.level = "good"
            continue
        value = e.actual_value
        threshold = monitor_text(e.monitor_type, e.monitor_value)
        if threshold:
            value = f"{value} ({threshold})"
        if e.tech_code or e.tech_info:
            value = f"{value} — {' '.join(t for t in (e.tech_code, e.tech_info) if t)}"
        if e.cleared:
            cleared = translate("ChargerEventsBox", "cleared")
        elif e.trigger == "Alerting":
            cleared = translate("ChargerEventsBox", "not cleared")
        else:
            cleared = ""
        row = EventRow(when, _kind(e), e.where, value, cleared, "error" if e.problem else "info")
        if e.trigger == "Alerting" and not e.cleared:
            open_alerts[key] = row
        rows.append(row)
    rows.reverse()
    return rows


def row_text(row: EventRow) -> str:
    """One row as a line: ``Connector 1 / Temperature = 85 (upper threshold 80), cleared 14:02``."""
    text = f"{row.where} = {row.value}" if row.value else row.where
    return f"{text}, {row.cleared}" if row.cleared else text


class ChargerEventsBox(QGroupBox):
    """The "Events" box: ``set_charger(cp_id)``, ``record(event)`` for live ones."""

    def __init__(self, service: ChargersService, parent: QWidget | None = None) -> None:
        super().__init__(translate("ChargerEventsBox", "Events"), parent)
        self.service = service
        self.cp_id: str | None = None
        self.events: dict[str, collections.deque[Any]] = {}
        self._started = dt.datetime.now(dt.UTC)  # stored events before it are read once per charger
        self._read: set[str] = set()
        self.setToolTip(
            translate(
                "ChargerEventsBox",
                "What the charger reported as events: its monitors and alerts (OCPP 2.0.1 NotifyEvent) and its "
                "security events, newest first",
            )
        )
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ChargerEventsBox", c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        lay.addWidget(self.table)

    def set_charger(self, cp_id: str | None) -> None:
        self.cp_id = cp_id
        if cp_id is not None and cp_id not in self._read:
            self._read.add(cp_id)
            stored: list[Any] = [
                *self.service.charger_events(cp_id, self._started, limit=KEEP),
                *self.service.security_events(cp_id, self._started, limit=KEEP),
            ]
            kept = self.events.setdefault(cp_id, collections.deque(maxlen=KEEP))
            for e in sorted(stored, key=lambda e: e.at, reverse=True):
                if len(kept) >= KEEP:
                    break
                kept.append(e)
        self.show_rows()

    def record(self, e: Any) -> None:
        """A live event of any charger (kept; shown when it is the selected one's)."""
        self.events.setdefault(e.cp_id, collections.deque(maxlen=KEEP)).appendleft(e)
        if e.cp_id == self.cp_id:
            self.show_rows()

    def rows(self) -> list[EventRow]:
        return event_rows(list(self.events.get(self.cp_id or "", ())))

    def show_rows(self) -> None:
        rows = self.rows()
        self.table.setRowCount(max(1, len(rows)))
        if not rows:
            item = QTableWidgetItem(translate("ChargerEventsBox", "No event reported by this charger."))
            item.setForeground(QBrush(QColor(DIMMED)))
            self.table.setItem(0, 0, item)
            for c in range(1, len(COLUMNS)):
                self.table.setItem(0, c, QTableWidgetItem(""))
            return
        for r, row in enumerate(rows):
            colour = {"error": ERROR, "good": OK}.get(row.level)
            for c, text in enumerate((_local(row.at), row.kind, row.where, row.value, row.cleared)):
                item = QTableWidgetItem(text)  # the charger's words: a table item shows them as plain text
                item.setToolTip(row_text(row))
                if colour is not None and c == 4:
                    item.setForeground(QBrush(QColor(colour)))
                elif colour == ERROR:
                    item.setForeground(QBrush(QColor(colour)))
                self.table.setItem(r, c, item)
