"""The console in the operator's language (issue 15): a pseudo-language 40% longer cuts no label of any page (as
Vorta's TRANS_SCALE test), and the console shown in German and French as the operator chose in Settings (every
page's screenshot in both: tests/gui/test_screenshots_languages.py)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QTabBar, QWidget

from app.config import Settings
from app.main import Console
from app.services import i18n
from app.views.shell import language, preferences
from tests.gui.test_console import add_history
from tests.helpers.qasync_runner import run_on_qasync

ACCENTS = str.maketrans(
    "abcdeghijklnorstuwyzABCDEGHIJKLNORSTUWYZ", "åƀçđéĝĥîĵķļñöŕšţûŵýžÅƁÇĐÉĜĤÎĴĶĻÑÖŔŠŢÛŴÝŽ"
)
KEEP = re.compile(r"(\{\w*\}|%n|<[^>]*>|&\w+;)")  # placeholders, plurals, markup: as they are
STRETCH = 0.4


def pseudo(_context: str, text: str, _disambiguation: str | None, n: int) -> str:
    """``text`` accented and 40% longer: "[Ŝţåţîöñš~~~~]" (what a long language does to a layout)."""
    parts = KEEP.split(text)
    shown = "".join(p if KEEP.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    visible = sum(len(p) for p in parts if not KEEP.fullmatch(p))
    stretched = f"[{shown}{'~' * max(1, round(visible * STRETCH) - 2)}]"
    return stretched.replace("%n", str(n)) if n >= 0 else stretched


async def settle() -> None:
    """Let the loop lay out what was just shown (posted layout requests; nothing to await a signal of)."""
    await asyncio.sleep(0.05)


def cut_texts(root: QWidget) -> list[str]:
    """What a person cannot read whole: a translated label, button or tab narrower (or, wrapped, lower) than its
    text needs; widgets that elide by design say so with the ``elided`` property."""
    cut: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisible() or w.property("elided"):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            text = w.text()
            if "~" not in text:
                continue  # not through translate(): its area is not wrapped yet
            if isinstance(w, QLabel) and w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 1:
                    cut.append(
                        f"{type(w).__name__} {text[:60]!r}: {w.width()}×{w.height()} needs height "
                        f"{w.heightForWidth(w.width())}"
                    )
            elif w.sizeHint().width() > w.width() + 1:
                cut.append(
                    f"{type(w).__name__} {text[:60]!r}: {w.width()} wide, needs {w.sizeHint().width()}"
                )
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if "~" in w.tabText(i) and w.tabRect(i).width() + 1 < w.tabSizeHint(i).width():
                    cut.append(
                        f"tab {w.tabText(i)!r}: {w.tabRect(i).width()} wide, needs {w.tabSizeHint(i).width()}"
                    )
        elif isinstance(w, QListWidget) and w.objectName() == "Navigation":
            for i in range(w.count()):
                item = w.item(i)
                need = w.fontMetrics().horizontalAdvance(item.text()) + 28  # the item's padding (10px 14px)
                if need > w.viewport().width():
                    cut.append(f"navigation {item.text()!r}: {w.viewport().width()} wide, needs {need}")
    return cut


@pytest.mark.isolated
def test_a_language_40_percent_longer_cuts_no_label_of_any_page(
    qapp: Any, console_settings: Settings
) -> None:
    async def scenario() -> None:
        i18n.install(pseudo)
        console = Console(console_settings)
        try:
            await console.start()
            window = console.window
            window.resize(1280, 800)
            found: dict[str, list[str]] = {}
            for title in window.page_titles():
                window.show_page(title)
                page = window.pages.currentWidget()
                tabs = getattr(page, "tabs", None)
                for tab in range(tabs.count()) if tabs is not None else [None]:
                    if tab is not None:
                        tabs.setCurrentIndex(tab)
                    await settle()
                    where = title if tab is None else f"{title} → {tabs.tabText(tab)}"
                    cut = cut_texts(window)
                    if (
                        window.width() > 1280
                    ):  # the window's minimum grew: the texts ask for more than the screen
                        cut.append(
                            f"the window is {window.width()} px wide, more than 1280 (its minimum grew)"
                        )
                    if cut:
                        found[where] = cut
            assert not found, "texts cut at 1280×800 with a language 40% longer:\n" + "\n".join(
                f"{where}:\n  " + "\n  ".join(lines) for where, lines in found.items()
            )
        finally:
            if console.window is not None:
                console.window.close()
            await console.shutdown()
            i18n.install(None)

    run_on_qasync(qapp, scenario)


def test_the_pseudo_language_keeps_placeholders_and_markup() -> None:
    assert pseudo("C", "Station {name} saved.", None, -1) == "[Šţåţîöñ {name} šåvéđ.~~~~]"
    assert pseudo("C", "<b>Recent events</b>", None, -1).startswith("[<b>Ŕéçéñţ évéñţš</b>~")
    assert pseudo("C", "%n session(s)", None, 3).startswith("[3 šéššîöñ(š)")


@pytest.mark.isolated
@pytest.mark.parametrize(
    ("lang", "dashboard", "online", "settings", "language_tab", "next_start"),
    [
        ("de", "Übersicht", "Ladestationen online", "Einstellungen", "Sprache", "ab dem nächsten Start"),
        ("fr", "Tableau de bord", "Bornes en ligne", "Paramètres", "Langue", "dès le prochain démarrage"),
    ],
)
def test_the_console_in_german_and_french(
    qapp: Any,
    console_settings: Settings,
    lang: str,
    dashboard: str,
    online: str,
    settings: str,
    language_tab: str,
    next_start: str,
) -> None:
    """The language chosen in Settings is the console's at the next start: its pages, Qt's own buttons and the
    locale's numbers; choosing another one says when it applies."""
    month_kwh = add_history(console_settings.database_url)
    preferences.save_language(lang)
    assert language.chosen_language() == lang

    async def scenario() -> None:
        language.install_language(language.chosen_language())  # as app.main does at start
        console = Console(console_settings)
        try:
            await console.start()
            window = console.window
            window.resize(1280, 800)
            window.show_page("Dashboard")
            assert window.nav.item(0).text() == dashboard
            assert window.dashboard.card_online.title.text() == online
            assert window.nav.item(10).text() == settings
            month = window.dashboard.card_month.value.text()
            assert month == f"{month_kwh:,.1f} kWh".replace(",", "'").replace(
                ".", "." if lang == "de" else ","
            )
            revenue = window.dashboard.card_revenue.value.text()
            assert re.fullmatch(
                r"CHF\u00a0[\d']+\.\d\d" if lang == "de" else r"[\d']+,\d\d\u00a0CHF", revenue
            ), revenue
            window.show_page("Settings")
            page = window.settings_page
            tabs = page.tabs
            names = [tabs.tabText(i) for i in range(tabs.count())]
            assert language_tab in names
            tabs.setCurrentIndex(names.index(language_tab))
            combo = page.language
            assert combo.currentData() == lang
            combo.setCurrentIndex(combo.findData("it"))  # as a click on "Italiano"
            assert preferences.language() == "it"
            assert next_start in page.language_result.text() and "Italiano" in page.language_result.text()
        finally:
            if console.window is not None:
                console.window.close()
            await console.shutdown()
            language.uninstall_language()
            preferences.save_language("")

    run_on_qasync(qapp, scenario)
