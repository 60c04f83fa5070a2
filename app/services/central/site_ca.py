"""The site's local CA (the one that signs the chargers' certificates, OCPP 1.6 Security Whitepaper Ed. 3 A02/A03)
made from Settings → Central system as ``chargedesk certs ca`` makes it: :func:`create_local_ca` is the one way both
take (``openssl``, RSA 3072, ten years, ``<data dir>/certs/chargedesk-ca-{cert,key}.pem``).

:class:`SiteCaService` is the console's use case: only a role that may change the site's settings
(:attr:`~app.services.roles.Permission.MANAGE_SETTINGS`), only on the computer that holds the central system (the
key stays where the chargers' requests are signed), and never over an existing CA — the chargers' certificates and
the CA installed on them depend on it, so the operator is told where it is and nothing is replaced. Once made, the
host publishes it (``certificates.site``): every console can install it on a charger, and the host signs the
chargers' requests with it from then on. Audited."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.ocpp.security import CertificateError, create_ca
from app.services.admin.audit import audit
from app.services.central.certificates import CA_NAME
from app.services.central.system import CentralSystem
from app.services.chargers import certificates as certs
from app.services.i18n import translate
from app.services.roles import Permission
from app.services.store import Store


def create_local_ca(out_dir: Path, *, force: bool = False) -> tuple[Path, Path]:
    """The site's local CA in ``out_dir`` (what ``chargedesk certs ca`` and Settings → Central system do); raises
    :class:`~app.ocpp.security.CertificateError` when it exists (unless ``force``) or openssl fails."""
    return create_ca(out_dir, name=CA_NAME, force=force)


@dataclass(frozen=True)
class SiteCa:
    """The site's local CA as made here: its files and what its certificate says."""

    cert: Path
    key: Path
    subject: str
    not_after: dt.datetime


class SiteCaService:
    """Creating the site's local CA from the console (see the module)."""

    def __init__(self, store: Store, central: Any) -> None:
        self.store = store
        self.central = central

    def _host(self) -> CentralSystem:
        if not isinstance(self.central, CentralSystem) or not self.central.started:
            raise certs.CertificateProblem(
                translate(
                    "SiteCa",
                    "The site's CA is made on the computer that runs the central system (its key stays where "
                    "the chargers' requests are signed): create it there, in Settings or with "
                    "\u201cchargedesk certs ca\u201d.",
                )
            )
        return self.central

    def existing(self) -> Path | None:
        """The local CA's certificate when this console's central system has one (None: none, or not the host)."""
        if not isinstance(self.central, CentralSystem):
            return None
        cert, key = self.central.certificates.ca_files
        return cert if cert.exists() or key.exists() else None

    def refusal(self) -> str | None:
        """Why :meth:`create` would refuse now whatever the operator's role (not the host, a CA exists), as the
        operator reads it, or None. The role is checked by :meth:`create` (and the console's permission gate)."""
        try:
            self._host()
        except certs.CertificateProblem as e:
            return str(e)
        existing = self.existing()
        if existing is not None:
            return _exists(existing)
        return None

    async def create(self) -> SiteCa:
        """Make the site's local CA where ``chargedesk certs ca`` puts it, publish it, audit it."""
        actor = self.store.require(Permission.MANAGE_SETTINGS)
        cs = self._host()
        cert, key = cs.certificates.ca_files
        if cert.exists() or key.exists():
            raise certs.CertificateProblem(_exists(cert))
        try:
            await asyncio.to_thread(create_local_ca, cert.parent)
        except CertificateError as e:
            raise certs.CertificateProblem(
                translate("SiteCa", "The site's CA could not be created: {error}").format(error=e)
            ) from None
        info = certs.cert_info(await asyncio.to_thread(cert.read_text))
        await cs.certificates.publish()
        await self.store.awrite(
            lambda s: audit(
                s,
                entity="setting",
                entity_id=certs.SITE_KEY,
                action="site_ca_created",
                actor=actor,
                changes={"path": str(cert), "subject": info.subject, "not_after": info.not_after.isoformat()},
            )
        )
        return SiteCa(cert, key, info.subject, info.not_after)


def _exists(cert: Path) -> str:
    return translate(
        "SiteCa",
        "The site already has a CA ({path}); nothing was changed: the chargers' certificates and the CA installed "
        "on them depend on it.",
    ).format(path=cert)


__all__ = ["SiteCa", "SiteCaService", "create_local_ca"]
