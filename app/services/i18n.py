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

import functools
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

#: (context, source text, disambiguation, n) -> the text in the operator's language
Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_local = threading.local()  # a thread's own language (:func:`language`): an e-mail composed for its readers

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("de", "fr", "it", "en")


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
    translator = getattr(_local, "translator", None) or _translator
    out = translator(context, text, disambiguation, n) if translator is not None else text
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


@contextmanager
def language(code: str) -> Iterator[None]:
    """Within the block, :func:`translate` on this thread speaks ``code`` (de, fr, it, en) from the committed
    catalogues, whatever the process installed (``serve`` none, a console its operator's): what is composed for
    other readers, as an alarm e-mail for the site's recipients. Other threads are not affected."""
    before = getattr(_local, "translator", None)
    _local.translator = catalogue_translator(code) if code in LANGUAGES else None
    try:
        yield
    finally:
        _local.translator = before


@functools.cache
def catalogue_translator(code: str, directory: Path = I18N_DIR) -> Translator:
    """A Qt-free translator for ``code`` from the catalogues' sources (``<area>_<code>.ts``, committed beside the
    ``.qm`` Qt loads): headless processes read them with the standard library. A plural takes the first numerus
    form for 1 and the second for any other count (the rule of de, fr, it and en alike, but fr's 0: singular)."""
    table: dict[tuple[str, str, str], list[str]] = {}
    for path in sorted(directory.glob(f"*_{code}.ts")):
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
                if any(forms):
                    key = (name, msg.findtext("source") or "", msg.findtext("comment") or "")
                    table[key] = forms

    def translator(context: str, text: str, disambiguation: str | None, n: int) -> str:
        forms = table.get((context, text, disambiguation or ""))
        if not forms:
            return text
        if n < 0 or len(forms) == 1:
            return forms[0]
        one = n == 1 or (code == "fr" and n == 0)
        return forms[0] if one else forms[1]

    return translator
