"""The Operations tab's reservation forms: reserve now and cancel a reservation."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateTimeEdit, QFormLayout, QSpinBox

from app.services.chargers.local_list import TagChoice
from app.services.i18n import translate
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


def first_reservation_id() -> int:
    """Reservation ids this console suggests start somewhere new on every run (a charger keeps old ones)."""
    return int(time.time()) % 100_000 + 1


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

        def reserved(answer: dict[str, Any]) -> None:
            if answer.get("status") == "Accepted":
                self.reserved.emit(reservation)
                self.reservation.setValue(reservation + 1)

        self.run(
            translate(
                "ReserveForm", "#{reservation} connector {connector} for {tag} until {expiry:%H:%M}"
            ).format(reservation=reservation, connector=connector, tag=tag, expiry=expiry),
            lambda: self.ops.reserve_now(cp, connector, expiry, tag, reservation),
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

    def suggest(self, reservation: int) -> None:
        """The reservation made last."""
        self.reservation.setValue(reservation)

    def send(self) -> None:
        reservation = self.reservation.value()
        cp = self.cp_id
        self.run(f"#{reservation}", lambda: self.ops.cancel_reservation(cp, reservation))
