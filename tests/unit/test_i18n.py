"""app.services.i18n: English without a translator, the installed one otherwise, plurals through it."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from app.services import i18n
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate


def test_english_without_a_translator_and_the_installed_one_otherwise() -> None:
    assert not i18n.installed()
    assert translate("Ctx", "Station {name} saved.").format(name="Garage 1") == "Station Garage 1 saved."
    assert translate("Ctx", "%n session(s)", None, 3) == "3 sessions"
    assert translate("Ctx", "%n session(s) held", None, 1) == "1 session held"
    assert translate("Ctx", "%n session(s) on %n station(s)", None, 1) == "1 session on 1 station"
    assert translate("Ctx", "No session(s)", None, 0) == "No sessions"
    count = 1
    assert translate("Ctx", "%n station(s)", None, PLURAL, count) == "1 station"
    assert QT_TRANSLATE_NOOP("AccessMode", "Limited") == "Limited"
    seen: list[tuple[str, str, str | None, int]] = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, text, disambiguation, n))
        return {"Limited": "Eingeschränkt", "%n session(s)": "Ladevorgänge: %n"}.get(text, text)

    i18n.install(german)
    try:
        assert i18n.installed()
        assert translate("AccessMode", "Limited") == "Eingeschränkt"
        assert translate("Ctx", "%n session(s)", None, 3) == "Ladevorgänge: 3"
        assert seen[-1] == ("Ctx", "%n session(s)", None, 3)
        assert translate("Ctx", "%n card(s)", None, 1) == "1 card"  # not in the catalogue: English
    finally:
        i18n.install(None)
    assert translate("AccessMode", "Limited") == "Limited"


def test_lupdate_extracts_plain_messages_and_plurals_written_with_PLURAL(tmp_path: Path) -> None:
    """The catalogues are made by pyside6-lupdate's Python parser: the convention's calls must be found (a plural
    with a name in the fourth place is not: the parser reads it as an encoding; see PLURAL)."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    source = tmp_path / "page.py"
    source.write_text(
        "from app.services.i18n import PLURAL, translate\n"
        "def f(total):\n"
        '    a = translate("Page", "Saved {name}.").format(name="x")\n'
        '    b = translate("Page", "%n station(s)", None, PLURAL, int(total))\n'
        "    c = translate(\n"
        '        "Page",\n'
        '        "{shown} of %n user(s) "\n'
        '        "shown",\n'
        "        None,\n"
        "        PLURAL,\n"
        "        int(total),\n"
        "    )\n",
        encoding="utf-8",
    )
    ts = tmp_path / "page_de.ts"
    subprocess.run([str(lupdate), str(source), "-ts", str(ts)], check=True, capture_output=True, timeout=60)
    messages = {
        m.findtext("source"): m.get("numerus") == "yes" for m in ET.parse(ts).getroot().iter("message")
    }
    assert messages == {"Saved {name}.": False, "%n station(s)": True, "{shown} of %n user(s) shown": True}
