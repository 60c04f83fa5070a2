"""Translation of what a person reads, for views and services alike (issue 15). No Qt here: the console installs
Qt's translator (:func:`install`), so services stay headless; the CLI and ``serve`` install nothing and stay English.

The convention (``pyside6-lupdate`` extracts these calls; keep both arguments literal strings):

    translate("StationsPage", "Station {name} saved.").format(name=station.name)
    translate("SessionsPage", "%n session(s)", None, count)        # a plural: Qt's %n and numerus forms
    LABELS = {"Public": QT_TRANSLATE_NOOP("AccessMode", "Public")}  # marked here, translated where shown

* The context names where a string belongs: the page, dialog or service module (``"StationsPage"``,
  ``"CircuitRules"``). One context per module or class; a word translated differently in two places needs two
  contexts (or a disambiguation).
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


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the operator's language (as it is when no translator is installed: the CLI, ``serve``, tests
    that install none). ``n`` >= 0: a plural, ``%n`` in ``text`` is the number."""
    if _translator is not None:
        return _translator(context, text, disambiguation, n)
    return text.replace("%n", str(n)) if n >= 0 else text


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
