"""Charger certificates at the central system (OCPP 1.6 Security Whitepaper Ed. 3 and OCPP 2.0.1, use cases
A02/A03): a charger's SignCertificate (2.0.1: of a ChargingStationCertificate) is checked, kept, and — when this host has the site's local CA (``chargedesk certs
ca``: ``<data dir>/certs/chargedesk-ca-{cert,key}.pem``) — signed and sent back with CertificateSigned. A site that
uses its own CA has no local CA key here: the request is kept for an operator to export, and the certificate the
site's CA made is sent from the charger's Certificates tab (:mod:`app.services.chargers.certificate_service`).

:class:`ChargerCertificates` is owned by :class:`~app.services.central.system.CentralSystem` (whoever holds the
chargers' connections: ``serve`` or the console that hosts). At start it publishes the site's certificates (the
CA's certificate, public, and the expiry of the CA and of the LAN certificate) in the ``certificates.site``
setting, so a console on another machine can install the CA on a charger and show what expires when. Every
change of a charger's record is published as :class:`CertificateChanged` (it crosses the site bus).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import config
from app.ocpp.backend import CsrAnswer
from app.ocpp.events import Event
from app.services.central.writer import StoreUnavailable
from app.services.chargers import certificates as certs
from app.services.chargers.operations import OPERATION_ERRORS

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

log = logging.getLogger(__name__)

CA_NAME = "chargedesk-ca"  # the files of `chargedesk certs ca`
#: a charger's SignCertificate requests accepted within REQUEST_WINDOW_S; the next ones are refused (a station
#: that re-sends its request after each certificate it rejects would otherwise have one signed every time, in
#: retry chains that multiply: SAP's simulator, docs/interop.md). A station renewing normally sends one, and
#: repeats it a few times (CertSigningRepeatTimes) only while no certificate comes.
MAX_REQUESTS = 10
REQUEST_WINDOW_S = 3600.0


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class CertificateChanged(Event):
    """A charger's certificate record changed: a request came (``status`` "requested", "refused"), its
    certificate was sent ("sent") and the charger's answer ("accepted", "rejected", "failed")."""

    status: str = ""
    detail: str = ""
    at: dt.datetime = field(default_factory=_now)


def local_ca_files(data_dir: Path | None = None) -> tuple[Path, Path]:
    """The site's local CA (certificate, key) as ``chargedesk certs ca`` writes them."""
    folder = (data_dir or config.data_dir()) / "certs"
    return folder / f"{CA_NAME}-cert.pem", folder / f"{CA_NAME}-key.pem"


def site_record(ca_cert: Path, lan_cert: Path | None) -> dict[str, Any]:
    """What ``certificates.site`` holds: the CA's certificate and description, the LAN certificate's."""
    record: dict[str, Any] = {"published_at": _now().isoformat()}
    if ca_cert.is_file():
        try:
            pem = ca_cert.read_text()
            record["ca"] = {"pem": pem, **certs.cert_info(pem).as_json()}
        except (OSError, UnicodeDecodeError, certs.CertificateProblem) as e:
            record["ca_problem"] = f"{ca_cert}: {e}"
    if lan_cert is not None:
        try:
            record["lan"] = {"path": str(lan_cert), **certs.cert_info(lan_cert.read_text()).as_json()}
        except (OSError, UnicodeDecodeError, certs.CertificateProblem) as e:
            record["lan_problem"] = f"{lan_cert}: {e}"
    return record


class ChargerCertificates:
    """SignCertificate handling and the site's certificates, for one central system."""

    def __init__(self, cs: CentralSystem, data_dir: Path | None = None) -> None:
        self.cs = cs
        self.data_dir = data_dir
        self._requests: dict[str, deque[float]] = {}  # charger -> when its accepted requests came (monotonic)
        self._refusing: set[str] = set()  # chargers refused now (their refusal is recorded once)
        self._published_signs: bool | None = (
            None  # what the site record says about signing, as last published
        )

    def _too_many(self, cp_id: str) -> str:
        """Why ``cp_id``'s request is refused (more than MAX_REQUESTS within REQUEST_WINDOW_S), or ""."""
        now = time.monotonic()
        recent = self._requests.setdefault(cp_id, deque())
        while recent and now - recent[0] > REQUEST_WINDOW_S:
            recent.popleft()
        if len(recent) < MAX_REQUESTS:
            self._refusing.discard(cp_id)
            recent.append(now)
            return ""
        hours = REQUEST_WINDOW_S / 3600
        window = "an hour" if hours == 1 else f"{hours:g} hours"
        return (
            f"{len(recent) + 1} certificate requests within {window} (at most {MAX_REQUESTS} are signed): "
            "refused until the earliest is an hour old"
        )

    @property
    def ca_files(self) -> tuple[Path, Path]:
        return local_ca_files(self.data_dir)

    def can_sign(self) -> bool:
        """Whether this host signs requests itself (it has the local CA's certificate and key)."""
        cert, key = self.ca_files
        return cert.is_file() and key.is_file()

    async def publish(self) -> None:
        """Write the site's certificates (``certificates.site``): at start, and when an operator asks. The files
        are read and parsed on the store's thread, not the loop."""
        ca_cert, lan_cert, signs = self.ca_files[0], self.cs.settings.tls_cert, self.can_sign()

        def work(s: Any) -> None:
            certs.update_record(s, certs.SITE_KEY, **site_record(ca_cert, lan_cert), signs=signs)

        try:
            await self.cs.store.run(work)
            self._published_signs = signs
        except StoreUnavailable:
            log.warning("database unavailable; the site's certificates are not published")

    async def request(self, cp_id: str, csr: str) -> CsrAnswer:
        """The backend's ``sign_certificate``: check the request, keep it, and sign it once answered."""
        too_many = self._too_many(cp_id)
        if too_many:
            if cp_id not in self._refusing:
                self._refusing.add(cp_id)
                log.warning("%s: certificate signing request refused: %s", cp_id, too_many)
                await self._record(cp_id, "refused", too_many, actor=f"charger {cp_id}", action="csr_refused")
            return CsrAnswer("Rejected", reason=too_many)
        try:
            info = certs.read_csr(csr, cp_id)
        except certs.CertificateProblem as e:
            log.warning("%s: certificate signing request refused: %s", cp_id, e)
            await self._record(cp_id, "refused", str(e), actor=f"charger {cp_id}", action="csr_refused")
            return CsrAnswer("Rejected")
        await self._record(
            cp_id,
            "requested",
            info.key,
            actor=f"charger {cp_id}",
            action="csr_received",
            csr=csr,
            csr_at=_now().isoformat(),
            csr_key=info.key,
        )
        signs = self.can_sign()
        if self._published_signs is not None and signs != self._published_signs:
            await self.publish()  # the local CA was made (or removed) while this host runs: consoles are told
        if not signs:
            return CsrAnswer("Accepted")  # kept for the site's own CA: exported from the Certificates tab

        async def sign_and_send() -> None:
            cert, key = self.ca_files
            try:
                chain = certs.sign_csr(csr, cert.read_bytes(), key.read_bytes())
            except (OSError, ValueError) as e:
                await self._record(
                    cp_id, "failed", f"signing failed: {e}", actor="central system", action="cert_failed"
                )
                return
            await self.send_signed(cp_id, chain, actor="central system")

        return CsrAnswer("Accepted", sign_and_send)

    async def send_signed(self, cp_id: str, chain: str, *, actor: Any) -> str:
        """CertificateSigned to ``cp_id``; the answer recorded (and the certificate with it when Accepted)."""
        info = certs.cert_info(chain)
        await self._record(
            cp_id, "sent", info.serial, actor=actor, action="cert_sent", certificate_sent=info.as_json()
        )
        try:
            answer = await self.cs.operations.certificate_signed(cp_id, chain)
        except OPERATION_ERRORS as e:
            await self._record(cp_id, "failed", str(e), actor=actor, action="cert_failed")
            return "Failed"
        status = str(answer.get("status", ""))
        if status == "Accepted":
            await self._record(
                cp_id,
                "accepted",
                info.serial,
                actor=actor,
                action="cert_accepted",
                certificate=info.as_json(),
                csr=None,
            )
        else:
            detail = certs.answer_detail(answer)
            await self._record(cp_id, "rejected", detail, actor=actor, action="cert_rejected")
        return status

    async def _record(
        self, cp_id: str, status: str, detail: str, *, actor: Any, action: str, **fields: Any
    ) -> None:
        await self.cs.store.run(
            lambda s: certs.record_change(s, cp_id, status, detail, actor=actor, action=action, **fields)
        )
        self.cs.bus.emit(CertificateChanged(cp_id, status, detail[:255]))


__all__ = ["CA_NAME", "CertificateChanged", "ChargerCertificates", "local_ca_files", "site_record"]
