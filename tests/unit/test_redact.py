"""A charger password the console sends is not kept in the message log; other frames are logged as sent."""

from __future__ import annotations

import json

from app.ocpp.frames import HIDDEN, redact_secrets


def test_authorization_key_and_basic_auth_password_are_hidden() -> None:
    frame = json.dumps(
        [2, "1", "ChangeConfiguration", {"key": "AuthorizationKey", "value": "4b78377051326d5a"}]
    )
    logged = json.loads(redact_secrets("ChangeConfiguration", frame))
    assert logged == [2, "1", "ChangeConfiguration", {"key": "AuthorizationKey", "value": HIDDEN}]

    frame = json.dumps(
        [
            2,
            "2",
            "SetVariables",
            {
                "setVariableData": [
                    {
                        "component": {"name": "SecurityCtrlr"},
                        "variable": {"name": "BasicAuthPassword"},
                        "attributeValue": "Kx7pQ2mZ9vRt4wLs",
                    },
                    {
                        "component": {"name": "OCPPCommCtrlr"},
                        "variable": {"name": "HeartbeatInterval"},
                        "attributeValue": "300",
                    },
                ]
            },
        ]
    )
    items = json.loads(redact_secrets("SetVariables", frame))[3]["setVariableData"]
    assert [i["attributeValue"] for i in items] == [HIDDEN, "300"]


def test_other_frames_are_untouched() -> None:
    for action, frame in (
        ("ChangeConfiguration", '[2,"1","ChangeConfiguration",{"key":"HeartbeatInterval","value":"300"}]'),
        ("SetVariables", '[2,"1","SetVariables",{"setVariableData":[]}]'),
        ("Authorize", '[2,"1","Authorize",{"idTag":"AuthorizationKey"}]'),
        ("ChangeConfiguration", "not json at all"),
        ("ChangeConfiguration", '[2,"1","ChangeConfiguration"]'),
    ):
        assert redact_secrets(action, frame) is frame
