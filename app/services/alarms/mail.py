"""Alarm e-mails through an SMTP relay on the LAN (issue #15). Headless: smtplib on a thread of its own.

The relay's settings are a site-wide setting (:data:`SMTP_KEY`: host, port, security "none" | "starttls", user,
sender) and each site's recipients another (:data:`RECIPIENTS_KEY`: site id → addresses), both in the ``settings``
table, saved by :class:`~app.services.alarms.service.AlarmsService` (audited). The relay's password, when it needs
one, is never in the database: like the console's PostgreSQL password it is a private file (0600) in the data
directory of the machine that sends (:func:`password_path`; the console's Alarms settings write it, on a `serve`
machine ``chargedesk alarms smtp-password`` does). The outcome of the last e-mail is :data:`STATUS_KEY`, shown on
the Alarms page. Sending never blocks the engine: each message is queued on the mailer's one thread.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
import ssl
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import config
from app.db import Database
from app.models import Setting, Site
from app.services.alarms import rules as R
from app.services.i18n import LANGUAGES, language, translate
from app.services.transfer.private_files import write_private_text

if TYPE_CHECKING:
    from app.services.alarms.engine import ActiveAlarm

log = logging.getLogger(__name__)

SMTP_KEY = "alarms.smtp"
RECIPIENTS_KEY = "alarms.recipients"
STATUS_KEY = "alarms.mail_status"
SECURITIES = ("none", "starttls")
TIMEOUT_S = 15.0


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 25
    security: str = "starttls"  # none | starttls
    username: str = ""
    sender: str = ""
    language: str = "en"  # the e-mails' language (de, fr, it, en): the recipients', whoever raises the alarm

    @property
    def configured(self) -> bool:
        return bool(self.host and self.sender)

    @classmethod
    def from_value(cls, value: Any) -> SmtpSettings:
        if not isinstance(value, dict):
            return cls()
        known = {
            k: value[k] for k in ("host", "port", "security", "username", "sender", "language") if k in value
        }
        return cls(**known)

    def as_value(self) -> dict[str, Any]:
        return asdict(self)


def check_smtp(settings: SmtpSettings) -> str | None:
    """Why ``settings`` cannot be saved, as the operator reads it, or None. An empty host: no e-mail."""
    if not settings.host:
        return None
    if not 0 < settings.port < 65536:
        return translate("AlarmMail", "The port must be between 1 and 65535.")
    if settings.security not in SECURITIES:
        return translate("AlarmMail", "Choose the security: none or STARTTLS.")
    if "@" not in settings.sender:
        return translate("AlarmMail", "The sender must be an e-mail address.")
    if settings.language not in LANGUAGES:
        return translate("AlarmMail", "Choose the e-mails' language: de, fr, it or en.")
    return None


def check_addresses(addresses: Sequence[str]) -> str | None:
    bad = [a for a in addresses if "@" not in a or any(c.isspace() for c in a)]
    if not bad:
        return None
    return translate("AlarmMail", "Not an e-mail address: {addresses}").format(addresses=", ".join(bad))


def password_path(data_dir: Path | None = None) -> Path:
    """The relay's password file (0600) in this machine's data directory."""
    return (data_dir or config.data_dir()) / "smtp-password"


def read_password(data_dir: Path | None = None) -> str:
    try:
        return password_path(data_dir).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def write_password(password: str, data_dir: Path | None = None) -> None:
    """Store the relay's password (an empty one removes the file)."""
    path = password_path(data_dir)
    if not password:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private_text(path, password + "\n")


def send_mail(
    settings: SmtpSettings, password: str, recipients: Sequence[str], subject: str, body: str
) -> None:
    """Send one plain-text message; raises ``OSError`` / ``smtplib.SMTPException`` with the relay's reason."""
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = subject
    msg["Date"] = dt.datetime.now(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    msg.set_content(body)
    with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S) as smtp:
        if settings.security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        if settings.username:
            smtp.login(settings.username, password)
        smtp.send_message(msg, to_addrs=list(recipients))


def alarm_message(alarm: ActiveAlarm, site_name: str, *, cleared: bool, lang: str = "en") -> tuple[str, str]:
    """The subject and body of an alarm's e-mail in ``lang`` (the relay's setting: the recipients' language,
    whichever process raised the alarm)."""
    with language(lang):
        text = alarm.shown
        severity = translate("AlarmRules", R.SEVERITY_LABELS.get(alarm.severity, alarm.severity))
        if cleared:
            subject = translate("AlarmMail", "[ChargeDesk] cleared: {text}").format(text=text)
            head = translate("AlarmMail", "Alarm cleared at {site}:")
        else:
            subject = translate("AlarmMail", "[ChargeDesk {severity}] {text}").format(
                severity=severity, text=text
            )
            head = translate("AlarmMail", "Alarm raised at {site}:")
        where = site_name or translate("AlarmMail", "the central system")
        lines = [
            head.format(site=where),
            "",
            text,
            "",
            translate("AlarmMail", "Kind: {kind}").format(
                kind=translate("AlarmRules", R.KIND_LABELS.get(alarm.kind, alarm.kind))
            ),
            translate("AlarmMail", "Severity: {severity}").format(severity=severity),
            translate("AlarmMail", "Raised: {time} UTC").format(time=f"{alarm.raised_at:%Y-%m-%d %H:%M:%S}"),
        ]
        if alarm.cp_id:
            lines.append(translate("AlarmMail", "Charge point: {cp}").format(cp=alarm.cp_id))
        if cleared:
            now = dt.datetime.now(dt.UTC)
            lines.append(
                translate("AlarmMail", "Cleared: {time} UTC").format(time=f"{now:%Y-%m-%d %H:%M:%S}")
            )
    return subject[:200], "\n".join(lines) + "\n"


def read_mail_setup(s: Session, site_id: int | None) -> tuple[SmtpSettings, list[str], str]:
    """The relay, the recipients for ``site_id`` (None: every site's, for what belongs to no site) and the site's
    name."""
    rows = s.execute(select(Setting.key, Setting.value).where(Setting.key.in_((SMTP_KEY, RECIPIENTS_KEY))))
    values: dict[str, Any] = {key: value for key, value in rows}
    smtp = SmtpSettings.from_value(values.get(SMTP_KEY))
    by_site = values.get(RECIPIENTS_KEY) or {}
    if site_id is None:
        recipients = sorted({a for addresses in by_site.values() for a in addresses})
        name = ""
    else:
        recipients = list(by_site.get(str(site_id), []))
        name = s.scalar(select(Site.name).where(Site.id == site_id)) or ""
    return smtp, recipients, name


def record_status(s: Session, ok: bool, detail: str) -> None:
    """The last e-mail's outcome (runtime state, not audited)."""
    value = {"ok": ok, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "detail": detail[:300]}
    if s.execute(update(Setting).where(Setting.key == STATUS_KEY).values(value=value)).rowcount == 0:  # type: ignore[attr-defined]
        s.add(Setting(key=STATUS_KEY, value=value))


class AlarmMailer:
    """Sends the engine's alarm e-mails on its own thread (see the module)."""

    def __init__(self, database: Database, data_dir: Path | None = None) -> None:
        self.database = database
        self.data_dir = data_dir
        self._pool: ThreadPoolExecutor | None = None

    def send(self, alarm: ActiveAlarm, *, cleared: bool) -> Future[bool]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alarm-mail")
        return self._pool.submit(self._send, alarm, cleared)

    def _send(self, alarm: ActiveAlarm, cleared: bool) -> bool:
        try:
            with self.database.sessionmaker() as s:
                smtp, recipients, site_name = read_mail_setup(s, alarm.site_id)
        except Exception as e:
            log.warning("alarm e-mail not sent (database unavailable): %s", e)
            return False
        if not smtp.configured or not recipients:
            return False
        subject, body = alarm_message(alarm, site_name, cleared=cleared, lang=smtp.language)
        try:
            send_mail(smtp, read_password(self.data_dir), recipients, subject, body)
        except (OSError, smtplib.SMTPException) as e:
            detail = f"to {', '.join(recipients)} through {smtp.host}:{smtp.port}: {e}"
            log.warning("alarm e-mail failed %s", detail)
            self._record(False, detail)
            return False
        self._record(True, f"to {', '.join(recipients)}: {subject}")
        return True

    def _record(self, ok: bool, detail: str) -> None:
        try:
            with self.database.session() as s:
                record_status(s, ok, detail)
        except Exception as e:  # the database went away meanwhile: the log says it
            log.warning("alarm e-mail status not stored: %s", e)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


__all__ = [
    "RECIPIENTS_KEY",
    "SMTP_KEY",
    "STATUS_KEY",
    "AlarmMailer",
    "SmtpSettings",
    "alarm_message",
    "check_addresses",
    "check_smtp",
    "password_path",
    "read_mail_setup",
    "read_password",
    "send_mail",
    "write_password",
]
