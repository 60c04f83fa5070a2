"""Form validation shared by the editors: every problem by field, so a form can mark each field.

problems = Problems()
problems.check(price >= 0, "per_kwh", "must be 0 or more (e.g. 0.35)")
problems.raise_if_any()            # raises FormError({"per_kwh": "..."})
"""

from __future__ import annotations

from collections.abc import Mapping

from app.services.i18n import translate


class FormError(ValueError):
    """Input a person typed is not acceptable. ``problems`` maps a field name to what to do about it."""

    def __init__(self, problems: Mapping[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.problems.items()))


class WriteRefused(RuntimeError):
    """The database refused a write (a constraint, a lock, the connection lost): nothing was written.
    ``reason`` names what refused it (the driver's error type), for the message the operator reads."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(
            translate("WriteRefused", "the database refused the change ({reason})").format(reason=reason)
        )


def sentence(text: str) -> str:
    """A rule's wording ("a circuit carries 1 or 3 phases") as a sentence the form shows: capitalised, with a stop."""
    text = text.strip()
    text = text[0].upper() + text[1:] if text else text
    return text if text.endswith((".", "!", "?")) else f"{text}."


class Problems(dict[str, str]):
    def add(self, field: str, message: str) -> None:
        self.setdefault(field, message)  # the first problem of a field is the one to fix first

    def check(self, ok: bool, field: str, message: str) -> bool:
        if not ok:
            self.add(field, message)
        return ok

    def raise_if_any(self) -> None:
        if self:
            raise FormError(self)
