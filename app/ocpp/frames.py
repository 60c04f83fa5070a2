"""OCPP-J framing and schema checks at our edge, with the error codes each version actually specifies.

The ``ocpp`` package answers schema failures with ``FormatViolation`` (1.6 says ``FormationViolation``), a missing
field with ``ProtocolError`` (1.6: ``OccurenceConstraintViolation``), and sends nothing at all for a frame it cannot
parse. Here every bad frame maps to the CallError the version defines, echoing the message id when it can be
recovered (else ``"-1"``), and the connection stays up.

Validation uses the package's own JSON schemas and cached validators (``ocpp.messages.get_validator``).
"""

from __future__ import annotations

import decimal
import json
import re
from dataclasses import dataclass
from typing import Any

import fastjsonschema  # compiles the schemas to Python, ~25x faster than jsonschema on a valid payload
from jsonschema.exceptions import ValidationError as SchemaError
from ocpp.messages import MessageType, get_validator

from .backend import Deviation

CALL = MessageType.Call
CALL_RESULT = MessageType.CallResult
CALL_ERROR = MessageType.CallError

MAX_MESSAGE_ID = 36  # OCPP-J: the unique id is at most 36 characters


@dataclass(frozen=True, slots=True)
class ErrorCodes:
    """The CallError codes of one OCPP version."""

    formation: str
    occurrence: str
    property: str = "PropertyConstraintViolation"
    type: str = "TypeConstraintViolation"
    not_implemented: str = "NotImplemented"
    not_supported: str = "NotSupported"
    internal: str = "InternalError"
    protocol: str = "ProtocolError"
    security: str = "SecurityError"
    generic: str = "GenericError"
    # not a valid RPC frame at all (no array, unreadable id, wrong element count) and an unknown MessageTypeId:
    # 1.6 has only FormationViolation for these; 2.0.1 names them (part 4 §4.3)
    rpc: str = ""
    message_type: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "rpc", self.rpc or self.formation)
        object.__setattr__(self, "message_type", self.message_type or self.formation)


# OCPP-J 1.6 §4.2.3 (with the errata's spellings kept as the spec has them).
V16_ERRORS = ErrorCodes(formation="FormationViolation", occurrence="OccurenceConstraintViolation")
# OCPP 2.0.1 part 4 §4.3.
V201_ERRORS = ErrorCodes(
    formation="FormatViolation",
    occurrence="OccurrenceConstraintViolation",
    rpc="RpcFrameworkError",
    message_type="MessageTypeNotSupported",
)


class FrameError(Exception):
    """A frame or payload we answer with a CallError."""

    def __init__(self, code: str, description: str, message_id: str = "-1", **details: Any) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.message_id = message_id
        self.details = details


class Frame:
    """A parsed OCPP-J frame. ``payload`` is the Call/CallResult payload; errors use the error_* fields."""

    __slots__ = ("action", "error_code", "error_description", "message_id", "message_type", "payload")

    def __init__(
        self,
        message_type: int,
        message_id: str,
        action: str = "",
        payload: Any = None,
        error_code: str = "",
        error_description: str = "",
    ) -> None:
        self.message_type = message_type
        self.message_id = message_id
        self.action = action
        self.payload = payload
        self.error_code = error_code
        self.error_description = error_description


_ID_RE = re.compile(r'^\s*\[\s*[0-9]+\s*,\s*"([^"\\]{1,64})"')


def recover_message_id(text: str | bytes) -> str:
    """The message id of a frame too broken to parse, when it can be read; else ``"-1"``."""
    if isinstance(text, bytes):
        text = text[:200].decode("utf-8", "replace")
    m = _ID_RE.match(text[:200])
    return m.group(1) if m else "-1"


def parse_frame(raw: str | bytes, codes: ErrorCodes) -> Frame:
    """Parse one text frame. Raises :class:`FrameError` (FormationViolation) for anything that is not a frame."""
    if isinstance(raw, bytes):
        raise FrameError(
            codes.rpc, "binary frames are not OCPP-J: send JSON text frames", recover_message_id(raw)
        )
    try:
        msg = json.loads(raw)
    except (ValueError, RecursionError):
        raise FrameError(codes.rpc, "the frame is not valid JSON", recover_message_id(raw)) from None
    if not isinstance(msg, list) or not msg:
        raise FrameError(codes.rpc, "an OCPP-J frame is a JSON array [MessageTypeId, UniqueId, ...]")
    raw_id = msg[1] if len(msg) > 1 and isinstance(msg[1], str) else ""
    mid = raw_id if 0 < len(raw_id) <= 64 else "-1"  # echoed in our CallError when it can be
    mtype = msg[0]
    if type(mtype) is not int or mtype not in (CALL, CALL_RESULT, CALL_ERROR):
        raise FrameError(
            codes.message_type if type(mtype) is int else codes.rpc,
            f"MessageTypeId {mtype!r} is not 2, 3 or 4",
            mid,
        )
    if not 0 < len(raw_id) <= MAX_MESSAGE_ID:
        raise FrameError(codes.rpc, "UniqueId must be a string of 1 to 36 characters", mid)
    if mtype == CALL:
        if len(msg) != 4:
            raise FrameError(codes.rpc, f"a CALL has 4 elements, this one has {len(msg)}", mid)
        if not isinstance(msg[2], str) or not msg[2]:
            raise FrameError(codes.rpc, "the Action of a CALL must be a non-empty string", mid)
        if not isinstance(msg[3], dict):
            raise FrameError(codes.formation, "the payload of a CALL must be a JSON object", mid)
        return Frame(CALL, mid, msg[2], msg[3])
    if mtype == CALL_RESULT:
        if len(msg) != 3 or not isinstance(msg[2], dict):
            raise FrameError(codes.rpc, "a CALLRESULT is [3, UniqueId, {payload}]", mid)
        return Frame(CALL_RESULT, mid, "", msg[2])
    if len(msg) != 5 or not isinstance(msg[2], str) or not isinstance(msg[3], str):
        raise FrameError(
            codes.rpc, "a CALLERROR is [4, UniqueId, errorCode, errorDescription, {details}]", mid
        )
    return Frame(CALL_ERROR, mid, "", msg[4], msg[2], msg[3])


# --- schema validation -------------------------------------------------------------------------------

# Deviations a lenient charger may have: values (enum, lengths, formats, extra fields), never missing fields or
# wrong types (the handlers could not use those).
_TOLERABLE = frozenset(
    {
        "enum",
        "additionalProperties",
        "maxLength",
        "minLength",
        "format",
        "pattern",
        "maximum",
        "minimum",
        "multipleOf",
        "maxItems",
    }
)
# Which validator failure is reported first when a payload has several.
_PRIORITY = {"required": 0, "minItems": 1, "type": 2, "additionalProperties": 3}

# Schemas with decimal fields (multipleOf 0.1): the package validates them with Decimal floats.
_DECIMAL_SCHEMAS = {
    ("1.6", CALL, "SetChargingProfile"),
    ("1.6", CALL, "RemoteStartTransaction"),
    ("1.6", CALL_RESULT, "GetCompositeSchedule"),
}


def _code_for(error: SchemaError, codes: ErrorCodes) -> str:
    v = error.validator
    if v in ("required", "minItems"):
        return codes.occurrence
    if v == "type":
        return codes.type
    if v in ("additionalProperties", "dependencies", "not", "oneOf", "anyOf", "allOf"):
        return codes.formation
    return codes.property


def _path(error: SchemaError) -> str:
    return "/".join(str(p) for p in error.absolute_path) or "(payload)"


def validate(
    version: str,
    message_type: int,
    action: str,
    payload: dict[str, Any],
    codes: ErrorCodes,
    message_id: str = "-1",
    *,
    lenient: bool = False,
) -> list[Deviation]:
    """Check ``payload`` against the package's schema.

    Returns the tolerated deviations (lenient only, else empty); raises :class:`FrameError` with the version's
    code for a refused payload. A missing schema is an unknown action (NotImplemented).
    """
    key = (version, message_type, action)
    decimals = key in _DECIMAL_SCHEMAS
    fast = None if decimals else _FAST.get(key)
    if (
        fast is not None
    ):  # the calls chargers send all day: the compiled check alone when the payload is valid
        try:
            fast(payload)
            return []
        except fastjsonschema.JsonSchemaException:
            pass  # jsonschema says exactly what is wrong (and has the last word)
    try:
        validator = get_validator(
            message_type, action, version, parse_float=decimal.Decimal if decimals else float
        )
    except (OSError, ValueError):
        raise FrameError(
            codes.not_implemented, f"{action} is not an OCPP {version} action", message_id
        ) from None
    if decimals:
        checked = json.loads(json.dumps(payload), parse_float=decimal.Decimal)
    else:
        if fast is None and key not in _FAST:  # first use: compile it (None when it cannot be compiled)
            fast = _fast_validator(version, message_type, action, validator.schema)
            if fast is not None:
                try:
                    fast(payload)
                    return []
                except fastjsonschema.JsonSchemaException:
                    pass
        checked = payload
    errors = list(validator.iter_errors(checked))
    if not errors:
        return []
    if lenient:
        refused = [e for e in errors if e.validator not in _TOLERABLE]
        if not refused:
            return [Deviation(_path(e), e.message) for e in errors]
        errors = refused
    errors.sort(key=lambda e: _PRIORITY.get(str(e.validator), 9))
    first = errors[0]
    raise FrameError(_code_for(first, codes), f"{action}: {_path(first)}: {first.message}", message_id)


_FAST: dict[tuple[str, int, str], Any] = {}


def _fast_validator(version: str, message_type: int, action: str, schema: dict[str, Any]) -> Any:
    """The compiled fastjsonschema check of a schema (None when it cannot compile it).

    Formats are not checked and defaults are not filled in, as with the ``ocpp`` package's jsonschema use.
    """
    key = (version, message_type, action)
    if key not in _FAST:
        try:
            fast = fastjsonschema.compile(schema, use_formats=False, use_default=False)
        except Exception:  # an exotic schema: jsonschema alone then
            fast = None
        _FAST[key] = fast
    return _FAST[key]


def warm_validators(version: str, actions: list[str], hot: frozenset[str] | set[str] = frozenset()) -> None:
    """Load the validators of ``actions`` (request and response) up front (the package loads them lazily),
    and compile the fast check of the ``hot`` ones (the calls chargers send all day).

    The decimal schemas are loaded first so the package's cache keeps their Decimal variant.
    """
    for v, mtype, action in sorted(_DECIMAL_SCHEMAS):
        if v == version:
            get_validator(mtype, action, version, parse_float=decimal.Decimal)
    for action in actions:
        for mtype in (CALL, CALL_RESULT):
            try:
                validator = get_validator(mtype, action, version)
            except (OSError, ValueError):
                continue
            if mtype == CALL and action in hot:
                _fast_validator(version, mtype, action, validator.schema)


def _default(obj: Any) -> Any:
    if isinstance(obj, decimal.Decimal):
        return float(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


# json.dumps builds a new encoder on every call that has options; every reply we send goes through this one
_ENCODER = json.JSONEncoder(separators=(",", ":"), default=_default, ensure_ascii=False)


def dumps(message: list[Any]) -> str:
    """Serialise a frame compactly (Decimals as numbers)."""
    return _ENCODER.encode(message)


# --- secrets in the message log ------------------------------------------------------------------------

HIDDEN = "(hidden)"
#: 1.6 configuration keys and 2.0.1 variables whose value is a secret (the charger's HTTP Basic password): never
#: kept in clear in the message log, the audit trail or configuration snapshots.
SECRET_KEYS_16 = frozenset({"AuthorizationKey"})
SECRET_VARIABLES_201 = frozenset({"BasicAuthPassword"})


def redact_secrets(action: str, text: str) -> str:
    """The frame as the message log keeps it: a charger password sent by the console (1.6 ChangeConfiguration
    AuthorizationKey, 2.0.1 SetVariables BasicAuthPassword) replaced by "(hidden)"; every other frame as is.
    Only those two actions are parsed, so the log's hot path does not pay for it."""
    if action not in ("ChangeConfiguration", "SetVariables"):
        return text
    try:
        msg = json.loads(text)
        payload = msg[3]
        if action == "ChangeConfiguration":
            if payload.get("key") not in SECRET_KEYS_16:
                return text
            payload["value"] = HIDDEN
        else:
            hidden = False
            for item in payload.get("setVariableData", ()):
                if (item.get("variable") or {}).get("name") in SECRET_VARIABLES_201:
                    item["attributeValue"] = HIDDEN
                    hidden = True
            if not hidden:
                return text
        return json.dumps(msg, separators=(",", ":"), ensure_ascii=False)
    except (ValueError, IndexError, TypeError, AttributeError):
        return text
