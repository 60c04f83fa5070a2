"""Why a connector has its limit, and what a site's load sharing should tell the operator, as texts the host makes
and consoles in other languages show (issue 15; :mod:`app.services.texts`): each a :class:`~app.services.texts.Text`
of a template marked here (context ``LoadReasons``) and its values, stored so (``LoadAllocated``'s
``reason_text`` and ``notes``, ``limit_changes.reason``, ``chargers.sc_note``) and translated where shown by
:func:`shown_reason`. Amperes are numbers in the values (written in the operator's locale); names are data."""

from __future__ import annotations

from typing import Any

from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.texts import Text, encoded, loaded, shown

# --- a circuit phase, as a reason names it ---------------------------------------------------------------------
CIRCUIT = QT_TRANSLATE_NOOP("LoadReasons", "{name} ({limit} A)")
CIRCUIT_ON_PHASE = QT_TRANSLATE_NOOP("LoadReasons", "{name} ({limit} A on L{phase})")

# --- a session's share (allocation.py) -------------------------------------------------------------------------
PAUSED_BELOW_MINIMUM = QT_TRANSLATE_NOOP(
    "LoadReasons", "paused: connector maximum {maximum} A is below the minimum {minimum} A"
)
PAUSED_WAITS = QT_TRANSLATE_NOOP("LoadReasons", "paused: {circuit} is full — waits for a free {minimum} A")
PAUSED_FULL = QT_TRANSLATE_NOOP("LoadReasons", "paused: {circuit} is full")
PAUSED_CONNECTOR = QT_TRANSLATE_NOOP("LoadReasons", "paused: connector maximum {maximum} A")
TAKES_LESS = QT_TRANSLATE_NOOP("LoadReasons", "limited by what the vehicle takes ({taking} A)")
CONNECTOR_MAXIMUM = QT_TRANSLATE_NOOP("LoadReasons", "connector maximum {maximum} A")
FIRST_COME = QT_TRANSLATE_NOOP("LoadReasons", "first come first served on {circuit}: {position} of {count}")
WHAT_IS_FREE = QT_TRANSLATE_NOOP("LoadReasons", "what is free on {circuit}")
EQUAL_SHARE = QT_TRANSLATE_NOOP("LoadReasons", "equal share of {circuit} / %n session(s)")
PRIORITY = QT_TRANSLATE_NOOP("LoadReasons", "priority {rank} on {circuit}")
PRIORITY_SHARED = QT_TRANSLATE_NOOP(
    "LoadReasons", "priority {rank} on {circuit}: equal share / %n session(s)"
)
TARIFF_PRIORITY = QT_TRANSLATE_NOOP("LoadReasons", "tariff priority {rank} on {circuit}")
TARIFF_PRIORITY_SHARED = QT_TRANSLATE_NOOP(
    "LoadReasons", "tariff priority {rank} on {circuit}: equal share / %n session(s)"
)
NOT_MANAGED = QT_TRANSLATE_NOOP("LoadReasons", "not managed: {reserved} A reserved")
EXTERNAL_LIMIT = QT_TRANSLATE_NOOP("LoadReasons", "limited to {limit} A by {source}")
PAUSED_EXTERNAL = QT_TRANSLATE_NOOP("LoadReasons", "paused: limited to {limit} A by {source}")
# who set an external limit (NotifyChargingLimit's chargingLimitSource), the {source} above
SOURCE_EMS = QT_TRANSLATE_NOOP("LoadReasons", "the site's energy manager (EMS)")
SOURCE_SO = QT_TRANSLATE_NOOP("LoadReasons", "the grid operator (SO)")
SOURCE_OTHER = QT_TRANSLATE_NOOP("LoadReasons", "another system on site (Other)")

# the place in a first-come-first-served queue (1st, 2nd...: each language writes its own)
FIRST = QT_TRANSLATE_NOOP("LoadReasons", "1st")
NTH_ST = QT_TRANSLATE_NOOP("LoadReasons", "{n}st")
NTH_ND = QT_TRANSLATE_NOOP("LoadReasons", "{n}nd")
NTH_RD = QT_TRANSLATE_NOOP("LoadReasons", "{n}rd")
NTH_TH = QT_TRANSLATE_NOOP("LoadReasons", "{n}th")

# --- the manager (manager.py): unmanaged connectors, fail-safes, limits ahead -----------------------------------
NOT_MANAGED_BECAUSE = QT_TRANSLATE_NOOP("LoadReasons", "not managed ({why}): {reserved} A reserved")
TAKES_NO_LIMITS = QT_TRANSLATE_NOOP("LoadReasons", "it takes no charging limits")
NOT_CONNECTED_HERE = QT_TRANSLATE_NOOP("LoadReasons", "not connected here: its last limit is reserved")
NO_LIMIT_CAN_BE_SET = QT_TRANSLATE_NOOP(
    "LoadReasons", "no limit can be set ({error}): its full power is reserved"
)
PROFILE_REFUSED = QT_TRANSLATE_NOOP(
    "LoadReasons", "SetChargingProfile ({purpose}) {status}: its full power is reserved"
)
NO_FAILSAFE = QT_TRANSLATE_NOOP("LoadReasons", "no fail-safe default ({error}): its full power is reserved")
FAILSAFE_REFUSED = QT_TRANSLATE_NOOP(
    "LoadReasons", "fail-safe default ({purpose}) {status}: its full power is reserved"
)
FAILSAFE_CONNECTOR = QT_TRANSLATE_NOOP("LoadReasons", "fail-safe: connector maximum {maximum} A")
FAILSAFE_SHARE = QT_TRANSLATE_NOOP("LoadReasons", "fail-safe: {name} ({lowest} A) / %n connector(s)")
FAILSAFE_SHARE_UNMANAGED = QT_TRANSLATE_NOOP(
    "LoadReasons", "fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged) / %n connector(s)"
)
FAILSAFE_SHARE_SESSIONS = QT_TRANSLATE_NOOP(
    "LoadReasons", "fail-safe: {name} ({lowest} A, {sessions} A for sessions) / %n connector(s)"
)
FAILSAFE_SHARE_BOTH = QT_TRANSLATE_NOOP(
    "LoadReasons",
    "fail-safe: {name} ({lowest} A, {unmanaged} A unmanaged, {sessions} A for sessions) / %n connector(s)",
)
FAILSAFE_OWN = QT_TRANSLATE_NOOP("LoadReasons", "fail-safe: its session's limit ({limit} A)")
FAILSAFE_BELOW_MINIMUM = QT_TRANSLATE_NOOP("LoadReasons", "{why}: {share} A, below the minimum {minimum} A")
AHEAD = QT_TRANSLATE_NOOP("LoadReasons", "{reason}; {steps} (time-of-day limit)")
AHEAD_STEP = QT_TRANSLATE_NOOP("LoadReasons", "{limit} A from {time}")
METER_NOTE = QT_TRANSLATE_NOOP("LoadReasons", "Base-load meter: {problem}")

# --- what a charger's smart charging takes (capabilities.py, profiles.py): stored with the charger -------------
REJECTS_EVERY_PROFILE = QT_TRANSLATE_NOOP("LoadReasons", "rejects every charging profile")
CTRLR_NOT_AVAILABLE = QT_TRANSLATE_NOOP("LoadReasons", "SmartChargingCtrlr not available (no smart charging)")
CTRLR_SWITCHED_OFF = QT_TRANSLATE_NOOP(
    "LoadReasons", "smart charging switched off (SmartChargingCtrlr.Enabled = false)"
)
NOT_APPLIED = QT_TRANSLATE_NOOP(
    "LoadReasons",
    "accepts charging profiles but does not apply them (GetCompositeSchedule shows {shown} {unit} after {limit} "
    "{unit} was accepted)",
)
NO_ANSWER_TO_PROFILES = QT_TRANSLATE_NOOP("LoadReasons", "does not answer SetChargingProfile")
CP_MAX_ONLY = QT_TRANSLATE_NOOP(
    "LoadReasons", "accepts only ChargePointMaxProfile, which limits the whole charger, not each connector"
)
TX_ONLY = QT_TRANSLATE_NOOP(
    "LoadReasons",
    "the charger takes only TxProfiles, which need a running transaction: no limit can be set now",
)
NO_FAILSAFE_PURPOSE = QT_TRANSLATE_NOOP(
    "LoadReasons",
    "the charger takes no TxDefaultProfile (nor ChargePointMaxProfile with one connector): it can hold no "
    "fail-safe limit",
)
REJECTS_CP_MAX = QT_TRANSLATE_NOOP("LoadReasons", "the charger rejects ChargePointMaxProfile")
NOT_KNOWN_YET = QT_TRANSLATE_NOOP("LoadReasons", "the charger's smart charging is not known yet")

# --- the base-load meter's problems (meter.py), in the note above ----------------------------------------------
READS_NAN = QT_TRANSLATE_NOOP(
    "LoadReasons", "{source}: L{phase} reads {value} (not a number): reading refused"
)
READS_NEGATIVE = QT_TRANSLATE_NOOP(
    "LoadReasons", "{source}: L{phase} reads {value} A (negative): reading refused"
)
READS_IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "LoadReasons", "{source}: L{phase} reads {value} A (implausible): reading refused"
)
WAITING = QT_TRANSLATE_NOOP("LoadReasons", "waiting for an answer from {where}")
NO_SUCH_UNIT = QT_TRANSLATE_NOOP(
    "LoadReasons", "unit {unit} does not answer at {where} ({what}): is the unit id right?"
)
REGISTERS_REFUSED = QT_TRANSLATE_NOOP(
    "LoadReasons", "{where} unit {unit} refused registers {first}..{last} ({what})"
)
REGISTERS_REFUSED_MAP = QT_TRANSLATE_NOOP(
    "LoadReasons",
    "{where} unit {unit} refused registers {first}..{last} ({what}): is the register map right?",
)
UNREADABLE = QT_TRANSLATE_NOOP("LoadReasons", "{where} unit {unit}: unreadable registers ({error})")
NO_ANSWER = QT_TRANSLATE_NOOP("LoadReasons", "no answer from {where} since {time} ({detail})")
NO_INLET_YET = QT_TRANSLATE_NOOP("LoadReasons", "no supply reading (Inlet) from {cp_id} yet")
NO_INLET_SINCE = QT_TRANSLATE_NOOP("LoadReasons", "no supply reading (Inlet) from {cp_id} since {time}")
METER_UNUSABLE = QT_TRANSLATE_NOOP("LoadReasons", "the site's meter cannot be used: {error}")
BASE_LOAD_HOLDS = QT_TRANSLATE_NOOP(
    "LoadReasons", "{problem}; the base load measured at {time} holds meanwhile"
)


#: each template's name (the constants above): what ``limit_changes.reason`` and ``chargers.sc_note`` store instead
#: of the template, to fit their 200 characters. Stored names are data: never rename a constant, add a new one.
NAMES: dict[str, str] = {
    value: name for name, value in dict(globals()).items() if name.isupper() and isinstance(value, str)
}
TEMPLATES: dict[str, str] = {name: template for template, name in NAMES.items()}


def source(name: str) -> Text | str:
    """Who set an external limit, as a reason names it (an unknown source: as the station sent it)."""
    template = {"EMS": SOURCE_EMS, "SO": SOURCE_SO, "Other": SOURCE_OTHER}.get(name)
    return Text(template) if template else name


def ordinal(n: int) -> Text:
    """``n``'s place in a queue: "1st", "2nd", "11th"... (translated where shown)."""
    if n == 1:
        return Text(FIRST)
    if 10 <= n % 100 <= 20:
        return Text(NTH_TH, n=n)
    return Text({1: NTH_ST, 2: NTH_ND, 3: NTH_RD}.get(n % 10, NTH_TH), n=n)


def for_column(text: str, limit: int = 200) -> str:
    """A reason or note for a text column of ``limit`` characters (:func:`app.services.texts.encoded`)."""
    return encoded(text, limit, NAMES)


def from_column(value: str | None) -> str:
    """A reason or note as :func:`for_column` stored it (a plain string stored before: as it is)."""
    return loaded(value or "", TEMPLATES)  # type: ignore[no-any-return]


def of_error(e: Exception) -> str:
    """An exception's message as a value of a reason: the :class:`Text` it was raised with, else its text."""
    return e.args[0] if len(e.args) == 1 and isinstance(e.args[0], Text) else str(e)


def shown_reason(value: Any) -> str:
    """A load reason or note as stored (a :class:`Text`, its JSON form, or a plain English string stored before)
    in the operator's language."""
    return shown(value, lambda text, n: translate("LoadReasons", text, None, n))
