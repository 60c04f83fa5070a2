"""The limit in force of a limit set on site (app.services.load.external): its schedule's period now, A or W."""

from __future__ import annotations

import datetime as dt

from app.services.load.external import ActiveLimit, amps_at, cap_for, next_change

T0 = dt.datetime(2026, 12, 7, 8, 0, tzinfo=dt.UTC)


def schedule(*periods: tuple[int, float], unit: str = "A", **more: object) -> dict[str, object]:
    return {
        "id": 1,
        "chargingRateUnit": unit,
        "chargingSchedulePeriod": [{"startPeriod": s, "limit": v} for s, v in periods],
        **more,
    }


def test_the_period_in_force_from_the_reception_or_its_start() -> None:
    s = schedule((0, 16.0), (600, 11.0), duration=1200)
    assert amps_at([s], T0, T0, 3) == 16.0
    assert amps_at([s], T0, T0 + dt.timedelta(seconds=601), 3) == 11.0
    assert amps_at([s], T0, T0 + dt.timedelta(seconds=1200), 3) is None  # past its duration
    started = schedule((0, 8.0), startSchedule="2026-12-07T09:00:00Z")
    assert amps_at([started], T0, T0, 3) is None
    assert amps_at([started], T0, T0 + dt.timedelta(hours=1), 3) == 8.0
    assert next_change([s], T0, T0) == T0 + dt.timedelta(seconds=600)
    assert next_change([s], T0, T0 + dt.timedelta(seconds=600)) == T0 + dt.timedelta(seconds=1200)


def test_watts_at_230_v_per_phase_and_the_lowest_schedule() -> None:
    assert amps_at([schedule((0, 11_000.0), unit="W")], T0, T0, 3) == 15.9  # 11 kW / 690 V, rounded down
    three = schedule((0, 11_000.0), unit="W")
    three["chargingSchedulePeriod"][0]["numberPhases"] = 1  # type: ignore[index]
    assert amps_at([three], T0, T0, 3) == 47.8
    assert amps_at([schedule((0, 20.0)), schedule((0, 12.5))], T0, T0, 3) == 12.5


def test_a_station_wide_limit_is_shared_by_its_sessions_and_the_lowest_applies() -> None:
    station = ActiveLimit("CP", 0, "SO", True, (schedule((0, 20.0)),), T0)
    evse = ActiveLimit("CP", 1, "EMS", None, (schedule((0, 16.0)),), T0)
    other = ActiveLimit("CP", 2, "EMS", None, (schedule((0, 6.0)),), T0)
    assert cap_for([station, evse, other], 1, T0, 3, 1) == (16.0, "EMS")
    assert cap_for([station, evse, other], 1, T0, 3, 2) == (10.0, "SO")
    assert cap_for([other], 1, T0, 3, 1) is None
    assert cap_for([ActiveLimit("CP", 1, "EMS", None, (), T0)], 1, T0, 3, 1) is None  # no values given


def test_the_reason_is_english_where_it_is_made_and_shown_in_the_readers_language() -> None:
    from app.services import i18n
    from app.services.load import reasons as why
    from app.services.load.allocation import Demand, allocate
    from app.services.load.limits import CircuitSpec, limits_at

    garage = CircuitSpec(1, None, "Garage", 3, 32.0, None)
    demands = [
        Demand(("A", 1), 1, (1, 2, 3), 6.0, 32.0, T0, external_a=11.0, external_by="EMS"),
        Demand(("B", 1), 1, (1, 2, 3), 6.0, 32.0, T0),
    ]
    with i18n.language("de"):
        shares = allocate([garage], limits_at([garage], T0, "Europe/Zurich"), demands, "equal", 6.0, None)
        reason = shares[0].reason
        assert str(reason) == "limited to 11 A by the site's energy manager (EMS)"
        assert why.shown_reason(reason) == "begrenzt auf 11 A durch das Energiemanagement des Standorts (EMS)"
    with i18n.language("fr"):
        assert why.shown_reason(why.from_column(why.for_column(reason))) == (
            "limité à 11 A par le gestionnaire d'énergie du site (EMS)"
        )
