"""What the Configuration and Snapshots tabs share: the colours and words for a charger's answers, the
padlock of read-only keys, the message line, the empty state, and the operations' errors as the tabs say them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from app.services.chargers import config_snapshots as cfg
from app.services.chargers.operations import (
    OPERATION_ERRORS,
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import NotAllowed
from app.views.shell.tasks import TaskSet
from app.views.widgets.style import ACCEPTED, CAUTION, ERROR, FAINT, INFO, MUTED, text_css

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
EXPECTED: tuple[type[Exception], ...] = (
    NotAllowed,
    *OPERATION_ERRORS,
)  # the operator's role: said like the charger's refusals

GREY = QColor(FAINT)
ANSWER_COLOURS = {
    cfg.ACCEPTED: ACCEPTED,
    cfg.REBOOT_REQUIRED: CAUTION,
    cfg.REJECTED: ERROR,
    cfg.NOT_SUPPORTED: ERROR,
    cfg.TIMEOUT: ERROR,
    cfg.OFFLINE: MUTED,
    cfg.ERROR: ERROR,
    cfg.READ_ONLY: MUTED,
    cfg.UNCHANGED: MUTED,
    cfg.SECRET: MUTED,
    "sending…": INFO,
}
ANSWER_TEXT = {
    cfg.ACCEPTED: "Accepted",  # the charger's own word (OCPP)
    cfg.REBOOT_REQUIRED: QT_TRANSLATE_NOOP("ChargerConfig", "RebootRequired — used after a reset"),
    cfg.REJECTED: QT_TRANSLATE_NOOP("ChargerConfig", "Rejected by the charger"),
    cfg.NOT_SUPPORTED: "NotSupported",
    cfg.TIMEOUT: QT_TRANSLATE_NOOP("ChargerConfig", "no answer (timeout)"),
    cfg.OFFLINE: QT_TRANSLATE_NOOP("ChargerConfig", "offline — not sent"),
    cfg.ERROR: QT_TRANSLATE_NOOP("ChargerConfig", "error"),
    cfg.READ_ONLY: QT_TRANSLATE_NOOP("ChargerConfig", "read-only — not sent"),
    cfg.UNCHANGED: QT_TRANSLATE_NOOP("ChargerConfig", "already this value"),
    cfg.SECRET: QT_TRANSLATE_NOOP("ChargerConfig", "skipped — a password is never applied from a snapshot"),
    "sending…": QT_TRANSLATE_NOOP("ChargerConfig", "sending…"),
}


def answer_text(answer: str) -> str:
    """A charger's answer (or what happened instead) as the tables say it, in the operator's language."""
    return translate("ChargerConfig", ANSWER_TEXT.get(answer, answer))


MESSAGE_COLOURS = {"ok": ACCEPTED, "warn": CAUTION, "error": ERROR, "info": MUTED}
VALUE_MAX = 500
MASK = "••••••••"  # a secret key's value (the charger's password) as every table shows it


def shown_value(key: str, value: str | None) -> str:
    """A key's value as the tables show it: ``—`` when the charger gave none, a secret key's value masked."""
    if value is None:
        return "—"
    return MASK if cfg.is_secret_key(key) else value


def lock_icon(colour: QColor = GREY) -> QIcon:
    """A small padlock (drawn, so it looks the same on every platform and font)."""
    pix = QPixmap(16, 16)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(colour, 1.6))
    shackle = QPainterPath(QPointF(5, 8))
    shackle.lineTo(5, 5.5)
    shackle.arcTo(QRectF(5, 2, 6, 7), 180, -180)
    shackle.lineTo(11, 8)
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(3, 7.5, 10, 7), 1.5, 1.5)
    p.end()
    return QIcon(pix)


def local_time(value: dt.datetime) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def snapshot_title(info: cfg.SnapshotInfo) -> str:
    return f"{local_time(info.taken_at)} “{info.label}”" if info.label else local_time(info.taken_at)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ChargerOffline):
        return str(exc) or translate("ChargerConfig", "the charger is not connected")
    if isinstance(exc, ChargerTimeout):
        return str(exc) or translate("ChargerConfig", "the charger did not answer in time")
    if isinstance(exc, ChargerCallError):
        return f"CallError: {exc}"
    return str(exc) or type(exc).__name__


def shown_tasks(owner: QWidget) -> TaskSet:
    """The tasks of a tab or dialog whose unexpected errors are shown in its ``message`` label."""

    def show(exc: BaseException) -> None:
        text = translate("ChargerConfig", "Unexpected error: {error}").format(error=error_text(exc))
        show_message(owner.message, text, "error")  # type: ignore[attr-defined]

    return TaskSet(show)


def show_message(label: QLabel, text: str, level: str = "info") -> None:
    """A message line: plain text (it often quotes the charger: its answers, keys, error texts)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(text_css(MESSAGE_COLOURS.get(level, MESSAGE_COLOURS["info"])))
    label.setText(text)
    label.setVisible(bool(text))


def empty_state(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(f"color:{MUTED}; font-size:14px; padding:40px;")
    return label
