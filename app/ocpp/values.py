"""Values shared by every OCPP version: timestamps (with clock-skew tolerance) and units of measure."""

from __future__ import annotations

import datetime as dt
import math

MAX_AHEAD = dt.timedelta(minutes=15)  # a charger clock further ahead than this is wrong, not just drifting
MAX_BEHIND = dt.timedelta(
    days=400
)  # an offline charger may send old messages, but not from before it existed


#: The security events a charger pushes to the central system (SecurityEventNotification), as the OCPP 1.6
#: Security Whitepaper Ed. 3 (appendix "Security events") and OCPP 2.0.1 (appendix 1, "Security events") mark them
#: critical; the others stay in the charger's security log (a charger may send them anyway).
CRITICAL_SECURITY_EVENTS = frozenset(
    {
        "FirmwareUpdated",
        "SettingSystemTime",
        "StartupOfTheDevice",
        "ResetOrReboot",
        "SecurityLogWasCleared",
        "MemoryExhaustion",
        "TamperDetectionActivated",
    }
)


def iso(value: dt.datetime) -> str:
    """``2026-03-29T10:15:00.123Z``: UTC with milliseconds, the form chargers parse most reliably."""
    value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_time(text: object) -> dt.datetime | None:
    """An ISO 8601 timestamp as aware UTC (a missing offset is taken as UTC); None if it is not one."""
    if not isinstance(text, str) or not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def plausible(
    value: dt.datetime, now: dt.datetime, ahead: dt.timedelta = MAX_AHEAD, behind: dt.timedelta = MAX_BEHIND
) -> bool:
    """Whether a charger's timestamp can be believed (its clock is not reset or far ahead)."""
    return now - behind <= value <= now + ahead


# Energy in Wh, power in W, reactive in var/varh: the k-units are scaled.
_SCALE = {
    "kWh": ("Wh", 1000.0),
    "kW": ("W", 1000.0),
    "kvarh": ("varh", 1000.0),
    "kvar": ("var", 1000.0),
    "kVA": ("VA", 1000.0),
    "Celcius": ("Celsius", 1.0),
}


def default_unit(measurand: str) -> str:
    """The unit of a sampled value that names none (1.6 says Wh; for power or current that is clearly wrong)."""
    if measurand.startswith("Energy.Reactive"):
        return "varh"
    if measurand.startswith("Energy"):
        return "Wh"
    if measurand.startswith("Power.Reactive"):
        return "var"
    if measurand in ("Power.Active.Import", "Power.Active.Export", "Power.Offered"):
        return "W"
    if measurand.startswith("Current"):
        return "A"
    if measurand == "Voltage":
        return "V"
    if measurand == "SoC":
        return "Percent"
    if measurand == "Temperature":
        return "Celsius"
    if measurand == "Frequency":
        return "Hertz"
    return ""


def normalise(value: float, unit: str) -> tuple[float, str]:
    """Scale k-units: (7.4, "kW") -> (7400.0, "W"). Unknown units (a lenient charger's "Hz") pass through."""
    scaled = _SCALE.get(unit)
    if scaled is None:
        return value, unit
    return value * scaled[1], scaled[0]


def finite(value: float) -> bool:
    """Whether a sampled value (after scaling) is a real number: NaN and infinity are never stored."""
    return math.isfinite(value)


# Transaction messages a charger retries until answered: a bad sample in them is dropped (and logged), never a
# reason to refuse the message and lose the transaction's start or stop (OCPP 1.6 §3.7, 2.0.1 E.FR).
SAMPLE_DROPPING_ACTIONS = frozenset({"StartTransaction", "StopTransaction", "TransactionEvent"})
