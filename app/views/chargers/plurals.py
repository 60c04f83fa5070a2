"""The Chargers page's plurals, written so ``pyside6-lupdate`` catalogues them with their numerus forms.

lupdate's Python parser marks ``translate(context, text, None, n)`` as a plural only when ``n`` is a number literal:
a name there is read as an encoding (the plural is lost) and a call or an attribute (``len(rows)``, ``info.count``)
drops the message from the catalogue. It does read ``Name.tr(text, disambiguation, n)`` as a plural of context
``Name`` whatever ``n`` is, so the plurals are written ``ChargerPlurals.tr("%n key(s)", None, len(keys))``: the
same :func:`app.services.i18n.translate` underneath, in context ``"ChargerPlurals"`` (the variable's name is the
context lupdate records; keep them equal)."""

from __future__ import annotations

from app.services.i18n import translate


class Plurals:
    """``tr(text, disambiguation, n)``: :func:`translate` of a plural in one context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        return translate(self.context, text, disambiguation, n)


ChargerPlurals = Plurals("ChargerPlurals")
