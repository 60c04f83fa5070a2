"""The host's daily look at the chargers' own certificates (OCPP 1.6 Security Whitepaper Ed. 3, A02): when each
expires, and their automatic renewal while the site has a local CA.

:class:`CertificateWatch` is owned and started by :class:`~app.services.central.system.CentralSystem`, so whoever
holds the chargers (``chargedesk serve`` or the console that hosts) does it, at start (the renewals once the
chargers had :data:`SETTLE_S` to connect again) and then once a day:

* **What expires when.** Each charger's certificate as last known (``certificates.charger.<id>``: the one the site's
  CA signed or an operator imported) is read into :attr:`CertificateWatch.expiries`; the alarm engine raises its
  "charger certificate expiring" alarm from it (and clears it when the renewed certificate is accepted: the
  :class:`~app.services.central.certificates.CertificateChanged` "accepted" reads that charger again at once).
* **Automatic renewal.** When this host signs with the site's local CA (``chargedesk certs ca`` or Settings →
  Central system), a certificate within :data:`RENEW_DAYS` of its expiry is renewed: the charger is asked for a new
  request with :meth:`CertificatesService.renew
  <app.services.chargers.certificate_service.CertificatesService.renew>` (the same call as the Certificates tab's
  button), its SignCertificate is signed as any other and the charger's answer recorded. A charger that is not
  connected or does not answer is recorded as such and asked again at the next daily check; its alarm stays
  until a new certificate is accepted.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.ocpp.events import Event
from app.services.background import spawn
from app.services.central.certificates import CertificateChanged
from app.services.central.writer import StoreUnavailable
from app.services.chargers import certificates as certs
from app.services.chargers.certificate_service import CertificatesService
from app.services.chargers.operations import OPERATION_ERRORS
from app.services.roles import OperatorRole, Principal, machine_name
from app.services.store import Store

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)

DAY_S = 24 * 3600.0  # the daily check
SETTLE_S = 120.0  # after start, the chargers' time to connect again before the first renewals
RENEW_DAYS = 30  # a charger's certificate is renewed automatically this many days before it expires
ACTOR = "central system (automatic renewal)"  # who the audit trail names for an automatic renewal


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _time(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def charger_expiries(records: dict[str, dict[str, Any]]) -> dict[str, dt.datetime]:
    """Each charger's certificate expiry as last known, from its ``certificates.charger.<id>`` record."""
    out: dict[str, dt.datetime] = {}
    for cp_id, record in records.items():
        not_after = _time((record.get("certificate") or {}).get("not_after"))
        if not_after is not None:
            out[cp_id] = not_after
    return out


class CertificateWatch:
    """See the module. ``clock`` gives now (UTC): tests move it instead of waiting; ``every_s`` 0 reads the
    expiries at start and runs no timer (tests call :meth:`check`)."""

    def __init__(
        self,
        cs: CentralSystem,
        *,
        clock: Callable[[], dt.datetime] | None = None,
        every_s: float = DAY_S,
        settle_s: float = SETTLE_S,
        renew_days: int = RENEW_DAYS,
    ) -> None:
        self.cs = cs
        self.now = clock or _utcnow
        self.every_s = every_s
        self.settle_s = settle_s
        self.renew_days = renew_days
        self.expiries: dict[str, dt.datetime] = {}
        self.checked_at: dt.datetime | None = None
        self._store: Store | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._check_lock = asyncio.Lock()

    @property
    def service(self) -> CertificatesService:
        """The certificates' use cases as the host runs them (the audit trail names :data:`ACTOR`)."""
        if self._store is None:
            principal = Principal(ACTOR, ACTOR, OperatorRole.MANAGER, machine_name())
            self._store = Store(self.cs.database, workers=1, principal=principal)
        return CertificatesService(self._store, lambda: self.cs.operations)

    # --- life cycle ----------------------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen for accepted certificates and run the check now (off the start-up path) and once a day."""
        self._unsubscribe = self.cs.bus.subscribe(self._on_changed, CertificateChanged)
        spawn(self._tasks, self._daily(), "certificate-watch", log, "certificate watch")

    async def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._store is not None:
            self._store.close()
            self._store = None

    async def _daily(self) -> None:
        """At start the expiries are read at once (the alarms), the renewals wait ``settle_s`` for the chargers to
        connect again; then the whole check once a day."""
        try:
            await self.read()
        except StoreUnavailable:
            log.warning("database unavailable; the chargers' certificates are read at the next check")
        if self.every_s <= 0:
            return
        await asyncio.sleep(self.settle_s)
        while True:
            try:
                await self.check()
            except StoreUnavailable:
                log.warning("database unavailable; the chargers' certificates are looked at again tomorrow")
            except Exception:  # never expected; the daily check goes on tomorrow
                log.exception("certificate watch: the daily check failed")
            await asyncio.sleep(self.every_s)

    def _on_changed(self, event: Event) -> None:
        """A new certificate accepted: its expiry read at once (its alarm clears at the engine's next tick)."""
        if isinstance(event, CertificateChanged) and event.status == "accepted":
            spawn(
                self._tasks, self._reread(event.cp_id), f"{event.cp_id}-cert-expiry", log, "certificate watch"
            )

    async def _reread(self, cp_id: str) -> None:
        record = await self.cs.store.run(lambda s: certs.read_record(s, certs.charger_key(cp_id)))
        expiries = charger_expiries({cp_id: record})
        if cp_id in expiries:
            self.expiries[cp_id] = expiries[cp_id]
        else:
            self.expiries.pop(cp_id, None)

    # --- the check -----------------------------------------------------------------------------------------

    def due(self, now: dt.datetime | None = None, ca_end: dt.datetime | None = None) -> list[str]:
        """The chargers whose certificate is within the renewal window, soonest first. With ``ca_end`` (the site's
        CA's expiry) not those a renewal could not extend: a certificate the CA signs ends with the CA at the
        latest, and asking such a charger every day would change nothing (the CA's own alarm says what to do)."""
        now = now or self.now()
        window = dt.timedelta(days=self.renew_days)
        limit = ca_end - dt.timedelta(days=1) if ca_end is not None else None
        return sorted(
            (cp for cp, t in self.expiries.items() if t - now <= window and (limit is None or t < limit)),
            key=self.expiries.__getitem__,
        )

    def ca_end(self) -> dt.datetime | None:
        """The site's local CA's expiry (None: it cannot be read)."""
        try:
            return certs.cert_info(self.cs.certificates.ca_files[0].read_text()).not_after
        except (OSError, UnicodeDecodeError, certs.CertificateProblem) as e:
            log.warning("the site's CA could not be read: %s", e)
            return None

    async def read(self) -> None:
        """Every charger's certificate expiry as last known (what the alarm engine looks at)."""
        records = await self.cs.store.run(certs.charger_records)
        self.expiries = charger_expiries(records)
        self.checked_at = self.now()

    async def check(self) -> dict[str, str]:
        """Read every charger's certificate expiry and renew those due (when this host signs with the site's
        local CA). Returns each renewal's outcome by charger."""
        async with self._check_lock:
            await self.read()
            if not self.cs.certificates.can_sign():
                return {}
            outcomes: dict[str, str] = {}
            for cp_id in self.due(ca_end=self.ca_end()):
                outcomes[cp_id] = await self.renew(cp_id)
            return outcomes

    async def renew(self, cp_id: str) -> str:
        """Ask ``cp_id`` for a new request (its SignCertificate is then signed by the local CA); a charger that is
        not connected or does not answer is recorded ("renewal_failed") and asked again at the next check."""
        try:
            status = await self.service.renew(cp_id)
        except OPERATION_ERRORS as e:
            why = str(e) or type(e).__name__
            log.info("%s: automatic certificate renewal not possible now: %s", cp_id, why)
            await self.cs.store.run(
                lambda s: certs.record_change(
                    s, cp_id, "renewal_failed", why, actor=ACTOR, action="cert_renew_failed"
                )
            )
            self.cs.bus.emit(CertificateChanged(cp_id, "renewal_failed", why[:255]))
            return "Failed"
        log.info("%s: automatic certificate renewal asked: %s", cp_id, status)
        return status


__all__ = ["ACTOR", "DAY_S", "RENEW_DAYS", "SETTLE_S", "CertificateWatch", "charger_expiries"]
