"""The Alarms page's and ``chargedesk alarms``' boundary: alarms listed and acknowledged, each site's rules, the
e-mail relay. One method per intention; every change checks the operator's permission first and is audited.

Reading is everyone's. Acknowledging needs :attr:`Permission.ACKNOWLEDGE_ALARMS` (technicians and managers);
the rules and the e-mail relay :attr:`Permission.MANAGE_SETTINGS` (managers).
"""

from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Alarm, AlarmRule, Site, utcnow
from app.services.admin.audit import audit
from app.services.admin.site_settings import read_setting, save_setting
from app.services.alarms import mail
from app.services.alarms import rules as R
from app.services.alarms.events import alarm_text
from app.services.i18n import language, translate
from app.services.revisions import EditConflict, claim
from app.services.roles import Permission
from app.services.store import Store
from app.services.validation import FormError

ACTIVE, UNACKNOWLEDGED, ALL = "active", "unacknowledged", "all"
STATES = (ACTIVE, UNACKNOWLEDGED, ALL)


@dataclass(frozen=True)
class AlarmRow:
    """One alarm as the page and the CLI show it (times UTC)."""

    id: int
    site_id: int | None
    site_name: str
    cp_id: str
    connector_id: int | None
    kind: str
    severity: str
    text: str
    raised_at: dt.datetime
    cleared_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    acknowledged_by: str
    count: int
    last_at: dt.datetime

    @property
    def active(self) -> bool:
        return self.cleared_at is None


@dataclass(frozen=True)
class MailSetup:
    """The e-mail relay (its setting's revision), each site's recipients, whether a password is stored on this
    machine, and the last e-mail's outcome (None: none sent yet)."""

    smtp: mail.SmtpSettings
    smtp_revision: int
    recipients: dict[int, list[str]]
    recipients_revision: int
    has_password: bool
    status: dict[str, Any] | None


class AlarmsService:
    def __init__(self, store: Store) -> None:
        self.store = store

    # --- alarms ------------------------------------------------------------------------------------------------

    def alarms(self, *, site_id: int | None = None, state: str = ALL, limit: int = 500) -> list[AlarmRow]:
        """Active alarms first, then the newest; ``state``: active | unacknowledged | all."""
        return self.store.read(lambda s: _alarms(s, site_id, state, limit))

    def unacknowledged(self) -> int:
        """How many alarms nobody acknowledged (the bell's count)."""
        return self.store.read(
            lambda s: int(s.scalar(select(func.count(Alarm.id)).where(Alarm.acknowledged_at.is_(None))) or 0)
        )

    def acknowledge(self, ids: list[int] | None = None, *, site_id: int | None = None) -> int:
        """Acknowledge the alarms ``ids`` (None: every unacknowledged one, of ``site_id`` when given) in the
        operator's name; returns how many. Audited."""
        principal = self.store.require(Permission.ACKNOWLEDGE_ALARMS)

        def work(s: Session) -> int:
            q = select(Alarm.id).where(Alarm.acknowledged_at.is_(None))
            if ids is not None:
                q = q.where(Alarm.id.in_(ids))
            if site_id is not None:
                q = q.where(Alarm.site_id == site_id)
            found = list(s.scalars(q))
            if not found:
                return 0
            s.execute(
                update(Alarm)
                .where(Alarm.id.in_(found))
                .values(acknowledged_at=utcnow(), acknowledged_by=principal.username[:120])
            )
            for alarm_id in found:
                audit(s, entity="alarm", entity_id=alarm_id, action="acknowledge", actor=principal)
            return len(found)

        return self.store.write(work)

    # --- rules -----------------------------------------------------------------------------------------------

    def sites(self) -> list[tuple[int, str]]:
        return self.store.read(
            lambda s: [(i, n) for i, n in s.execute(select(Site.id, Site.name).order_by(Site.name))]
        )

    def rules(self, site_id: int) -> list[R.RuleSpec]:
        """The site's rule of every kind (a default, revision 0, where none is stored)."""
        return self.store.read(lambda s: _rules(s, site_id))

    def save_rules(self, site_id: int, rules: list[R.RuleSpec]) -> list[R.RuleSpec]:
        """Store the site's rules against their revisions; :class:`FormError` (kind → message) for a bad one,
        :class:`EditConflict` when another operator saved one since (nothing written)."""
        principal = self.store.require(Permission.MANAGE_SETTINGS)
        problems = {r.kind: p for r in rules if (p := R.check_rule(r))}
        if problems:
            raise FormError(problems)

        def work(s: Session) -> list[R.RuleSpec]:
            stored = {r.kind: r for r in s.scalars(select(AlarmRule).where(AlarmRule.site_id == site_id))}
            for rule in rules:
                row = stored.get(rule.kind)
                values = {
                    "enabled": rule.enabled,
                    "threshold": rule.threshold,
                    "window_min": rule.window_min,
                    "severity": rule.severity,
                    "email": rule.email,
                }
                before = R.DEFAULT_RULES[rule.kind] if row is None else _spec(row)
                if _same(before, rule):
                    continue
                if row is None:
                    if rule.revision:
                        raise EditConflict(f"alarm rule {rule.kind}", "alarm_rule", revision=None)
                    try:
                        with s.begin_nested():
                            s.add(AlarmRule(site_id=site_id, kind=rule.kind, **values))
                    except IntegrityError as exc:
                        raise EditConflict(f"alarm rule {rule.kind}", "alarm_rule", revision=None) from exc
                else:
                    if not claim(s, AlarmRule.__table__, row.id, rule.revision):
                        raise EditConflict(f"alarm rule {rule.kind}", "alarm_rule", revision=row.revision)
                    s.execute(update(AlarmRule).where(AlarmRule.id == row.id).values(**values))
                audit(
                    s,
                    entity="alarm_rule",
                    entity_id=f"{site_id}:{rule.kind}",
                    action="update",
                    actor=principal,
                    changes={"before": _as_dict(before), "after": _as_dict(rule)},
                )
            s.flush()
            s.expire_all()
            return _rules(s, site_id)

        return self.store.write(work)

    # --- e-mail ----------------------------------------------------------------------------------------------

    def mail_setup(self) -> MailSetup:
        def work(s: Session) -> MailSetup:
            smtp = read_setting(s, mail.SMTP_KEY, {})
            rec = read_setting(s, mail.RECIPIENTS_KEY, {})
            status = read_setting(s, mail.STATUS_KEY, None).value
            return MailSetup(
                mail.SmtpSettings.from_value(smtp.value),
                smtp.revision,
                {int(k): list(v) for k, v in (rec.value or {}).items()},
                rec.revision,
                bool(mail.read_password()),
                status if isinstance(status, dict) else None,
            )

        return self.store.read(work)

    def save_mail(
        self,
        loaded: MailSetup,
        smtp: mail.SmtpSettings,
        recipients: dict[int, list[str]],
        password: str | None = None,
    ) -> MailSetup:
        """Store the relay and the recipients against the revisions ``loaded`` was read with; ``password``: None
        keeps the stored one, "" removes it. :class:`FormError` for bad values (field → message)."""
        self.store.require(Permission.MANAGE_SETTINGS)
        problems: dict[str, str] = {}
        if p := mail.check_smtp(smtp):
            problems["smtp"] = p
        for site, addresses in recipients.items():
            if p := mail.check_addresses(addresses):
                problems[f"recipients:{site}"] = p
        if problems:
            raise FormError(problems)
        principal = self.store.principal

        def work(s: Session) -> None:
            if smtp != loaded.smtp:
                save_setting(
                    s, mail.SMTP_KEY, smtp.as_value(), revision=loaded.smtp_revision, actor=principal
                )
            if recipients != loaded.recipients:
                value = {str(k): v for k, v in sorted(recipients.items()) if v}
                save_setting(
                    s, mail.RECIPIENTS_KEY, value, revision=loaded.recipients_revision, actor=principal
                )

        self.store.write(work)
        if password is not None:
            mail.write_password(password)
        return self.mail_setup()

    def send_test(self, site_id: int) -> str:
        """Send a test e-mail to ``site_id``'s recipients now (slow: call it off the GUI thread). Returns what was
        done; raises :class:`MailFailed` with the relay's reason."""
        smtp, recipients, name = self.store.read(lambda s: mail.read_mail_setup(s, site_id))
        if not smtp.configured:
            raise MailFailed(translate("AlarmMail", "No SMTP relay is set up (host and sender)."))
        if not recipients:
            raise MailFailed(translate("AlarmMail", "The site {site} has no recipients.").format(site=name))
        with language(smtp.language):  # in the recipients' language, as the alarms will be
            subject = translate("AlarmMail", "[ChargeDesk] test e-mail for {site}").format(site=name)
            body = translate("AlarmMail", "This is a test e-mail of ChargeDesk's alarms for the site {site}.")
        try:
            mail.send_mail(smtp, mail.read_password(), recipients, subject, body.format(site=name) + "\n")
        except (OSError, smtplib.SMTPException) as e:
            raise MailFailed(
                translate("AlarmMail", "The test e-mail through {host}:{port} failed: {error}").format(
                    host=smtp.host, port=smtp.port, error=e
                )
            ) from e
        return translate("AlarmMail", "Test e-mail sent to {recipients}.").format(
            recipients=", ".join(recipients)
        )


class MailFailed(Exception):
    """An e-mail could not be sent; ``str(e)`` says why, for the operator."""


def _alarms(s: Session, site_id: int | None, state: str, limit: int) -> list[AlarmRow]:
    q = select(Alarm, Site.name).outerjoin(Site, Site.id == Alarm.site_id)
    if site_id is not None:
        q = q.where(Alarm.site_id == site_id)
    if state == ACTIVE:
        q = q.where(Alarm.cleared_at.is_(None))
    elif state == UNACKNOWLEDGED:
        q = q.where(Alarm.acknowledged_at.is_(None))
    q = q.order_by(Alarm.cleared_at.is_not(None), Alarm.raised_at.desc(), Alarm.id.desc()).limit(limit)
    return [
        AlarmRow(
            a.id,
            a.site_id,
            name or "",
            a.charge_point_id,
            a.connector_id,
            a.kind,
            a.severity,
            alarm_text(a.text, a.message),
            a.raised_at,
            a.cleared_at,
            a.acknowledged_at,
            a.acknowledged_by,
            a.count,
            a.last_at,
        )
        for a, name in s.execute(q)
    ]


def _spec(row: AlarmRule) -> R.RuleSpec:
    return R.RuleSpec(
        row.kind, row.enabled, row.threshold, row.window_min, row.severity, row.email, row.revision
    )


def _rules(s: Session, site_id: int) -> list[R.RuleSpec]:
    stored = {r.kind: _spec(r) for r in s.scalars(select(AlarmRule).where(AlarmRule.site_id == site_id))}
    return [stored.get(kind, R.DEFAULT_RULES[kind]) for kind in R.KINDS]


def _same(a: R.RuleSpec, b: R.RuleSpec) -> bool:
    return replace(a, revision=0) == replace(b, revision=0)


def _as_dict(rule: R.RuleSpec) -> dict[str, Any]:
    return {
        "enabled": rule.enabled,
        "threshold": rule.threshold,
        "window_min": rule.window_min,
        "severity": rule.severity,
        "email": rule.email,
    }


__all__ = [
    "ACTIVE",
    "ALL",
    "STATES",
    "UNACKNOWLEDGED",
    "AlarmRow",
    "AlarmsService",
    "MailFailed",
    "MailSetup",
]
