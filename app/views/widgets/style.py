"""Colours, status names and small helpers shared by the pages, so that every page speaks the same language."""

from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QIcon, QPixmap

from app.services import locale_format
from app.services.admin.access_plans import AccessMode
from app.services.i18n import QT_TRANSLATE_NOOP, translate

# --- the palette -------------------------------------------------------------------------------------------
# Every colour a page uses, by what it means. Pages use these names (or the helpers below), never a literal.

INK = "#1f2933"  # body text, outlines of what is selected
MUTED = "#5b6068"  # secondary text: hints, counts, captions
FAINT = "#8a8f98"  # disabled, unknown, borders of floating forms
LINE = "#dde0e4"  # light rules and frames
LINE_STRONG = "#b9bec6"  # grid lines that structure (days, every 6 hours)
SURFACE = "#ffffff"
SURFACE_ALT = "#f4f5f7"  # a background with nothing on it (no plan)
PANEL = "#f7f8fa"  # a framed read-only panel
ACCENT = "#1f5fbf"  # today, the thing that is current
INFO = "#3b82c4"  # neutral information (a special user's own times)
INFO_BG, INFO_BORDER = "#e8f0fa", "#b8cde8"  # an information banner
WARN_BG, WARN_BORDER = "#fff8e1", "#e0c36a"  # a warning banner (a save refused by an edit conflict)
HIGHLIGHT_BG = "#dbe7f5"  # a date marked in a calendar
OK = "#2e7d32"  # saved, connected
WARN = "#9a6b00"  # works, but look at it
ERROR = "#c63b3b"  # errors: "not saved" text, a field's border, the now line, a refused shape
FAILED = "#b02a2a"  # a failure or refusal a page reports: its message line, a refused session, not listening
REFUSED_ANSWER = "#b35c00"  # a call answered with a refusal (the Log page's result column)
HEADING = "#3e4c59"  # the caption over a panel
NAV_BG, NAV_TEXT, NAV_SELECTED_BG = INK, "#e4e7eb", "#3e4c59"  # the main window's navigation list
CHART_ENERGY = ACCENT  # energy: the dashboard's kWh bars, a session's energy curve
CHART_POWER = "#d9822b"  # power: a session's power curve
ERROR_BG = "#fff5f5"  # behind a field with a problem
ERROR_CELL_BG = "#fde2e2"  # behind a table cell with a problem
ON_LIGHT_MODE = "#2b2100"  # text on the limited mode's amber

Level = Literal["ok", "warn", "error", "info", "muted"]
LEVEL_COLOURS: dict[str, str] = {"ok": OK, "warn": WARN, "error": ERROR, "info": INK, "muted": MUTED}


def text_css(colour: str) -> str:
    """The style sheet of a label in ``colour``."""
    return f"color:{colour};"


def level_css(level: Level) -> str:
    """The style sheet of a status line: ``"ok"``, ``"warn"``, ``"error"``, ``"info"`` or ``"muted"``."""
    return text_css(LEVEL_COLOURS[level])


# The message line of a page (Sessions, Map): what just happened, by level
MESSAGE_COLOURS: dict[str, str] = {"ok": OK, "warn": WARN, "error": FAILED, "info": INK}


def message_css(level: str) -> str:
    """The style sheet of a page's message line (``"ok"``, ``"warn"``, ``"error"``, ``"info"``); an error is :data:`FAILED`."""
    return text_css(MESSAGE_COLOURS[level])


def span_html(html: str, colour: str, css: str = "") -> str:
    """``html`` (already escaped) in ``colour`` inside rich text; ``css`` adds to the span's style."""
    style = f"color:{colour}; {css}" if css else f"color:{colour}"
    return f"<span style='{style}'>{html}</span>"


MUTED_CSS = text_css(MUTED)
BORDER_ERROR_CSS = f"border:1px solid {ERROR};"  # a field with a problem, nothing else changed
FIELD_ERROR_CSS = f"border: 1px solid {ERROR}; background: {ERROR_BG};"  # a line edit with a problem
COMBO_ERROR_CSS = f"border:1px solid {ERROR}; border-radius:3px; padding:2px;"  # a combo with a problem
# a field of the Users forms with a problem: framed, rounded and tinted
FRAMED_ERROR_CSS = f"border: 1px solid {ERROR}; border-radius: 3px; background: {ERROR_BG}; padding: 2px;"

# The Log page's JSON: keys, strings, numbers, true/false/null
SYNTAX_COLOURS: dict[str, str] = {
    "key": "#1f5fa8",
    "string": OK,
    "number": REFUSED_ANSWER,
    "literal": "#8e24aa",
}


# OCPP connector statuses (1.6 ChargePointStatus; 2.0.1 ConnectorStatus maps onto them) and "Offline"
STATUS_COLOURS: dict[str, str] = {
    "Available": "#2e9d4f",
    "Preparing": INFO,
    "Charging": ACCENT,
    "SuspendedEV": "#d49a1a",
    "SuspendedEVSE": "#d49a1a",
    "Finishing": "#2a9d9d",
    "Reserved": "#7a5cc2",
    "Occupied": ACCENT,
    "Faulted": ERROR,
    "Unavailable": FAINT,
    "Offline": MUTED,
    "Unknown": FAINT,
}
UNAVAILABLE_MARKER = (
    "#a3a9b1"  # a station on the map whose connectors are all unavailable (lighter than FAINT)
)

MODE_COLOURS: dict[str, str] = {"public": "#2e9d4f", "limited": "#d49a1a", "private": "#7a5cc2"}


GRANT_COLOUR = INFO  # a special user's own times (no mode)


def mode_colour(mode: AccessMode | None) -> QColor:
    """An access mode's colour; a special user's own times (no mode) in :data:`GRANT_COLOUR`."""
    return QColor(MODE_COLOURS[mode.value] if mode is not None else GRANT_COLOUR)


def light(colour: QColor, alpha: int = 44) -> QColor:
    """The colour washed out over white (for the default mode's background)."""
    c = QColor(colour)
    r, g, b = (255 - (255 - v) * alpha // 255 for v in (c.red(), c.green(), c.blue()))
    return QColor(r, g, b)


def text_colour(mode: AccessMode | None) -> QColor:
    """Text on a block of the mode's colour."""
    return QColor(ON_LIGHT_MODE) if mode is AccessMode.LIMITED else QColor(SURFACE)


def mode_icon(mode: AccessMode | None, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(mode_colour(mode))
    return QIcon(pix)


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"]))


def badge_css(status: str) -> str:
    colour = STATUS_COLOURS.get(status, STATUS_COLOURS["Unknown"])
    return f"background:{colour}; color:white; border-radius:8px; padding:2px 8px; font-weight:600;"


def format_power(watts: float | None) -> str:
    if watts is None:
        return ""
    return f"{locale_format.number(watts / 1000, 1, group=False)} kW"


def format_energy(wh: float | None) -> str:
    if wh is None:
        return ""
    return f"{locale_format.number(wh / 1000, 2, group=False)} kWh"


# --- the palette, continued: meanings the Chargers pages needed (appended; colours as they were) -----------
ACCEPTED = "#2e9d4f"  # a charger answered yes (Accepted), a key applied
CAUTION = "#b7791f"  # accepted with a condition (RebootRequired), a key the console does not know
CAUTION_STRONG = "#b35c00"  # a warning in the charger overview's connection line
PENDING = "#b26a00"  # waiting on the operator: a charger nobody accepted yet, a verdict still open
HINT = "#616e7c"  # hints and empty states of the charger list, overview and commissioning
DIMMED = "#7b8794"  # a refused charger in the list, a placeholder row
DISABLED = "#9aa0a6"  # an option that does not apply (an operation the charger's version lacks)
INK_STRONG = "#1d2024"  # text on a highlighted (changed, added, removed) row
CHANGED_BG, ADDED_BG, REMOVED_BG = "#fff1c2", "#dff3e4", "#fbe0e0"  # a snapshot compared with another
NOTICE_BG, NOTICE_BORDER = "#fff6e0", "#e8c777"  # a bar that asks for an action (reboot to apply)
CAUTION_BG, CAUTION_BORDER = "#fff4d6", "#d49a1a"  # a banner before an operation with consequences
REPORT_ERROR = "#b02a2a"  # the commissioning form's error text
REPORT_OK = "#1f5f3a"  # the commissioning form's success text
VERDICT_FAILED = "#c62828"  # a commissioning report that failed


#: a connector's OCPP status (and our Offline) as the pages name it; the value stays as OCPP spells it elsewhere
STATUS_NAMES = {
    "Available": QT_TRANSLATE_NOOP("ConnectorStatus", "Available"),
    "Preparing": QT_TRANSLATE_NOOP("ConnectorStatus", "Preparing"),
    "Charging": QT_TRANSLATE_NOOP("ConnectorStatus", "Charging"),
    "SuspendedEV": QT_TRANSLATE_NOOP("ConnectorStatus", "SuspendedEV"),
    "SuspendedEVSE": QT_TRANSLATE_NOOP("ConnectorStatus", "SuspendedEVSE"),
    "Finishing": QT_TRANSLATE_NOOP("ConnectorStatus", "Finishing"),
    "Reserved": QT_TRANSLATE_NOOP("ConnectorStatus", "Reserved"),
    "Unavailable": QT_TRANSLATE_NOOP("ConnectorStatus", "Unavailable"),
    "Faulted": QT_TRANSLATE_NOOP("ConnectorStatus", "Faulted"),
    "Unknown": QT_TRANSLATE_NOOP("ConnectorStatus", "Unknown"),
    "Offline": QT_TRANSLATE_NOOP("ConnectorStatus", "Offline"),
}


def status_name(status: str) -> str:
    """A connector status in the operator's language (one a charger invented as it sent it)."""
    return translate("ConnectorStatus", STATUS_NAMES[status]) if status in STATUS_NAMES else status


BELL, BELL_OUTLINE = "#f2b01e", "#6b4c00"  # the alarm bell (status bar, tray icon, notice)
