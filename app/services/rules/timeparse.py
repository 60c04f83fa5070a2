"""Weekday sets and wall-clock times as people write them: ``"Mon-Fri"``, ``"Sat,Sun"``, ``"07:00"``.

A day set is a bit mask: bit 0 = Monday … bit 6 = Sunday (``datetime.weekday()`` numbering).
"""

from __future__ import annotations

import re

from app.services.i18n import translate

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ALIASES = {name.lower(): i for i, name in enumerate(DAY_NAMES)}
_ALIASES.update(
    {
        full.lower(): i
        for i, full in enumerate(
            ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
        )
    }
)
ALL_DAYS = 0b1111111
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


class ParseError(ValueError):
    """A value a person typed that is not what it should be; the message says what was expected."""


def _not_days(text: str) -> str:
    return translate("TimeParse", "{text} is not a day list (e.g. 'Mon-Fri' or 'Sat,Sun')").format(
        text=repr(text)
    )


def parse_days(text: str) -> int:
    """``"Mon-Fri"``, ``"Sat,Sun"``, ``"Fri-Mon"`` (wraps), ``"daily"`` → bit mask."""
    t = text.strip().lower()
    if t in ("daily", "all", "every day", "mon-sun"):
        return ALL_DAYS
    if t in ("weekdays",):
        return 0b0011111
    if t in ("weekend", "weekends"):
        return 0b1100000
    mask = 0
    for part in t.split(","):
        part = part.strip()
        if not part:
            raise ParseError(_not_days(text))
        if "-" in part:
            a, _, b = part.partition("-")
            if a.strip() not in _ALIASES or b.strip() not in _ALIASES:
                raise ParseError(_not_days(text))
            i, j = _ALIASES[a.strip()], _ALIASES[b.strip()]
            k = i
            while True:
                mask |= 1 << k
                if k == j:
                    break
                k = (k + 1) % 7
        else:
            if part not in _ALIASES:
                raise ParseError(_not_days(text))
            mask |= 1 << _ALIASES[part]
    return mask


def format_days(mask: int) -> str:
    """Bit mask → the shortest usual form: ``"Mon-Fri"``, ``"Sat,Sun"``, ``"Mon-Sun"``, ``"Mon,Wed-Fri"``."""
    if not 0 < mask < 128:
        raise ParseError(f"{mask} is not a day mask")
    if mask == ALL_DAYS:
        return "Mon-Sun"
    days = [i for i in range(7) if mask >> i & 1]
    runs: list[tuple[int, int]] = []
    for d in days:
        if runs and runs[-1][1] == d - 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    # join a run ending on Sunday with one starting on Monday (e.g. Fri-Mon)
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == 6:
        first = runs.pop(0)
        last = runs.pop()
        runs.append((last[0], first[1]))
    parts = []
    for a, b in runs:
        if a == b:
            parts.append(DAY_NAMES[a])
        elif (b - a) % 7 == 1:
            parts.append(f"{DAY_NAMES[a]},{DAY_NAMES[b]}")
        else:
            parts.append(f"{DAY_NAMES[a]}-{DAY_NAMES[b]}")
    return ",".join(parts)


def parse_time(text: str, *, allow_24: bool = False) -> int:
    """``"07:00"`` → minutes since midnight. ``"24:00"`` only where ``allow_24`` (the end of a window)."""
    m = _TIME.match(text.strip()) if isinstance(text, str) else None
    if not m:
        raise ParseError(translate("TimeParse", "{text} is not a time (HH:MM)").format(text=text))
    h, mi = int(m.group(1)), int(m.group(2))
    if allow_24 and h == 24 and mi == 0:
        return 1440
    if h > 23 or mi > 59:
        if allow_24:
            raise ParseError(
                translate("TimeParse", "{text} is not a time (HH:MM, 00:00–23:59, or 24:00)").format(
                    text=text
                )
            )
        raise ParseError(
            translate("TimeParse", "{text} is not a time (HH:MM, 00:00–23:59)").format(text=text)
        )
    return h * 60 + mi


def parse_end(text: str) -> int:
    """The end of a window: ``24:00`` and ``00:00`` both mean midnight at the end of the day (1440)."""
    minute = parse_time(text, allow_24=True)
    return 1440 if minute == 0 else minute


def format_time(minute: int) -> str:
    if not 0 <= minute <= 1440:
        raise ParseError(f"{minute} is not a minute of the day")
    return f"{minute // 60:02d}:{minute % 60:02d}"
