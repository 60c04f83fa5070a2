"""The alarm engine: the central system's events and a timer in, alarms out (issue #15). Headless, no Qt.

:class:`AlarmEngine` is owned and started by :class:`~app.services.central.system.CentralSystem`, so whoever holds
the central system raises alarms (``chargedesk serve``, or the console that hosts); an attached console raises
none, it shows the host's (the ``alarms`` table, and :class:`~.events.AlarmChanged` over the site bus).

* **Conditions.** Each is a key ("offline:HALL-1", "faulted:HALL-1:2"): a charger disconnected longer than its
  site's threshold (from ChargerDisconnected, or the ``chargers`` row at start: not online since ``last_seen``),
  a connector reporting Faulted (ConnectorFaulted, with its error code; cleared by its next other status), a
  session running longer than N hours (the open ``sessions`` rows), M refused cards at a charger within N minutes
  (CardRefused: the engine listens to these narrow events, never to StatusChanged or AuthorizationDecided, so a
  host nobody is attached to still builds no event per status or card),
  the database unreachable for N seconds (the store writer's own probe at every tick: a write that fails),
  a certificate expiring within N days (the TLS certificate in use, the LAN certificate of ``chargedesk certs
  create`` and the site's local CA of ``chargedesk certs ca``; critical once expired), a charger's own certificate
  expiring within its site's N days (as the host's daily check read it: ``certificate_watch``; critical once
  expired, cleared when a renewed one is accepted), a charger's critical security event (SecurityEventReceived
  of a type the OCPP 1.6 Security Whitepaper / 2.0.1 call critical; cleared after a day without it), and a 2.0.1
  monitor alerting (ChargerEventReceived with ``problem``; cleared by its cleared event).
* **Once per condition.** While a key is active a repeat only counts (``count``, ``last_at``); the end of the
  condition clears it (``cleared_at``), the row stays as history. At start the engine takes up the active rows, so
  a restart raises nothing twice.
* **Stored through the writer**, in order; while the database is away the writes wait in memory and go when it is
  back (so the database alarm itself is stored once the database returns, raised and cleared).
* **Published** as :class:`~.events.AlarmChanged` on the central system's bus, and e-mailed (:mod:`.mail`) when
  the site's rule says so, off the loop; a failed e-mail is logged and shown in the console, never blocking.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import datetime as dt
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import config
from app.models import Alarm, AlarmRule, Charger, ChargingSession, SessionStatus, Station, utcnow
from app.ocpp.events import (
    BootReceived,
    CardRefused,
    ChargerConnected,
    ChargerDisconnected,
    ChargerEventReceived,
    ConnectorFaulted,
    Event,
    SecurityEventReceived,
)
from app.ocpp.security import CertificateError, certificate_expires
from app.ocpp.values import CRITICAL_SECURITY_EVENTS
from app.services.alarms import rules as R
from app.services.alarms.events import AlarmChanged, alarm_text
from app.services.central.writer import StoreUnavailable
from app.services.i18n import QT_TRANSLATE_NOOP
from app.services.texts import Text

if TYPE_CHECKING:
    from app.services.alarms.mail import AlarmMailer
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)

TICK_S = 10.0  # the timer: time-based conditions, the database probe, rules read again
PROBE_TIMEOUT_S = 5.0  # a probe of the database not answered within this is "unavailable"
CERT_CHECK_S = 3600.0  # certificates are read at most this often
SECURITY_QUIET = dt.timedelta(
    hours=24
)  # a security event's alarm is cleared when it did not come again for this


@dataclass
class ActiveAlarm:
    """An alarm raised and not cleared, as the engine holds it (``id`` None until its insert is written)."""

    key: str
    kind: str
    site_id: int | None
    cp_id: str
    connector_id: int | None
    severity: str
    text: str  # in English (the CLI, the log, the e-mail's fallback); shown through ``message``
    raised_at: dt.datetime
    count: int = 1
    last_at: dt.datetime = field(default_factory=utcnow)
    id: int | None = None
    message: dict[str, Any] | None = None  # {"text": source template, "args": {...}}: translated where shown

    @property
    def shown(self) -> str:
        """The text in the reader's language (see :func:`alarm_text`)."""
        return alarm_text(self.text, self.message)


@dataclass
class _Snapshot:
    """What the engine reads from the database at each tick (kept while the database is away)."""

    rules: dict[int, dict[str, R.RuleSpec]] = field(default_factory=dict)  # site -> kind -> rule
    site_of: dict[str, int] = field(default_factory=dict)  # charge point id -> site
    sites: list[int] = field(default_factory=list)
    long_sessions: list[tuple[str, int, int, dt.datetime]] = field(
        default_factory=list
    )  # cp, conn, tx, start


class AlarmEngine:
    """See the module. ``clock`` gives now (UTC): tests move it instead of waiting."""

    def __init__(
        self,
        cs: CentralSystem,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        tick_s: float = TICK_S,
        mailer: AlarmMailer | None = None,
    ) -> None:
        self.cs = cs
        self.now = clock or utcnow
        self.tick_s = tick_s
        self.mailer = mailer
        self.active: dict[str, ActiveAlarm] = {}
        self.snapshot = _Snapshot()
        self._offline_since: dict[str, dt.datetime] = {}
        self._refusals: dict[str, collections.deque[dt.datetime]] = {}
        self._db_down_since: dt.datetime | None = None
        self._certs: dict[str, dt.datetime] = {}  # path -> notAfter
        self._certs_read_at: dt.datetime | None = None
        self._writes: collections.deque[tuple[Callable[[Session], Any], Callable[[], None] | None]] = (
            collections.deque()
        )
        self._flushing: asyncio.Task[None] | None = None
        self._loop_task: asyncio.Task[None] | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._tick_lock = asyncio.Lock()

    # --- life cycle ----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Take up the active alarms and offline chargers from the database, listen, start the timer."""
        try:
            rows, offline = await self.cs.store.run(_load_state)
            self.snapshot = await self.cs.store.run(lambda s: _read_snapshot(s, self.snapshot))
        except StoreUnavailable:
            rows, offline = [], []
        for a in rows:
            self.active[a.key] = a
        now = self.now()
        for cp_id, last_seen in offline:
            self._offline_since.setdefault(cp_id, last_seen or now)
        self._unsubscribe = self.cs.bus.subscribe(
            self._on_event,
            ChargerConnected,
            ChargerDisconnected,
            BootReceived,
            ConnectorFaulted,
            CardRefused,
            SecurityEventReceived,
            ChargerEventReceived,
        )
        if self.tick_s > 0:
            self._loop_task = asyncio.get_running_loop().create_task(self._timer(), name="alarm-engine")

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for task in (self._loop_task, self._flushing):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
        self._loop_task = self._flushing = None
        with contextlib.suppress(StoreUnavailable):
            await self._flush()
        if self.mailer is not None:
            self.mailer.close()

    async def _timer(self) -> None:
        while True:
            await asyncio.sleep(self.tick_s)
            try:
                await self.tick()
            except Exception:
                log.exception("alarm engine tick failed")

    # --- events --------------------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        now = self.now()
        cp = event.cp_id
        if isinstance(event, ChargerConnected | BootReceived):
            self._offline_since.pop(cp, None)
            self._clear(f"{R.OFFLINE}:{cp}")
        elif isinstance(event, ChargerDisconnected):
            self._offline_since[cp] = now
        elif isinstance(event, ConnectorFaulted):
            self._status(event)
        elif isinstance(event, CardRefused):
            self._refused(cp, now)
        elif isinstance(event, SecurityEventReceived):
            self._security(event)
        elif isinstance(event, ChargerEventReceived):
            self._charger_event(event)

    def _charger_event(self, event: ChargerEventReceived) -> None:
        """A 2.0.1 monitor alerting (an Alerting event of a monitor, severity Error or worse or unknown, not
        cleared): one alarm per charger and monitor (or component/variable), cleared by the matching cleared
        event."""
        cp = event.cp_id
        key = f"{R.CHARGER_EVENT}:{cp}:{event.monitor_id if event.monitor_id is not None else event.where}"[
            :160
        ]
        if event.cleared:
            self._clear(key)
            return
        if not event.problem:
            return
        site = self.snapshot.site_of.get(cp)
        rule = self._rule(site, R.CHARGER_EVENT)
        if rule is None or not rule.enabled:
            return
        message = Text(
            QT_TRANSLATE_NOOP("AlarmEngine", "{cp}: {where} = {value} ({kind})"),
            cp=cp,
            where=event.where,
            value=event.actual_value[:100],
            kind=event.notification,
        )
        self._raise(key, rule, site, cp, event.evse_id, message)

    def _security(self, event: SecurityEventReceived) -> None:
        """A critical security event (the whitepaper's and 2.0.1's list): one alarm per charger and event type,
        repeats counted, cleared after :data:`SECURITY_QUIET` without one."""
        if event.event_type not in CRITICAL_SECURITY_EVENTS:
            return
        cp = event.cp_id
        site = self.snapshot.site_of.get(cp)
        rule = self._rule(site, R.SECURITY)
        if rule is None or not rule.enabled:
            return
        if event.tech_info:
            message = Text(
                QT_TRANSLATE_NOOP("AlarmEngine", "{cp}: security event {event} ({info})"),
                cp=cp,
                event=event.event_type,
                info=event.tech_info,
            )
        else:
            message = Text(
                QT_TRANSLATE_NOOP("AlarmEngine", "{cp}: security event {event}"),
                cp=cp,
                event=event.event_type,
            )
        self._raise(f"{R.SECURITY}:{cp}:{event.event_type}"[:160], rule, site, cp, None, message)

    def _security_quiet(self, now: dt.datetime) -> None:
        for key in [k for k, a in self.active.items() if a.kind == R.SECURITY]:
            if now - self.active[key].last_at >= SECURITY_QUIET:
                self._clear(key)

    def _status(self, event: ConnectorFaulted) -> None:
        cp, conn = event.cp_id, event.connector_id
        key = f"{R.FAULTED}:{cp}:{conn}"
        if not event.faulted:
            self._clear(key)
            return
        site = self.snapshot.site_of.get(cp)
        rule = self._rule(site, R.FAULTED)
        if rule is None or not rule.enabled:
            return
        code = event.error_code or "NoError"
        if event.vendor_error_code:
            code = f"{code} ({event.vendor_error_code})"
        if conn:
            message = Text(
                QT_TRANSLATE_NOOP("AlarmEngine", "{cp}: connector {connector} is Faulted ({code})"),
                cp=cp,
                connector=conn,
                code=code,
            )
        else:
            message = Text(QT_TRANSLATE_NOOP("AlarmEngine", "{cp} is Faulted ({code})"), cp=cp, code=code)
        self._raise(key, rule, site, cp, conn, message)

    def _refused(self, cp: str, now: dt.datetime) -> None:
        site = self.snapshot.site_of.get(cp)
        rule = self._rule(site, R.REFUSED)
        if rule is None or not rule.enabled or rule.threshold is None or rule.window_min is None:
            return
        times = self._refusals.setdefault(cp, collections.deque())
        times.append(now)
        self._forget_refusals(cp, rule, now)
        if len(times) >= rule.threshold:
            message = Text(
                QT_TRANSLATE_NOOP("AlarmEngine", "{cp}: {count} refused cards within {minutes} minutes"),
                cp=cp,
                count=len(times),
                minutes=_number(rule.window_min),
            )
            self._raise(f"{R.REFUSED}:{cp}", rule, site, cp, None, message)

    def _forget_refusals(self, cp: str, rule: R.RuleSpec, now: dt.datetime) -> None:
        times = self._refusals.get(cp)
        if times is None or rule.window_min is None:
            return
        cutoff = now - dt.timedelta(minutes=rule.window_min)
        while times and times[0] < cutoff:
            times.popleft()

    # --- the timer -----------------------------------------------------------------------------------------

    async def tick(self) -> None:
        """Read the rules and open sessions (or note the database is away), then look at every time-based
        condition; write what waits. Called by the timer; tests call it after moving the clock."""
        async with self._tick_lock:
            now = self.now()
            try:
                self.snapshot = await self.cs.store.run(
                    lambda s: _read_snapshot(s, self.snapshot), timeout=PROBE_TIMEOUT_S
                )
            except StoreUnavailable:
                if self._db_down_since is None:
                    self._db_down_since = now
            else:
                self._db_down_since = None
            self._database(now)
            self._offline(now)
            self._sessions(now)
            self._refused_windows(now)
            self._security_quiet(now)
            await self._certificates(now)
            self._charger_certificates(now)
            self._flush_soon()

    def _rule(self, site: int | None, kind: str) -> R.RuleSpec | None:
        if site is None:
            return None
        return self.snapshot.rules.get(site, {}).get(kind, R.DEFAULT_RULES[kind])

    def _global_rule(self, kind: str) -> R.RuleSpec | None:
        """For what belongs to no one site (the database, the certificates): the enabled rule with the largest
        threshold among the sites (the earliest warning), e-mailed when any site wants it."""
        rules = [r for r in (self._rule(site, kind) for site in self.snapshot.sites) if r and r.enabled]
        if not rules:
            return None
        best = (
            max(rules, key=lambda r: r.threshold or 0)
            if kind == R.CERTIFICATE
            else min(rules, key=lambda r: r.threshold or 0)
        )
        return R.RuleSpec(
            kind,
            True,
            best.threshold,
            None,
            max(rules, key=lambda r: R.SEVERITIES.index(r.severity)).severity,
            any(r.email for r in rules),
        )

    def _database(self, now: dt.datetime) -> None:
        key = R.DATABASE
        if self._db_down_since is None:
            self._clear(key)
            return
        rule = self._global_rule(R.DATABASE)
        if rule is None or rule.threshold is None:
            return
        if now - self._db_down_since >= dt.timedelta(seconds=rule.threshold):
            message = Text(
                QT_TRANSLATE_NOOP("AlarmEngine", "The database is unavailable since {since} (UTC)"),
                since=self._db_down_since.strftime("%H:%M:%S"),
            )
            self._raise(key, rule, None, "", None, message, repeat=False)

    def _offline(self, now: dt.datetime) -> None:
        for cp, since in list(self._offline_since.items()):
            if self.cs.is_connected(cp):
                self._offline_since.pop(cp, None)
                self._clear(f"{R.OFFLINE}:{cp}")
                continue
            site = self.snapshot.site_of.get(cp)
            rule = self._rule(site, R.OFFLINE)
            key = f"{R.OFFLINE}:{cp}"
            if rule is None or not rule.enabled or rule.threshold is None:
                self._clear(key)
                continue
            if now - since >= dt.timedelta(minutes=rule.threshold):
                message = Text(
                    QT_TRANSLATE_NOOP("AlarmEngine", "{cp} is offline since {since} (UTC)"),
                    cp=cp,
                    since=since.strftime("%Y-%m-%d %H:%M"),
                )
                self._raise(key, rule, site, cp, None, message, repeat=False)

    def _sessions(self, now: dt.datetime) -> None:
        running: set[str] = set()
        for cp, conn, tx, start in self.snapshot.long_sessions:
            site = self.snapshot.site_of.get(cp)
            rule = self._rule(site, R.SESSION)
            if rule is None or not rule.enabled or rule.threshold is None:
                continue
            if now - start >= dt.timedelta(hours=rule.threshold):
                key = f"{R.SESSION}:{tx}"
                running.add(key)
                message = Text(
                    QT_TRANSLATE_NOOP(
                        "AlarmEngine", "{cp}: the session on connector {connector} runs since {since} (UTC)"
                    ),
                    cp=cp,
                    connector=conn,
                    since=start.strftime("%Y-%m-%d %H:%M"),
                )
                self._raise(key, rule, site, cp, conn, message, repeat=False)
        for key in [k for k, a in self.active.items() if a.kind == R.SESSION and k not in running]:
            self._clear(key)

    def _refused_windows(self, now: dt.datetime) -> None:
        for key in [k for k, a in self.active.items() if a.kind == R.REFUSED]:
            cp = self.active[key].cp_id
            rule = self._rule(self.snapshot.site_of.get(cp), R.REFUSED)
            if rule is None or not rule.enabled or rule.threshold is None:
                self._clear(key)
                continue
            self._forget_refusals(cp, rule, now)
            if len(self._refusals.get(cp, ())) < rule.threshold:
                self._clear(key)

    async def _certificates(self, now: dt.datetime) -> None:
        rule = self._global_rule(R.CERTIFICATE)
        paths = self.certificate_paths()
        if self._certs_read_at is None or (now - self._certs_read_at).total_seconds() >= CERT_CHECK_S:
            self._certs = await asyncio.to_thread(_read_certificates, paths)
            self._certs_read_at = now
        for path in paths:
            key = f"{R.CERTIFICATE}:{path}"[:160]
            expires = self._certs.get(str(path))
            if rule is None or rule.threshold is None or expires is None:
                self._clear(key)
                continue
            if expires <= now:
                message = Text(
                    QT_TRANSLATE_NOOP("AlarmEngine", "The certificate {path} expired on {date} (UTC)"),
                    path=str(path),
                    date=expires.strftime("%Y-%m-%d"),
                )
                self._expired(key, rule, None, "", message)
            elif expires - now <= dt.timedelta(days=rule.threshold):
                message = Text(
                    QT_TRANSLATE_NOOP("AlarmEngine", "The certificate {path} expires on {date} (UTC)"),
                    path=str(path),
                    date=expires.strftime("%Y-%m-%d"),
                )
                self._raise(key, rule, None, "", None, message, repeat=False)
            else:
                self._clear(key)

    def _charger_certificates(self, now: dt.datetime) -> None:
        """A charger's own certificate (as the host's daily check last read it: ``certificate_watch``) within its
        site's threshold: raised once, critical once expired, cleared when a
        renewed one is accepted."""
        expiries = self.cs.certificate_watch.expiries
        for cp, expires in expiries.items():
            site = self.snapshot.site_of.get(cp)
            rule = self._rule(site, R.CHARGER_CERTIFICATE)
            key = f"{R.CHARGER_CERTIFICATE}:{cp}"
            if rule is None or not rule.enabled or rule.threshold is None:
                self._clear(key)
            elif expires <= now:
                message = Text(
                    QT_TRANSLATE_NOOP("AlarmEngine", "The certificate of {cp} expired on {date} (UTC)"),
                    cp=cp,
                    date=expires.strftime("%Y-%m-%d"),
                )
                self._expired(key, rule, site, cp, message)
            elif expires - now <= dt.timedelta(days=rule.threshold):
                message = Text(
                    QT_TRANSLATE_NOOP("AlarmEngine", "The certificate of {cp} expires on {date} (UTC)"),
                    cp=cp,
                    date=expires.strftime("%Y-%m-%d"),
                )
                self._raise(key, rule, site, cp, None, message, repeat=False)
            else:
                self._clear(key)
        for key in [
            k for k, a in self.active.items() if a.kind == R.CHARGER_CERTIFICATE and a.cp_id not in expiries
        ]:
            self._clear(key)

    def _expired(self, key: str, rule: R.RuleSpec, site: int | None, cp: str, message: Text) -> None:
        """A certificate's alarm once the certificate has expired: raised (or, already raised as expiring, its
        severity and text changed, once) as :data:`~app.services.alarms.rules.EXPIRED_SEVERITY`."""
        severe = dataclasses.replace(rule, severity=R.EXPIRED_SEVERITY)
        alarm = self.active.get(key)
        if alarm is None:
            self._raise(key, severe, site, cp, None, message, repeat=False)
            return
        if alarm.severity == R.EXPIRED_SEVERITY:
            return
        now = self.now()
        alarm.severity, alarm.last_at = R.EXPIRED_SEVERITY, now
        alarm.text, alarm.message = str(message)[:300], message.stored()
        self._write(
            functools.partial(
                _update, a=alarm, severity=alarm.severity, last_at=now, text=alarm.text, message=alarm.message
            ),
            self._published(alarm, "repeated"),
        )
        log.info("alarm now %s: %s", alarm.severity, alarm.text)
        if rule.email and self.mailer is not None:
            self.mailer.send(alarm, cleared=False)

    def certificate_paths(self) -> list[Path]:
        """The TLS certificate the central system serves with, the LAN certificate ``chargedesk certs create``
        writes and the site's local CA (``chargedesk certs ca``), those that exist."""
        paths: list[Path] = []
        if self.cs.settings.tls_cert is not None:
            paths.append(Path(self.cs.settings.tls_cert))
        lan = config.data_dir() / "certs" / "chargedesk-cert.pem"
        for path in (lan, self.cs.certificates.ca_files[0]):
            if path.exists() and path not in paths:
                paths.append(path)
        return paths

    def reread_certificates(self) -> None:
        """Read the certificates again at the next tick (a new one was put in place)."""
        self._certs_read_at = None

    # --- raise and clear -----------------------------------------------------------------------------------

    def _raise(
        self,
        key: str,
        rule: R.RuleSpec,
        site: int | None,
        cp: str,
        connector: int | None,
        message: Text,
        *,
        repeat: bool = True,
    ) -> None:
        """Raise the alarm ``key`` (once); seen again while active: counted when ``repeat`` (an event that came
        again), else nothing (a timer that sees the same condition)."""
        now = self.now()
        text, stored = str(message)[:300], message.stored()
        alarm = self.active.get(key)
        if alarm is not None:
            if not repeat:
                return
            alarm.count += 1
            alarm.last_at = now
            alarm.text, alarm.message = text, stored
            self._write(
                functools.partial(
                    _update, a=alarm, count=alarm.count, last_at=now, text=text, message=stored
                ),
                self._published(alarm, "repeated"),
            )
            return
        alarm = ActiveAlarm(
            key, rule.kind, site, cp, connector, rule.severity, text, now, last_at=now, message=stored
        )
        self.active[key] = alarm
        self._write(functools.partial(_insert, a=alarm), self._published(alarm, "raised"))
        log.info("alarm raised: %s", alarm.text)
        if rule.email and self.mailer is not None:
            self.mailer.send(alarm, cleared=False)

    def _clear(self, key: str) -> None:
        alarm = self.active.pop(key, None)
        if alarm is None:
            return
        now = self.now()
        self._write(
            functools.partial(_update, a=alarm, cleared_at=now), self._published(alarm, "cleared", now)
        )
        log.info("alarm cleared: %s", alarm.text)
        rule = self._rule(alarm.site_id, alarm.kind) if alarm.site_id else self._global_rule(alarm.kind)
        if rule is not None and rule.email and self.mailer is not None:
            self.mailer.send(alarm, cleared=True)

    def _published(self, alarm: ActiveAlarm, state: str, at: dt.datetime | None = None) -> Callable[[], None]:
        """Publishing ``alarm``'s change: once it is written (a reader of the ``alarms`` table sees it then), or at
        once while the database is away (its id is 0 then)."""
        count, text, message, last_at = alarm.count, alarm.text, alarm.message, at or alarm.last_at

        def publish() -> None:
            self.cs.bus.emit(
                AlarmChanged(
                    alarm.cp_id,
                    alarm.id or 0,
                    alarm.site_id,
                    alarm.kind,
                    alarm.key,
                    alarm.severity,
                    text,
                    state,
                    count,
                    alarm.raised_at,
                    last_at,
                    message,
                )
            )

        return publish

    # --- writes, in order, kept while the database is away -------------------------------------------------

    def _write(self, fn: Callable[[Session], Any], publish: Callable[[], None]) -> None:
        if self._db_down_since is not None:  # kept until the database is back: said now
            publish()
            self._writes.append((fn, None))
        else:
            self._writes.append((fn, publish))
        self._flush_soon()

    def _flush_soon(self) -> None:
        if self._writes and (self._flushing is None or self._flushing.done()) and self._db_down_since is None:
            with contextlib.suppress(RuntimeError):  # no running loop (stopped)
                self._flushing = asyncio.get_running_loop().create_task(
                    self._flush_quietly(), name="alarm-writes"
                )

    async def _flush_quietly(self) -> None:
        try:
            await self._flush()
        except StoreUnavailable:
            if self._db_down_since is None:
                self._db_down_since = self.now()

    async def _flush(self) -> None:
        while self._writes:
            fn, publish = self._writes[0]
            try:
                await self.cs.store.run(fn)
            except StoreUnavailable:
                for n, (queued, then) in enumerate(self._writes):  # said now; written when it is back
                    if then is not None:
                        then()
                        self._writes[n] = (queued, None)
                raise
            except Exception:  # a write the database refuses (never expected): dropped, the others go on
                log.exception("alarm engine: an alarm write failed")
            self._writes.popleft()
            if publish is not None:
                publish()

    @property
    def waiting_writes(self) -> int:
        """Alarm writes kept in memory (the database is away)."""
        return len(self._writes)


# --- database work (run on the store writer) -----------------------------------------------------------------


def _load_state(s: Session) -> tuple[list[ActiveAlarm], list[tuple[str, dt.datetime | None]]]:
    active = [
        ActiveAlarm(
            a.key,
            a.kind,
            a.site_id,
            a.charge_point_id,
            a.connector_id,
            a.severity,
            a.text,
            a.raised_at,
            a.count,
            a.last_at,
            a.id,
            a.message,
        )
        for a in s.scalars(select(Alarm).where(Alarm.cleared_at.is_(None)))
    ]
    offline = [
        (cp, last)
        for cp, last in s.execute(
            select(Charger.charge_point_id, Charger.last_seen)
            .join(Station, Station.charge_point_id == Charger.charge_point_id)
            .where(Charger.online.is_(False), Charger.last_seen.is_not(None), Station.enabled.is_(True))
        )
    ]
    return active, offline


def _read_snapshot(s: Session, previous: _Snapshot) -> _Snapshot:
    snap = _Snapshot()
    for r in s.scalars(select(AlarmRule)):
        snap.rules.setdefault(r.site_id, {})[r.kind] = R.RuleSpec(
            r.kind, r.enabled, r.threshold, r.window_min, r.severity, r.email, r.revision
        )
    for cp, site in s.execute(
        select(Station.charge_point_id, Station.site_id).where(Station.enabled.is_(True))
    ):
        snap.site_of[cp] = site
    snap.sites = sorted(set(snap.site_of.values()) | set(snap.rules))
    cs = ChargingSession
    snap.long_sessions = [
        (cp, conn, tx, start)
        for cp, conn, tx, start in s.execute(
            select(cs.charge_point_id, cs.connector_id, cs.id, cs.start_at).where(
                cs.status == SessionStatus.ACTIVE
            )
        )
    ]
    return snap


def _insert(s: Session, a: ActiveAlarm) -> None:
    row = Alarm(
        site_id=a.site_id,
        charge_point_id=a.cp_id,
        connector_id=a.connector_id,
        kind=a.kind,
        key=a.key,
        severity=a.severity,
        text=a.text,
        message=a.message,
        raised_at=a.raised_at,
        count=a.count,
        last_at=a.last_at,
    )
    s.add(row)
    s.flush()
    a.id = row.id


def _update(s: Session, a: ActiveAlarm, **values: Any) -> None:
    if a.id is not None:
        s.execute(update(Alarm).where(Alarm.id == a.id).values(**values))


def _read_certificates(paths: list[Path]) -> dict[str, dt.datetime]:
    out: dict[str, dt.datetime] = {}
    for path in paths:
        try:
            out[str(path)] = certificate_expires(path)
        except (CertificateError, OSError) as e:
            log.warning("alarm engine: %s", e)
    return out


def _number(value: float) -> str:
    return f"{value:g}"


__all__ = ["ActiveAlarm", "AlarmEngine"]
