"""Translation of what a person reads, for views and services alike (issue 15). No Qt here: the console installs
Qt's translator (:func:`install`), so services stay headless; the CLI and ``serve`` install nothing and stay English.

The convention (``pyside6-lupdate`` extracts these calls; keep both arguments literal strings):

    translate("StationsPage", "Station {name} saved.").format(name=station.name)
    translate("SessionsPage", "%n session(s)", None, PLURAL, int(count))  # a plural: %n, numerus forms
    LABELS = {"Public": QT_TRANSLATE_NOOP("AccessMode", "Public")}  # marked here, translated where shown

* The context names where a string belongs: the page, dialog or service module (``"StationsPage"``,
  ``"CircuitRules"``). One context per module or class; a word translated differently in two places needs two
  contexts (or a disambiguation).
* Counts: Qt looks a plural up among the message's numerus forms (a message without them is shown in English for
  n >= 0). lupdate gives them to ``PLURAL, int(count)`` calls; ``make translations`` (app/catalogues.py) makes
  every message with ``%n`` a plural whichever way its count is written (``None, count`` with a plain name).
  Never a call or an attribute as the bare count: lupdate drops the message. tests/unit/test_i18n_calls.py and
  tests/unit/test_untranslated.py check the calls are ones lupdate extracts.
* Values go in as named ``str.format`` fields after translating, never by joining pieces of sentences: a
  translation may reorder them ("{count} Ladestationen offline").
* pyside6-lupdate skips a call whose count is itself a call (``len(rows)``: name it first) and any call inside an
  f-string; ``tests/unit/test_untranslated.py`` finds both.
* Catalogues are per area of the code: ``resources/i18n/<area>_<lang>.ts`` (``lang`` de, fr, it, en), compiled to
  ``.qm`` beside them by ``make translations``; the console loads every ``.qm`` of its language.
"""

from __future__ import annotations

from collections.abc import Callable

#: (context, source text, disambiguation, n) -> the text in the operator's language
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None


#: marks a plural for ``pyside6-lupdate``: ``translate("Ctx", "%n station(s)", None, PLURAL, int(count))``. Its
#: Python parser (Qt 6.11) reads a name in the fourth place as an (old) encoding, so ``translate(..., None, count)``
#: is extracted as a plain message, without numerus forms (and ``len(x)`` there drops it). After ``PLURAL,`` it
#: takes the count, but only as a call of names: ``int(count)`` or ``len(rows)`` (a bare name followed by the
#: trailing comma ruff adds drops the message; a dot inside the parentheses, ``len(self.rows)``, hangs lupdate:
#: take ``rows = self.rows`` first).
PLURAL = -1


def translate(
    context: str, text: str, disambiguation: str | None = None, n: int = -1, count: int | None = None
) -> str:
    """``text`` in the operator's language (as it is when no translator is installed: the CLI, ``serve``, tests
    that install none). ``n`` >= 0 (or ``PLURAL, int(count)``): a plural, ``%n`` in ``text`` is the number;
    untranslated, every ``(s)`` is English's plural ending ("%n station(s)": "1 station", "2 stations") — also
    through a translator whose catalogue lacks the message (the English console: en catalogues hold only plurals)."""
    if count is not None:
        n = count
    out = _translator(context, text, disambiguation, n) if _translator is not None else text
    if n < 0:
        return out
    return out.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")  # English's two forms


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for the catalogue without translating it now (a table of labels built at import time); show
    it with ``translate(context, text)``."""
    return text


def install(translator: Translator | None) -> None:
    """Translate through ``translator`` from now on (None: English again)."""
    global _translator
    _translator = translator


def installed() -> bool:
    return _translator is not None
