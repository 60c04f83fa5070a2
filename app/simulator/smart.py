"""Smart charging (OCPP 1.6 §3.13): installed charging profiles, the limit they put on a connector at a moment of
simulated time, and the composite schedule GetCompositeSchedule reports.

Per connector the transaction limit is the TxProfile of the running transaction, else the TxDefaultProfile of
the connector, else the one of connector 0 — at each level the valid profile with the highest stack level whose
schedule has a period at that moment. A ChargePointMaxProfile (connector 0) caps the whole charger and is shared
equally by the connectors that are charging. Limits in A become W with 230 V per phase (AC) or 400 V (DC).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .physics import PHASE_VOLTAGE

DC_NOMINAL_VOLTAGE = 400.0
CP_MAX, TX_DEFAULT, TX = "ChargePointMaxProfile", "TxDefaultProfile", "TxProfile"
EXTERNAL = "ChargingStationExternalConstraints"  # a limit a system on site set (2.0.1 K11-K13)
CSO = "CSO"  # the source of a profile the central system set (2.0.1 ChargingLimitSourceEnumType)
RATE_UNITS = {"current": "A", "a": "A", "power": "W", "w": "W"}  # ChargingScheduleAllowedChargingRateUnit
_RECURRENCE = {"Daily": 86_400.0, "Weekly": 604_800.0}


def rate_units(values: list[str]) -> frozenset[str]:
    """The units of ChargingScheduleAllowedChargingRateUnit ("Current,Power"; "A,W" taken too)."""
    return frozenset(u for u in (RATE_UNITS.get(v.lower()) for v in values) if u)


def parse_time(text: object) -> dt.datetime | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@dataclass
class Installed:
    connector_id: int
    profile: dict[str, Any]
    installed_at: dt.datetime
    source: str = CSO  # who set it: the central system, or a system on site (EMS, SO, Other)
    grid_critical: bool | None = None

    @property
    def id(self) -> int:
        return int(self.profile.get("chargingProfileId", 0))

    @property
    def purpose(self) -> str:
        return str(self.profile.get("chargingProfilePurpose", ""))

    @property
    def stack(self) -> int:
        return int(self.profile.get("stackLevel", 0))

    @property
    def schedule(self) -> dict[str, Any]:
        return self.profile.get("chargingSchedule") or {}

    def start(self, at: dt.datetime, tx_start: dt.datetime | None) -> dt.datetime | None:
        kind = self.profile.get("chargingProfileKind")
        start = parse_time(self.schedule.get("startSchedule"))
        if kind == "Relative":
            return tx_start or at
        if kind == "Recurring":
            period = _RECURRENCE.get(str(self.profile.get("recurrencyKind")), 86_400.0)
            if start is None or at < start:
                return None
            cycles = math.floor((at - start).total_seconds() / period)
            return start + dt.timedelta(seconds=cycles * period)
        return start or tx_start or self.installed_at

    def value(self, at: dt.datetime, tx_start: dt.datetime | None) -> tuple[float, str, int | None] | None:
        """(limit, unit, numberPhases) of the period at ``at``, or None when the profile says nothing then."""
        valid_from, valid_to = (
            parse_time(self.profile.get("validFrom")),
            parse_time(self.profile.get("validTo")),
        )
        if (valid_from and at < valid_from) or (valid_to and at >= valid_to):
            return None
        start = self.start(at, tx_start)
        if start is None:
            return None
        elapsed = (at - start).total_seconds()
        duration = self.schedule.get("duration")
        if elapsed < 0 or (duration is not None and elapsed >= float(duration)):
            return None
        found = None
        for p in sorted(self.schedule.get("chargingSchedulePeriod") or (), key=lambda p: p["startPeriod"]):
            if p["startPeriod"] <= elapsed:
                found = p
        if found is None:
            return None
        return (
            float(found["limit"]),
            str(self.schedule.get("chargingRateUnit", "A")),
            found.get("numberPhases"),
        )

    def breakpoints(
        self, start: dt.datetime, end: dt.datetime, tx_start: dt.datetime | None
    ) -> list[dt.datetime]:
        """Moments in [start, end) where this profile's value may change."""
        out = [
            t
            for t in (parse_time(self.profile.get("validFrom")), parse_time(self.profile.get("validTo")))
            if t and start < t < end
        ]
        at = start
        for _ in range(8):  # this cycle and the next ones a recurring profile may reach within the window
            origin = self.start(at, tx_start)
            if origin is None:
                break
            offsets = [float(p["startPeriod"]) for p in self.schedule.get("chargingSchedulePeriod") or ()]
            if self.schedule.get("duration") is not None:
                offsets.append(float(self.schedule["duration"]))
            out += [origin + dt.timedelta(seconds=o) for o in offsets]
            if self.profile.get("chargingProfileKind") != "Recurring":
                break
            period = _RECURRENCE.get(str(self.profile.get("recurrencyKind")), 86_400.0)
            at = origin + dt.timedelta(seconds=period)
            out.append(at)
            if at >= end:
                break
        return sorted({t for t in out if start < t < end})


class SmartCharging:
    def __init__(
        self,
        connectors: int,
        dc: bool,
        max_stack: Callable[[], int],
        max_periods: Callable[[], int],
        max_installed: Callable[[], int],
        purposes: Callable[[], frozenset[str]] = lambda: frozenset((CP_MAX, TX_DEFAULT, TX)),
        units: Callable[[], frozenset[str]] = lambda: frozenset(("A", "W")),
    ) -> None:
        self.connectors = connectors
        self.dc = dc
        self.installed: list[Installed] = []
        self._max_stack, self._max_periods, self._max_installed = max_stack, max_periods, max_installed
        self._purposes, self._units = purposes, units

    # --- SetChargingProfile / ClearChargingProfile ----------------------------------------------------

    def set(
        self,
        connector_id: int,
        profile: dict[str, Any],
        now: dt.datetime,
        transaction_id: int | str | None,
        tx_running: bool,
    ) -> str:
        purpose = profile.get("chargingProfilePurpose")
        schedule = profile.get("chargingSchedule") or {}
        periods = schedule.get("chargingSchedulePeriod") or []
        if not 0 <= connector_id <= self.connectors:
            return "Rejected"
        if int(profile.get("stackLevel", 0)) > self._max_stack() or len(periods) > self._max_periods():
            return "Rejected"
        if not periods or periods[0].get("startPeriod") != 0:
            return "Rejected"  # the first period starts the schedule
        if schedule.get("chargingRateUnit") not in self._units():
            return "Rejected"  # a unit it does not take (ChargingScheduleAllowedChargingRateUnit)
        if purpose not in self._purposes():
            return "Rejected"  # a purpose this charger does not take (ChargerOptions.profile_purposes)
        if purpose == CP_MAX and connector_id != 0:
            return "Rejected"
        if purpose == TX:
            if connector_id == 0 or not tx_running:
                return "Rejected"
            wanted = profile.get("transactionId")
            if wanted is not None and transaction_id is not None and wanted != transaction_id:
                return "Rejected"
        if purpose not in (CP_MAX, TX_DEFAULT, TX):
            return "Rejected"
        kept = [
            p
            for p in self.installed
            if p.purpose == EXTERNAL  # (a central system cannot replace a limit set on site)
            or (
                p.id != profile.get("chargingProfileId")
                and not (
                    p.connector_id == connector_id
                    and p.purpose == purpose
                    and p.stack == profile.get("stackLevel")
                )
            )
        ]
        if sum(1 for p in kept if p.purpose != EXTERNAL) >= self._max_installed():
            return "Rejected"
        kept.append(Installed(connector_id, dict(profile), now))
        self.installed = kept
        return "Accepted"

    def clear(
        self,
        profile_id: int | None = None,
        connector_id: int | None = None,
        purpose: str | None = None,
        stack_level: int | None = None,
    ) -> str:
        def matches(p: Installed) -> bool:
            if p.purpose == EXTERNAL:  # a limit set on site is cleared there only
                return False
            if profile_id is not None:
                return p.id == profile_id
            return (
                (connector_id is None or p.connector_id == connector_id)
                and (purpose is None or p.purpose == purpose)
                and (stack_level is None or p.stack == stack_level)
            )

        before = len(self.installed)
        self.installed = [p for p in self.installed if not matches(p)]
        return "Accepted" if len(self.installed) < before else "Unknown"

    def set_external(
        self,
        connector_id: int,
        profile: dict[str, Any],
        source: str,
        now: dt.datetime,
        grid_critical: bool | None = None,
    ) -> None:
        """A limit a system on site sets (1.6-shaped profile of purpose :data:`EXTERNAL`), replacing its own before
        on that connector (0: the whole charger)."""
        self.installed = [
            p
            for p in self.installed
            if not (p.purpose == EXTERNAL and p.source == source and p.connector_id == connector_id)
        ]
        self.installed.append(Installed(connector_id, dict(profile), now, source, grid_critical))

    def clear_external(self, source: str, connector_id: int | None) -> int:
        """The limits of ``source`` on ``connector_id`` (None: every connector) gone; how many."""
        before = len(self.installed)
        self.installed = [
            p
            for p in self.installed
            if not (
                p.purpose == EXTERNAL
                and p.source == source
                and (connector_id is None or p.connector_id == connector_id)
            )
        ]
        return before - len(self.installed)

    def external(self) -> list[Installed]:
        return [p for p in self.installed if p.purpose == EXTERNAL]

    def drop_tx_profiles(self, connector_id: int) -> None:
        self.installed = [
            p for p in self.installed if not (p.purpose == TX and p.connector_id == connector_id)
        ]

    # --- limits --------------------------------------------------------------------------------------

    def to_watts(self, limit: float, unit: str, phases: int | None, vehicle_phases: int) -> float:
        if unit == "W":
            return limit
        if self.dc:
            return limit * DC_NOMINAL_VOLTAGE
        return limit * PHASE_VOLTAGE * min(phases or 3, vehicle_phases)

    def _level(
        self, candidates: list[Installed], at: dt.datetime, tx_start: dt.datetime | None, vehicle_phases: int
    ) -> float | None:
        for p in sorted(candidates, key=lambda p: -p.stack):
            v = p.value(at, tx_start)
            if v is not None:
                return self.to_watts(v[0], v[1], v[2], vehicle_phases)
        return None

    def tx_limit_w(
        self, connector_id: int, at: dt.datetime, tx_start: dt.datetime | None, vehicle_phases: int = 3
    ) -> float | None:
        if tx_start is not None:
            tx = [p for p in self.installed if p.purpose == TX and p.connector_id == connector_id]
            found = self._level(tx, at, tx_start, vehicle_phases)
            if found is not None:
                return found
        for where in (connector_id, 0):
            defaults = [p for p in self.installed if p.purpose == TX_DEFAULT and p.connector_id == where]
            found = self._level(defaults, at, tx_start, vehicle_phases)
            if found is not None:
                return found
        return None

    def charger_limit_w(self, at: dt.datetime, vehicle_phases: int = 3) -> float | None:
        """The ChargePointMaxProfile in force, in W for a vehicle on ``vehicle_phases`` (a limit in A is per phase)."""
        return self._level([p for p in self.installed if p.purpose == CP_MAX], at, None, vehicle_phases)

    def limit_w(
        self,
        connector_id: int,
        at: dt.datetime,
        tx_start: dt.datetime | None,
        vehicle_phases: int,
        sharing: int,
    ) -> float | None:
        """The limit on one connector now (None: no profile limits it)."""
        limits = [v for v in (self.tx_limit_w(connector_id, at, tx_start, vehicle_phases),) if v is not None]
        cp = self.charger_limit_w(at, vehicle_phases)
        if cp is not None:
            limits.append(cp / max(1, sharing))
        for where, share in ((connector_id, 1), (0, max(1, sharing))):  # limits set on site
            on = [p for p in self.installed if p.purpose == EXTERNAL and p.connector_id == where]
            for p in on:
                found = self._level([p], at, None, vehicle_phases)
                if found is not None:
                    limits.append(found / share)
        return min(limits) if limits else None

    def composite(
        self,
        connector_id: int,
        duration: int,
        unit: str | None,
        at: dt.datetime,
        tx_start: dt.datetime | None,
        hardware_w: float,
        phases: int,
    ) -> dict[str, Any]:
        """The chargingSchedule GetCompositeSchedule answers (limits include the hardware maximum)."""
        unit = unit or ("W" if self.dc else "A")
        end = at + dt.timedelta(seconds=duration)
        points = {at}
        for p in self.installed:
            if p.connector_id in (0, connector_id):
                points.update(p.breakpoints(at, end, tx_start))
        periods: list[dict[str, Any]] = []
        for t in sorted(points):
            if connector_id == 0:
                cp = self.charger_limit_w(t)
                watts = hardware_w if cp is None else min(cp, hardware_w)
            else:
                limit = self.limit_w(connector_id, t, tx_start, phases, 1)
                watts = hardware_w if limit is None else min(limit, hardware_w)
            if unit == "A":
                volts = DC_NOMINAL_VOLTAGE if self.dc else PHASE_VOLTAGE * phases
                value = round(watts / volts, 1)
            else:
                value = round(watts, 1)
            if periods and periods[-1]["limit"] == value:
                continue
            period: dict[str, Any] = {"startPeriod": int((t - at).total_seconds()), "limit": value}
            if unit == "A" and not self.dc:
                period["numberPhases"] = phases
            periods.append(period)
        return {"duration": duration, "chargingRateUnit": unit, "chargingSchedulePeriod": periods}
