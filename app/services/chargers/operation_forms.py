"""What the console's operation forms may send a charger, without Qt: which operations exist for which OCPP
version, the TriggerMessage and idTag tables of each version, the charging profile a Set charging profile form
describes (validated, built as OCPP 1.6 JSON) and a charger's answer in one line.

The Operations tab (:mod:`app.views.chargers.operations`) shows these; the calls themselves go through
:class:`app.services.chargers.operations.Operations`.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from app.models import ID_TAG_MAX as ID_TAG_MAX_201
from app.models import ID_TAG_MAX_16
from app.ocpp.v16 import ChargePoint16
from app.ocpp.v201 import ChargePoint201
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate

V16, V201 = "1.6", "2.0.1"

#: The longest idTag (1.6) / idToken (2.0.1) each version carries.
ID_TAG_MAX = {V16: ID_TAG_MAX_16, V201: ID_TAG_MAX_201}

#: The messages a TriggerMessage may ask for, per version.
TRIGGERS: dict[str, tuple[str, ...]] = {
    V16: (
        "BootNotification",
        "DiagnosticsStatusNotification",
        "FirmwareStatusNotification",
        "Heartbeat",
        "MeterValues",
        "StatusNotification",
    ),
    V201: (
        "BootNotification",
        "FirmwareStatusNotification",
        "Heartbeat",
        "LogStatusNotification",
        "MeterValues",
        "PublishFirmwareStatusNotification",
        "SignChargingStationCertificate",
        "SignCombinedCertificate",
        "SignV2GCertificate",
        "StatusNotification",
        "TransactionEvent",
    ),
}
#: The messages a 1.6 ExtendedTriggerMessage may ask for (Security Whitepaper Ed. 3, MessageTriggerEnumType).
EXTENDED_TRIGGERS_16 = (
    "BootNotification",
    "FirmwareStatusNotification",
    "Heartbeat",
    "LogStatusNotification",
    "MeterValues",
    "SignChargePointCertificate",
    "StatusNotification",
)
#: what a triggered message makes the charger send, where that is another message: a certificate signing request
#: (SignCertificate), an ISO 15118 certificate ChargeDesk does not sign (None: never offered)
TRIGGER_RESULTS: dict[str, str | None] = {
    "SignChargePointCertificate": "SignCertificate",
    "SignChargingStationCertificate": "SignCertificate",
    "SignV2GCertificate": None,
    "SignCombinedCertificate": None,
}
PURPOSES = ("TxDefaultProfile", "ChargePointMaxProfile", "TxProfile")
KINDS = ("Absolute", "Recurring", "Relative")
GOOD_ANSWERS = {"Accepted", "Unlocked", "Scheduled"}  # the statuses that mean the charger did it


def _accepted(version: str, messages: tuple[str, ...]) -> tuple[str, ...]:
    """Of ``messages``, those whose result the central system handles for ``version`` (what it would refuse with
    NotSupported is not offered)."""
    handled = (ChargePoint201 if version == V201 else ChargePoint16).handlers
    return tuple(m for m in messages if (TRIGGER_RESULTS.get(m, m) or "") in handled)


def triggers(version: str) -> tuple[str, ...]:
    """The messages a charger speaking ``version`` can be asked for with TriggerMessage (1.6's for an unknown
    version), those ChargeDesk then accepts."""
    return _accepted(version, TRIGGERS.get(version, TRIGGERS[V16]))


def extended_triggers() -> tuple[str, ...]:
    """The messages a 1.6 charger with the security extension can be asked for with ExtendedTriggerMessage, those
    ChargeDesk then accepts."""
    return _accepted(V16, EXTENDED_TRIGGERS_16)


def id_tag_problem(tag: str, version: str) -> str | None:
    """Why ``tag`` cannot be sent to a charger speaking ``version`` (None: it can)."""
    limit = ID_TAG_MAX.get(version, ID_TAG_MAX_16)
    if len(tag) > limit:
        return translate(
            "OperationForms", "The tag is {length} characters long; OCPP {version} allows at most {limit}."
        ).format(length=len(tag), version=version, limit=limit)
    return None


def good_answer(answer: dict[str, Any]) -> bool:
    """The charger did what it was asked (no status, or a status that says so)."""
    status = answer.get("status")
    return status is None or status in GOOD_ANSWERS


@dataclass(frozen=True)
class OpSpec:
    key: str
    name: str  # the English title, marked for the catalogue (``title``: as the operator reads it)
    action: str  # the OCPP 1.6 action name, as the results list shows it
    versions: tuple[str, ...] = (V16, V201)
    about: str = ""  # the English hint, marked (``hint``: as the operator reads it)

    @property
    def title(self) -> str:
        return translate("OperationForms", self.name)

    @property
    def hint(self) -> str:
        return translate("OperationForms", self.about) if self.about else ""


OPERATIONS: tuple[OpSpec, ...] = (
    OpSpec(
        "remote_start",
        QT_TRANSLATE_NOOP("OperationForms", "Remote start"),
        "RemoteStartTransaction",
        about=QT_TRANSLATE_NOOP("OperationForms", "Start a charge with a tag"),
    ),
    OpSpec(
        "remote_stop",
        QT_TRANSLATE_NOOP("OperationForms", "Remote stop"),
        "RemoteStopTransaction",
        about=QT_TRANSLATE_NOOP("OperationForms", "Stop a running session"),
    ),
    OpSpec(
        "transaction_status",
        QT_TRANSLATE_NOOP("OperationForms", "Transaction status"),
        "GetTransactionStatus",
        versions=(V201,),
        about=QT_TRANSLATE_NOOP(
            "OperationForms", "Ask the station whether a session still runs and what it has yet to send"
        ),
    ),
    OpSpec(
        "reset",
        QT_TRANSLATE_NOOP("OperationForms", "Reset"),
        "Reset",
        about=QT_TRANSLATE_NOOP("OperationForms", "Restart the charger (soft or hard)"),
    ),
    OpSpec(
        "unlock",
        QT_TRANSLATE_NOOP("OperationForms", "Unlock connector"),
        "UnlockConnector",
        about=QT_TRANSLATE_NOOP("OperationForms", "Release a stuck cable"),
    ),
    OpSpec(
        "availability",
        QT_TRANSLATE_NOOP("OperationForms", "Change availability"),
        "ChangeAvailability",
        about=QT_TRANSLATE_NOOP("OperationForms", "Take the charger or a connector in or out of service"),
    ),
    OpSpec(
        "clear_cache",
        QT_TRANSLATE_NOOP("OperationForms", "Clear cache"),
        "ClearCache",
        about=QT_TRANSLATE_NOOP("OperationForms", "Empty the charger's authorization cache"),
    ),
    OpSpec(
        "trigger",
        QT_TRANSLATE_NOOP("OperationForms", "Trigger message"),
        "TriggerMessage",
        about=QT_TRANSLATE_NOOP("OperationForms", "Ask the charger to send a message now"),
    ),
    OpSpec(
        "extended_trigger",
        QT_TRANSLATE_NOOP("OperationForms", "Extended trigger message"),
        "ExtendedTriggerMessage",
        versions=(V16,),
        about=QT_TRANSLATE_NOOP(
            "OperationForms",
            "Ask a charger with the 1.6 security extension for a message, its log upload's state too",
        ),
    ),
    OpSpec(
        "data_transfer",
        QT_TRANSLATE_NOOP("OperationForms", "Data transfer"),
        "DataTransfer",
        about=QT_TRANSLATE_NOOP("OperationForms", "A vendor-specific message"),
    ),
    OpSpec(
        "send_local_list",
        QT_TRANSLATE_NOOP("OperationForms", "Send local list"),
        "SendLocalList",
        about=QT_TRANSLATE_NOOP("OperationForms", "The tags that may charge here at any time"),
    ),
    OpSpec(
        "local_list_version",
        QT_TRANSLATE_NOOP("OperationForms", "Get local list version"),
        "GetLocalListVersion",
    ),
    OpSpec(
        "reserve",
        QT_TRANSLATE_NOOP("OperationForms", "Reserve now"),
        "ReserveNow",
        about=QT_TRANSLATE_NOOP("OperationForms", "Hold a connector for a tag"),
    ),
    OpSpec(
        "cancel_reservation", QT_TRANSLATE_NOOP("OperationForms", "Cancel reservation"), "CancelReservation"
    ),
    OpSpec(
        "set_profile",
        QT_TRANSLATE_NOOP("OperationForms", "Set charging profile"),
        "SetChargingProfile",
        about=QT_TRANSLATE_NOOP("OperationForms", "Limit the charging power"),
    ),
    OpSpec(
        "clear_profile", QT_TRANSLATE_NOOP("OperationForms", "Clear charging profile"), "ClearChargingProfile"
    ),
    OpSpec(
        "composite",
        QT_TRANSLATE_NOOP("OperationForms", "Get composite schedule"),
        "GetCompositeSchedule",
        about=QT_TRANSLATE_NOOP("OperationForms", "The limits the charger will apply"),
    ),
    OpSpec(
        "get_profiles",
        QT_TRANSLATE_NOOP("OperationForms", "Get charging profiles"),
        "GetChargingProfiles",
        versions=(V201,),
        about=QT_TRANSLATE_NOOP(
            "OperationForms", "The profiles the charger holds: ours and those a system on site set"
        ),
    ),
)
SPECS = {s.key: s for s in OPERATIONS}


def not_supported_reason(spec: OpSpec, version: str) -> str | None:
    """Why ``spec`` cannot be sent to a charger speaking ``version`` (None: it can)."""
    if version in spec.versions:
        return None
    if spec.key == "get_profiles":
        return translate(
            "OperationForms",
            "OCPP {version} has no message that lists the charging profiles a charger holds (GetChargingProfiles "
            "is OCPP 2.0.1). Get composite schedule shows the limits it will apply instead.",
        ).format(version=version)
    return translate(
        "OperationForms",
        "Not available for this charger: it speaks OCPP {version}, and ChargeDesk sends {action} only to "
        "OCPP {versions} chargers so far.",
    ).format(version=version, action=spec.action, versions=" / ".join(spec.versions))


def summarize(answer: dict[str, Any]) -> str:
    """A charger's answer in one line: its status first, then the other fields (short)."""
    parts: list[str] = []
    status = answer.get("status")
    if status is not None:
        parts.append(str(status))
    for key, value in answer.items():
        if key in ("status", "chargingSchedule", "schedule", "reportedProfiles", "reportComplete"):
            continue
        if isinstance(value, dict | list):
            text = json.dumps(value, separators=(",", ":"))
            value = text if len(text) <= 60 else text[:57] + "…"
        parts.append(f"{key}: {value}")
    schedule = answer.get("chargingSchedule") or answer.get("schedule")  # 1.6 / 2.0.1
    if isinstance(schedule, dict):
        n = len(schedule.get("chargingSchedulePeriod") or ())
        parts.append(translate("OperationForms", "%n period(s)", None, PLURAL, int(n)))
    reported = answer.get("reportedProfiles")
    if isinstance(reported, list) and answer.get("status") == "Accepted":
        parts.append(translate("OperationForms", "%n profile(s) reported", None, PLURAL, len(reported)))
        if answer.get("reportComplete") is False:
            parts.append(translate("OperationForms", "the report stopped before its last part"))
    return " — ".join(parts) if parts else translate("OperationForms", "(empty answer)")


def transaction_status_text(answer: dict[str, Any], session: int | str | None) -> str:
    """A GetTransactionStatus answer in plain words (``session``: the session asked about, None: none)."""
    queued = answer.get("messagesInQueue")
    if session is None:
        if queued:
            return translate(
                "OperationForms", "The station holds transaction messages it has not delivered yet."
            )
        return translate("OperationForms", "The station has no transaction messages waiting to be delivered.")
    ongoing = answer.get("ongoingIndicator")
    if ongoing is None:
        running = translate("OperationForms", "The station did not say whether session {session} still runs")
    elif ongoing:
        running = translate("OperationForms", "Session {session} is still running on the station")
    else:
        running = translate("OperationForms", "Session {session} is not running on the station")
    if queued:
        waiting = translate("OperationForms", "messages about it wait in the station's queue")
    else:
        waiting = translate("OperationForms", "no message about it waits in the station's queue")
    return f"{running.format(session=session)}; {waiting}."


# --- the charging profile the form builds ---------------------------------------------------------------------


@dataclass
class ProfileForm:
    profile_id: int = 1
    stack_level: int = 0
    purpose: str = "TxDefaultProfile"
    kind: str = "Absolute"
    recurrency: str = "Daily"
    unit: str = "A"
    periods: list[tuple[str, str, str]] = field(default_factory=list)  # (start s, limit, phases) as typed
    start_schedule: dt.datetime | None = None  # aware
    duration: int | None = None
    min_rate: float | None = None
    valid_from: dt.datetime | None = None
    valid_to: dt.datetime | None = None
    transaction_id: int | str | None = None  # 1.6 transactionId (our session id) or the 2.0.1 transactionId
    connector: int | None = None  # the connector it is sent for (0: the whole charger); None: not checked


def _iso(value: dt.datetime) -> str:
    value = value.astimezone(dt.UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def build_profile(form: ProfileForm) -> tuple[dict[str, Any] | None, list[str]]:
    """The OCPP 1.6 ChargingProfile (csChargingProfiles) the form describes, or the problems to fix (the
    :class:`~app.services.chargers.operations.Operations` translate it for a 2.0.1 station)."""
    problems: list[str] = []
    periods = _periods(form, problems)
    _check_schedule_and_target(form, problems)
    if problems:
        return None, problems
    return _profile(form, periods), []


def _periods(form: ProfileForm, problems: list[str]) -> list[dict[str, Any]]:
    """The schedule's periods as typed (chargingSchedulePeriod); what is wrong with them goes to ``problems``."""
    periods: list[dict[str, Any]] = []
    last = -1
    for n, texts in enumerate(form.periods, 1):
        parsed = _period(n, texts, last, form.unit, problems)
        if parsed is not None:
            last, period = parsed
            periods.append(period)
    if not form.periods:
        problems.append(translate("OperationForms", "Add at least one period (start 0 s and a limit)."))
    return periods


def _period(
    n: int, texts: tuple[str, str, str], last: int, unit: str, problems: list[str]
) -> tuple[int, dict[str, Any]] | None:
    """Period ``n`` (start, limit, phases as typed; ``last``: the previous period's start) as its start and its
    chargingSchedulePeriod; None when its start or limit is not a number."""
    start_text, limit_text, phases_text = texts
    try:
        start = int(start_text.strip())
    except ValueError:
        problems.append(
            translate(
                "OperationForms",
                "Period {n}: the start must be whole seconds from the schedule start (e.g. 0, 3600).",
            ).format(n=n)
        )
        return None
    try:
        limit = float(limit_text.strip().replace(",", "."))
    except ValueError:
        problems.append(
            translate("OperationForms", "Period {n}: the limit must be a number of {unit} (e.g. 16).").format(
                n=n, unit=unit
            )
        )
        return None
    if n == 1 and start != 0:
        problems.append(
            translate("OperationForms", "Period 1 must start at 0 s (the start of the schedule).")
        )
    elif start <= last:
        problems.append(
            translate(
                "OperationForms",
                "Period {n}: its start ({start} s) must be after period {previous}'s ({last} s).",
            ).format(n=n, start=start, previous=n - 1, last=last)
        )
    if limit <= 0:
        problems.append(
            translate("OperationForms", "Period {n}: the limit must be more than 0 {unit}.").format(
                n=n, unit=unit
            )
        )
    period: dict[str, Any] = {"startPeriod": start, "limit": round(limit, 1)}
    if phases_text.strip():
        if phases_text.strip() not in ("1", "2", "3"):
            problems.append(
                translate(
                    "OperationForms",
                    "Period {n}: phases must be 1, 2 or 3 (or empty for the charger's default).",
                ).format(n=n)
            )
        else:
            period["numberPhases"] = int(phases_text)
    return start, period


def _check_schedule_and_target(form: ProfileForm, problems: list[str]) -> None:
    """The schedule's start and validity fit its kind, and the purpose fits the session and connector chosen."""
    if form.kind == "Recurring" and form.start_schedule is None:
        problems.append(
            translate(
                "OperationForms", "A recurring profile needs a schedule start (the first day it applies)."
            )
        )
    if form.valid_from and form.valid_to and form.valid_to <= form.valid_from:
        problems.append(translate("OperationForms", "'Valid to' must be after 'valid from'."))
    if form.purpose == "TxProfile" and form.transaction_id is None:
        problems.append(
            translate("OperationForms", "A TxProfile applies to a running session: choose the session.")
        )
    if form.purpose == "ChargePointMaxProfile" and form.connector not in (None, 0):
        problems.append(
            translate(
                "OperationForms", "A ChargePointMaxProfile applies to the whole charger: choose connector 0."
            )
        )
    if form.purpose == "TxProfile" and form.connector == 0:
        problems.append(
            translate(
                "OperationForms", "A TxProfile applies to one connector's session: choose its connector."
            )
        )


def _profile(form: ProfileForm, periods: list[dict[str, Any]]) -> dict[str, Any]:
    """The ChargingProfile of a valid form, its optional fields present only when the form gives them."""
    schedule: dict[str, Any] = {"chargingRateUnit": form.unit, "chargingSchedulePeriod": periods}
    if form.duration:
        schedule["duration"] = form.duration
    if form.kind != "Relative" and form.start_schedule is not None:
        schedule["startSchedule"] = _iso(form.start_schedule)
    if form.min_rate:
        schedule["minChargingRate"] = round(form.min_rate, 1)
    profile: dict[str, Any] = {
        "chargingProfileId": form.profile_id,
        "stackLevel": form.stack_level,
        "chargingProfilePurpose": form.purpose,
        "chargingProfileKind": form.kind,
        "chargingSchedule": schedule,
    }
    if form.kind == "Recurring":
        profile["recurrencyKind"] = form.recurrency
    if form.purpose == "TxProfile":
        profile["transactionId"] = form.transaction_id
    if form.valid_from is not None:
        profile["validFrom"] = _iso(form.valid_from)
    if form.valid_to is not None:
        profile["validTo"] = _iso(form.valid_to)
    return profile


__all__ = [
    "EXTENDED_TRIGGERS_16",
    "GOOD_ANSWERS",
    "ID_TAG_MAX",
    "KINDS",
    "OPERATIONS",
    "PURPOSES",
    "SPECS",
    "TRIGGERS",
    "TRIGGER_RESULTS",
    "V16",
    "V201",
    "OpSpec",
    "ProfileForm",
    "build_profile",
    "extended_triggers",
    "good_answer",
    "id_tag_problem",
    "not_supported_reason",
    "summarize",
    "triggers",
]
