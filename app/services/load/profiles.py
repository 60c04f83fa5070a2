"""The SetChargingProfile payloads load management sends, per what a charger's smart charging accepts
(:class:`~app.services.load.capabilities.Capabilities`), and the check that a limit is in force.

Every profile is a 1.6 ``csChargingProfiles`` dict; :meth:`Operations.set_charging_profile` turns it into a 2.0.1
ChargingProfileType for a 2.0.1 station (``ChargePointMaxProfile`` → ``ChargingStationMaxProfile``, a list of one
schedule, a TxProfile's ``transactionId`` our session id → the station's transactionId).

* **Purpose.** A limit during a transaction is a TxProfile naming the transaction where the charger takes
  TxProfiles (many chargers apply a TxDefaultProfile changed mid-transaction only to the next one), else a
  TxDefaultProfile on the connector. The fail-safe is a TxDefaultProfile on the connector: it stays when the
  central system is gone and applies to every transaction that starts (a running one keeps its TxProfile to its
  end, as OCPP 1.6 has a charger do offline). A charger that takes neither but takes ChargePointMaxProfile and
  has one connector (:attr:`~app.services.load.capabilities.Capabilities.whole_charger`) gets both as
  ChargePointMaxProfiles on connector 0 (limit above fail-safe by stack level, as for TxDefaultProfiles): the
  charger's maximum is its one connector's limit. With two or more connectors it is not managed (one
  maximum for all of them is no limit per connector).
* **Kind.** Tx profiles are ``Relative`` (one period from the start of charging, no duration: the limit holds for
  the whole transaction, whatever the charger's clock says — some chargers do not even answer an Absolute
  schedule whose start lies in the past). A ChargePointMaxProfile is ``Absolute`` (OCPP 2.0.1 refuses a Relative
  ChargingStationMaxProfile) from five minutes ago: a charger whose clock is behind by less than that (the
  commissioning clock step fails beyond five minutes) has it in force at once.
* **Unit.** A per phase where the charger takes A (most AC chargers: "Current"), else W = A × 230 V × phases for
  chargers that take power only. ``numberPhases`` is sent for a one-phase limit (absent means three); in W it is
  what the charger divides the power by.
* **Ahead.** A circuit's time-of-day limit that begins while a session charges would not reach it when the
  central system is gone by then (a session keeps its profile to its end): the limit's schedule carries the lower
  limits coming (:func:`schedule_ahead`, the allocation at each instant, never above the limit now), each a minute
  early, so the charger lowers itself. A Relative schedule counts from the transaction's start (OCPP: the charger's
  start point), an Absolute one from its ``startSchedule``.
* **Limits.** Rounded down: 1.6 takes one decimal of A, W as whole watts. A pause is a 0 A (0 W) period: what the
  specification and the chargers that honour a pause (SuspendedEVSE) expect; ``minChargingRate`` is never sent
  (it is the vehicle's minimum, and chargers that take it as a floor would charge through a pause).
* **Stack levels.** Level 0 is left to the capability probe (:func:`~app.services.load.capabilities.probe`);
  with a maximum of 2 or more the fail-safe is at 1 and the limit at 2; with a maximum of 1 they are 0 and 1; a
  charger that takes level 0 only gets both at 0 (the purposes differ during a transaction; for a
  TxDefaultProfile-only charger the limit then replaces the fail-safe on that connector and the caller re-sends
  the fail-safe when the session ends).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.services.chargers.operations import (
    ChargerCallError,
    ChargerTimeout,
    InvalidReply,
    OperationNotSupported,
)
from app.services.load import reasons as why
from app.services.texts import Text

if TYPE_CHECKING:
    from app.services.chargers.operations import Operations
    from app.services.load.capabilities import Capabilities

CP_MAX, TX_DEFAULT, TX = "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"
PURPOSES = (CP_MAX, TX_DEFAULT, TX)
PHASE_VOLTAGE = 230.0  # the nominal voltage per phase OCPP converts A and W with
DEFAULT_CONNECTOR_A = 32.0  # a connector's maximum when neither its current nor its power is known
START_MARGIN = dt.timedelta(minutes=5)  # an Absolute schedule starts this long before it is sent
VERIFY_DURATION_S = 300  # the window GetCompositeSchedule is asked for
AHEAD_MARGIN = dt.timedelta(minutes=1)  # a lower limit ahead starts this much before its instant
MAX_AHEAD = 4  # lower limits ahead put in one schedule at most
_TOLERANCE_A, _TOLERANCE_W = 0.2, 50.0  # rounding in a composite schedule


class NotDeliverable(ValueError):
    """The charger takes no profile that can carry this limit (an unmanaged charger, a TxProfile-only charger
    without a transaction, ...); the message says why."""


@dataclass(frozen=True)
class Delivery:
    """One SetChargingProfile: to ``connector_id`` (0: the whole charger), ``profile`` a 1.6 csChargingProfiles dict."""

    connector_id: int
    purpose: str
    unit: str  # "A" or "W"
    stack_level: int
    profile: dict[str, Any]

    @property
    def limit(self) -> float:
        """The limit sent, in ``unit``."""
        return float(self.profile["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"])


def connector_max_a(max_current_a: float | None, max_kw: float | None, phases: int = 3) -> float:
    """A connector's own maximum per phase: its ``max_current_a``, else its ``max_kw`` at 230 V per phase over
    its phases, else 32 A."""
    if max_current_a is not None and max_current_a > 0:
        return float(max_current_a)
    if max_kw is not None and max_kw > 0:
        return max_kw * 1000.0 / (PHASE_VOLTAGE * max(1, phases))
    return DEFAULT_CONNECTOR_A


def stack_levels(caps: Capabilities) -> tuple[int, int]:
    """(fail-safe, limit) stack levels within the charger's maximum (unknown: 1)."""
    top = caps.max_stack if caps.max_stack is not None else 1
    if top >= 2:
        return 1, 2
    if top == 1:
        return 0, 1
    return 0, 0


def unit_for(caps: Capabilities) -> str:
    """A where the charger takes it (or nothing is known), else W."""
    return "W" if caps.units and "A" not in caps.units else "A"


def limit_delivery(
    caps: Capabilities,
    *,
    connector_id: int,
    limit_a: float,
    phases: int,
    transaction_id: int | None,
    profile_id: int,
    ahead: Sequence[tuple[dt.datetime, float]] = (),
    started: dt.datetime | None = None,
    now: dt.datetime | None = None,
) -> Delivery:
    """A session's limit (``limit_a`` per phase, 0 = paused): a TxProfile for ``transaction_id`` where the charger
    takes TxProfiles, else a TxDefaultProfile on the connector; at the limit's stack level (above the fail-safe's).
    ``ahead``: lower limits from given instants on (a circuit's time-of-day limit coming), put in the schedule so
    the charger lowers itself when the central system is gone by then (:func:`schedule_ahead`; ``started`` the
    transaction's start, the origin of a Relative schedule, ``now`` the time of sending). Raises
    :class:`NotDeliverable` when the charger takes neither that fits."""
    _check(caps, connector_id, limit_a, phases)
    if transaction_id is not None and connector_id == 0:
        raise ValueError("a transaction runs on a connector (1, 2, ...), not on connector 0")
    if transaction_id is not None and TX in caps.purposes:
        purpose = TX
    elif TX_DEFAULT in caps.purposes:
        purpose = TX_DEFAULT
    elif caps.whole_charger:  # one connector: the charger's maximum is its limit
        _, level = stack_levels(caps)
        at = now or dt.datetime.now(dt.UTC)
        later = schedule_ahead(caps, ahead, at - START_MARGIN, at)
        return make_delivery(caps, 0, CP_MAX, level, limit_a, phases, profile_id, None, at=at, later=later)
    elif TX in caps.purposes:
        raise NotDeliverable(Text(why.TX_ONLY))
    else:
        raise NotDeliverable(_unmanaged(caps))
    _, level = stack_levels(caps)
    at = now or dt.datetime.now(dt.UTC)
    later = schedule_ahead(caps, ahead, min(started or at, at), at)
    return make_delivery(
        caps,
        connector_id,
        purpose,
        level,
        limit_a,
        phases,
        profile_id,
        transaction_id if purpose == TX else None,
        later=later,
    )


def ahead_room(caps: Capabilities) -> int:
    """How many lower limits ahead a limit's schedule can carry on this charger (its ChargingScheduleMaxPeriods
    less the first period; :data:`MAX_AHEAD` at most)."""
    return max(0, min(MAX_AHEAD, caps.max_periods - 1 if caps.max_periods is not None else MAX_AHEAD))


def schedule_ahead(
    caps: Capabilities, ahead: Sequence[tuple[dt.datetime, float]], origin: dt.datetime, now: dt.datetime
) -> tuple[tuple[int, float], ...]:
    """``ahead`` (instants and the lower limits from then on) as schedule periods: seconds from ``origin`` (a
    Relative schedule's start — the transaction's start, where the charger counts from; an Absolute one's
    ``startSchedule``), each :data:`AHEAD_MARGIN` early (the charger's clock and its idea of the start may differ a
    little; an origin later than the charger's own only makes a period come earlier), within the charger's
    ``ChargingScheduleMaxPeriods`` (the nearest kept), instants already past left out."""
    room = ahead_room(caps)
    out: list[tuple[int, float]] = []
    for at, limit_a in sorted(ahead):
        if len(out) >= room or at <= now:
            continue
        start = max(1, math.floor((at - origin - AHEAD_MARGIN).total_seconds()))
        if out and start <= out[-1][0]:
            out[-1] = (out[-1][0], min(out[-1][1], limit_a))
        else:
            out.append((start, limit_a))
    return tuple(out)


def failsafe_delivery(
    caps: Capabilities, *, connector_id: int, limit_a: float, phases: int, profile_id: int
) -> Delivery:
    """The default that keeps the circuit safe without us: a TxDefaultProfile on ``connector_id`` (0: every
    connector) at the fail-safe stack level (below the limits'); on a charger with one connector that takes no
    TxDefaultProfile, a ChargePointMaxProfile (connector 0). Raises :class:`NotDeliverable` when the charger can
    hold neither."""
    _check(caps, connector_id, limit_a, phases)
    purpose = caps.failsafe_purpose
    if purpose is None:
        raise NotDeliverable(_unmanaged(caps) if not caps.managed else Text(why.NO_FAILSAFE_PURPOSE))
    level, _ = stack_levels(caps)
    if purpose == CP_MAX:
        return make_delivery(caps, 0, CP_MAX, level, limit_a, phases, profile_id, None)
    return make_delivery(caps, connector_id, TX_DEFAULT, level, limit_a, phases, profile_id, None)


def charger_max_delivery(
    caps: Capabilities,
    *,
    limit_a: float,
    phases: int = 3,
    profile_id: int,
    stack_level: int | None = None,
    at: dt.datetime | None = None,
) -> Delivery:
    """A ChargePointMaxProfile (connector 0): ``limit_a`` per phase for the whole charger, Absolute from five
    minutes before ``at`` (now), at ``stack_level`` (default: the limit's level). Raises :class:`NotDeliverable`
    when the charger rejects ChargePointMaxProfiles."""
    _check(caps, 0, limit_a, phases)
    if CP_MAX not in caps.purposes and caps.supported is not None:
        raise NotDeliverable(Text(why.REJECTS_CP_MAX))
    level = stack_levels(caps)[1] if stack_level is None else stack_level
    return make_delivery(caps, 0, CP_MAX, level, limit_a, phases, profile_id, None, at=at)


def _check(caps: Capabilities, connector_id: int, limit_a: float, phases: int) -> None:
    if not (isinstance(limit_a, int | float) and math.isfinite(limit_a) and limit_a >= 0):
        raise ValueError(f"a limit is a finite current >= 0 A, not {limit_a!r}")
    if phases not in (1, 2, 3):
        raise ValueError(f"phases: 1, 2 or 3, not {phases!r}")
    if connector_id < 0:
        raise ValueError(f"connector {connector_id}: 0 (the charger) or a connector number")


def _unmanaged(caps: Capabilities) -> str:
    return caps.note or Text(why.NOT_KNOWN_YET)


def make_delivery(
    caps: Capabilities,
    connector_id: int,
    purpose: str,
    level: int,
    limit_a: float,
    phases: int,
    profile_id: int,
    transaction_id: int | None,
    *,
    unit: str | None = None,
    at: dt.datetime | None = None,
    later: Sequence[tuple[int, float]] = (),
) -> Delivery:
    """One SetChargingProfile: ``limit_a`` per phase from the schedule's start, and each of ``later`` (seconds from
    the start, a limit) after it."""
    unit = unit or unit_for(caps)

    def period(start: int, amps: float) -> dict[str, Any]:
        if unit == "W":
            value: float = float(math.floor(amps * PHASE_VOLTAGE * phases))
        else:
            value = math.floor(amps * 10 + 1e-9) / 10
        out: dict[str, Any] = {"startPeriod": start, "limit": value}
        if phases != 3:
            out["numberPhases"] = phases
        return out

    periods = [period(0, limit_a), *(period(start, amps) for start, amps in later)]
    schedule: dict[str, Any] = {"chargingRateUnit": unit, "chargingSchedulePeriod": periods}
    profile: dict[str, Any] = {
        "chargingProfileId": profile_id,
        "stackLevel": level,
        "chargingProfilePurpose": purpose,
        "chargingProfileKind": "Relative",
        "chargingSchedule": schedule,
    }
    if purpose == CP_MAX:
        start = (at or dt.datetime.now(dt.UTC)) - START_MARGIN
        profile["chargingProfileKind"] = "Absolute"
        schedule["startSchedule"] = start.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if transaction_id is not None:
        profile["transactionId"] = transaction_id
    return Delivery(connector_id, purpose, unit, level, profile)


async def composite_limit(
    operations: Operations, cp_id: str, connector_id: int, unit: str, *, timeout: float | None = None
) -> float | None:
    """The limit in force now on ``connector_id`` in ``unit`` as the charger's GetCompositeSchedule reports it
    (its first period); None when the charger does not tell (refused, no schedule, not supported)."""
    try:
        answer = await operations.get_composite_schedule(
            cp_id, connector_id, VERIFY_DURATION_S, unit, timeout=timeout
        )
    except (ChargerCallError, ChargerTimeout, InvalidReply, OperationNotSupported):
        return None
    if answer.get("status") != "Accepted":
        return None
    schedule = answer.get("schedule") or answer.get("chargingSchedule") or {}
    periods = sorted(schedule.get("chargingSchedulePeriod") or (), key=lambda p: p.get("startPeriod", 0))
    if not periods or schedule.get("chargingRateUnit", unit) != unit:
        return None
    with contextlib.suppress(TypeError, ValueError, KeyError):
        return float(periods[0]["limit"])
    return None


async def verify(
    operations: Operations, cp_id: str, delivery: Delivery, *, timeout: float | None = None
) -> bool:
    """Whether GetCompositeSchedule shows ``delivery``'s limit in force: the charger reports no more than it
    (it may show less: its own hardware maximum, another lower profile). False also when it does not tell."""
    shown = await composite_limit(operations, cp_id, delivery.connector_id, delivery.unit, timeout=timeout)
    return shown is not None and in_force(delivery, shown)


def in_force(delivery: Delivery, shown: float) -> bool:
    """Whether a composite schedule's ``shown`` limit (in ``delivery.unit``) keeps ``delivery``'s."""
    return shown <= delivery.limit + (_TOLERANCE_W if delivery.unit == "W" else _TOLERANCE_A)
