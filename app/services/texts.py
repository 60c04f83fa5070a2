"""Texts one process makes and stores and another shows (issue 15): the English source template and its values
kept together, so that every console translates them into its own operator's language where it shows them.

The host (``serve``, or a console in any language) makes a load-sharing reason, a charger's capability note...
and stores it in an event or a row that consoles in other languages read later. It must never store a translated
text. A :class:`Text` is the English text (a ``str``: logs, the CLI, comparisons and old code read it as before)
that also keeps its ``template`` (marked with ``QT_TRANSLATE_NOOP`` where it is made) and its ``args``:

    REASON = QT_TRANSLATE_NOOP("LoadReasons", "paused: {circuit} is full — waits for a free {minimum} A")
    Text(REASON, circuit=label, minimum=6.0)          # "paused: Garage (32 A) is full — waits for a free 6 A"

Values are plain data (names: shown as they are), numbers (written in the operator's locale where shown), other
Texts (a circuit's label inside a reason: translated too) or lists of these (shown separated by commas). A count for a plural is ``n`` (``%n`` in the
template). :meth:`Text.stored` is the JSON form (``{"text": template, "args": {...}, "n": n}``) for an event;
:func:`encoded` the same as one string for a narrow text column (each template by its name in a table the domain
keeps: ``{"t": name, "#": count, **values}``; the English text when even that does not fit); :func:`loaded` reads either
back, and a plain string stored before (or by an older version) comes back as it is.
Where it is shown: ``shown(value, lambda t, n: translate("LoadReasons", t, None, n))`` (the domain's module
names its literal context, see :func:`app.services.load.reasons.shown_reason`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from app.services import locale_format

#: (template, n) -> the template in the operator's language (n < 0: no plural)
Lookup = Callable[[str, int], str]


def _english_number(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    if math.isinf(value):
        return "∞"
    return f"{value:.1f}".removesuffix(".0")


def _local_number(value: float) -> str:
    if isinstance(value, int) or locale_format.current() is None:
        return _english_number(value)
    if math.isinf(value):
        return "∞"
    rounded = round(value, 1)
    return locale_format.number(rounded, 0 if rounded == int(rounded) else 1, group=False)


def _plural(text: str, n: int) -> str:
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s") if n >= 0 else text


class Text(str):
    """An English text made from a template and values, which keeps both (see the module)."""

    template: str
    args: dict[str, Any]
    n: int

    def __new__(cls, template: str, n: int = -1, /, **args: Any) -> Text:
        plain = {
            k: v if isinstance(v, str) else _english(v) for k, v in args.items()
        }  # (a str, Texts too, as is)
        english = (_plural(template, n) if n >= 0 else template).format(**plain)
        made = super().__new__(cls, english)
        made.template, made.args, made.n = template, args, n
        return made

    def stored(self) -> dict[str, Any]:
        """The JSON form: template, values (Texts as their JSON forms) and the count if any."""
        out: dict[str, Any] = {
            "text": self.template,
            "args": {k: _stored_value(v) for k, v in self.args.items()},
        }
        if self.n >= 0:
            out["n"] = self.n
        return out

    def shown(self, lookup: Lookup) -> str:
        """In the operator's language: the template through ``lookup``, the values formatted for the locale."""
        values = {k: _shown_value(v, lookup) for k, v in self.args.items()}
        try:
            return _plural(lookup(self.template, self.n), self.n).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with a broken field: the English is right
            return _plural(self.template, self.n).format(**values)


def _english(value: Any) -> str:
    if isinstance(value, Text):
        return str(value)
    if isinstance(value, list | tuple):  # a list of values: "6 A from 18:00, 0 A from 20:00"
        return ", ".join(_english(v) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _english_number(value)
    return str(value)


def _shown_value(value: Any, lookup: Lookup) -> str:
    if isinstance(value, Text):
        return value.shown(lookup)
    if isinstance(value, list | tuple):
        return ", ".join(_shown_value(v, lookup) for v in value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _local_number(value)
    return str(value)


def _stored_value(value: Any) -> Any:
    if isinstance(value, Text):
        return value.stored()
    if isinstance(value, list | tuple):
        return [_stored_value(v) for v in value]
    return value


def stored(text: str) -> Any:
    """``text``'s JSON form for an event: a :class:`Text`'s template and values, a plain string as it is."""
    return text.stored() if isinstance(text, Text) else str(text)


def loaded(value: Any, templates: Mapping[str, str] | None = None) -> Any:
    """What :meth:`Text.stored` or :func:`encoded` wrote, as a :class:`Text` (``templates``: the names
    :func:`encoded` wrote instead of templates, and their templates); anything else (a plain string stored before,
    None) as it is."""
    if isinstance(value, str) and not isinstance(value, Text) and value.startswith(('{"text"', '{"t"')):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [loaded(v, templates) for v in value]
    if isinstance(value, Mapping):
        template = value.get("text")
        if template is None and templates is not None and "t" in value:
            template = templates.get(str(value["t"]))
            args = {k: v for k, v in value.items() if k not in ("t", "#")}
            value = {"text": template, "args": args, "n": value.get("#", -1)}
        if isinstance(template, str):
            args = value.get("args") or {}
            try:
                return Text(
                    template,
                    int(value.get("n", -1)),
                    **{str(k): loaded(v, templates) for k, v in args.items()},
                )
            except (KeyError, IndexError, ValueError, TypeError):  # a template its values do not fill
                return template
    return value


def _compact(value: Any, names: Mapping[str, str]) -> Any:
    """The stored form with each template's name for its text and its values beside it (``{"t": name, "#":
    count, "circuit": ...}``), whole numbers without their ".0": a JSON short enough for a narrow column."""
    if isinstance(value, list | tuple):
        return [_compact(v, names) for v in value]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if not isinstance(value, Text):
        return value
    args = {k: _compact(v, names) for k, v in value.args.items()}
    name = names.get(value.template)
    if name is None or "t" in args or "#" in args:
        out: dict[str, Any] = {"text": value.template, "args": args}
        if value.n >= 0:
            out["n"] = value.n
        return out
    return {"t": name, **({"#": value.n} if value.n >= 0 else {}), **args}


def encoded(text: str, limit: int, names: Mapping[str, str] | None = None) -> str:
    """``text`` for a text column of ``limit`` characters: a :class:`Text` as JSON — its templates by name where
    ``names`` (template -> name) has them, read back by :func:`loaded` with the same table the other way — when
    that fits; else (and a plain string) the English text, cut to the limit."""
    if isinstance(text, Text):
        doc = json.dumps(
            _compact(text, names) if names else text.stored(), ensure_ascii=False, separators=(",", ":")
        )
        if len(doc) <= limit:
            return doc
    return str(text)[:limit]


def shown(value: Any, lookup: Lookup) -> str:
    """A stored text in the operator's language: a :class:`Text` (or its stored form) translated, a plain
    string as it is."""
    value = loaded(value)
    return value.shown(lookup) if isinstance(value, Text) else ("" if value is None else str(value))
