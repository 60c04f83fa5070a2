"""A circuit's time-of-day windows as the week calendar edits them (no Qt, no database).

The circuit editor's service keeps its form (:class:`~app.services.admin.circuits.WindowForm`: texts, as typed or
loaded); the week calendar (:mod:`app.views.widgets.week_calendar`, the access plans' editor) edits weekly rows.
:class:`LimitRow` is such a row carrying the circuit's limit during it, and :func:`limit_rows` /
:func:`window_forms` turn one into the other. Times are the site's wall-clock time, minutes of the day as stored
(an end at or before the start runs past midnight), so the rule engine's DST handling applies unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.services.admin import circuit_rules as rules
from app.services.admin import station_rules
from app.services.admin.access_plans import WindowRow
from app.services.admin.circuits import WindowForm
from app.services.i18n import translate
from app.services.rules.numbers import parse_float
from app.services.rules.timeparse import format_days, format_time


@dataclass(frozen=True)
class LimitRow(WindowRow):
    """A weekly window of a circuit's time-of-day plan: the circuit's limit during it, A per phase and/or kW.

    A :class:`~app.services.admin.access_plans.WindowRow` without mode or tariff, so the week's algebra, the
    calendar's edits and the rule engine's overlap check take it as they are; two rows with the same times but
    other limits are different rows (the calendar merges only equal rows)."""

    max_current_a: float | None = None
    max_power_kw: float | None = None

    @property
    def limit_label(self) -> str:
        """ "32 A", "22 kW", "32 A · 22 kW"."""
        return rules.limit_text(self.max_current_a, self.max_power_kw, sep=" · ")


def limit_rows(windows: Sequence[WindowForm]) -> list[LimitRow]:
    """A circuit form's windows (blank rows left out) as calendar rows. The form is one the service loaded
    (or one it saved): a window that cannot be read raises ``ValueError`` naming it."""
    out = []
    for i, w in enumerate(windows):
        if w.blank:
            continue
        weekly, wrong = station_rules.parse_window_text(w.days, w.start, w.end)
        try:
            amperes, kw = parse_float(w.max_current_a), parse_float(w.max_power_kw)
        except ValueError:
            wrong = {**wrong, "limit": f"{w.max_current_a!r} A, {w.max_power_kw!r} kW"}
        if weekly is None or wrong:
            raise ValueError(
                translate("CircuitWindows", "window {number} cannot be read: {problems}").format(
                    number=i + 1, problems=wrong
                )
            )
        out.append(LimitRow(weekly.days, weekly.start, weekly.end, max_current_a=amperes, max_power_kw=kw))
    return out


def _number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def window_forms(rows: Sequence[LimitRow]) -> list[WindowForm]:
    """Calendar rows as the circuit form's windows (what :meth:`CircuitsService.save` reads)."""
    return [
        WindowForm(
            format_days(r.days),
            format_time(r.start),
            format_time(r.end),
            _number_text(r.max_current_a),
            _number_text(r.max_power_kw),
        )
        for r in rows
    ]


def own_limits(amperes_text: str, kw_text: str) -> tuple[float | None, float | None]:
    """The circuit's own limits as its form holds them, for checking its windows while they are edited; a
    limit that is no number yet counts as none (the save says what is wrong with it)."""
    out: list[float | None] = []
    for text in (amperes_text, kw_text):
        try:
            out.append(parse_float(text))
        except ValueError:
            out.append(None)
    return out[0], out[1]


__all__ = ["LimitRow", "limit_rows", "own_limits", "window_forms"]
