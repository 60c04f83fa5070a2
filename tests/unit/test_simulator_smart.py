"""The simulator's smart-charging model: a ChargePointMaxProfile in A is per phase, whatever phases the vehicle uses."""

from __future__ import annotations

import datetime as dt

from app.simulator.smart import SmartCharging

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


def cp_max(limit: float, unit: str = "A") -> dict[str, object]:
    return {
        "chargingProfileId": 1,
        "stackLevel": 0,
        "chargingProfilePurpose": "ChargePointMaxProfile",
        "chargingProfileKind": "Absolute",
        "chargingSchedule": {
            "chargingRateUnit": unit,
            "startSchedule": "2026-12-07T11:55:00Z",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}],
        },
    }


def test_a_charger_maximum_in_amperes_is_per_phase_for_one_and_three_phase_vehicles() -> None:
    smart = SmartCharging(1, False, lambda: 8, lambda: 24, lambda: 16)
    assert smart.set(0, cp_max(16.0), NOW, None, False) == "Accepted"
    assert smart.limit_w(1, NOW, None, 3, 1) == 16.0 * 230 * 3
    assert smart.limit_w(1, NOW, None, 1, 1) == 16.0 * 230  # 16 A on its one phase, not 48 A
    two = SmartCharging(2, False, lambda: 8, lambda: 24, lambda: 16)
    assert two.set(0, cp_max(11_040.0, "W"), NOW, None, False) == "Accepted"
    assert two.limit_w(1, NOW, None, 1, 2) == 11_040.0 / 2  # in W: shared between the charging connectors
