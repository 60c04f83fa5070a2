"""The event the alarm engine publishes on the central system's bus (it crosses the site bus like every event)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.ocpp.events import Event
from app.services.i18n import translate


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
    message: dict[str, Any] | None = None  # the text's template and values (:class:`Message`)

    @property
    def shown(self) -> str:
        """The text in this console's language."""
        return alarm_text(self.text, self.message)


class Message:
    """An alarm's text as the engine makes it: a template marked for the catalogue (context ``AlarmEngine``) and
    its values. The host may be ``serve`` (English) or a console in any language while the alarm is read by
    consoles, the CLI and e-mail readers in theirs: so the English text is stored for the CLI and the log, and
    the template with its values (``stored``) for every reader to translate (:func:`alarm_text`)."""

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args = {k: v if isinstance(v, int | float | str) else str(v) for k, v in args.items()}

    @property
    def english(self) -> str:
        return self.template.format(**self.args)

    @property
    def stored(self) -> dict[str, Any]:
        return {"text": self.template, "args": self.args}


def alarm_text(text: str, message: dict[str, Any] | None) -> str:
    """An alarm's text in the reader's language: its template translated and filled, or the stored ``text`` (an
    alarm raised before texts were kept as templates, or a template the catalogue does not know)."""
    if not message or not isinstance(message.get("text"), str):
        return text
    try:
        return translate("AlarmEngine", message["text"]).format(**(message.get("args") or {}))
    except (KeyError, IndexError, ValueError):  # a translation that lost a value: the English is right
        return text
