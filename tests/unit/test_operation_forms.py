"""The operation forms' rules (app.services.chargers.operation_forms): the charging profile a form describes,
the TriggerMessage and idTag tables per OCPP version, which operation each version has, answers in one line."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.chargers.operation_forms import (
    OPERATIONS,
    SPECS,
    V16,
    V201,
    OpSpec,
    ProfileForm,
    build_profile,
    good_answer,
    id_tag_problem,
    not_supported_reason,
    summarize,
    transaction_status_text,
    triggers,
)


def test_the_profile_builder() -> None:
    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    profile, problems = build_profile(
        ProfileForm(
            profile_id=3,
            stack_level=2,
            purpose="TxDefaultProfile",
            kind="Recurring",
            recurrency="Weekly",
            unit="W",
            periods=[("0", "11000", ""), ("3600", "7400", "1")],
            start_schedule=start,
            duration=86_400,
            valid_to=start + dt.timedelta(days=30),
        )
    )
    assert problems == []
    assert profile == {
        "chargingProfileId": 3,
        "stackLevel": 2,
        "chargingProfilePurpose": "TxDefaultProfile",
        "chargingProfileKind": "Recurring",
        "recurrencyKind": "Weekly",
        "validTo": "2026-04-01T08:00:00.000Z",
        "chargingSchedule": {
            "chargingRateUnit": "W",
            "duration": 86_400,
            "startSchedule": "2026-03-02T08:00:00.000Z",
            "chargingSchedulePeriod": [
                {"startPeriod": 0, "limit": 11000.0},
                {"startPeriod": 3600, "limit": 7400.0, "numberPhases": 1},
            ],
        },
    }
    _, problems = build_profile(
        ProfileForm(periods=[("60", "x", ""), ("30", "-1", "4")], purpose="TxProfile")
    )
    assert problems == [
        "Period 1: the limit must be a number of A (e.g. 16).",
        "Period 2: the limit must be more than 0 A.",
        "Period 2: phases must be 1, 2 or 3 (or empty for the charger's default).",
        "A TxProfile applies to a running session: choose the session.",
    ]
    relative, _ = build_profile(ProfileForm(kind="Relative", periods=[("0", "16", "")], start_schedule=start))
    assert relative is not None and "startSchedule" not in relative["chargingSchedule"]


@pytest.mark.parametrize(
    ("purpose", "connector", "problem"),
    [
        ("ChargePointMaxProfile", 0, None),
        (
            "ChargePointMaxProfile",
            2,
            "A ChargePointMaxProfile applies to the whole charger: choose connector 0.",
        ),
        ("TxProfile", 0, "A TxProfile applies to one connector's session: choose its connector."),
        ("TxProfile", 1, None),
        ("TxDefaultProfile", 0, None),
        ("TxDefaultProfile", 2, None),
        ("TxProfile", None, None),  # no connector given: not checked
    ],
)
def test_the_profile_suits_its_connector(purpose: str, connector: int | None, problem: str | None) -> None:
    form = ProfileForm(purpose=purpose, periods=[("0", "16", "")], transaction_id=7, connector=connector)
    profile, problems = build_profile(form)
    assert problems == ([problem] if problem else [])
    assert (profile is None) == (problem is not None)
    if profile is not None and purpose == "TxProfile":
        assert profile["transactionId"] == 7


def test_the_profile_problems_come_in_the_forms_order() -> None:
    _, problems = build_profile(
        ProfileForm(
            purpose="TxProfile",
            kind="Recurring",
            valid_from=dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
            valid_to=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            connector=0,
        )
    )
    assert problems == [
        "Add at least one period (start 0 s and a limit).",
        "A recurring profile needs a schedule start (the first day it applies).",
        "'Valid to' must be after 'valid from'.",
        "A TxProfile applies to a running session: choose the session.",
        "A TxProfile applies to one connector's session: choose its connector.",
    ]


def test_trigger_tables_per_version() -> None:
    assert "DiagnosticsStatusNotification" in triggers(V16) and "TransactionEvent" not in triggers(V16)
    assert "TransactionEvent" in triggers(V201) and "LogStatusNotification" in triggers(V201)
    assert "DiagnosticsStatusNotification" not in triggers(V201)
    assert triggers("2.1") == triggers(V16)  # an unknown version: the 1.6 messages
    for version in (V16, V201):
        assert "StatusNotification" in triggers(version)  # the tab's default choice exists in both


def test_id_tag_lengths_per_version() -> None:
    assert id_tag_problem("A" * 20, V16) is None
    assert id_tag_problem("A" * 21, V16) == "The tag is 21 characters long; OCPP 1.6 allows at most 20."
    assert id_tag_problem("A" * 36, V201) is None
    assert id_tag_problem("A" * 37, V201) == "The tag is 37 characters long; OCPP 2.0.1 allows at most 36."
    assert id_tag_problem("A" * 21, "2.1") is not None  # an unknown version: the shorter limit


def test_operations_per_version_and_answers() -> None:
    assert len(SPECS) == len(OPERATIONS)  # keys are unique
    # every operation is offered to a 1.6 charger but those 1.6 does not have (issue 17): GetChargingProfiles and
    # GetTransactionStatus
    assert {spec.key for spec in OPERATIONS if not_supported_reason(spec, V16) is not None} == {
        "get_profiles",
        "transaction_status",
    }
    assert all(
        not_supported_reason(spec, V201) is None for spec in OPERATIONS if spec.key != "extended_trigger"
    )
    only_16 = OpSpec("x", "X", "SomeAction", versions=(V16,))
    why = not_supported_reason(only_16, V201)
    assert why is not None and "OCPP 2.0.1" in why and "SomeAction" in why and "OCPP 1.6" in why
    assert good_answer({"status": "Accepted"}) and good_answer({"status": "Unlocked"}) and good_answer({})
    assert not good_answer({"status": "Rejected"})
    assert summarize({}) == "(empty answer)"
    assert summarize({"status": "Accepted", "listVersion": 3}) == "Accepted — listVersion: 3"
    assert (
        summarize({"status": "Accepted", "chargingSchedule": {"chargingSchedulePeriod": [{}, {}]}})
        == "Accepted — 2 periods"
    )
    assert summarize({"data": "x" * 100}) == "data: " + "x" * 100
    long = summarize({"status": "Accepted", "info": {"k": "v" * 80}})
    assert long.endswith("…") and len(long) < 80


def test_transaction_status_in_plain_words() -> None:
    assert transaction_status_text({"messagesInQueue": True}, None) == (
        "The station holds transaction messages it has not delivered yet."
    )
    assert transaction_status_text({"messagesInQueue": False}, None) == (
        "The station has no transaction messages waiting to be delivered."
    )
    assert transaction_status_text({"ongoingIndicator": True, "messagesInQueue": True}, 42) == (
        "Session 42 is still running on the station; messages about it wait in the station's queue."
    )
    assert transaction_status_text({"ongoingIndicator": False, "messagesInQueue": False}, 42) == (
        "Session 42 is not running on the station; no message about it waits in the station's queue."
    )
    assert transaction_status_text({"messagesInQueue": False}, 7).startswith(
        "The station did not say whether session 7 still runs;"
    )
