"""frames.validate: the compiled check answers valid payloads alone; refusals are jsonschema's, as before."""

from __future__ import annotations

import pytest

from app.ocpp.frames import _FAST, CALL, V16_ERRORS, FrameError, dumps, validate, warm_validators


def test_valid_payloads_pass_and_bad_ones_get_the_1_6_codes_once_the_check_is_compiled() -> None:
    warm_validators("1.6", ["StartTransaction"], hot={"StartTransaction"})
    assert _FAST.get(("1.6", CALL, "StartTransaction")) is not None
    good = {"connectorId": 1, "idTag": "TAG1", "meterStart": 0, "timestamp": "2026-01-01T00:00:00Z"}
    assert validate("1.6", CALL, "StartTransaction", good, V16_ERRORS) == []
    for payload, code in (
        ({k: v for k, v in good.items() if k != "idTag"}, "OccurenceConstraintViolation"),
        ({**good, "meterStart": "0"}, "TypeConstraintViolation"),
        ({**good, "idTag": "X" * 21}, "PropertyConstraintViolation"),
        ({**good, "extra": 1}, "FormationViolation"),
    ):
        with pytest.raises(FrameError) as e:
            validate("1.6", CALL, "StartTransaction", payload, V16_ERRORS, "m1")
        assert (e.value.code, e.value.message_id) == (code, "m1")
    lenient = validate("1.6", CALL, "StartTransaction", {**good, "extra": 1}, V16_ERRORS, lenient=True)
    assert [d.path for d in lenient] == ["(payload)"]


def test_decimal_schemas_and_unknown_actions_keep_their_own_path() -> None:
    profile = {
        "connectorId": 1,
        "csChargingProfiles": {
            "chargingProfileId": 1,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxDefaultProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 6.1}],
            },
        },
    }
    assert validate("1.6", CALL, "SetChargingProfile", profile, V16_ERRORS) == []
    assert ("1.6", CALL, "SetChargingProfile") not in _FAST
    with pytest.raises(FrameError) as e:
        validate("1.6", CALL, "NoSuchAction", {}, V16_ERRORS)
    assert e.value.code == "NotImplemented"


def test_dumps_is_compact_and_writes_decimals_as_numbers() -> None:
    from decimal import Decimal

    assert dumps([3, "1", {"a": Decimal("6.1"), "b": "ü"}]) == '[3,"1",{"a":6.1,"b":"ü"}]'
