"""The certificates of a charger and of the site, as the Chargers page's Certificates tab and Settings → Central
system use them: one method per thing an operator does (OCPP 1.6 Security Whitepaper Ed. 3; the same for an
OCPP 2.0.1 station, blocks A and M, through the version-aware :class:`Operations`).

* what the charger has installed (GetInstalledCertificateIds, M03): the charger gives hash data only; subject and
  expiry come from what we know — the site's CA and every CA certificate installed from here;
* install the site's CA as the charger's CentralSystemRootCertificate (InstallCertificate, M05), delete one
  (DeleteCertificate, M04);
* renew the charger's own certificate (A02): ExtendedTriggerMessage SignChargePointCertificate (2.0.1:
  TriggerMessage SignChargingStationCertificate); its
  SignCertificate is then handled by the central system (:mod:`app.services.central.certificates`);
* for a site with its own CA: export the charger's request (a PEM file the operator hands to the CA) and send the
  certificate the CA made (checked against the request: same key, the charger's identity, valid now);
* what expires when: the LAN certificate, the local CA and each charger's certificate as last known.

Every change needs :attr:`~app.services.roles.Permission.OPERATE_CHARGERS` (the roles that change chargers) and is
audited under the charger.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.services.chargers import certificates as certs
from app.services.i18n import translate
from app.services.roles import Permission
from app.services.store import Store

if TYPE_CHECKING:
    from app.services.chargers.operations import Operations

SIGN_CHARGE_POINT_CERTIFICATE = "SignChargePointCertificate"
# what a renewal sends, by the charger's OCPP version (as recorded)
RENEWAL_TRIGGERS = {
    "1.6": "ExtendedTriggerMessage SignChargePointCertificate",
    "2.0.1": "TriggerMessage SignChargingStationCertificate",
}


@dataclass(frozen=True)
class InstalledCertificate:
    """A CA certificate on the charger: its hash data, and what we know of it (empty: not installed from here)."""

    type: str
    hash: dict[str, str]
    subject: str = ""
    not_after: dt.datetime | None = None
    site_ca: bool = False  # the site's local CA


@dataclass(frozen=True)
class ChargerCertificateState:
    """A charger's certificate as last known, and where its latest request stands."""

    status: str = ""  # requested | refused | sent | accepted | rejected | failed | installed | ...
    detail: str = ""
    status_at: dt.datetime | None = None
    subject: str = ""  # its certificate as last signed or imported
    serial: str = ""
    not_after: dt.datetime | None = None
    request_waiting: bool = False  # a request kept for the site's own CA (or not yet signed)
    request_at: dt.datetime | None = None
    site_signs: bool = False  # the host signs requests with the site's local CA
    site_ca_subject: str = ""
    site_ca_not_after: dt.datetime | None = None


@dataclass(frozen=True)
class ExpiryRow:
    """One certificate of the site and when it expires (``kind``: lan, ca, charger)."""

    kind: str
    name: str  # a file, or the charger's id
    subject: str
    not_after: dt.datetime | None
    problem: str = ""


def _time(text: Any) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


class CertificatesService:
    """The certificates use cases over the console's :class:`Store` and the central system's operations."""

    def __init__(self, store: Store, operations: Any) -> None:
        """``operations``: a callable giving the (guarded) :class:`Operations`, raising ChargerOffline without a
        central system."""
        self.store = store
        self._operations = operations

    @property
    def operations(self) -> Operations:
        ops: Operations = self._operations()
        return ops

    # --- reading -----------------------------------------------------------------------------------------

    def site(self) -> dict[str, Any]:
        return self.store.read(lambda s: certs.read_record(s, certs.SITE_KEY))

    def state(self, cp_id: str) -> ChargerCertificateState:
        def work(s: Any) -> ChargerCertificateState:
            return _state(
                certs.read_record(s, certs.charger_key(cp_id)), certs.read_record(s, certs.SITE_KEY)
            )

        return self.store.read(work)

    async def installed(self, cp_id: str) -> list[InstalledCertificate]:
        """The CA certificates the charger has installed, of both kinds (GetInstalledCertificateIds)."""
        record = await self.store.aread(lambda s: certs.read_record(s, certs.charger_key(cp_id)))
        site = await self.store.aread(lambda s: certs.read_record(s, certs.SITE_KEY))
        known = list(record.get("installed") or [])
        site_hash = _site_ca_hash(site)
        out: list[InstalledCertificate] = []
        for kind in certs.CERTIFICATE_TYPES:
            answer = await self.operations.get_installed_certificate_ids(cp_id, kind)
            for h in answer.get("certificateHashData") or []:
                match = next((k for k in known if certs.same_hash(k.get("hash") or {}, h)), None)
                is_site = site_hash is not None and certs.same_hash(site_hash, h)
                if match is None and is_site:
                    match = site.get("ca") or {}
                out.append(
                    InstalledCertificate(
                        kind,
                        dict(h),
                        str((match or {}).get("subject", "")),
                        _time((match or {}).get("not_after")),
                        is_site,
                    )
                )
        return out

    def expiry_overview(self) -> list[ExpiryRow]:
        """The LAN certificate, the site's CA and every charger's certificate as last known, soonest first."""

        def work(s: Any) -> list[ExpiryRow]:
            site = certs.read_record(s, certs.SITE_KEY)
            rows: list[ExpiryRow] = []
            lan = site.get("lan")
            if lan:
                rows.append(
                    ExpiryRow(
                        "lan", str(lan.get("path", "")), lan.get("subject", ""), _time(lan.get("not_after"))
                    )
                )
            elif site.get("lan_problem"):
                rows.append(ExpiryRow("lan", "", "", None, str(site["lan_problem"])))
            ca = site.get("ca")
            if ca:
                rows.append(ExpiryRow("ca", "", ca.get("subject", ""), _time(ca.get("not_after"))))
            elif site.get("ca_problem"):
                rows.append(ExpiryRow("ca", "", "", None, str(site["ca_problem"])))
            for cp_id, record in sorted(certs.charger_records(s).items()):
                cert = record.get("certificate") or {}
                if cert:
                    rows.append(
                        ExpiryRow("charger", cp_id, cert.get("subject", ""), _time(cert.get("not_after")))
                    )
            far = dt.datetime.max.replace(tzinfo=dt.UTC)
            return sorted(rows, key=lambda r: r.not_after or far)

        return self.store.read(work)

    def request_pem(self, cp_id: str) -> str | None:
        """The charger's request kept for signing (PEM), or None."""
        record = self.store.read(lambda s: certs.read_record(s, certs.charger_key(cp_id)))
        csr = record.get("csr")
        return str(csr) if csr else None

    # --- changing ----------------------------------------------------------------------------------------

    async def install_site_ca(self, cp_id: str) -> str:
        """InstallCertificate of the site's local CA as the charger's CentralSystemRootCertificate."""
        actor = self.store.require(Permission.OPERATE_CHARGERS)
        site = await self.store.aread(lambda s: certs.read_record(s, certs.SITE_KEY))
        pem = (site.get("ca") or {}).get("pem")
        if not pem:
            raise certs.CertificateProblem(
                translate(
                    "Certificates",
                    "The site has no local CA: create it on the central system's computer with "
                    "\u201cchargedesk certs ca\u201d.",
                )
            )
        answer = await self.operations.install_certificate(cp_id, certs.CENTRAL_ROOT, pem)
        status = str(answer.get("status", ""))
        info = certs.cert_info(pem)

        def work(s: Any) -> None:
            record = certs.read_record(s, certs.charger_key(cp_id))
            fields: dict[str, Any] = {}
            if status == "Accepted":
                fields["installed"] = certs.remember_installed(
                    record, info, certs.hash_data(pem), certs.CENTRAL_ROOT
                )
            certs.record_change(
                s,
                cp_id,
                "ca_installed" if status == "Accepted" else "ca_refused",
                f"InstallCertificate {info.subject}: {status}",
                actor=actor,
                action="cert_install",
                **fields,
            )

        await self.store.awrite(work)
        return status

    async def delete(self, cp_id: str, cert: InstalledCertificate) -> str:
        """DeleteCertificate of ``cert`` on the charger."""
        actor = self.store.require(Permission.OPERATE_CHARGERS)
        answer = await self.operations.delete_certificate(cp_id, cert.hash)
        status = str(answer.get("status", ""))

        def work(s: Any) -> None:
            record = certs.read_record(s, certs.charger_key(cp_id))
            kept = [
                i
                for i in record.get("installed") or []
                if not certs.same_hash(i.get("hash") or {}, cert.hash)
            ]
            certs.record_change(
                s,
                cp_id,
                "ca_deleted" if status == "Accepted" else "ca_not_deleted",
                f"DeleteCertificate {cert.subject or cert.hash.get('serialNumber', '')}: {status}",
                actor=actor,
                action="cert_delete",
                installed=kept if status in ("Accepted", "NotFound") else None,
            )

        await self.store.awrite(work)
        return status

    async def renew(self, cp_id: str) -> str:
        """Ask the charger for a new key pair and request: 1.6 ExtendedTriggerMessage SignChargePointCertificate,
        2.0.1 TriggerMessage SignChargingStationCertificate (:meth:`Operations.extended_trigger_message` sends
        the charger's own). Recorded before it is sent: the charger's request may be handled before its answer
        is back."""
        actor = self.store.require(Permission.OPERATE_CHARGERS)
        version = await self.store.aread(lambda s: certs.charger_version(s, cp_id))
        asked = RENEWAL_TRIGGERS.get(version, RENEWAL_TRIGGERS["1.6"])
        await self.store.awrite(
            lambda s: certs.record_change(s, cp_id, "renewal_asked", asked, actor=actor, action="cert_renew")
        )
        answer = await self.operations.extended_trigger_message(cp_id, SIGN_CHARGE_POINT_CERTIFICATE)
        status = str(answer.get("status", ""))
        if status != "Accepted":
            await self.store.awrite(
                lambda s: certs.record_change(
                    s,
                    cp_id,
                    "renewal_refused",
                    f"{asked}: {status}",
                    actor=actor,
                    action="cert_renew_refused",
                )
            )
        return status

    def export_request(self, cp_id: str, path: Path) -> None:
        """Write the charger's kept request to ``path`` (PEM) for the site's own CA."""
        actor = self.store.require(Permission.OPERATE_CHARGERS)
        pem = self.request_pem(cp_id)
        if pem is None:
            raise certs.CertificateProblem(
                translate(
                    "Certificates", "{cp_id} has sent no certificate request waiting to be signed."
                ).format(cp_id=cp_id)
            )
        path.write_text(pem)
        self.store.write(
            lambda s: certs.record_change(
                s, cp_id, "request_exported", str(path), actor=actor, action="csr_exported", csr=pem
            )
        )

    async def send_signed(self, cp_id: str, path: Path) -> str:
        """Send the certificate the site's CA made for the kept request (read from ``path``, PEM: the charger's
        certificate first, then its CA chain) with CertificateSigned, once checked against the request."""
        actor = self.store.require(Permission.OPERATE_CHARGERS)
        pem = self.request_pem(cp_id)
        if pem is None:
            raise certs.CertificateProblem(
                translate(
                    "Certificates", "{cp_id} has sent no certificate request waiting to be signed."
                ).format(cp_id=cp_id)
            )
        try:
            chain = await asyncio.to_thread(path.read_text)
        except (OSError, UnicodeDecodeError) as e:
            raise certs.CertificateProblem(
                translate("Certificates", "{path} cannot be read: {error}").format(path=path, error=e)
            ) from None
        info = certs.check_signed(chain, pem, cp_id)
        answer = await self.operations.certificate_signed(cp_id, chain)
        status = str(answer.get("status", ""))
        accepted = status == "Accepted"
        await self.store.awrite(
            lambda s: certs.record_change(
                s,
                cp_id,
                "accepted" if accepted else "rejected",
                f"CertificateSigned {info.serial}: {certs.answer_detail(answer)}",
                actor=actor,
                action="cert_imported",
                certificate=info.as_json() if accepted else None,
                csr=None if accepted else pem,  # kept until a certificate for it is accepted
            )
        )
        return status


def _site_ca_hash(site: dict[str, Any]) -> dict[str, str] | None:
    pem = (site.get("ca") or {}).get("pem")
    if not pem:
        return None
    try:
        return certs.hash_data(pem)
    except certs.CertificateProblem:
        return None


def _state(record: dict[str, Any], site: dict[str, Any]) -> ChargerCertificateState:
    cert = record.get("certificate") or {}
    ca = site.get("ca") or {}
    return ChargerCertificateState(
        status=str(record.get("status", "")),
        detail=str(record.get("detail", "")),
        status_at=_time(record.get("status_at")),
        subject=str(cert.get("subject", "")),
        serial=str(cert.get("serial", "")),
        not_after=_time(cert.get("not_after")),
        request_waiting=bool(record.get("csr")),
        request_at=_time(record.get("csr_at")),
        site_signs=bool(site.get("signs")),
        site_ca_subject=str(ca.get("subject", "")),
        site_ca_not_after=_time(ca.get("not_after")),
    )


__all__ = [
    "RENEWAL_TRIGGERS",
    "SIGN_CHARGE_POINT_CERTIFICATE",
    "CertificatesService",
    "ChargerCertificateState",
    "ExpiryRow",
    "InstalledCertificate",
]
