"""What every operation form of the Operations tab shares: the :class:`OperationForm` base (its send button, its
problem line, sending through the tab), the tab's side of it (:class:`Host`) and the connector, tag and session
pickers several forms use."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, cast

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QPushButton, QSizePolicy, QWidget

from app.services.chargers.local_list import ActiveSession, ChargerContext, TagChoice
from app.services.i18n import translate
from app.views.widgets.style import ERROR, text_css

if TYPE_CHECKING:
    from app.views.chargers.operations.tab import Result

ERROR_STYLE = text_css(ERROR)
Answer = dict[str, Any]


class Host(Protocol):
    """The tab the forms live in: the selected charger and how an operation is sent and its result shown."""

    cp_id: str | None
    version: str
    context: ChargerContext | None

    @property
    def operator(self) -> str: ...

    @property
    def ops(self) -> Any: ...

    def run(
        self,
        key: str,
        request: str,
        call: Callable[[], Awaitable[Answer]],
        on_answer: Callable[[Answer], None] | None = None,
    ) -> Result | None: ...

    def problem(self, key: str, text: str) -> None: ...

    def vendor(self) -> str: ...


class OperationForm(QWidget):
    """One operation's form: its fields and its send button; ``send()`` checks what was typed and sends the
    operation through the tab (the answer lands in the tab's results)."""

    key: ClassVar[str] = ""

    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.button: QPushButton | None = None
        self.build()

    def build(self) -> None:
        raise NotImplementedError

    def send_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        button.setAutoDefault(True)
        button.setMinimumWidth(150)
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button = button
        return button

    # --- what the tab tells a form ---------------------------------------------------------------------------

    def set_supported(self, why: str | None) -> None:
        """``why`` the charger's version has no such operation (None: it has)."""
        assert self.button is not None
        self.button.setEnabled(why is None)
        self.button.setToolTip(why or "")

    def fill(self, connectors: tuple[int, ...], tags: Sequence[TagChoice]) -> None:
        """The selected charger's connectors and the tags to offer (on every charger selection)."""

    def set_sessions(self, sessions: Sequence[ActiveSession]) -> None:
        """The sessions running on the charger now."""

    def set_version(self, version: str) -> None:
        """The charger connected again speaking ``version``."""

    def charger_seen(self) -> None:
        """The charger connected, disconnected or booted."""

    def charger_switched(self) -> None:
        """Another charger was selected: forget what belonged to the previous one."""

    # --- sending -------------------------------------------------------------------------------------------------

    @property
    def cp_id(self) -> str | None:
        return self.host.cp_id

    @property
    def ops(self) -> Any:
        return self.host.ops

    def problem(self, text: str) -> None:
        self.host.problem(self.key, text)

    def run(
        self,
        request: str,
        call: Callable[[], Awaitable[Answer]],
        on_answer: Callable[[Answer], None] | None = None,
    ) -> None:
        self.host.run(self.key, request, call, on_answer)


# --- pickers ------------------------------------------------------------------------------------------------------


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


def qdt(value: dt.datetime) -> QDateTime:
    """``value`` in local time, to the second."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))


def aware(edit: QDateTimeEdit) -> dt.datetime:
    return cast(dt.datetime, edit.dateTime().toPython()).astimezone()


def connector_combo(*, zero: str | None = None, none: str | None = None) -> QComboBox:
    """A connector picker; ``zero``: the text of an entry for connector 0, ``none``: of an entry for no connector."""
    combo = QComboBox()
    combo.setProperty("zero_text", zero)
    combo.setProperty("none_text", none)
    return combo


def fill_connectors(combo: QComboBox, connectors: tuple[int, ...]) -> None:
    keep = combo.currentData()
    combo.clear()
    if combo.property("none_text"):
        combo.addItem(combo.property("none_text"), None)
    if combo.property("zero_text"):
        combo.addItem(combo.property("zero_text"), 0)
    for n in connectors:
        combo.addItem(translate("ChargerOperations", "Connector {n}").format(n=n), n)
    index = combo.findData(keep) if keep is not None else -1
    if index < 0:
        index = combo.findData(connectors[0]) if connectors else 0
    combo.setCurrentIndex(max(0, index))


def tag_combo() -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    line = combo.lineEdit()
    if line is not None:  # (it is: the combo is editable)
        line.setPlaceholderText(translate("ChargerOperations", "Pick a user's tag or type one"))
    combo.setToolTip(
        translate("ChargerOperations", "The idTag the charger uses: pick a user's tag or type one")
    )
    return combo


def fill_tags(combo: QComboBox, tags: Sequence[TagChoice]) -> None:
    """The tags to pick from; what was typed stays, else the first usable tag is chosen."""
    typed = combo.currentText()
    combo.clear()
    for t in tags:
        combo.addItem(t.label, t.id_tag)
    usable = next((i for i, t in enumerate(tags) if t.usable), -1)
    if typed:
        combo.setEditText(typed)
    elif usable >= 0:
        combo.setCurrentIndex(usable)


def tag_of(combo: QComboBox) -> str:
    """The idTag picked or typed."""
    text = combo.currentText().strip()
    data = combo.currentData()
    if isinstance(data, str) and combo.itemText(combo.currentIndex()) == text:
        return data
    return text.split(" — ", 1)[0].strip().upper()


def session_label(a: ActiveSession) -> str:
    who = f" ({a.user_name})" if a.user_name else ""
    return translate(
        "ChargerOperations", "Connector {connector} · {tag}{who} · since {since} · session {session}"
    ).format(
        connector=a.connector_id,
        tag=a.id_tag,
        who=who,
        since=f"{a.start_at.astimezone():%H:%M}",
        session=a.session_id,
    )


def fill_sessions(combo: QComboBox, sessions: Sequence[ActiveSession]) -> None:
    combo.clear()
    for a in sessions:
        combo.addItem(session_label(a), a)
