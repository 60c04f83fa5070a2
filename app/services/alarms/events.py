"""The event the alarm engine publishes on the central system's bus (it crosses the site bus like every event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.ocpp.events import Event
from app.services.i18n import translate
from app.services.texts import shown


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class AlarmChanged(Event):
    """An alarm was raised, seen again, or cleared (``state``: raised | repeated | cleared). ``cp_id`` is the
    charger's ("" for the database or a certificate); ``alarm_id`` is 0 while it is not stored yet (the database
    is away)."""

    alarm_id: int = 0
    site_id: int | None = None
    kind: str = ""
    key: str = ""
    severity: str = "warning"
    text: str = ""
    state: str = "raised"
    count: int = 1
    raised_at: dt.datetime = field(default_factory=_now)
    at: dt.datetime = field(default_factory=_now)
    message: dict[str, Any] | None = (
        None  # the text's template and values (a :class:`~app.services.texts.Text` stored)
    )

    @property
    def shown(self) -> str:
        """The text in this console's language."""
        return alarm_text(self.text, self.message)


def alarm_text(text: str, message: dict[str, Any] | None) -> str:
    """An alarm's text in the reader's language: its template (a :class:`~app.services.texts.Text`'s stored form,
    context ``AlarmEngine``) translated and filled, or the stored English ``text`` (an alarm raised before texts
    were kept as templates)."""
    if not message:
        return text
    return shown(message, lambda template, n: translate("AlarmEngine", template, None, n))
