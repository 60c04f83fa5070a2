"""The Operations tab's transaction forms: remote start and remote stop."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from app.services.chargers.local_list import ActiveSession, TagChoice
from app.services.chargers.operation_forms import id_tag_problem, transaction_status_text
from app.services.i18n import translate
from app.views.chargers.operations.common import (
    OperationForm,
    connector_combo,
    fill_connectors,
    fill_sessions,
    fill_tags,
    session_label,
    tag_combo,
    tag_of,
)


class RemoteStartForm(OperationForm):
    key = "remote_start"

    def build(self) -> None:
        f = QFormLayout(self)
        self.connector = connector_combo(none=translate("RemoteStartForm", "Any free connector"))
        self.tag = tag_combo()
        f.addRow(translate("RemoteStartForm", "Connector"), self.connector)
        f.addRow(translate("RemoteStartForm", "Tag"), self.tag)
        f.addRow("", self.send_button(translate("RemoteStartForm", "Start charging"), self.send))

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        fill_connectors(self.connector, connectors)
        fill_tags(self.tag, tags)

    def send(self) -> None:
        tag = tag_of(self.tag)
        if not tag:
            self.problem(translate("RemoteStartForm", "Pick a user's tag or type the idTag to start with."))
            return
        too_long = id_tag_problem(tag, self.host.version)
        if too_long:
            self.problem(too_long)
            return
        connector = self.connector.currentData()
        cp = self.cp_id
        where = (
            translate("RemoteStartForm", "connector {connector}").format(connector=connector)
            if connector
            else translate("RemoteStartForm", "any connector")
        )
        self.run(
            translate("RemoteStartForm", "{tag} on {where}").format(tag=tag, where=where),
            lambda: self.ops.remote_start(cp, tag, connector),
        )


class RemoteStopForm(OperationForm):
    key = "remote_stop"

    def build(self) -> None:
        f = QFormLayout(self)
        self.session = QComboBox()
        self.session.setToolTip(translate("RemoteStopForm", "The sessions running on this charger"))
        f.addRow(translate("RemoteStopForm", "Session"), self.session)
        f.addRow("", self.send_button(translate("RemoteStopForm", "Stop session"), self.send))
        self._why: str | None = None
        self._running = False

    def set_supported(self, why: str | None) -> None:
        self._why = why
        self._update_button()

    def set_sessions(self, sessions: Sequence[ActiveSession]) -> None:
        fill_sessions(self.session, sessions)
        self._running = bool(sessions)
        if not sessions:
            self.session.addItem(translate("RemoteStopForm", "No session is running on this charger"), None)
        self._update_button()

    def _update_button(self) -> None:
        assert self.button is not None
        self.button.setEnabled(self._running and self._why is None)
        self.button.setToolTip(
            "" if self._running else translate("RemoteStopForm", "No session is running on this charger")
        )

    def send(self) -> None:
        session = self.session.currentData()
        if not isinstance(session, ActiveSession):
            self.problem(translate("RemoteStopForm", "No session is running on this charger."))
            return
        cp = self.cp_id
        self.run(session_label(session), lambda: self.ops.remote_stop(cp, session.stop_id))


class TransactionStatusForm(OperationForm):
    """2.0.1 GetTransactionStatus: whether a running session (its end unknown here, after a reconnect say) still
    runs on the station and whether the station still has messages about it — or, for no session, whether it
    holds any transaction message at all. The answer in plain words below the button."""

    key = "transaction_status"

    def build(self) -> None:
        f = QFormLayout(self)
        self.session = QComboBox()
        self.session.setToolTip(
            translate(
                "TransactionStatusForm",
                "A session this console shows as running, or none: are transaction messages waiting at all?",
            )
        )
        f.addRow(translate("TransactionStatusForm", "Session"), self.session)
        f.addRow("", self.send_button(translate("TransactionStatusForm", "Ask the station"), self.send))
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        f.addRow(self.answer)
        self.set_sessions(())

    def set_sessions(self, sessions: Sequence[ActiveSession]) -> None:
        keep = self.session.currentData()
        fill_sessions(self.session, sessions)
        self.session.insertItem(
            0, translate("TransactionStatusForm", "No session: any transaction messages waiting?"), None
        )
        index = next(
            (
                i
                for i in range(self.session.count())
                if isinstance(keep, ActiveSession)
                and isinstance(self.session.itemData(i), ActiveSession)
                and self.session.itemData(i).session_id == keep.session_id
            ),
            0,
        )
        self.session.setCurrentIndex(index)

    def charger_switched(self) -> None:
        self.answer.setText("")

    def send(self) -> None:
        session = self.session.currentData()
        cp = self.cp_id
        self.answer.setText("")
        asked = session.session_id if isinstance(session, ActiveSession) else None
        transaction = session.stop_id if isinstance(session, ActiveSession) else None

        def answered(answer: dict[str, object]) -> None:
            self.answer.setText(transaction_status_text(answer, asked))

        self.run(
            session_label(session)
            if isinstance(session, ActiveSession)
            else translate("TransactionStatusForm", "any transaction messages"),
            lambda: self.ops.get_transaction_status(cp, transaction),
            answered,
        )
