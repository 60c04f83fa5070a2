"""The charger's configuration: the OCPP 1.6 key set a real charger reports to GetConfiguration (read-only keys
included), the validation ChangeConfiguration applies, and the same settings under their OCPP 2.0.1 device model
names (component, variable) for GetVariables / SetVariables / GetBaseReport."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

AC_MEASURANDS = (
    "Energy.Active.Import.Register",
    "Power.Active.Import",
    "Power.Offered",
    "Current.Import",
    "Current.Offered",
    "Voltage",
    "Temperature",
)
DC_MEASURANDS = (*AC_MEASURANDS, "SoC")
# the answers of ChangeConfiguration (1.6) and their SetVariables (2.0.1) equivalents
ACCEPTED, REJECTED, REBOOT_REQUIRED, NOT_SUPPORTED = "Accepted", "Rejected", "RebootRequired", "NotSupported"
PROFILES = "Core,FirmwareManagement,LocalAuthListManagement,Reservation,SmartCharging,RemoteTrigger"


@dataclass(frozen=True)
class Key:
    name: str  # the 1.6 key
    kind: str  # int | bool | measurands | rotation | csl | str
    readonly: bool = False
    reboot: bool = False  # ChangeConfiguration answers RebootRequired (the value is used after the next boot)
    v201: tuple[str, str, str | None] | None = None  # (component, variable, variable instance) in 2.0.1
    max_length_key: str | None = None  # the key that bounds a comma-separated list
    minimum: int = 0
    unit: str | None = None  # 2.0.1 variableCharacteristics.unit


KEYS: tuple[Key, ...] = (
    Key("AllowOfflineTxForUnknownId", "bool", v201=("AuthCtrlr", "OfflineTxForUnknownIdEnabled", None)),
    Key("AuthorizationCacheEnabled", "bool", v201=("AuthCacheCtrlr", "Enabled", None)),
    Key("AuthorizeRemoteTxRequests", "bool", v201=("AuthCtrlr", "AuthorizeRemoteStart", None)),
    Key("ClockAlignedDataInterval", "int", v201=("AlignedDataCtrlr", "Interval", None), unit="s"),
    Key("ConnectionTimeOut", "int", v201=("TxCtrlr", "EVConnectionTimeOut", None), unit="s"),
    Key("ConnectorPhaseRotation", "rotation", max_length_key="ConnectorPhaseRotationMaxLength"),
    Key("ConnectorPhaseRotationMaxLength", "int", readonly=True),
    Key(
        "GetConfigurationMaxKeys",
        "int",
        readonly=True,
        v201=("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables"),
    ),
    Key("HeartbeatInterval", "int", v201=("OCPPCommCtrlr", "HeartbeatInterval", None), unit="s"),
    Key("LocalAuthorizeOffline", "bool", v201=("AuthCtrlr", "LocalAuthorizeOffline", None)),
    Key("LocalPreAuthorize", "bool", v201=("AuthCtrlr", "LocalPreAuthorize", None)),
    Key(
        "MeterValuesAlignedData",
        "measurands",
        max_length_key="MeterValuesAlignedDataMaxLength",
        v201=("AlignedDataCtrlr", "Measurands", None),
    ),
    Key("MeterValuesAlignedDataMaxLength", "int", readonly=True),
    Key(
        "MeterValuesSampledData",
        "measurands",
        max_length_key="MeterValuesSampledDataMaxLength",
        v201=("SampledDataCtrlr", "TxUpdatedMeasurands", None),
    ),
    Key("MeterValuesSampledDataMaxLength", "int", readonly=True),
    Key("MeterValueSampleInterval", "int", v201=("SampledDataCtrlr", "TxUpdatedInterval", None), unit="s"),
    Key("MinimumStatusDuration", "int"),
    Key("NumberOfConnectors", "int", readonly=True),
    Key("ResetRetries", "int", v201=("OCPPCommCtrlr", "ResetRetries", None)),
    Key("StopTransactionOnEVSideDisconnect", "bool", v201=("TxCtrlr", "StopTxOnEVSideDisconnect", None)),
    Key("StopTransactionOnInvalidId", "bool", v201=("TxCtrlr", "StopTxOnInvalidId", None)),
    Key(
        "StopTxnAlignedData",
        "measurands",
        max_length_key="StopTxnAlignedDataMaxLength",
        v201=("AlignedDataCtrlr", "TxEndedMeasurands", None),
    ),
    Key("StopTxnAlignedDataMaxLength", "int", readonly=True),
    Key(
        "StopTxnSampledData",
        "measurands",
        max_length_key="StopTxnSampledDataMaxLength",
        v201=("SampledDataCtrlr", "TxEndedMeasurands", None),
    ),
    Key("StopTxnSampledDataMaxLength", "int", readonly=True),
    Key("SupportedFeatureProfiles", "csl", readonly=True),
    Key("SupportedFeatureProfilesMaxLength", "int", readonly=True),
    Key(
        "TransactionMessageAttempts",
        "int",
        minimum=1,
        v201=("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"),
    ),
    Key(
        "TransactionMessageRetryInterval",
        "int",
        v201=("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent"),
        unit="s",
    ),
    Key("UnlockConnectorOnEVSideDisconnect", "bool"),
    Key(
        "WebSocketPingInterval",
        "int",
        reboot=True,
        v201=("OCPPCommCtrlr", "WebSocketPingInterval", None),
        unit="s",
    ),
    # LocalAuthListManagement
    Key("LocalAuthListEnabled", "bool", v201=("LocalAuthListCtrlr", "Enabled", None)),
    Key("LocalAuthListMaxLength", "int", readonly=True, v201=("LocalAuthListCtrlr", "Entries", None)),
    Key("SendLocalListMaxLength", "int", readonly=True, v201=("LocalAuthListCtrlr", "ItemsPerMessage", None)),
    # Reservation
    Key("ReserveConnectorZeroSupported", "bool", readonly=True),
    # SmartCharging
    Key(
        "ChargeProfileMaxStackLevel",
        "int",
        readonly=True,
        v201=("SmartChargingCtrlr", "ProfileStackLevel", None),
    ),
    Key(
        "ChargingScheduleAllowedChargingRateUnit",
        "csl",
        readonly=True,
        v201=("SmartChargingCtrlr", "RateUnit", None),
    ),
    Key(
        "ChargingScheduleMaxPeriods",
        "int",
        readonly=True,
        v201=("SmartChargingCtrlr", "PeriodsPerSchedule", None),
    ),
    Key(
        "ConnectorSwitch3to1PhaseSupported",
        "bool",
        readonly=True,
        v201=("SmartChargingCtrlr", "Phases3to1", None),
    ),
    Key("MaxChargingProfilesInstalled", "int", readonly=True, v201=("SmartChargingCtrlr", "Entries", None)),
)
BY_NAME = {k.name: k for k in KEYS}
BY_201 = {k.v201: k for k in KEYS if k.v201}
# 2.0.1 variables without a 1.6 key: (component, variable, instance) -> (value, mutability, data type)
EXTRA_201_READONLY = (
    ("ChargingStation", "Model", None),
    ("ChargingStation", "VendorName", None),
    ("SecurityCtrlr", "SecurityProfile", None),
    ("ChargingStation", "SupplyPhases", None),
)

# OCPP 1.6 Security Whitepaper: the HTTP Basic password, written (never read) as the hexadecimal representation of
# its 16 to 20 bytes; the charger uses it from its next connection.
AUTHORIZATION_KEY = "AuthorizationKey"
_HEX_KEY = re.compile(r"^(?:[0-9A-Fa-f]{2}){16,20}$")

_ROTATION = re.compile(r"^\d+\.(RST|RTS|SRT|STR|TRS|TSR|NotApplicable|Unknown)$")


def defaults(connectors: int, dc: bool) -> dict[str, str]:
    measured = "Energy.Active.Import.Register,Power.Active.Import,Current.Import,Voltage" + (
        ",SoC" if dc else ""
    )
    rotation = ",".join(f"{n}.{'NotApplicable' if dc else 'RST'}" for n in range(connectors + 1))
    return {
        "AllowOfflineTxForUnknownId": "false",
        "AuthorizationCacheEnabled": "true",
        "AuthorizeRemoteTxRequests": "false",
        "ClockAlignedDataInterval": "0",
        "ConnectionTimeOut": "60",
        "ConnectorPhaseRotation": rotation,
        "ConnectorPhaseRotationMaxLength": str(connectors + 1),
        "GetConfigurationMaxKeys": "64",
        "HeartbeatInterval": "300",
        "LocalAuthorizeOffline": "true",
        "LocalPreAuthorize": "false",
        "MeterValuesAlignedData": "Energy.Active.Import.Register",
        "MeterValuesAlignedDataMaxLength": "8",
        "MeterValuesSampledData": measured,
        "MeterValuesSampledDataMaxLength": "8",
        "MeterValueSampleInterval": "60",
        "MinimumStatusDuration": "0",
        "NumberOfConnectors": str(connectors),
        "ResetRetries": "3",
        "StopTransactionOnEVSideDisconnect": "true",
        "StopTransactionOnInvalidId": "true",
        "StopTxnAlignedData": "",
        "StopTxnAlignedDataMaxLength": "8",
        "StopTxnSampledData": "Energy.Active.Import.Register",
        "StopTxnSampledDataMaxLength": "8",
        "SupportedFeatureProfiles": PROFILES,
        "SupportedFeatureProfilesMaxLength": "6",
        "TransactionMessageAttempts": "3",
        "TransactionMessageRetryInterval": "60",
        "UnlockConnectorOnEVSideDisconnect": "true",
        "WebSocketPingInterval": "60",
        "LocalAuthListEnabled": "true",
        "LocalAuthListMaxLength": "1000",
        "SendLocalListMaxLength": "100",
        "ReserveConnectorZeroSupported": "false",
        "ChargeProfileMaxStackLevel": "10",
        "ChargingScheduleAllowedChargingRateUnit": "Current,Power",
        "ChargingScheduleMaxPeriods": "24",
        "ConnectorSwitch3to1PhaseSupported": "false",
        "MaxChargingProfilesInstalled": "10",
    }


class Configuration:
    """Values by 1.6 key name (strings, as on the wire)."""

    def __init__(self, connectors: int, dc: bool, overrides: dict[str, str] | None = None) -> None:
        self.dc = dc
        self.authorization_key: str | None = None  # set by ChangeConfiguration AuthorizationKey (decoded)
        self.values = defaults(connectors, dc)
        for name, value in (overrides or {}).items():
            key = BY_NAME.get(name)
            if key is None:
                raise ValueError(f"unknown configuration key {name!r}")
            if not self.valid(key, value):
                raise ValueError(f"{name}={value!r} is not a valid value")
            self.values[name] = self.normalised(key, value)

    # --- reading -------------------------------------------------------------------------------------

    def get(self, name: str) -> str:
        return self.values[name]

    def integer(self, name: str) -> int:
        try:
            return int(self.values[name])
        except ValueError:
            return 0

    def flag(self, name: str) -> bool:
        return self.values[name].strip().lower() == "true"

    def csl(self, name: str) -> list[str]:
        return [v.strip() for v in self.values[name].split(",") if v.strip()]

    def entries(self, keys: Iterable[str] | None = None) -> tuple[list[dict[str, object]], list[str]]:
        """GetConfiguration: (configurationKey entries, unknownKey)."""
        wanted = list(keys) if keys else [k.name for k in KEYS]
        found, unknown = [], []
        for name in wanted:
            key = BY_NAME.get(name)
            if name == AUTHORIZATION_KEY:  # write-only: known, never shown
                found.append({"key": name, "readonly": False})
            elif key is None:
                unknown.append(name)
            else:
                found.append({"key": name, "readonly": key.readonly, "value": self.values[name]})
        return found, unknown

    # --- changing ------------------------------------------------------------------------------------

    def change(self, name: str, value: str) -> str:
        """ChangeConfiguration: Accepted / RebootRequired / Rejected (read-only or a bad value) / NotSupported."""
        key = BY_NAME.get(name)
        if name == AUTHORIZATION_KEY:
            if not _HEX_KEY.match(value.strip()):
                return REJECTED  # not 32 to 40 hexadecimal characters
            try:
                self.authorization_key = bytes.fromhex(value.strip()).decode("ascii")
            except UnicodeDecodeError:
                return REJECTED
            return ACCEPTED
        if key is None:
            return NOT_SUPPORTED
        if key.readonly or not self.valid(key, value):
            return REJECTED
        self.values[name] = self.normalised(key, value)
        return REBOOT_REQUIRED if key.reboot else ACCEPTED

    def valid(self, key: Key, value: str) -> bool:
        text = value.strip()
        if key.kind == "int":
            return text.isdigit() and int(text) >= key.minimum
        if key.kind == "bool":
            return text.lower() in ("true", "false")
        items = [v.strip() for v in text.split(",") if v.strip()]
        if key.max_length_key and len(items) > self.integer(key.max_length_key):
            return False
        if key.kind == "measurands":
            allowed = DC_MEASURANDS if self.dc else AC_MEASURANDS
            return all(i in allowed for i in items)
        if key.kind == "rotation":
            return bool(items) and all(_ROTATION.match(i) for i in items)
        return True

    @staticmethod
    def normalised(key: Key, value: str) -> str:
        text = value.strip()
        if key.kind == "bool":
            return text.lower()
        if key.kind in ("measurands", "rotation", "csl"):
            return ",".join(v.strip() for v in text.split(",") if v.strip())
        return text


def data_type(key: Key) -> str:
    """The 2.0.1 dataType of a key."""
    return {"int": "integer", "bool": "boolean", "measurands": "MemberList", "csl": "MemberList"}.get(
        key.kind, "string"
    )
