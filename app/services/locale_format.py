"""Numbers, money, dates, times and weekday names in the operator's locale (issue 15): the one place that formats
them, for views and services alike (the PDF statement and the commissioning report are written by services).
Babel, not QLocale: services stay Qt-free, and the same text comes out of the console and of a document.

The console calls :func:`use` with the locale of its language at start (:mod:`app.views.shell.language`):
``de_CH``, ``fr_CH``, ``it_CH`` and ``en_CH`` — Swiss formats for every language, as the SMEs that use ChargeDesk
write them (``1'234.50``, ``CHF 1'234.50``, ``07.12.2026``): a Swiss operator who chose English still reads the
numbers and dates of his colleagues' German screens and of his Swiss invoices. Nothing installed (the CLI,
``serve``, the tests that install no language): the formats ChargeDesk always had (``1,234.50``, ``07.12.2026``,
``Mon``), so what they print is unchanged.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import Locale, dates, numbers

#: the console's language -> the locale its numbers and dates are written in
LOCALES = {"de": "de_CH", "fr": "fr_CH", "it": "it_CH", "en": "en_CH"}

ENGLISH_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_DAYS_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_locale: Locale | None = None


def use(locale: str | None) -> None:
    """Format in ``locale`` (``de_CH``...) from now on; None: the formats without a language (English)."""
    global _locale
    _locale = Locale.parse(locale) if locale else None


def current() -> str | None:
    """The locale in use (``de_CH``), None when none was chosen."""
    return str(_locale) if _locale is not None else None


def number(value: float | int | Decimal, digits: int = 0, *, group: bool = True) -> str:
    """``value`` with ``digits`` decimals and grouped thousands: ``1'234.5`` (de_CH), ``1'234,5`` (fr_CH),
    ``1,234.5`` without a locale (``group=False``: ``1234.5`` there, as some views always wrote it)."""
    text = f"{value:,.{digits}f}" if group or _locale is not None else f"{value:.{digits}f}"
    if _locale is None:
        return text
    separator = numbers.get_group_symbol(_locale)
    decimal = numbers.get_decimal_symbol(_locale)
    return text.replace(",", "\0").replace(".", decimal).replace("\0", separator)


def short_number(value: float | int | Decimal) -> str:
    """``value`` as short as it is exact (``22``, ``7.4``; ``7,4`` in fr_CH): a rating, a setting."""
    text = f"{value:g}"
    return text if _locale is None else text.replace(".", numbers.get_decimal_symbol(_locale))


def money(amount: float | int | Decimal, currency: str, digits: int = 2) -> str:
    """``CHF 1'234.50`` (de_CH, it_CH, en_CH), ``1'234,50 CHF`` (fr_CH), ``CHF 1,234.50`` without a locale. An
    empty currency: the amount alone."""
    value = number(amount, digits)
    if not currency:
        return value
    if _locale is not None and not str(_locale.currency_formats["standard"].pattern).lstrip("-").startswith(
        "¤"
    ):
        return f"{value}\u00a0{currency}"
    return f"{currency}\u00a0{value}" if _locale is not None else f"{currency} {value}"


def date(day: dt.date, legacy: str = "%d.%m.%Y") -> str:
    """``07.12.2026`` (de_CH, it_CH), ``7 déc. 2026`` (fr_CH), ``7 Dec 2026`` (en_CH); without a locale as
    ``legacy`` formats it (what that text always showed: ``07.12.2026`` on the dashboard, ISO in a document)."""
    if _locale is None:
        return day.strftime(legacy)
    return dates.format_date(day, "medium", locale=_locale)


MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_year(year: int, month: int) -> str:
    """``Dezember 2026``, ``décembre 2026``, ``dicembre 2026``, ``December 2026`` (also without a locale)."""
    if _locale is None:
        return f"{MONTHS[month - 1]} {year}"
    return dates.format_date(dt.date(year, month, 1), "LLLL yyyy", locale=_locale)


def short_date(day: dt.date) -> str:
    """Day and month: ``07.12.`` (de_CH, without a locale), ``07.12`` (fr_CH), ``7 Dec`` (en_CH)."""
    if _locale is None:
        return f"{day:%d.%m.}"
    return dates.format_skeleton("dMM", day, locale=_locale)


def time(moment: dt.time | dt.datetime, seconds: bool = False) -> str:
    """``14:05`` (``14:05:09`` with ``seconds``): 24 hours in every Swiss locale."""
    if _locale is None:
        return moment.strftime("%H:%M:%S" if seconds else "%H:%M")
    return dates.format_time(moment, "medium" if seconds else "short", locale=_locale)


def date_time(moment: dt.datetime, seconds: bool = False, legacy: str = "%d.%m.%Y") -> str:
    """The date and time of a moment as it is given (convert to the site's or the computer's zone first);
    ``legacy``: the date's format without a locale (see :func:`date`)."""
    return f"{date(moment.date(), legacy)} {time(moment, seconds)}"


def day_name(weekday: int, wide: bool = False) -> str:
    """The name of ``weekday`` (0 = Monday): ``Mo.``/``Montag``, ``lun.``/``lundi``, ``Mon``/``Monday``."""
    if _locale is None:
        return (ENGLISH_DAYS_LONG if wide else ENGLISH_DAYS)[weekday]
    return str(dates.get_day_names("wide" if wide else "abbreviated", locale=_locale)[weekday])


def day_time(moment: dt.datetime) -> str:
    """Weekday and time of a moment as it is given: ``Di. 14:05`` (de_CH), ``mar. 14:05`` (fr_CH), ``Tue 14:05``
    without a locale (what ``%a %H:%M`` wrote)."""
    return f"{day_name(moment.weekday())} {time(moment)}"
