"""The alarm kinds, their default rules and how the operator reads them. Pure: no database."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.i18n import QT_TRANSLATE_NOOP, translate

OFFLINE = "offline"
FAULTED = "faulted"
SESSION = "session"
REFUSED = "refused"
DATABASE = "database"
CERTIFICATE = "certificate"
SECURITY = "security"  # a charger's critical security event (OCPP 1.6 security extension, 2.0.1)
CHARGER_EVENT = "charger_event"  # a 2.0.1 charger's monitor alerting (NotifyEvent), until its cleared event
CHARGER_CERTIFICATE = "charger_certificate"  # a charger's own certificate (signed by the site's CA) expiring

KINDS = (
    OFFLINE,
    FAULTED,
    SESSION,
    REFUSED,
    DATABASE,
    CERTIFICATE,
    CHARGER_CERTIFICATE,
    SECURITY,
    CHARGER_EVENT,
)
SEVERITIES = ("info", "warning", "critical")
EXPIRED_SEVERITY = "critical"  # a certificate's alarm once it has expired, whatever the rule's severity


@dataclass(frozen=True)
class RuleSpec:
    """One site's rule for ``kind``: ``threshold`` in the kind's unit (None: the kind has none), ``window_min`` (the
    refused cards' window)."""

    kind: str
    enabled: bool = True
    threshold: float | None = None
    window_min: float | None = None
    severity: str = "warning"
    email: bool = False
    revision: int = 0  # 0: not stored yet (a default)


#: a site's rules until an operator changes them: offline 15 min as eCarUp does, Faulted, session 12 h, 5 refusals
#: in 10 min, the database away 30 s, a certificate (the LAN's, the site's CA) or a charger's own certificate
#: expiring within 30 days, a charger's critical security event
DEFAULT_RULES: dict[str, RuleSpec] = {
    OFFLINE: RuleSpec(OFFLINE, threshold=15.0, severity="warning"),
    FAULTED: RuleSpec(FAULTED, severity="critical"),
    SESSION: RuleSpec(SESSION, threshold=12.0, severity="info"),
    REFUSED: RuleSpec(REFUSED, threshold=5.0, window_min=10.0, severity="warning"),
    DATABASE: RuleSpec(DATABASE, threshold=30.0, severity="critical"),
    CERTIFICATE: RuleSpec(CERTIFICATE, threshold=30.0, severity="warning"),
    CHARGER_CERTIFICATE: RuleSpec(CHARGER_CERTIFICATE, threshold=30.0, severity="warning"),
    SECURITY: RuleSpec(SECURITY, severity="warning"),
    CHARGER_EVENT: RuleSpec(CHARGER_EVENT, severity="warning"),
}

#: the kind's name and its threshold's unit, as the rules editor shows them
KIND_LABELS = {
    OFFLINE: QT_TRANSLATE_NOOP("AlarmRules", "Station offline"),
    FAULTED: QT_TRANSLATE_NOOP("AlarmRules", "Connector Faulted"),
    SESSION: QT_TRANSLATE_NOOP("AlarmRules", "Long session"),
    REFUSED: QT_TRANSLATE_NOOP("AlarmRules", "Refused cards"),
    DATABASE: QT_TRANSLATE_NOOP("AlarmRules", "Database unavailable"),
    CERTIFICATE: QT_TRANSLATE_NOOP("AlarmRules", "Certificate expiring"),
    CHARGER_CERTIFICATE: QT_TRANSLATE_NOOP("AlarmRules", "Charger certificate expiring"),
    SECURITY: QT_TRANSLATE_NOOP("AlarmRules", "Critical security event"),
    CHARGER_EVENT: QT_TRANSLATE_NOOP("AlarmRules", "Charger monitor alerting"),
}
THRESHOLD_UNITS = {
    OFFLINE: QT_TRANSLATE_NOOP("AlarmRules", "minutes"),
    SESSION: QT_TRANSLATE_NOOP("AlarmRules", "hours"),
    REFUSED: QT_TRANSLATE_NOOP("AlarmRules", "refusals"),
    DATABASE: QT_TRANSLATE_NOOP("AlarmRules", "seconds"),
    CERTIFICATE: QT_TRANSLATE_NOOP("AlarmRules", "days"),
    CHARGER_CERTIFICATE: QT_TRANSLATE_NOOP("AlarmRules", "days"),
}
SEVERITY_LABELS = {
    "info": QT_TRANSLATE_NOOP("AlarmRules", "Info"),
    "warning": QT_TRANSLATE_NOOP("AlarmRules", "Warning"),
    "critical": QT_TRANSLATE_NOOP("AlarmRules", "Critical"),
}


def check_rule(rule: RuleSpec) -> str | None:
    """Why ``rule`` cannot be saved, as the operator reads it, or None."""
    if rule.kind not in KINDS:
        return translate("AlarmRules", "Unknown alarm kind {kind}.").format(kind=rule.kind)
    if rule.severity not in SEVERITIES:
        return translate("AlarmRules", "Choose a severity: info, warning or critical.")
    if rule.kind in THRESHOLD_UNITS and (rule.threshold is None or not 0 < rule.threshold <= 100_000):
        return translate("AlarmRules", "The threshold must be a number above 0.")
    if rule.kind == REFUSED and (rule.window_min is None or not 0 < rule.window_min <= 100_000):
        return translate("AlarmRules", "The window must be a number of minutes above 0.")
    return None
