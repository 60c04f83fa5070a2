"""app.services.i18n: English without a translator, the installed one otherwise, plurals through it."""

from __future__ import annotations

from app.services import i18n
from app.services.i18n import QT_TRANSLATE_NOOP, translate


def test_english_without_a_translator_and_the_installed_one_otherwise() -> None:
    assert not i18n.installed()
    assert translate("Ctx", "Station {name} saved.").format(name="Garage 1") == "Station Garage 1 saved."
    assert translate("Ctx", "%n session(s)", None, 3) == "3 sessions"
    assert translate("Ctx", "%n session(s) held", None, 1) == "1 session held"
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
        assert seen[-1] == ("Ctx", "%n session(s)", None, -1)  # its one form asked for; %n put in after
        assert translate("Ctx", "%n card(s)", None, 1) == "1 card"  # not in the catalogue: English
    finally:
        i18n.install(None)
    assert translate("AccessMode", "Limited") == "Limited"
