"""RFID learn mode: the technician chooses a charger, taps a card on its reader, and gives the card to a user
(an existing one, or a new one typed in) with a label, in the same dialog.

While the dialog is open the chosen charger's Authorize requests are refused
(:meth:`app.services.central.system.CentralSystem.learn_cards`), so tapping a card there starts no charge, even on a
Public station. Learn mode ends when the dialog closes. Open it with ``dialog.open()`` (never ``exec()``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.admin.stations import Choice
from app.services.admin.users import UsersService
from app.services.i18n import translate
from app.services.rules.tags import normalise_tag
from app.services.validation import FormError
from app.views.widgets.station_panels import UserPicker
from app.views.widgets.style import ACCENT, BORDER_ERROR_CSS, ERROR, MUTED, OK
from app.views.widgets.text import plain_label


class LearnCardDialog(QDialog):
    def __init__(self, users: UsersService, bridge: Any, central: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users, self.bridge, self.central = users, bridge, central
        self.setWindowTitle(translate("LearnCardDialog", "Learn an RFID card"))
        self.setMinimumWidth(560)
        self.learning: str | None = None
        self._stop_learning: Callable[[], None] | None = None
        self.tag = ""
        self.saved: list[tuple[str, str]] = []  # (tag, user name) saved in this dialog

        lay = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "LearnCardDialog",
                "Choose the charger you are standing at, then tap the card on its reader. The charger "
                "refuses the card while this dialog is open, so no charge starts.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.charger = QComboBox()
        self.charger.setObjectName("field_charger")
        self.charger.setToolTip(translate("LearnCardDialog", "Chargers connected now"))
        form.addRow(translate("LearnCardDialog", "Charger:"), self.charger)
        lay.addLayout(form)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # waiting: an indeterminate bar
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        lay.addWidget(self.busy)
        self.status = plain_label()  # the station's name; the card's idTag below: data, not markup
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size:14px;")
        lay.addWidget(self.status)

        card = QFormLayout()
        self.tag_field = QLineEdit()
        self.tag_field.setReadOnly(True)
        self.tag_field.setObjectName("field_tag")
        self.tag_field.setPlaceholderText(translate("LearnCardDialog", "tap a card on the charger"))
        self.tag_field.setStyleSheet("font-family: monospace; font-size: 15px;")
        card.addRow(translate("LearnCardDialog", "Card:"), self.tag_field)
        self.owner = plain_label()
        self.owner.setWordWrap(True)
        card.addRow("", self.owner)
        self.user = UserPicker(self._users())
        self.user.setObjectName("field_user")
        self.user.setToolTip(
            translate(
                "LearnCardDialog",
                "Type a few letters and pick the user; a name nobody has yet creates a new user",
            )
        )
        self.user.textChanged.connect(self._user_typed)
        card.addRow(translate("LearnCardDialog", "Give it to:"), self.user)
        self.user_hint = plain_label()
        self.user_hint.setWordWrap(True)
        card.addRow("", self.user_hint)
        self.email = QLineEdit()
        self.email.setObjectName("field_email")
        self.email.setPlaceholderText(translate("LearnCardDialog", "optional, for the new user"))
        self.email_label = QLabel(translate("LearnCardDialog", "E-mail:"))
        card.addRow(self.email_label, self.email)
        self.label = QLineEdit()
        self.label.setObjectName("field_label")
        self.label.setPlaceholderText(translate("LearnCardDialog", "e.g. Company car ZH 123, spare card"))
        self.label.setToolTip(
            translate("LearnCardDialog", "What the card is, as it shows in the user's list of cards")
        )
        card.addRow(translate("LearnCardDialog", "Label:"), self.label)
        self.label.textEdited.connect(lambda _t: self._edited(self.label))
        self.email.textEdited.connect(lambda _t: self._edited(self.email))
        self.card_form = card
        lay.addLayout(card)
        self.error = plain_label()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color:{ERROR};")
        lay.addWidget(self.error)
        self.outcome = plain_label()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet(f"color:{OK};")
        lay.addWidget(self.outcome)
        lay.addStretch(1)

        buttons = QDialogButtonBox()
        self.save = QPushButton(translate("LearnCardDialog", "Save card"))
        self.save.setDefault(True)
        self.save.clicked.connect(self.save_card)
        buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        lay.addWidget(buttons)

        self._fill_chargers()
        self.charger.currentIndexChanged.connect(lambda _i: self._learn_on(self.charger.currentData()))
        if bridge is not None:
            bridge.connected.connect(self._presence)
            bridge.disconnected.connect(self._presence)
        self._learn_on(self.charger.currentData())
        self._show_card("")
        self.resize(620, 420)  # room for every row (some appear only when a card is read or a new user typed)

    # --- chargers -----------------------------------------------------------------------------------------

    def _fill_chargers(self) -> None:
        current = self.charger.currentData()
        self.charger.blockSignals(True)
        self.charger.clear()
        online = sorted(
            (c for c in self.central.chargers() if self.central.is_connected(c.cp_id)),
            key=lambda c: (c.ref.name or c.cp_id).casefold(),
        )
        for c in online:
            self.charger.addItem(f"{c.ref.name} ({c.cp_id})" if c.ref.name else c.cp_id, c.cp_id)
        if self.learning and self.charger.findData(self.learning) < 0:  # it went offline: keep it listed
            self.charger.addItem(
                translate("LearnCardDialog", "{charger} (offline)").format(charger=self.learning),
                self.learning,
            )
        index = self.charger.findData(current if current is not None else self.learning)
        self.charger.setCurrentIndex(max(0, index))
        self.charger.setEnabled(self.charger.count() > 0)
        self.charger.blockSignals(False)

    def _presence(self, event: Any) -> None:
        before = self.charger.currentData()
        self._fill_chargers()
        if self.charger.currentData() != before or self.learning is None:
            self._learn_on(self.charger.currentData())
        else:
            self._show_waiting()

    def _name(self, cp_id: str) -> str:
        index = self.charger.findData(cp_id)
        return self.charger.itemText(index) if index >= 0 else cp_id

    def _learn_on(self, cp_id: str | None) -> None:
        if cp_id == self.learning and self._stop_learning is not None:
            return
        self._end_learning()
        if cp_id:
            self.learning = cp_id
            self._stop_learning = self.central.learn_cards(cp_id, self._card_read)
            self.destroyed.connect(self._stop_learning)  # deleted with its parent without closing: ends too
        self._show_waiting()

    def _end_learning(self) -> None:
        if self._stop_learning is not None:
            self._stop_learning()
        self._stop_learning = None
        self.learning = None

    def _show_waiting(self) -> None:
        cp_id = self.learning
        if cp_id is None:
            self.busy.setVisible(False)
            self.status.setStyleSheet(f"font-size:14px; color:{MUTED};")
            self.status.setText(
                translate(
                    "LearnCardDialog",
                    "No charger is connected. Connect the charger (or check its central system "
                    "address), then choose it here.",
                )
            )
            return
        online = self.central.is_connected(cp_id)
        self.busy.setVisible(online and not self.tag)
        if not online:
            self.status.setStyleSheet(f"font-size:14px; color:{ERROR};")
            self.status.setText(
                translate(
                    "LearnCardDialog", "{charger} went offline; learn mode resumes when it is back."
                ).format(charger=self._name(cp_id))
            )
        elif self.tag:
            self.status.setStyleSheet("font-size:14px;")
            self.status.setText(
                translate(
                    "LearnCardDialog",
                    "Card read on {charger}. Give it to a user and save, or tap another card.",
                ).format(charger=self._name(cp_id))
            )
        else:
            self.status.setStyleSheet(f"font-size:14px; color:{ACCENT};")
            self.status.setText(
                translate(
                    "LearnCardDialog", "Waiting for a card on {charger}… Tap the card on its reader."
                ).format(charger=self._name(cp_id))
            )

    # --- the card -----------------------------------------------------------------------------------------

    def _card_read(self, id_tag: str, connector_id: int | None) -> None:
        self.outcome.setText("")
        self._show_card(normalise_tag(id_tag))

    def _show_card(self, tag: str) -> None:
        self.tag = tag
        self.tag_field.setText(tag)
        self.error.setText("")
        owner = None
        if tag:
            owner = self.users.tag_owner(tag)
        if owner is not None:
            self.owner.setStyleSheet(f"color:{ERROR};")
            self.owner.setText(
                translate(
                    "LearnCardDialog",
                    "This card already belongs to {user}. To give it to someone else, remove it "
                    "from that user first (Users page).",
                ).format(user=owner[1])
            )
        else:
            self.owner.setStyleSheet(f"color:{MUTED};")
            self.owner.setText(translate("LearnCardDialog", "A card nobody has yet.") if tag else "")
        self.card_form.setRowVisible(self.owner, bool(self.owner.text()))
        for w in (self.user, self.label, self.email):
            w.setEnabled(bool(tag))
        self.save.setEnabled(bool(tag) and owner is None)
        self._user_typed()
        self._show_waiting()
        if tag and owner is None:
            self.user.setFocus()

    def _users(self) -> list[Choice]:
        return [Choice(i, n, "" if active else "blocked") for i, n, active in self.users.choices()]

    def _user_typed(self, _text: str = "") -> None:
        new = self.user.unknown_text()
        self.card_form.setRowVisible(self.email, new)
        if new:
            self.user_hint.setStyleSheet(f"color:{ACCENT};")
            self.user_hint.setText(
                translate("LearnCardDialog", "A new user “{name}” is created with this card.").format(
                    name=self.user.text().strip()
                )
            )
        else:
            self.user_hint.setText("")
        self.card_form.setRowVisible(self.user_hint, new)
        self._edited(self.user)

    def _edited(self, widget: QWidget) -> None:
        """The field with the problem was changed: the message has done its job."""
        if widget.styleSheet():
            widget.setStyleSheet("")
            self.error.setText("")
        elif widget is self.user and self.error.text() == self._choose_user_text():
            self.error.setText("")

    @staticmethod
    def _choose_user_text() -> str:
        return translate(
            "LearnCardDialog",
            "Choose the user the card belongs to (type a few letters of the name), or type a new user's name.",
        )

    def save_card(self) -> None:
        if not self.tag:
            return
        self.error.setText("")
        self.user.setStyleSheet("")
        name = self.user.text().strip()
        if not name:
            self.error.setText(self._choose_user_text())
            self.user.setStyleSheet(BORDER_ERROR_CSS)
            self.user.setFocus()
            return
        user_id = self.user.user_id()
        label = self.label.text()
        try:
            _uid, user_name = self.users.assign_learned(
                self.tag, label, user_id, name, self.email.text().strip()
            )
        except FormError as e:
            order = ("name", "email", "id_tag", "label", "form")
            first = next((k for k in order if k in e.problems), next(iter(e.problems)))
            self.error.setText(e.problems[first][0].upper() + e.problems[first][1:] + ".")
            target = {"name": self.user, "email": self.email, "label": self.label}.get(first)
            if target is not None:
                target.setStyleSheet(BORDER_ERROR_CSS)
                target.setFocus()
            return
        except Exception as e:  # the database went away: say so, nothing claimed
            self.error.setText(
                translate("LearnCardDialog", "The card was not saved: {problem}").format(problem=e)
            )
            return
        self.saved.append((self.tag, user_name))
        self.outcome.setText(
            translate(
                "LearnCardDialog",
                "Saved: {tag} is now {user}'s card “{label}”. Tap the next card to learn another one, or close.",
            ).format(tag=self.tag, user=user_name, label=label.strip())
            if label.strip()
            else translate(
                "LearnCardDialog",
                "Saved: {tag} is now {user}'s card. Tap the next card to learn another one, or close.",
            ).format(tag=self.tag, user=user_name)
        )

        self._reload_users()
        self.label.clear()
        self.email.clear()
        self.user.clear()
        self._show_card("")

    def _reload_users(self) -> None:
        """A user created here can be picked for the next card."""
        users = self._users()
        picker = self.user
        picker.users = users
        picker._by_name = {u.name.casefold(): u for u in users}
        picker._by_id = {u.id: u for u in users}
        model = picker.completer().model()
        if isinstance(model, QStringListModel):
            model.setStringList([u.name for u in users])

    # --- closing ends learn mode ----------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._end_learning()
        if self.bridge is not None:
            for signal in (self.bridge.connected, self.bridge.disconnected):
                try:
                    signal.disconnect(self._presence)
                except (RuntimeError, TypeError):
                    pass
        super().done(result)

    def keyPressEvent(self, event: Any) -> None:
        # Enter saves (the default button); Escape closes (and ends learn mode) as in any dialog
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.save.isEnabled():
            return
        super().keyPressEvent(event)
