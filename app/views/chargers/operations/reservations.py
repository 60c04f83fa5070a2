"""The Operations tab's reservation forms: reserve now and cancel a reservation."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
)

from app.services.central.reservations import ReservationRow
from app.services.chargers.local_list import TagChoice
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.views.chargers.operations.common import (
    Host,
    OperationForm,
    aware,
    connector_combo,
    fill_connectors,
    fill_tags,
    local_now,
    qdt,
    tag_combo,
    tag_of,
)
from app.views.widgets import style

STATUS = {
    "Reserved": QT_TRANSLATE_NOOP("ReservationsTable", "Holding the connector"),
    "Used": QT_TRANSLATE_NOOP("ReservationsTable", "Used by session {session}"),
    "Cancelled": QT_TRANSLATE_NOOP("ReservationsTable", "Cancelled"),
    "Expired": QT_TRANSLATE_NOOP("ReservationsTable", "Expired"),
    "Removed": QT_TRANSLATE_NOOP("ReservationsTable", "Removed by the station"),
}


def first_reservation_id() -> int:
    """Reservation ids this console suggests start somewhere new on every run (a charger keeps old ones)."""
    return int(time.time()) % 100_000 + 1


class ReservationsTable(QTableWidget):
    """The charger's stored reservations: those holding a connector first, then the recent ended ones (live: the
    tab fills it again whenever one changes)."""

    def __init__(self) -> None:
        super().__init__(0, 6)
        self.setHorizontalHeaderLabels(
            [
                translate("ReservationsTable", "Id"),
                translate("ReservationsTable", "Connector"),
                translate("ReservationsTable", "Tag"),
                translate("ReservationsTable", "Expires"),
                translate("ReservationsTable", "Made by"),
                translate("ReservationsTable", "State"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setMinimumHeight(140)
        self.rows: list[ReservationRow] = []

    def show_rows(self, rows: Sequence[ReservationRow]) -> None:
        self.rows = list(rows)
        self.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            connector = str(r.connector_id) if r.connector_id else translate("ReservationsTable", "any")
            state = translate("ReservationsTable", STATUS.get(r.status, r.status)).format(
                session=r.session_id if r.session_id is not None else "?"
            )
            texts = (
                f"#{r.reservation_id}",
                connector,
                r.id_tag,
                f"{r.expiry.astimezone():%Y-%m-%d %H:%M}",
                r.made_by,
                state,
            )
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if not r.active:
                    item.setForeground(QBrush(QColor(style.MUTED)))
                self.setItem(n, c, item)


def reservations_block(table: ReservationsTable, form: QFormLayout) -> None:
    title = QLabel(translate("ReservationsTable", "<b>This charger's reservations</b> (active first)"))
    form.addRow(title)
    form.addRow(table)


class ReserveForm(OperationForm):
    """``reserved(id)`` once the charger accepted the reservation; the next id is suggested."""

    key = "reserve"
    reserved = Signal(int)

    def __init__(self, host: Host, first_id: int) -> None:
        self.first_id = first_id
        super().__init__(host)

    def build(self) -> None:
        f = QFormLayout(self)
        self.connector = connector_combo()
        self.tag = tag_combo()
        self.expiry = QDateTimeEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.reservation = QSpinBox()
        self.reservation.setRange(1, 2_000_000_000)
        self.reservation.setValue(self.first_id)
        f.addRow(translate("ReserveForm", "Connector"), self.connector)
        f.addRow(translate("ReserveForm", "Tag"), self.tag)
        f.addRow(translate("ReserveForm", "Expires"), self.expiry)
        f.addRow(translate("ReserveForm", "Reservation id"), self.reservation)
        f.addRow("", self.send_button(translate("ReserveForm", "Reserve"), self.send))
        self.table = ReservationsTable()
        reservations_block(self.table, f)

    def set_reservations(self, rows: Sequence[ReservationRow]) -> None:
        self.table.show_rows(rows)

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)
        fill_tags(self.tag, tags)
        self.expiry.setDateTime(qdt(local_now() + dt.timedelta(minutes=30)))

    def send(self) -> None:
        tag = tag_of(self.tag)
        if not tag:
            self.problem(
                translate("ReserveForm", "Pick a user's tag or type the idTag the connector is held for.")
            )
            return
        expiry = aware(self.expiry)
        if expiry <= local_now():
            self.problem(translate("ReserveForm", "The expiry must be in the future."))
            return
        connector = self.connector.currentData()
        reservation = self.reservation.value()
        cp = self.cp_id
        made_by = self.host.operator

        def reserved(answer: dict[str, Any]) -> None:
            if answer.get("status") == "Accepted":
                self.reserved.emit(reservation)
                self.reservation.setValue(reservation + 1)

        self.run(
            translate(
                "ReserveForm", "#{reservation} connector {connector} for {tag} until {expiry:%H:%M}"
            ).format(reservation=reservation, connector=connector, tag=tag, expiry=expiry),
            lambda: self.ops.reserve_now(cp, connector, expiry, tag, reservation, made_by=made_by),
            reserved,
        )


class CancelReservationForm(OperationForm):
    key = "cancel_reservation"

    def __init__(self, host: Host, first_id: int) -> None:
        self.first_id = first_id
        super().__init__(host)

    def build(self) -> None:
        f = QFormLayout(self)
        self.reservation = QSpinBox()
        self.reservation.setRange(1, 2_000_000_000)
        self.reservation.setValue(self.first_id)
        self.reservation.setToolTip(
            translate(
                "CancelReservationForm", "The id of the reservation (the last one made here is filled in)"
            )
        )
        f.addRow(translate("CancelReservationForm", "Reservation id"), self.reservation)
        f.addRow("", self.send_button(translate("CancelReservationForm", "Cancel reservation"), self.send))
        self.table = ReservationsTable()
        self.table.setToolTip(translate("CancelReservationForm", "Click a reservation to cancel it"))
        self.table.cellClicked.connect(self._picked)
        reservations_block(self.table, f)

    def set_reservations(self, rows: Sequence[ReservationRow]) -> None:
        self.table.show_rows(rows)

    def _picked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.table.rows) and self.table.rows[row].active:
            self.reservation.setValue(self.table.rows[row].reservation_id)

    def suggest(self, reservation: int) -> None:
        """The reservation made last."""
        self.reservation.setValue(reservation)

    def send(self) -> None:
        reservation = self.reservation.value()
        cp = self.cp_id
        self.run(f"#{reservation}", lambda: self.ops.cancel_reservation(cp, reservation))
