"""What makes a circuit acceptable: the one set of circuit rules behind the circuit editor
(:mod:`app.services.admin.circuits`) and the site configuration importer (:mod:`app.services.transfer.site_config`),
as :mod:`~app.services.admin.station_rules` is for stations.

Each rule is a small function over plain values returning what is wrong in one wording (lower case, no final stop)
or None. Pure: no database, no Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.load import meter
from app.services.rules.numbers import parse_float
from app.services.rules.plan import Weekly

PHASES = (1, 3)
ROTATIONS = ("123", "231", "312")
ROTATION_LABELS = {"123": "L1 L2 L3", "231": "L2 L3 L1", "312": "L3 L1 L2"}
# (marked for the console's catalogue: the circuits section shows them with translate("CircuitRules", label))
STRATEGIES = {
    "equal": QT_TRANSLATE_NOOP("CircuitRules", "Equal share"),
    "fcfs": QT_TRANSLATE_NOOP("CircuitRules", "First come, first served"),
    "priority": QT_TRANSLATE_NOOP("CircuitRules", "Priority: owners, special users, public"),
    "tariff": QT_TRANSLATE_NOOP("CircuitRules", "By tariff priority"),
}
METER_KINDS = {
    "": QT_TRANSLATE_NOOP("CircuitRules", "None"),
    "charger": QT_TRANSLATE_NOOP("CircuitRules", "A charger's inlet meter"),
    "modbus": QT_TRANSLATE_NOOP("CircuitRules", "Modbus TCP meter"),
}
# The register maps a Modbus meter can be read with ("" = the default map), named as the meter reader has them.
METER_MAPS: dict[str, str] = {name: m.label for name, m in meter.METER_MAPS.items()}
MIN_CURRENT_RANGE = (6.0, 32.0)
MAX_CURRENT_A = 6300.0  # a site's connection of more than 6.3 kA per phase is a typo
MAX_POWER_KW = 50_000.0
CONNECTOR_MAX_A = 1000.0
VOLTS = 230.0  # per phase
NAME_MAX = 80
_HOST_PORT = re.compile(r"^(?P<host>[A-Za-z0-9.\-]+|\[[0-9A-Fa-f:]+\]):(?P<port>\d{1,5})$")


def current_problem(amperes: float | None) -> str | None:
    """A limit in amperes per phase: None (not limited that way), or above 0 and plausible."""
    if amperes is None:
        return None
    if amperes <= 0:
        return translate(
            "CircuitProblems", "a current limit is a positive number of A per phase (e.g. 63), or empty"
        )
    if amperes > MAX_CURRENT_A:
        return translate(
            "CircuitProblems", "more than {limit} A per phase is not plausible; check the unit"
        ).format(limit=f"{MAX_CURRENT_A:,.0f}")
    return None


def power_problem(kw: float | None) -> str | None:
    """A limit in kW over the circuit's phases: None, or above 0 and plausible."""
    if kw is None:
        return None
    if kw <= 0:
        return translate("CircuitProblems", "a power limit is a positive number of kW (e.g. 43), or empty")
    if kw > MAX_POWER_KW:
        return translate("CircuitProblems", "more than {limit} kW is not plausible; check the unit").format(
            limit=f"{MAX_POWER_KW:,.0f}"
        )
    return None


def needs_limit(amperes: float | None, kw: float | None) -> str | None:
    if amperes is None and kw is None:
        return translate("CircuitProblems", "give the circuit a limit: A per phase, kW, or both")
    return None


def phases_problem(phases: int, parent_phases: int | None, parent_name: str = "") -> str | None:
    """A circuit carries 1 or 3 phases; a 3-phase circuit cannot hang under a 1-phase one."""
    if phases not in PHASES:
        return translate("CircuitProblems", "a circuit carries 1 or 3 phases")
    if parent_phases == 1 and phases == 3:
        return translate(
            "CircuitProblems",
            "a 3-phase circuit cannot be under the 1-phase circuit {parent}; choose 1 phase or another parent",
        ).format(parent=parent_name)
    return None


def never_reached(amperes: float | None, kw: float | None, parent_name: str, parent_a: float | None,
                  parent_kw: float | None) -> str | None:  # fmt: skip
    """A warning (not a refusal): a child's limit above its parent's is never reached."""
    if amperes is not None and parent_a is not None and amperes > parent_a:
        return translate("CircuitProblems", "{value} A is never reached: {parent} allows {limit} A").format(
            value=f"{amperes:g}", parent=parent_name, limit=f"{parent_a:g}"
        )
    if kw is not None and parent_kw is not None and kw > parent_kw:
        return translate("CircuitProblems", "{value} kW is never reached: {parent} allows {limit} kW").format(
            value=f"{kw:g}", parent=parent_name, limit=f"{parent_kw:g}"
        )
    return None


def window_limit_problem(amperes: float | None, kw: float | None, own_a: float | None,
                         own_kw: float | None) -> str | None:  # fmt: skip
    """A time-of-day window has a limit of its own and does not raise the circuit's."""
    if amperes is None and kw is None:
        return translate("CircuitProblems", "give the window a limit: A per phase, kW, or both")
    if amperes is not None and own_a is not None and amperes > own_a:
        return translate("CircuitProblems", "a window lowers the limit; the circuit allows {limit} A").format(
            limit=f"{own_a:g}"
        )
    if kw is not None and own_kw is not None and kw > own_kw:
        return translate(
            "CircuitProblems", "a window lowers the limit; the circuit allows {limit} kW"
        ).format(limit=f"{own_kw:g}")
    return None


def not_a_number(text: str, unit: str) -> str:
    """A limit typed as something that is not a number (``unit`` "A" or "kW")."""
    return translate(
        "CircuitProblems", "{text} is not a number of {unit}; leave it empty if there is no such limit"
    ).format(text=repr(text.strip()), unit=unit)


def parse_window_limit(amperes_text: str, kw_text: str, own_a: float | None,
                       own_kw: float | None) -> tuple[float | None, float | None, dict[str, str]]:  # fmt: skip
    """A time-of-day window's limits as typed (A per phase, kW), checked against the circuit's own ``own_a`` /
    ``own_kw``: the numbers (None: not limited that way) and what is wrong, keyed ``max_current_a`` /
    ``max_power_kw``. The one reading of a window's limits: the circuit editor's save and its week calendar."""
    problems: dict[str, str] = {}
    values: list[float | None] = []
    for key, text, unit in (("max_current_a", amperes_text, "A"), ("max_power_kw", kw_text, "kW")):
        try:
            values.append(parse_float(text))
        except ValueError:
            problems[key] = not_a_number(text, unit)
            values.append(None)
    amperes, kw = values
    for key, why in (("max_current_a", current_problem(amperes)), ("max_power_kw", power_problem(kw))):
        if why and key not in problems:
            problems[key] = why
    if not problems and (why := window_limit_problem(amperes, kw, own_a, own_kw)):
        problems["max_current_a"] = why
    return amperes, kw, problems


def amperes_from_kw(kw: float, phases: int = 3) -> float:
    """kW over ``phases`` at 230 V per phase → A per phase, rounded down to 0.1 A."""
    return math.floor(kw * 1000 / (VOLTS * phases) * 10) / 10


def rotation_problem(rotation: str) -> str | None:
    if rotation in ROTATIONS:
        return None
    return translate("CircuitProblems", "choose the phase rotation: {choices}").format(
        choices=", ".join(ROTATION_LABELS.values())
    )


def connector_phases_problem(phases: int, circuit_phases: int | None, circuit_name: str = "") -> str | None:
    """A connector uses 1 or 3 phases; a 3-phase connector cannot be on a 1-phase circuit."""
    if phases not in PHASES:
        return translate("CircuitProblems", "a connector uses 1 or 3 phases")
    if circuit_phases == 1 and phases == 3:
        return translate(
            "CircuitProblems",
            "the circuit {circuit} carries 1 phase: make the connector 1-phase or choose another circuit",
        ).format(circuit=circuit_name)
    return None


def connector_current_problem(amperes: float | None) -> str | None:
    if amperes is None:
        return None
    if amperes <= 0:
        return translate(
            "CircuitProblems", "a maximum current is a positive number of A per phase (e.g. 32), or empty"
        )
    if amperes > CONNECTOR_MAX_A:
        return translate(
            "CircuitProblems",
            "more than {limit} A per phase is not plausible for a connector; check the unit",
        ).format(limit=f"{CONNECTOR_MAX_A:,.0f}")
    return None


def strategy_problem(strategy: str) -> str | None:
    if strategy in STRATEGIES:
        return None
    choices = ", ".join(translate("CircuitRules", label) for label in STRATEGIES.values())
    return translate("CircuitProblems", "choose a strategy: {choices}").format(choices=choices)


def min_current_problem(amperes: float | None) -> str | None:
    lo, hi = MIN_CURRENT_RANGE
    if amperes is None or not lo <= amperes <= hi:
        return translate(
            "CircuitProblems",
            "the minimum current is from {low} to {high} A per phase (6 A is what vehicles need)",
        ).format(low=f"{lo:g}", high=f"{hi:g}")
    return None


def host_port_problem(address: str) -> str | None:
    """A Modbus TCP meter's address: ``host:port`` (port 1–65535; an IPv6 host in brackets)."""
    m = _HOST_PORT.match(address.strip())
    if m is None:
        return translate("CircuitProblems", "write the meter's address as host:port, e.g. 192.168.1.50:502")
    if not 1 <= int(m.group("port")) <= 65535:
        return translate("CircuitProblems", "a port is from 1 to 65535 (Modbus TCP uses 502)")
    return None


def unit_problem(unit: int | None) -> str | None:
    if unit is None or not 0 <= unit <= 255:
        return translate("CircuitProblems", "a Modbus unit id is a whole number from 0 to 255 (often 1)")
    return None


def meter_map_problem(name: str) -> str | None:
    if name in METER_MAPS:
        return None
    named = ", ".join(f"{key} ({label})" for key, label in METER_MAPS.items() if key)
    return translate(
        "CircuitProblems", "choose a register map: {choices}, or leave it empty for the {default}"
    ).format(choices=named, default=METER_MAPS[""].lower())


def window_label(w: Weekly, amperes: float | None, kw: float | None) -> str:
    """ "Mon–Fri 11:00–14:00 → 40 A"."""
    return f"{w.label} → {limit_text(amperes, kw)}"


def limit_text(amperes: float | None, kw: float | None, sep: str = ", ") -> str:
    """ "63 A", "43 kW", "63 A, 43 kW" (``sep`` between the two), "—"."""
    parts = [f"{amperes:g} A" if amperes is not None else "", f"{kw:g} kW" if kw is not None else ""]
    return sep.join(p for p in parts if p) or "—"


def descendants(children: Mapping[int | None, Sequence[int]], root: int) -> list[int]:
    """``root`` and every circuit below it, depth first."""
    out, todo = [], [root]
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(reversed(children.get(node, ())))
    return out


__all__ = [
    "METER_KINDS",
    "METER_MAPS",
    "PHASES",
    "ROTATIONS",
    "ROTATION_LABELS",
    "STRATEGIES",
    "amperes_from_kw",
    "connector_current_problem",
    "connector_phases_problem",
    "current_problem",
    "descendants",
    "host_port_problem",
    "limit_text",
    "meter_map_problem",
    "min_current_problem",
    "needs_limit",
    "never_reached",
    "not_a_number",
    "parse_window_limit",
    "phases_problem",
    "power_problem",
    "rotation_problem",
    "strategy_problem",
    "unit_problem",
    "window_label",
    "window_limit_problem",
]
