"""OCPP 2.0.1 smart charging beyond Set/Clear: the profiles a station holds reported (GetChargingProfiles, K09 →
ReportChargingProfiles parts, K10), and a system on site playing the energy manager (K11-K13): it sets a limit on
an EVSE or the whole station — applied at once to the charger's physics — and the station tells the central system
with NotifyChargingLimit (the limit's chargingSchedule), clearing it with ClearedChargingLimit.

Profiles are kept by :class:`~app.simulator.smart.SmartCharging` in the 1.6 shape with their source (CSO: set by
the central system; EMS, SO, Other: set on site, purpose ChargingStationExternalConstraints); they are reported in
the 2.0.1 shape, one part per EVSE and source, :data:`REPORT_PART` profiles a part (``tbc`` while more follow).

Tests and the demo drive the on-site system through :meth:`app.simulator.api.VirtualCharger.set_external_limit`
and ``clear_external_limit`` (or ``simulate --external-limit``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .smart import EXTERNAL, Installed
from .wire import Reply

if TYPE_CHECKING:
    from .charger import Charger
    from .v201 import Ocpp201

Payload = dict[str, Any]

REPORT_PART = 3  # profiles per ReportChargingProfiles
SOURCES = ("EMS", "SO", "Other")  # who may set a limit on site (ChargingLimitSourceEnumType without CSO)
PURPOSE_201 = {"ChargePointMaxProfile": "ChargingStationMaxProfile"}  # the smart model's (1.6) names -> 2.0.1
EXTERNAL_IDS = itertools.count(900_001)  # the ids of the profiles a system on site sets


def profile_201(p: Installed) -> Payload:
    """An installed profile as a 2.0.1 ChargingProfileType."""
    src = p.profile
    schedule_16 = src.get("chargingSchedule") or {}
    schedule: Payload = {
        "id": p.id,
        "chargingRateUnit": schedule_16.get("chargingRateUnit", "A"),
        "chargingSchedulePeriod": list(schedule_16.get("chargingSchedulePeriod") or ()),
    }
    for k in ("startSchedule", "duration"):
        if k in schedule_16:
            schedule[k] = schedule_16[k]
    out: Payload = {
        "id": p.id,
        "stackLevel": p.stack,
        "chargingProfilePurpose": PURPOSE_201.get(p.purpose, p.purpose),
        "chargingProfileKind": src.get("chargingProfileKind", "Absolute"),
        "chargingSchedule": [schedule],
    }
    for k in ("recurrencyKind", "validFrom", "validTo"):
        if k in src:
            out[k] = src[k]
    if src.get("transactionId") is not None:
        out["transactionId"] = str(src["transactionId"])[:36]
    return out


def matching(installed: Iterable[Installed], p: Payload) -> list[Installed]:
    """The profiles a GetChargingProfilesRequest asks for: its evseId (absent: every EVSE) and chargingProfile
    criteria (purpose, stack level, ids, sources)."""
    evse = p.get("evseId")
    criteria = p.get("chargingProfile") or {}
    purpose = criteria.get("chargingProfilePurpose")
    stack = criteria.get("stackLevel")
    ids = criteria.get("chargingProfileId")
    sources = criteria.get("chargingLimitSource")
    out = []
    for q in installed:
        if evse is not None and q.connector_id != evse:
            continue
        if purpose is not None and PURPOSE_201.get(q.purpose, q.purpose) != purpose:
            continue
        if stack is not None and q.stack != stack:
            continue
        if ids and q.id not in ids:
            continue
        if sources and q.source not in sources:
            continue
        out.append(q)
    return out


async def on_get_charging_profiles(proto: Ocpp201, p: Payload) -> Payload | Reply:
    """GetChargingProfiles: Accepted and the profiles in ReportChargingProfiles parts after the answer, or
    NoProfiles."""
    ch = proto.ch
    ch.require_smart_charging("GetChargingProfiles")
    found = matching(ch.smart.installed, p)
    if not found:
        return {"status": "NoProfiles"}
    request_id = int(p["requestId"])
    groups: dict[tuple[int, str], list[Installed]] = {}
    for q in sorted(found, key=lambda q: (q.connector_id, q.source, q.id)):
        groups.setdefault((q.connector_id, q.source), []).append(q)
    parts = [
        (evse, source, profiles[i : i + REPORT_PART])
        for (evse, source), profiles in groups.items()
        for i in range(0, len(profiles), REPORT_PART)
    ]

    async def send() -> None:
        for n, (evse, source, part) in enumerate(parts):
            payload: Payload = {
                "requestId": request_id,
                "chargingLimitSource": source,
                "evseId": evse,
                "chargingProfile": [profile_201(q) for q in part],
                "tbc": n < len(parts) - 1,
            }
            if await ch.send("ReportChargingProfiles", payload, attempts=1) is None:
                return

    return Reply({"status": "Accepted"}, send)


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise ValueError(f"source {source!r}: one of {', '.join(SOURCES)}")


async def set_external_limit(
    ch: Charger,
    evse: int,
    limit: float,
    *,
    unit: str = "A",
    source: str = "EMS",
    grid_critical: bool | None = None,
    duration: int | None = None,
    phases: int | None = None,
) -> Payload | None:
    """A system on site limits EVSE ``evse`` (0: the whole station) to ``limit`` ``unit`` (A per phase or W),
    for ``duration`` simulated seconds (None: until cleared): applied to the charger's physics at once, then
    NotifyChargingLimit with the schedule (the central system's answer; None when it could not be sent)."""
    _check_source(source)
    if unit not in ("A", "W") or limit < 0:
        raise ValueError(f"limit {limit} {unit}: a non-negative number of A or W")
    if evse != 0 and evse not in ch.connectors:
        raise ValueError(f"{ch.cp_id} has no EVSE {evse}")
    period: Payload = {"startPeriod": 0, "limit": limit}
    if phases is not None:
        period["numberPhases"] = phases
    schedule: Payload = {
        "id": next(EXTERNAL_IDS),
        "chargingRateUnit": unit,
        "chargingSchedulePeriod": [period],
    }
    if duration is not None:
        schedule["duration"] = duration
    profile = {
        "chargingProfileId": schedule["id"],
        "stackLevel": 0,
        "chargingProfilePurpose": EXTERNAL,
        "chargingProfileKind": "Absolute",
        "chargingSchedule": {k: v for k, v in schedule.items() if k != "id"},
    }
    ch.smart.set_external(evse, profile, source, ch.clock.sim_now(), grid_critical)
    for c in ch.connectors.values():
        c.wake.set()
    limit_info: Payload = {"chargingLimitSource": source}
    if grid_critical is not None:
        limit_info["isGridCritical"] = grid_critical
    payload: Payload = {"chargingLimit": limit_info, "chargingSchedule": [schedule]}
    if evse:
        payload["evseId"] = evse
    return await ch.send("NotifyChargingLimit", payload)


async def clear_external_limit(
    ch: Charger, evse: int | None = None, *, source: str = "EMS"
) -> Payload | None:
    """The system on site lifts its limit on EVSE ``evse`` (None: on every EVSE): ClearedChargingLimit."""
    _check_source(source)
    ch.smart.clear_external(source, evse)
    for c in ch.connectors.values():
        c.wake.set()
    payload: Payload = {"chargingLimitSource": source}
    if evse is not None:
        payload["evseId"] = evse
    return await ch.send("ClearedChargingLimit", payload)
