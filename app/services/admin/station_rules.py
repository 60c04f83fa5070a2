"""What makes a station acceptable: the one set of station rules behind the station editor
(:func:`app.services.admin.stations.validate_station`) and the site configuration importer
(:func:`app.services.transfer.site_config.validate_config`).

The two entry points see a station differently (the editor a form of typed text and ids, the importer a JSON
document with names, whose shape the JSON Schema checked first) and address a problem differently
(``connectors[1].max_kw`` vs ``stations[0].connectors[1].max_kw``), so each rule here is a small function over
plain values that returns what is wrong in one wording (lower case, no final stop: the editor makes a sentence
of it and may add what to click), or None. Pure: no database, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping, Sequence

from app.services import locale_format
from app.services.admin.passwords import password_problem
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.rules.plan import Weekly, validate_windows
from app.services.rules.timeparse import ParseError, parse_days, parse_end, parse_time

PLUG_TYPES = ("Type2", "CCS", "CHAdeMO", "Type1", "Schuko", "Other")
OCPP_VERSIONS = ("1.6", "2.0.1")
SECURITY_PROFILES = {
    0: QT_TRANSLATE_NOOP("StationRules", "0 — no TLS, optional password"),
    1: QT_TRANSLATE_NOOP("StationRules", "1 — HTTP Basic password"),
    2: QT_TRANSLATE_NOOP("StationRules", "2 — TLS + Basic password"),
    3: QT_TRANSLATE_NOOP("StationRules", "3 — TLS + client certificate"),
}
CHARGE_POINT_ID = re.compile(r"^[A-Za-z0-9._~*\-]{1,64}$")  # as resources/config.schema.json
MAX_KW_LIMIT = 2000.0  # megawatt chargers exist; more than 2 MW is a typo
NAME_MAX = 120  # as the schema's maxLength
ADDRESS_MAX = 300


def plug_type_problem(plug: str) -> str | None:
    """The console knows these plug types (its connector editor offers them, and nothing else)."""
    if plug in PLUG_TYPES:
        return None
    return translate("StationRules", "choose a plug type: {types}").format(types=", ".join(PLUG_TYPES))


def max_kw_problem(kw: float | None) -> str | None:
    """A connector's maximum power: unknown (None), or above 0 and plausible."""
    if kw is None:
        return None
    if kw <= 0:
        return translate("StationRules", "max power must be more than 0 kW (e.g. 22)")
    if kw > MAX_KW_LIMIT:
        return translate(
            "StationRules", "max power above {limit} kW is not plausible; check the unit"
        ).format(limit=locale_format.number(MAX_KW_LIMIT))
    return None


_COORDINATES = {
    "lat": (
        90,
        QT_TRANSLATE_NOOP("StationRules", "latitude must be between -90 and 90 degrees (e.g. 47.3769)"),
    ),
    "lon": (
        180,
        QT_TRANSLATE_NOOP("StationRules", "longitude must be between -180 and 180 degrees (e.g. 8.5417)"),
    ),
}


def coordinate_problem(key: str, value: float | None) -> str | None:
    """``key`` is ``"lat"`` or ``"lon"``; None (no location) is fine."""
    limit, why = _COORDINATES[key]
    if value is not None and not -limit <= value <= limit:
        return translate("StationRules", why)
    return None


def pairing_problem(lat: float | None, lon: float | None) -> tuple[str, str] | None:
    """A location has both coordinates or neither: ``(the missing one, what is wrong)``."""
    if (lat is None) != (lon is None):
        return ("lon" if lon is None else "lat"), translate(
            "StationRules", "give both latitude and longitude, or neither"
        )
    return None


def location_problems(lat: float | None, lon: float | None) -> dict[str, str]:
    """By ``"lat"`` / ``"lon"``: each in range and, when both are, both given or neither."""
    out = {k: why for k, v in (("lat", lat), ("lon", lon)) if (why := coordinate_problem(k, v))}
    if not out and (pair := pairing_problem(lat, lon)):
        out[pair[0]] = pair[1]
    return out


def profile_problem(profile: int, has_password: bool) -> str | None:
    """Security profiles 1 and 2 authenticate the charger with HTTP Basic: it needs a password."""
    if profile in (1, 2) and not has_password:
        return translate(
            "StationRules", "security profile {profile} (HTTP Basic) needs a charger password"
        ).format(profile=profile)
    return None


def charger_password_problem(password: str) -> str | None:
    """A new charger password (the same rule as :func:`~app.services.admin.passwords.password_problem`)."""
    return password_problem(password) if password else None


def duplicates(values: Iterable[Hashable | None]) -> dict[int, int]:
    """Position → position of its first occurrence, for every value (not None) listed again."""
    first: dict[Hashable, int] = {}
    out: dict[int, int] = {}
    for i, value in enumerate(values):
        if value is None:
            continue
        if value in first:
            out[i] = first[value]
        else:
            first[value] = i
    return out


def charge_point_id_clash(cpid: str, station_id: int | None, existing: Mapping[str, int]) -> bool:
    """Whether another station uses ``cpid``, compared without case (chargers and people do not reliably keep
    it). ``existing`` maps each stored id, case-folded, to its station."""
    owner = existing.get(cpid.casefold())
    return owner is not None and owner != station_id


def parse_window_text(days_text: str, start_text: str, end_text: str) -> tuple[Weekly | None, dict[str, str]]:
    """A weekly window as typed or written in a file (``"Mon-Fri"``, ``"07:00"``, ``"18:00"``), or what is wrong
    with each part (``days``, ``start``, ``end``). An end of 24:00 or 00:00 is midnight; an end at or before the
    start runs into the next day; the same start and end is refused."""
    problems: dict[str, str] = {}
    days = start = end = None
    try:
        days = parse_days(days_text)
        if days == 0:
            raise ParseError(translate("StationRules", "choose at least one weekday (e.g. Mon-Fri)"))
    except ParseError as e:
        problems["days"] = str(e)
    try:
        start = parse_time(start_text)
    except ParseError as e:
        problems["start"] = str(e)
    try:
        end = parse_end(end_text)
    except ParseError as e:
        problems["end"] = str(e)
    if start is not None and end is not None and start == end:
        problems["end"] = translate(
            "StationRules", "from and to are the same time; write 00:00–24:00 for the whole day"
        )
        return None, problems
    if days is None or start is None or end is None:
        return None, problems
    return Weekly(days, start, end), problems


def window_overlaps(windows: Sequence[Weekly]) -> list[str]:
    """Windows of one rule (a plan, or a special user's own times) that meet somewhere in the week."""
    return validate_windows(windows)


__all__ = [
    "ADDRESS_MAX",
    "CHARGE_POINT_ID",
    "MAX_KW_LIMIT",
    "NAME_MAX",
    "OCPP_VERSIONS",
    "PLUG_TYPES",
    "SECURITY_PROFILES",
    "charge_point_id_clash",
    "charger_password_problem",
    "coordinate_problem",
    "duplicates",
    "location_problems",
    "max_kw_problem",
    "pairing_problem",
    "parse_window_text",
    "plug_type_problem",
    "profile_problem",
    "window_overlaps",
]
