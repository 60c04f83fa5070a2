"""The translation catalogues (issue 15): what is committed is what `make translations` makes today, so nobody
forgets to run it; the console's language is installed from them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from app import catalogues
from app.services import i18n, locale_format
from app.services.i18n import translate
from app.views.shell import language

I18N = catalogues.I18N


def areas_with_catalogues() -> dict[str, list[str]]:
    return {a: paths for a, paths in catalogues.areas().items() if (I18N / f"{a}_de.ts").exists()}


def test_every_catalogue_belongs_to_an_area_and_has_every_language() -> None:
    known = catalogues.areas()
    for ts in I18N.glob("*.ts"):
        area, lang = ts.stem.rsplit("_", 1)
        assert area in known, f"{ts.name}: add its area to resources/i18n/areas.txt"
        assert lang in catalogues.LANGS
    for area in areas_with_catalogues():
        for lang in catalogues.LANGS:
            assert (I18N / f"{area}_{lang}.ts").exists(), (
                f"{area}_{lang}.ts is missing: run make translations"
            )
    assert "shell" in areas_with_catalogues()


@pytest.mark.parametrize("ts", sorted(I18N.glob("*.ts")), ids=lambda p: p.name)
def test_every_qm_is_what_lrelease_makes_of_its_ts(ts: Path, tmp_path: Path) -> None:
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run make translations"
    fresh = catalogues.release(ts, tmp_path / qm.name)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run make translations"


@pytest.mark.parametrize("area", sorted(areas_with_catalogues()))
def test_every_catalogue_is_current_with_the_sources(area: str, tmp_path: Path) -> None:
    """lupdate into a copy changes nothing: every string of the area's sources is in it, none that is gone."""
    for lang in catalogues.LANGS:
        shutil.copy(I18N / f"{area}_{lang}.ts", tmp_path)
    catalogues.update(area, catalogues.areas()[area], i18n=tmp_path)
    stale = [
        lang
        for lang in catalogues.LANGS
        if (tmp_path / f"{area}_{lang}.ts").read_text("utf-8")
        != (I18N / f"{area}_{lang}.ts").read_text("utf-8")
    ]
    assert not stale, (
        f"{area}: the catalogues {stale} are not current with the sources: run make translations"
    )


def test_the_shell_is_translated_into_every_language() -> None:
    """No message of the shell's catalogues waits for a translation (English needs only its plurals)."""
    import xml.etree.ElementTree as ET

    for lang in ("de", "fr", "it", "en"):
        root = ET.parse(I18N / f"shell_{lang}.ts").getroot()
        waiting = [
            m.findtext("source")
            for m in root.iter("message")
            if (lang != "en" or m.get("numerus") == "yes")
            and m.find("translation").get("type") == "unfinished"
        ]
        assert not waiting, f"shell_{lang}.ts: {waiting[:5]}"


def test_plurals_are_written_out_in_every_language() -> None:
    """A plural's numerus forms are each language's own words ("1 Alarm", "4 Alarme"), never English's "(s)"
    copied as "Alarm(e)", "alarme(s)" or "allarme/i" into both forms."""
    import re
    import xml.etree.ElementTree as ET

    marker = re.compile(r"\w\((?:s|e|n|en|es|i|x)\)|\w/(?:i|e|n|s|en)\b")
    found = []
    for ts in sorted(I18N.glob("*_[dfi][ert].ts")):
        for m in ET.parse(ts).getroot().iter("message"):
            for form in m.iter("numerusform"):
                if form.text and marker.search(form.text):
                    found.append(f"{ts.name}: {form.text}")
    assert not found, found


def test_a_headless_process_translates_from_the_committed_catalogues() -> None:
    """serve has no Qt translator: i18n.language() reads the .ts files, for this thread only, plurals included."""
    import threading

    template = "{cp} is offline since {since} (UTC)"
    assert translate("AlarmEngine", template) == template  # nothing installed: English
    with i18n.language("de"):
        assert translate("AlarmEngine", template) == "{cp} ist seit {since} (UTC) offline"
        assert translate("AlarmBell", "%n alarm(s) not acknowledged", None, i18n.PLURAL, 1) == (
            "1 Alarm nicht quittiert"
        )
        assert translate("AlarmBell", "%n alarm(s) not acknowledged", None, i18n.PLURAL, 4) == (
            "4 Alarme nicht quittiert"
        )
        elsewhere: list[str] = []
        other = threading.Thread(target=lambda: elsewhere.append(translate("AlarmEngine", template)))
        other.start()
        other.join()
        assert elsewhere == [template]  # another thread keeps the process's language
    with i18n.language("fr"):
        assert translate("AlarmBell", "%n alarm(s) not acknowledged", None, i18n.PLURAL, 0) == (
            "0 alarme non acquittée"
        )
    with i18n.language("en"):
        assert translate("AlarmBell", "%n alarm(s) not acknowledged", None, i18n.PLURAL, 2) == (
            "2 alarms not acknowledged"
        )
    assert translate("AlarmEngine", template) == template


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_CH", "de"), ("fr_CH", "fr"), ("it_CH", "it"), ("en_US", "en"), ("rm_CH", "en"), ("de_DE", "de")],
)
def test_the_system_language_is_used_when_chargedesk_speaks_it(system: str, expected: str) -> None:
    assert language.system_language(QLocale(system)) == expected


def test_installing_a_language_translates_and_formats_in_its_locale(qapp: object) -> None:
    loaded = language.install_language("fr")
    try:
        assert [p.name for p in loaded if p.name.startswith("shell_")] == ["shell_fr.qm"]
        assert any(p.name == "qtbase_fr.qm" for p in loaded)  # the dialog buttons
        assert translate("MainWindow", "Stations") == "Bornes"
        assert translate("AccessMode", "Limited") == "Restreint"
        assert locale_format.current() == "fr_CH"
        assert locale_format.money(1234.5, "CHF") == "1'234,50\u00a0CHF"
        assert locale_format.day_name(0, wide=True) == "lundi"
        assert QLocale().name() == "fr_CH"
    finally:
        language.uninstall_language()
    assert not i18n.installed()
    assert translate("MainWindow", "Stations") == "Stations"
    assert locale_format.money(1234.5, "CHF") == "CHF 1,234.50"
    assert locale_format.date(dt.date(2026, 12, 7)) == "07.12.2026"
