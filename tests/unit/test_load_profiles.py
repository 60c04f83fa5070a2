"""Load management's SetChargingProfile payloads per capability (app.services.load.profiles), each checked against
the ``ocpp`` package's own 1.6 schema and, converted as Operations converts it, the 2.0.1 schema; what a charger's
keys say (parse_reported); and the capability probe against scripted chargers with the quirks real ones have."""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ocpp.messages import get_validator

from app.ocpp.v201 import requests as v201
from app.services.chargers.operations import ChargerCallError, ChargerTimeout
from app.services.load.capabilities import (
    PROBE_IDS,
    UNKNOWN,
    Capabilities,
    ProbeTarget,
    describe,
    parse_reported,
    probe,
)
from app.services.load.profiles import (
    CP_MAX,
    TX,
    TX_DEFAULT,
    NotDeliverable,
    charger_max_delivery,
    connector_max_a,
    failsafe_delivery,
    limit_delivery,
    stack_levels,
)

ALL = frozenset((CP_MAX, TX_DEFAULT, TX))
FULL = Capabilities(True, ALL, frozenset({"A", "W"}), 8, 24)
# as on the wire: the schemas' multipleOf 0.1 holds for the decimal text a float is written as
SCHEMA_16 = get_validator(2, "SetChargingProfile", "1.6", parse_float=decimal.Decimal)
SCHEMA_201 = get_validator(2, "SetChargingProfile", "2.0.1", parse_float=decimal.Decimal)


def wire(payload: dict[str, Any]) -> Any:
    return json.loads(json.dumps(payload), parse_float=decimal.Decimal)


def valid_both(connector_id: int, profile: dict[str, Any], transaction_uid: str | None = None) -> None:
    """The payload is valid as OCPP 1.6 sends it and as Operations sends it to a 2.0.1 station."""
    SCHEMA_16.validate(wire({"connectorId": connector_id, "csChargingProfiles": profile}))
    uid = transaction_uid if profile.get("transactionId") is not None else None
    SCHEMA_201.validate(wire(v201.set_charging_profile(connector_id, profile, uid)))


capabilities = st.builds(
    Capabilities,
    supported=st.just(True),
    purposes=st.frozensets(st.sampled_from(sorted(ALL)), min_size=1),
    units=st.sampled_from([frozenset(), frozenset({"A"}), frozenset({"W"}), frozenset({"A", "W"})]),
    max_stack=st.one_of(st.none(), st.integers(min_value=0, max_value=20)),
    max_periods=st.one_of(st.none(), st.integers(min_value=1, max_value=48)),
    connectors=st.sampled_from([None, 1, 2]),
)


@settings(max_examples=300, deadline=None)
@given(
    caps=capabilities,
    limit=st.one_of(st.just(0.0), st.floats(min_value=0, max_value=80, allow_nan=False)),
    phases=st.sampled_from([1, 3]),
    connector=st.integers(min_value=0, max_value=4),
    tx=st.one_of(st.none(), st.integers(min_value=1, max_value=2**31 - 1)),
)
def test_every_delivery_is_schema_valid_within_the_stack_and_never_above_the_limit(
    caps: Capabilities, limit: float, phases: int, connector: int, tx: int | None
) -> None:
    levels = stack_levels(caps)
    top = caps.max_stack if caps.max_stack is not None else 1
    try:
        d = limit_delivery(
            caps, connector_id=connector, limit_a=limit, phases=phases, transaction_id=tx, profile_id=7
        )
    except NotDeliverable:
        assert not caps.purposes & {TX_DEFAULT} and (tx is None or TX not in caps.purposes)
        assert not caps.whole_charger
    except ValueError as e:
        assert tx is not None and connector == 0 and "not on connector 0" in str(e)
    else:
        valid_both(d.connector_id, d.profile, "tx-uid")
        assert d.stack_level == levels[1] <= top and d.profile["chargingProfileId"] == 7
        if caps.whole_charger and not (
            tx is not None and TX in caps.purposes
        ):  # one connector: the charger's
            assert d.purpose == CP_MAX and d.connector_id == 0 and caps.connectors == 1
            assert d.profile["chargingProfileKind"] == "Absolute"
            return
        assert d.purpose == (TX if tx is not None and TX in caps.purposes else TX_DEFAULT)
        assert d.profile.get("transactionId", tx if d.purpose == TX else None) == (
            tx if d.purpose == TX else None
        )
        watts = limit * 230 * phases  # never above it (but for float noise), at most one rounding step below
        assert d.limit <= (limit if d.unit == "A" else watts) + 1e-9 and d.limit > (
            limit - 0.1 if d.unit == "A" else watts - 1
        )
        assert d.unit == ("A" if "A" in caps.units or not caps.units else "W")
        assert d.profile["chargingProfileKind"] == "Relative"
    try:
        f = failsafe_delivery(caps, connector_id=connector, limit_a=limit, phases=phases, profile_id=8)
    except NotDeliverable:
        assert TX_DEFAULT not in caps.purposes and not (CP_MAX in caps.purposes and caps.connectors == 1)
    else:
        valid_both(f.connector_id, f.profile)
        expected = (TX_DEFAULT, connector) if TX_DEFAULT in caps.purposes else (CP_MAX, 0)
        assert (f.purpose, f.connector_id) == expected and f.stack_level == levels[0] <= top
        assert levels[0] < levels[1] or top == 0  # the limit above the fail-safe wherever the charger allows


def test_the_payloads_for_each_kind_of_charger() -> None:
    d = limit_delivery(FULL, connector_id=2, limit_a=16.04, phases=3, transaction_id=4711, profile_id=21)
    assert (d.connector_id, d.purpose, d.unit, d.stack_level) == (2, TX, "A", 2)
    assert d.profile == {
        "chargingProfileId": 21,
        "stackLevel": 2,
        "chargingProfilePurpose": "TxProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16.0}],
        },
        "transactionId": 4711,
    }
    # no transaction: the connector's default; a single-phase vehicle says so
    d = limit_delivery(FULL, connector_id=2, limit_a=10, phases=1, transaction_id=None, profile_id=22)
    assert d.purpose == TX_DEFAULT and "transactionId" not in d.profile
    assert d.profile["chargingSchedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 10.0, "numberPhases": 1}
    ]
    # TxDefaultProfile only: also during a transaction
    only_default = dataclasses.replace(FULL, purposes=frozenset({TX_DEFAULT}))
    d = limit_delivery(only_default, connector_id=1, limit_a=12, phases=3, transaction_id=9, profile_id=1)
    assert d.purpose == TX_DEFAULT and "transactionId" not in d.profile
    # W only: A x 230 V x phases, numberPhases for one phase
    w_only = dataclasses.replace(FULL, units=frozenset({"W"}))
    d = limit_delivery(w_only, connector_id=1, limit_a=16, phases=3, transaction_id=None, profile_id=1)
    assert (d.unit, d.limit) == ("W", 11040.0)
    d = limit_delivery(w_only, connector_id=1, limit_a=16, phases=1, transaction_id=None, profile_id=1)
    assert d.profile["chargingSchedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 3680.0, "numberPhases": 1}
    ]
    # paused: a 0 A period, no minChargingRate
    d = limit_delivery(FULL, connector_id=1, limit_a=0, phases=3, transaction_id=3, profile_id=1)
    assert d.limit == 0 and "minChargingRate" not in d.profile["chargingSchedule"]
    # stack levels within the charger's maximum, the limit above the fail-safe
    assert [stack_levels(dataclasses.replace(FULL, max_stack=m)) for m in (0, 1, 2, 8, None)] == [
        (0, 0),
        (0, 1),
        (1, 2),
        (1, 2),
        (0, 1),
    ]
    f = failsafe_delivery(FULL, connector_id=0, limit_a=10.55, phases=3, profile_id=30)
    assert (f.connector_id, f.purpose, f.stack_level, f.limit) == (0, TX_DEFAULT, 1, 10.5)
    # a ChargePointMaxProfile is Absolute from five minutes before now (2.0.1 has no Relative station maximum)
    at = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    m = charger_max_delivery(FULL, limit_a=40, profile_id=31, at=at)
    assert m.connector_id == 0 and m.profile["chargingProfileKind"] == "Absolute"
    assert m.profile["chargingSchedule"]["startSchedule"] == "2026-12-07T11:55:00Z"
    valid_both(0, m.profile)
    assert v201.set_charging_profile(0, m.profile)["chargingProfile"]["chargingProfilePurpose"] == (
        "ChargingStationMaxProfile"
    )


def test_what_cannot_be_delivered_says_why() -> None:
    unmanaged = Capabilities(True, frozenset(), frozenset({"A"}), 3, 10, "rejects every charging profile")
    with pytest.raises(NotDeliverable, match="rejects every charging profile"):
        limit_delivery(unmanaged, connector_id=1, limit_a=6, phases=3, transaction_id=1, profile_id=1)
    tx_only = dataclasses.replace(FULL, purposes=frozenset({TX}))
    with pytest.raises(NotDeliverable, match="need a running transaction"):
        limit_delivery(tx_only, connector_id=1, limit_a=6, phases=3, transaction_id=None, profile_id=1)
    with pytest.raises(NotDeliverable, match="no TxDefaultProfile"):
        failsafe_delivery(tx_only, connector_id=1, limit_a=6, phases=3, profile_id=1)
    with pytest.raises(NotDeliverable, match="rejects ChargePointMaxProfile"):
        charger_max_delivery(
            dataclasses.replace(FULL, purposes=frozenset({TX_DEFAULT})), limit_a=6, profile_id=1
        )
    for bad in (-1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="finite current"):
            limit_delivery(FULL, connector_id=1, limit_a=bad, phases=3, transaction_id=None, profile_id=1)
    with pytest.raises(ValueError, match="phases"):
        failsafe_delivery(FULL, connector_id=1, limit_a=6, phases=4, profile_id=1)


def test_connector_maximum() -> None:
    assert connector_max_a(20, 22, 3) == 20
    assert round(connector_max_a(None, 11, 3), 2) == 15.94
    assert round(connector_max_a(None, 7.4, 1), 2) == 32.17
    assert connector_max_a(None, None) == 32.0


def test_what_the_keys_say() -> None:
    c = parse_reported(
        {
            "SupportedFeatureProfiles": "Core,SmartCharging,RemoteTrigger",
            "ChargeProfileMaxStackLevel": "8",
            "ChargingScheduleAllowedChargingRateUnit": "Current",
            "ChargingScheduleMaxPeriods": "24",
            "MaxChargingProfilesInstalled": "10",
        },
        "1.6",
    )
    assert (c.supported, c.units, c.max_stack, c.max_periods, c.purposes) == (True, {"A"}, 8, 24, frozenset())
    assert parse_reported({"ChargingScheduleAllowedChargingRateUnit": "A,W"}, "1.6").units == {"A", "W"}
    assert parse_reported({"ChargingScheduleAllowedChargingRateUnit": "Power"}, "1.6").units == {"W"}
    assert parse_reported({}, "1.6").supported is None  # not reported: the probe finds out
    none = parse_reported({"SupportedFeatureProfiles": "Core,RemoteTrigger"}, "1.6")
    assert none.supported is False and none.note == "SmartCharging not among its feature profiles"
    v2 = parse_reported(
        {
            "SmartChargingCtrlr.Available": "true",
            "SmartChargingCtrlr.Enabled": "true",
            "SmartChargingCtrlr.ProfileStackLevel": "3",
            "SmartChargingCtrlr.RateUnit": "A,W",
            "SmartChargingCtrlr.PeriodsPerSchedule": "12",
        },
        "2.0.1",
    )
    assert (v2.supported, v2.units, v2.max_stack, v2.max_periods) == (True, {"A", "W"}, 3, 12)
    off = parse_reported(
        {"SmartChargingCtrlr.Available": "true", "SmartChargingCtrlr.Enabled": "false"}, "2.0.1"
    )
    assert off.supported is False and "switched off" in off.note
    assert parse_reported({"SmartChargingCtrlr.Available": "false"}, "2.0.1").supported is False
    assert parse_reported({"OCPPCommCtrlr.HeartbeatInterval": "60"}, "2.0.1").supported is None


def test_in_words() -> None:
    no_cp_max = dataclasses.replace(FULL, purposes=frozenset({TX_DEFAULT, TX}), units=frozenset({"A"}))
    assert describe(no_cp_max) == (
        "Accepts TxDefaultProfile and TxProfile in A, stack levels 0–8, 24 periods per schedule; "
        "ChargePointMaxProfile rejected"
    )
    only = Capabilities(True, frozenset({TX_DEFAULT}), frozenset({"W"}), 0, None)
    assert describe(only) == (
        "Accepts TxDefaultProfile in W, stack level 0 only; ChargePointMaxProfile and TxProfile rejected"
    )
    assert describe(UNKNOWN) == "Smart charging not found out yet"
    refused = FULL.without(TX).without(TX_DEFAULT)
    assert not refused.managed and describe(refused) == "Unmanaged: rejects every charging profile"
    assert FULL.without(CP_MAX).managed
    cp_max_only = Capabilities(
        True, frozenset({CP_MAX}), frozenset({"A"}), 1, None, "accepts only ...", None, 1
    )
    assert describe(cp_max_only) == (
        "Accepts ChargePointMaxProfile only, in A: its one connector's limit and fail-safe go as the whole "
        "charger's maximum; TxDefaultProfile and TxProfile rejected"
    )
    two = dataclasses.replace(cp_max_only, connectors=2)
    assert not two.managed and describe(two) == "Unmanaged: accepts only ..."
    # its limit and fail-safe: ChargePointMaxProfiles on connector 0, the limit above the fail-safe
    d = limit_delivery(
        cp_max_only, connector_id=1, limit_a=13, phases=3, transaction_id=5, profile_id=140_001
    )
    f = failsafe_delivery(cp_max_only, connector_id=1, limit_a=8, phases=3, profile_id=141_001)
    assert (d.connector_id, d.purpose, d.stack_level, d.limit) == (0, CP_MAX, 1, 13.0)
    assert (f.connector_id, f.purpose, f.stack_level, f.limit) == (0, CP_MAX, 0, 8.0)
    with pytest.raises(NotDeliverable, match="accepts only"):
        limit_delivery(two, connector_id=1, limit_a=13, phases=3, transaction_id=5, profile_id=1)


class ScriptedCharger:
    """Operations against a charger whose answers are scripted: ``answer(purpose, level, unit)`` gives the status
    or raises; the composite schedule shows what the charger applies (``applies``: False for one that ignores)."""

    def __init__(self, answer: Any, *, applies: bool = True, hardware_a: float = 32.0) -> None:
        self.answer, self.applies, self.hardware_a = answer, applies, hardware_a
        self.installed: dict[int, dict[str, Any]] = {}
        self.sent: list[dict[str, Any]] = []
        self.connectors: list[int] = []

    async def set_charging_profile(
        self, cp_id: str, connector_id: int, profile: dict[str, Any], **_: Any
    ) -> Any:
        self.sent.append(profile)
        self.connectors.append(connector_id)
        unit = profile["chargingSchedule"]["chargingRateUnit"]
        status = self.answer(profile["chargingProfilePurpose"], profile["stackLevel"], unit)
        if status == "Accepted":
            self.installed[profile["chargingProfileId"]] = {**profile, "connector": connector_id}
        return {"status": status}

    async def clear_charging_profile(self, cp_id: str, profile_id: int | None = None, **_: Any) -> Any:
        return {"status": "Accepted" if self.installed.pop(profile_id or -1, None) else "Unknown"}

    async def get_composite_schedule(
        self, cp_id: str, connector_id: int, duration: int, unit: str | None = None, **_: Any
    ) -> Any:
        limits = [
            p["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"]
            for p in self.installed.values()
            if self.applies and p["connector"] in (0, connector_id)
        ]
        hardware = self.hardware_a if unit == "A" else self.hardware_a * 690
        period = {"startPeriod": 0, "limit": min([*limits, hardware])}
        return {
            "status": "Accepted",
            "chargingSchedule": {"chargingRateUnit": unit, "chargingSchedulePeriod": [period]},
        }


TARGET = ProbeTarget(connector_id=1, max_a=16.0, charger_max_a=32.0)
REPORTED = Capabilities(True, frozenset(), frozenset({"A", "W"}), 8, 24)


async def run(charger: ScriptedCharger, caps: Capabilities = REPORTED, target: ProbeTarget = TARGET) -> Any:
    outcome = await probe(charger, "CP-1", caps, target)  # type: ignore[arg-type]
    assert charger.installed == {}  # every probe cleared
    return outcome


async def test_probe_keeps_what_a_charger_accepts() -> None:
    everything = ScriptedCharger(lambda purpose, level, unit: "Accepted")
    out = await run(everything)
    assert out.caps.purposes == ALL and out.caps.managed and out.verified is True
    assert out.caps.max_stack == 8 and "TxProfile not tried (no transaction running)" in out.remarks
    # harmless: the connector's own maximum at level 0 and the limits' level, the charger's maximum on connector 0
    first = everything.sent[0]
    assert (first["chargingProfileId"], first["stackLevel"]) == (PROBE_IDS[TX_DEFAULT], 0)
    assert first["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"] == 16.0
    assert [p["stackLevel"] for p in everything.sent if p["chargingProfilePurpose"] == TX_DEFAULT] == [0, 2]
    cp_max = next(p for p in everything.sent if p["chargingProfilePurpose"] == CP_MAX)
    assert cp_max["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"] == 32.0

    # every connector in use: no profile at a limit's level (it could replace the limit in force there)
    busy = ScriptedCharger(lambda purpose, level, unit: "Accepted")
    out = await run(busy, target=dataclasses.replace(TARGET, in_use=True))
    assert {p["stackLevel"] for p in busy.sent} == {0} and out.caps.max_stack == 8
    assert "stack levels not tried (every connector in use)" in out.remarks

    # a transaction running: the TxProfile is tried on it, and refused by a TxDefaultProfile-only charger
    default_only = ScriptedCharger(
        lambda purpose, level, unit: "Accepted" if purpose == TX_DEFAULT else "Rejected"
    )
    out = await run(default_only, target=dataclasses.replace(TARGET, transaction_id=77, tx_connector_id=2))
    assert out.caps.purposes == {TX_DEFAULT} and out.answers == {
        TX_DEFAULT: "Accepted",
        CP_MAX: "Rejected",
        TX: "Rejected",
    }
    tx = next(p for p in default_only.sent if p["chargingProfilePurpose"] == TX)
    assert tx["transactionId"] == 77 and default_only.connectors[-1] == 2


async def test_probe_handles_the_quirks_of_real_chargers() -> None:
    # ChargePointMaxProfile answered with a CallError NotSupported (Timxon)
    def no_cp_max(purpose: str, level: int, unit: str) -> str:
        if purpose == CP_MAX:
            raise ChargerCallError("CP-1", "SetChargingProfile", "NotSupported", "")
        return "Accepted"

    out = await run(ScriptedCharger(no_cp_max))
    assert out.caps.purposes == {TX_DEFAULT, TX} and out.answers[CP_MAX] == "NotSupported"

    # levels above 0 refused although ChargeProfileMaxStackLevel says 8 (ABB Terra AC firmware 1.8)
    out = await run(ScriptedCharger(lambda purpose, level, unit: "Accepted" if level == 0 else "Rejected"))
    assert out.caps.max_stack == 0 and stack_levels(out.caps) == (0, 0) and out.caps.managed
    assert "stack level 2 refused" in out.remarks and "stack level 1 refused" in out.remarks

    # A refused, W taken, no unit reported
    out = await run(
        ScriptedCharger(lambda purpose, level, unit: "Accepted" if unit == "W" else "Rejected"),
        dataclasses.replace(REPORTED, units=frozenset()),
    )
    assert out.caps.units == {"W"} and out.caps.managed and "A refused, W accepted" in out.remarks

    # accepted, not applied (go-e): the composite schedule shows the hardware's 32 A after 16 A was accepted
    out = await run(ScriptedCharger(lambda purpose, level, unit: "Accepted", applies=False))
    assert not out.caps.managed and out.verified is False
    assert out.caps.note == (
        "accepts charging profiles but does not apply them (GetCompositeSchedule shows 32 A after 16 A was accepted)"
    )

    # no answer at all (Timxon with Absolute schedules)
    def silent(purpose: str, level: int, unit: str) -> str:
        raise ChargerTimeout("CP-1 did not answer SetChargingProfile within 5 s")

    out = await run(ScriptedCharger(silent))
    assert not out.caps.managed and out.caps.note == "does not answer SetChargingProfile"

    # smart charging switched off on the charger (Schneider: every profile rejected)
    out = await run(ScriptedCharger(lambda purpose, level, unit: "Rejected"))
    assert not out.caps.managed and out.caps.note == "rejects every charging profile" and out.caps.supported

    # ChargePointMaxProfile only: no limit per connector where it has two (managed with one: the charger's maximum
    # is its connector's limit)
    out = await run(
        ScriptedCharger(lambda purpose, level, unit: "Accepted" if purpose == CP_MAX else "NotSupported")
    )
    assert (
        out.caps.note
        == "accepts only ChargePointMaxProfile, which limits the whole charger, not each connector"
    )
    assert not dataclasses.replace(out.caps, connectors=2).managed
    one = dataclasses.replace(out.caps, connectors=1)
    assert one.managed and one.whole_charger and one.failsafe_purpose == CP_MAX

    # without SmartCharging nothing is tried
    nothing = ScriptedCharger(lambda purpose, level, unit: "Accepted")
    out = await run(
        nothing,
        Capabilities(
            False, frozenset(), frozenset(), None, None, "SmartCharging not among its feature profiles"
        ),
    )
    assert nothing.sent == [] and not out.caps.managed

    # not reported at all: what the probe finds decides
    out = await run(ScriptedCharger(lambda purpose, level, unit: "Rejected"), UNKNOWN)
    assert out.caps.supported is False and out.caps.checked_at is None


def test_lower_limits_ahead_go_in_the_schedule_within_what_the_charger_holds() -> None:
    """A time-of-day limit coming: later periods, seconds from the schedule's start (a Relative one: the
    transaction's; an Absolute one: its startSchedule), a minute early, the nearest kept within the charger's
    ChargingScheduleMaxPeriods; past instants left out; valid 1.6 and 2.0.1 payloads."""
    now = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)
    started = now - dt.timedelta(minutes=30)
    ahead = [(now + dt.timedelta(hours=1), 10.0), (now + dt.timedelta(hours=3), 6.0)]
    d = limit_delivery(
        FULL,
        connector_id=1,
        limit_a=16,
        phases=1,
        transaction_id=7,
        profile_id=1,
        ahead=ahead,
        started=started,
        now=now,
    )
    assert d.profile["chargingProfileKind"] == "Relative"
    assert d.profile["chargingSchedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 16.0, "numberPhases": 1},
        {
            "startPeriod": 90 * 60 - 60,
            "limit": 10.0,
            "numberPhases": 1,
        },  # 30 min charged + 1 h, a minute early
        {"startPeriod": 210 * 60 - 60, "limit": 6.0, "numberPhases": 1},
    ]
    valid_both(1, d.profile, "tx-uid")
    # a charger holding two periods per schedule: the nearest; one period: none; an instant past: left out
    two = dataclasses.replace(FULL, max_periods=2)
    d = limit_delivery(
        two, connector_id=1, limit_a=16, phases=3, transaction_id=7, profile_id=1, ahead=ahead, now=now
    )
    assert [p["limit"] for p in d.profile["chargingSchedule"]["chargingSchedulePeriod"]] == [16.0, 10.0]
    assert (
        d.profile["chargingSchedule"]["chargingSchedulePeriod"][1]["startPeriod"] == 3600 - 60
    )  # no start: now
    one = dataclasses.replace(FULL, max_periods=1)
    d = limit_delivery(
        one, connector_id=1, limit_a=16, phases=3, transaction_id=7, profile_id=1, ahead=ahead, now=now
    )
    assert len(d.profile["chargingSchedule"]["chargingSchedulePeriod"]) == 1
    past = [(now - dt.timedelta(minutes=1), 6.0)]
    d = limit_delivery(
        FULL, connector_id=1, limit_a=16, phases=3, transaction_id=7, profile_id=1, ahead=past, now=now
    )
    assert len(d.profile["chargingSchedule"]["chargingSchedulePeriod"]) == 1
    # a one-connector ChargePointMaxProfile charger: Absolute from five minutes ago, the period from then
    cp_max_only = Capabilities(True, frozenset({CP_MAX}), frozenset({"A"}), 1, 10, "", None, 1)
    d = limit_delivery(
        cp_max_only,
        connector_id=1,
        limit_a=16,
        phases=3,
        transaction_id=7,
        profile_id=1,
        ahead=ahead[:1],
        now=now,
    )
    assert d.profile["chargingSchedule"]["startSchedule"] == "2026-12-07T09:55:00Z"
    assert d.profile["chargingSchedule"]["chargingSchedulePeriod"][1] == {
        "startPeriod": 65 * 60 - 60,
        "limit": 10.0,
    }
    valid_both(0, d.profile)
