"""The console's language (issue 15): chosen in Settings or taken from the system, installed once at start.

:func:`install_language` loads every catalogue of the language (``resources/i18n/<area>_<lang>.qm``) and Qt's own
(``qtbase_<lang>.qm``: the dialog buttons), routes :func:`app.services.i18n.translate` through
``QCoreApplication.translate`` and formats numbers and dates in the language's Swiss locale
(:mod:`app.services.locale_format`). A change in Settings applies at the next start: the pages build their texts
once, and re-translating each of them live is not worth its code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.services import i18n, locale_format
from app.services.i18n import I18N_DIR, LANGUAGES, QT_TRANSLATE_NOOP
from app.views.shell import preferences

#: what the Settings page offers: the code saved and the name shown (each language in its own words)
CHOICES = (
    ("", QT_TRANSLATE_NOOP("Language", "System default")),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("en", "English"),
)

#: Qt's own texts the console shows whose German (qtbase_de) is not Swiss (it writes the sharp s): the shell
#: catalogue has them in Swiss German ("Schliessen"), and ours are installed after Qt's, so they are looked up first
QT_IN_SWISS_GERMAN = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),  # a dialog's Close button
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),  # the first start's last button
)

_installed: list[QTranslator] = []
_system_default: list[QLocale] = []  # QLocale's default before a language was installed


def system_language(locale: QLocale | None = None) -> str:
    """The system's language if ChargeDesk speaks it (de_CH -> de, fr_CH -> fr, it_CH -> it), else English."""
    name = (locale or QLocale.system()).name()  # "de_CH"
    code = name.split("_", 1)[0]
    return code if code in LANGUAGES else "en"


def chosen_language() -> str:
    """The language the console starts in: the one saved in Settings, else the system's."""
    saved = preferences.language()
    return saved if saved in LANGUAGES else system_language()


def catalogues(code: str) -> list[Path]:
    """Every catalogue of language ``code`` (one per area of the code)."""
    return sorted(I18N_DIR.glob(f"*_{code}.qm"))


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def install_language(code: str) -> list[Path]:
    """Translate the console into ``code`` from now on (replacing a language installed before); returns the
    catalogues loaded (Qt's own included)."""
    uninstall_language()
    _system_default.append(QLocale())
    loaded: list[Path] = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for path in [qt_dir / f"qtbase_{code}.qm", *catalogues(code)]:  # the last installed is asked first
        translator = QTranslator()
        if path.exists() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path)
    i18n.install(_qt_translate)
    locale_format.use(locale_format.LOCALES[code])
    QLocale.setDefault(QLocale(locale_format.LOCALES[code]))
    return loaded


def uninstall_language() -> None:
    """English and the formats without a locale again (tests)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    i18n.install(None)
    locale_format.use(None)
    if _system_default:
        QLocale.setDefault(_system_default.pop())
