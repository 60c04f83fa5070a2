"""Translation of what a person reads, for views and services alike (issue 15). No Qt here: the console installs
Qt's translator (:func:`install`), so services stay headless; the CLI and ``serve`` install nothing and stay English.

The convention (``pyside6-lupdate`` extracts these calls; keep both arguments literal strings):

    translate("StationsPage", "Station {name} saved.").format(name=station.name)
    translate("SessionsPage", "%n session(s)", None, count)        # a count (see below)
    LABELS = {"Public": QT_TRANSLATE_NOOP("AccessMode", "Public")}  # marked here, translated where shown

* The context names where a string belongs: the page, dialog or service module (``"StationsPage"``,
  ``"CircuitRules"``). One context per module or class; a word translated differently in two places needs two
  contexts (or a disambiguation).
* Counts: ``%n`` with ``n``; the source says "(s)" where English adds an "s" (read right untranslated); a
  translation has one form (lupdate makes no numerus forms for these calls), so it phrases the count to fit any
  number ("Aufrufe: %n"). Keep translate()'s arguments free of calls (``None, len(rows)`` makes lupdate drop the
  whole call): compute the number first. tests/unit/test_i18n_calls.py checks both.
* Values go in as named ``str.format`` fields after translating, never by joining pieces of sentences: a
  translation may reorder them ("{count} Ladestationen offline").
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
    that install none). ``n`` >= 0: a plural, ``%n`` in ``text`` is the number; untranslated, "(s)" is English's
    plural ending (write sources so: "%n call(s)", "%n row(s)")."""
    # A catalogue holds one form per message (pyside6-lupdate marks numerus forms only for self.tr(), and drops
    # hand-made ones when it runs again), so the translator is asked for that form: Qt, given n >= 0, would look
    # up the language's plural form (the second one for 2 in German, for 0 too) and, finding none, say English.
    out = _translator(context, text, disambiguation, -1) if _translator is not None else text
    if n < 0:
        return out
    # The number goes in here. English as the source says it: "%n call(s)" → "1 call", "5 calls"; a translation
    # phrases its count so that its one form reads right ("Aufrufe: %n").
    return out.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


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
