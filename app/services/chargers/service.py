"""The Chargers page's application boundary: one method per thing a technician does on the page.

:class:`ChargersService` is built from the console's :class:`~app.services.store.Store` and, when the console
hosts one, its central system. The page and its tabs (overview, commissioning, configuration, snapshots,
operations, firmware and diagnostics, virtual chargers) call it and get plain data back (the dataclasses of
:mod:`.commissioning`, :mod:`.config_snapshots`, :mod:`.local_list`); they never open a database session.

Reads the page makes synchronously today (a charger's row, its snapshots, the pickers of the Operations tab) are
synchronous here too and run in one unit of work on the calling thread; calls that already run as tasks (accept,
checklist, configuration, snapshots, virtual chargers) are awaitable, and their database work runs off the loop
(on the store's pool, or on the central system's writer thread for what the central system records itself).
The module-level functions of the area's modules stay the implementation; this object only decides the unit of
work and where it runs, so a console attached to a central system on another machine can swap it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.ocpp.events import ChargerEventReceived, SecurityEventReceived
from app.services.admin.site_settings import read_setting, save_setting
from app.services.central.charger_events import ACTION as CHARGER_EVENT
from app.services.central.charger_events import event_of as charger_event_of
from app.services.central.reservations import ReservationRow
from app.services.central.reservations import list_for as list_reservations
from app.services.chargers import commissioning as com
from app.services.chargers import config_snapshots as cfg
from app.services.chargers import firmware_signature as fws
from app.services.chargers.certificate_service import CertificatesService
from app.services.chargers.firmware_jobs import DiagnosticsJob, FirmwareJob, TransferJob
from app.services.chargers.local_list import ChargerContext, LocalList, build_local_list, charger_context
from app.services.chargers.local_list_status import SyncStatus, sync_status
from app.services.chargers.monitoring import MonitoringService
from app.services.chargers.operations import ChargerOffline, InvalidRequest, Operations
from app.services.chargers.virtual_fleet import VirtualFleet, VirtualSpec, ensure_station, fleet, next_free_id
from app.services.i18n import translate
from app.services.load.external import ActiveLimit, limits_of
from app.services.roles import Permission, Principal
from app.services.store import Store

if TYPE_CHECKING:
    from app.services.central.site_ca import SiteCaService
    from app.services.central.system import CentralSystem

#: More chargers than this seen at once: one query for all instead of one each.
BULK_READ = 20

#: The console → charger calls that only read (a viewer may make them); every other call of
#: :class:`Operations` changes something on the charger.
READ_ONLY_OPERATIONS = frozenset(
    {
        "get_configuration",
        "get_local_list_version",
        "get_composite_schedule",
        "get_charging_profiles",
        "get_variables",
        "get_base_report",
        "get_report",
        "get_transaction_status",
        "get_installed_certificate_ids",
        "reported_variables",
        "fetch_reported_variables",
        "get_monitoring_report",
        "reported_monitors",
        "fetch_reported_monitors",
    }
)


class GuardedOperations(Operations):
    """The central system's :class:`Operations` behind the operator's permission: a call that changes something
    on the charger is refused with :class:`~app.services.roles.NotAllowed` before it is sent, for the operator
    at the console when it is called (the store's principal)."""

    def __init__(self, inner: Operations, store: Store) -> None:  # no super().__init__: all goes to ``inner``
        self._inner = inner
        self._store = store

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        inner = object.__getattribute__(self, "_inner")
        # what Operations defines, whatever the implementation: an attached console's operations exist only as
        # names routed to the host (RemoteOperations has none on its class); the instance is not touched first
        if name not in READ_ONLY_OPERATIONS and callable(getattr(Operations, name, None)):
            object.__getattribute__(self, "_store").require(Permission.OPERATE_CHARGERS)
        return getattr(inner, name)


@dataclass(frozen=True)
class ChargerDetail:
    """What the Overview tab shows of one charger as stored: its row and its connectors."""

    row: com.ChargerRow | None
    connectors: list[com.ConnectorRow]
    local_list: SyncStatus | None = None  # its local list as kept in sync (None: no charger row yet)


@dataclass(frozen=True)
class CommissioningState:
    """What the Commissioning tab needs of one charger: its row, stored connectors, the tags a test charge can
    use and the last checklist result."""

    row: com.ChargerRow | None
    connectors: list[int]
    tags: list[com.TagChoice]
    last_result: com.ChecklistResult | None


@dataclass(frozen=True)
class AcceptChoices:
    sites: list[com.Choice]
    stations: list[com.Choice]


class ChargersService:
    """The Chargers page's use cases over a :class:`Store` and the central system (``None`` without one)."""

    def __init__(
        self, store: Store, central: CentralSystem | None = None, *, fleet_: VirtualFleet | None = None
    ):
        self.store = store
        self.central = central
        self._fleet = fleet_

    def _operator(self) -> Principal:
        """The operator, when allowed to operate chargers (else :class:`~app.services.roles.NotAllowed`)."""
        return self.store.require(Permission.OPERATE_CHARGERS)

    def _central(self) -> CentralSystem:
        if self.central is None:
            raise ChargerOffline(
                translate("ChargersService", "the central system is not running in this console")
            )
        return self.central

    # --- the list and the overview ------------------------------------------------------------------------------

    def list_chargers(self) -> list[com.ChargerRow]:
        return self.store.read(com.list_chargers)

    def charger(self, cp_id: str) -> com.ChargerRow | None:
        return self.store.read(lambda s: com.charger_row(s, cp_id))

    def chargers_seen(self, cp_ids: Sequence[str]) -> list[com.ChargerRow]:
        """The stored rows of ``cp_ids`` (those that exist), in one unit of work; for the page's worker thread."""

        def work(s: Session) -> list[com.ChargerRow]:
            if len(cp_ids) > BULK_READ:
                wanted = set(cp_ids)
                return [r for r in com.list_chargers(s) if r.cp_id in wanted]
            return [r for r in (com.charger_row(s, cp) for cp in cp_ids) if r is not None]

        return self.store.read(work)

    def external_limits(self, cp_id: str) -> list[ActiveLimit]:
        """The limits systems on site set on the charger (2.0.1 NotifyChargingLimit), by EVSE and source."""
        return self.store.read(lambda s: limits_of(s, cp_id))

    def detail(self, cp_id: str) -> ChargerDetail:
        return self.store.read(
            lambda s: ChargerDetail(
                com.charger_row(s, cp_id), com.connector_rows(s, cp_id), sync_status(s, [cp_id]).get(cp_id)
            )
        )

    def reservations(self, cp_id: str) -> list[ReservationRow]:
        """The charger's stored reservations: those holding a connector, then the recent ended ones."""
        return self.store.read(lambda s: list_reservations(s, cp_id))

    def operator_name(self) -> str:
        """Who is at this console, as the audit trail names them (what a reservation's ``made_by`` keeps)."""
        return self.store.principal.username

    def security_events(
        self, cp_id: str, before: dt.datetime, *, limit: int = 50
    ) -> list[SecurityEventReceived]:
        """The charger's stored security events (SecurityEventNotification, 1.6 security extension and 2.0.1)
        received before ``before``, newest first: what the Overview shows of the time before the console
        started (the audit trail keeps them)."""

        def work(s: Session) -> list[SecurityEventReceived]:
            rows = s.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.entity == "charger",
                    AuditEntry.entity_id == cp_id,
                    AuditEntry.action == "security_event",
                    AuditEntry.ts < before,
                )
                .order_by(AuditEntry.ts.desc(), AuditEntry.id.desc())
                .limit(limit)
            ).all()
            return [_security_event(cp_id, r.ts, r.changes or {}) for r in rows]

        return self.store.read(work)

    def charger_events(
        self, cp_id: str, before: dt.datetime, *, limit: int = 50
    ) -> list[ChargerEventReceived]:
        """The 2.0.1 charger's stored NotifyEvent events received before ``before``, newest first (the audit
        trail keeps them, like the security events)."""

        def work(s: Session) -> list[ChargerEventReceived]:
            rows = s.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.entity == "charger",
                    AuditEntry.entity_id == cp_id,
                    AuditEntry.action == CHARGER_EVENT,
                    AuditEntry.ts < before,
                )
                .order_by(AuditEntry.ts.desc(), AuditEntry.id.desc())
                .limit(limit)
            ).all()
            return [charger_event_of(cp_id, r.ts, r.changes or {}) for r in rows]

        return self.store.read(work)

    # --- commissioning -------------------------------------------------------------------------------------------

    def commissioning(self, cp_id: str) -> CommissioningState:
        def work(s: Session) -> CommissioningState:
            return CommissioningState(
                com.charger_row(s, cp_id),
                [c.connector_id for c in com.connector_rows(s, cp_id)],
                com.technician_tags(s),
                com.last_result(s, cp_id),
            )

        return self.store.read(work)

    def accept_choices(self) -> AcceptChoices:
        return self.store.read(lambda s: AcceptChoices(com.site_choices(s), com.station_choices(s)))

    def validate_accept(self, form: com.AcceptForm) -> dict[str, str]:
        """The form's problems by field (empty: it can be submitted)."""
        return self.store.read(lambda s: com.validate_accept(s, form))

    async def accept(self, form: com.AcceptForm) -> com.AcceptOutcome:
        actor = self._operator()
        return await com.accept(self._central(), form, actor=actor)

    async def reject(self, cp_id: str) -> None:
        actor = self._operator()
        await com.reject(self._central(), cp_id, actor=actor)

    def checklist(
        self, cp_id: str, options: com.ChecklistOptions, on_step: Callable[[com.StepResult], None]
    ) -> com.Checklist:
        """The commissioning checklist of ``cp_id``, ready to ``run()``."""
        actor = self._operator()
        return com.Checklist(self._central(), cp_id, options, on_step=on_step, actor=actor)

    def site_timezone(self, cp_id: str) -> str | None:
        """The time zone of the site of the station ``cp_id`` is bound to (None: not bound)."""
        return self.store.read(lambda s: com.site_timezone(s, cp_id))

    # --- operations ------------------------------------------------------------------------------------------------

    @property
    def operations(self) -> Operations:
        """Every console → charger call (the central system's :class:`Operations`), each refused with
        :class:`~app.services.roles.NotAllowed` for a role that may not operate chargers, except the calls that
        only read (:data:`READ_ONLY_OPERATIONS`)."""
        return GuardedOperations(self._central().operations, self.store)

    @property
    def certificates(self) -> CertificatesService:
        """A charger's and the site's certificates (the Certificates tab, Settings → Central system)."""
        return CertificatesService(self.store, lambda: self.operations)

    @property
    def monitoring(self) -> MonitoringService:
        """A 2.0.1 charger's monitors (the Monitoring tab)."""
        return MonitoringService(lambda: self.operations, self.connected_version)

    def connected_version(self, cp_id: str) -> str:
        """The OCPP version the charger speaks on its connection now ("" when it is not connected here)."""
        server = getattr(self.central, "server", None)
        cp = server.get(cp_id) if server is not None else None
        return str(getattr(cp, "version", "") or "") if cp is not None else ""

    @property
    def site_ca(self) -> SiteCaService:
        """Creating the site's local CA (Settings → Central system), as ``chargedesk certs ca`` does."""
        from app.services.central.site_ca import SiteCaService

        return SiteCaService(self.store, self.central)

    def charger_context(self, cp_id: str) -> ChargerContext:
        """Connectors, tags and running sessions of ``cp_id`` for the Operations tab's pickers."""
        return self.store.read(lambda s: charger_context(s, cp_id))

    def local_list(self, cp_id: str) -> LocalList:
        """Who may charge at ``cp_id`` at any time, and who is left out and why (raises LookupError)."""
        return self.store.read(lambda s: build_local_list(s, cp_id))

    # --- configuration keys and snapshots --------------------------------------------------------------------------

    async def read_configuration(self, cp_id: str, keys: Iterable[str] | None = None) -> cfg.ConfigReading:
        return await cfg.read_configuration(self._central(), cp_id, list(keys) if keys is not None else None)

    async def read_component(
        self, cp_id: str, component: str, variable: str = "", criteria: Sequence[str] = ()
    ) -> cfg.ComponentReport:
        """2.0.1 GetReport of ``component`` as typed (``EVSE#1``, ``OCPPCommCtrlr``), optionally one ``variable``
        and ``criteria``; bad input raises :class:`InvalidRequest` with a message for the operator (nothing sent)."""
        try:
            wanted = cfg.parse_component(component)
            one = cfg.parse_variable(variable)
        except ValueError as e:
            raise InvalidRequest(str(e)) from None
        return await cfg.read_component(self._central(), cp_id, wanted, one, list(criteria))

    async def change_key(self, cp_id: str, key: str, value: str) -> cfg.KeyResult:
        """Change one key on the charger. A secret key (the charger's password) goes through the station's
        password flow: the station's password follows when the charger accepts it; the value is never kept."""
        actor = self._operator()
        return await cfg.change_key(self._central(), cp_id, key, value, actor=actor)

    async def soft_reset(self, cp_id: str) -> dict[str, Any]:
        return await self.operations.reset(cp_id, "Soft")

    async def take_snapshot(self, cp_id: str, label: str = "") -> cfg.SnapshotInfo:
        actor = self._operator()
        return await cfg.take_snapshot(self._central(), cp_id, label=label, actor=actor)

    def snapshots(self, cp_id: str, *, limit: int = 500) -> list[cfg.SnapshotInfo]:
        return self.store.read(lambda s: cfg.snapshots_of(s, cp_id, limit=limit))

    def snapshot(self, snapshot_id: int) -> cfg.Snapshot:
        return self.store.read(lambda s: cfg.snapshot_of(s, snapshot_id))

    def delete_snapshot(self, snapshot_id: int) -> None:
        actor = self._operator()
        self.store.write(lambda s: cfg.remove_snapshot(s, snapshot_id, actor=actor))

    def chargers_of_same_model(self, cp_id: str, *, include_self: bool = False) -> list[cfg.ModelPeer]:
        """Chargers of ``cp_id``'s vendor and model, each said online or not."""
        central = self.central
        connected = [c.cp_id for c in central.chargers() if c.connected] if central is not None else []
        return self.store.read(
            lambda s: cfg.peers_of(s, cp_id, include_self=include_self, connected=connected)
        )

    async def apply_snapshot(
        self, snapshot_id: int, cp_ids: Iterable[str], keys: Iterable[str] | None = None
    ) -> cfg.ApplyReport:
        actor = self._operator()
        return await cfg.apply_snapshot(self._central(), snapshot_id, cp_ids, keys, actor=actor)

    # --- firmware and diagnostics ------------------------------------------------------------------------------

    def firmware_job(
        self,
        cp_id: str,
        firmware: Path,
        on_change: Callable[[TransferJob], None],
        signed: fws.SignedFirmware | None = None,
    ) -> FirmwareJob:
        """An update of ``cp_id``'s firmware with ``firmware``, ready to ``run()``; a secure (signed) update with
        ``signed`` (from :meth:`check_signed_firmware`)."""
        self._operator()
        return FirmwareJob(self._central(), cp_id, firmware, on_change=on_change, signed=signed)

    def diagnostics_job(
        self,
        cp_id: str,
        start: dt.datetime | None,
        stop: dt.datetime | None,
        on_change: Callable[[TransferJob], None],
        log_type: str | None = None,
    ) -> DiagnosticsJob:
        """A diagnostics upload from ``cp_id`` (optionally of a time window), ready to ``run()``: GetDiagnostics,
        or GetLog of ``log_type`` (``DiagnosticsLog`` / ``SecurityLog``) when given."""
        self._operator()
        return DiagnosticsJob(
            self._central(), cp_id, start_time=start, stop_time=stop, on_change=on_change, log_type=log_type
        )

    # --- signed firmware: the CAs trusted to sign it, the check before it is offered --------------------------

    def firmware_cas(self) -> list[fws.TrustedCa]:
        """The CAs the operator trusts to sign firmware (site-wide)."""
        return self.store.read(_trusted_cas)

    def trust_firmware_ca(self, path: Path) -> fws.TrustedCa:
        """Trust the CA certificate in ``path`` to sign firmware (:class:`~.firmware_signature.SignatureProblem`
        when it is no certificate); audited. Adding one already trusted changes nothing."""
        actor = self.store.require(Permission.MANAGE_SETTINGS)
        ca = fws.read_ca_file(path)

        def work(s: Session) -> None:
            stored = read_setting(s, fws.TRUSTED_CAS_KEY, [])
            pems = [p for p in stored.value or [] if isinstance(p, str)]
            if any(fws.describe_ca(p).fingerprint == ca.fingerprint for p in pems):
                return
            save_setting(s, fws.TRUSTED_CAS_KEY, [*pems, ca.pem], revision=stored.revision, actor=actor)

        self.store.write(work)
        return ca

    def forget_firmware_ca(self, fingerprint: str) -> None:
        """No longer trust the CA of ``fingerprint`` to sign firmware; audited."""
        actor = self.store.require(Permission.MANAGE_SETTINGS)

        def work(s: Session) -> None:
            stored = read_setting(s, fws.TRUSTED_CAS_KEY, [])
            pems = [p for p in stored.value or [] if isinstance(p, str)]
            kept = [p for p in pems if fws.describe_ca(p).fingerprint != fingerprint]
            if kept != pems:
                save_setting(s, fws.TRUSTED_CAS_KEY, kept, revision=stored.revision, actor=actor)

        self.store.write(work)

    async def check_signed_firmware(
        self, image: Path, certificate: Path, signature: Path
    ) -> fws.SignedFirmware:
        """The signing certificate (PEM file) and signature (file: Base64 or raw) of ``image``, checked against
        the trusted CAs (:class:`~.firmware_signature.SignatureProblem` says what is wrong; nothing is sent). Off
        the loop: hashing a 200 MB image takes about a second."""
        trusted = [ca.pem for ca in await self.store.aread(_trusted_cas)]

        def work() -> fws.SignedFirmware:
            pem, sig = fws.read_signing_files(certificate, signature)
            return fws.check(image, pem, sig, trusted)

        return await asyncio.to_thread(work)

    # --- virtual chargers ----------------------------------------------------------------------------------------

    @property
    def fleet(self) -> VirtualFleet:
        """The console's virtual chargers."""
        if self._fleet is None:
            self._fleet = fleet()
        return self._fleet

    def next_virtual_id(self) -> str:
        """VIRTUAL-1, VIRTUAL-2, … the first id neither a station's nor running."""
        running = self.fleet.running
        return self.store.read(lambda s: next_free_id(s, running))

    async def start_virtual(self, spec: VirtualSpec) -> int | None:
        """Start a virtual charger connected to this console's central system, first creating its station when
        ``spec.create_station`` (raises :class:`~app.services.validation.FormError` when it cannot be). Returns
        the id of the station created, if any."""
        actor = self._operator()
        central = self._central()
        created = None
        if spec.create_station:
            created = await self.store.awrite(lambda s: ensure_station(s, spec, actor=actor))
            if created is not None:
                await central.refresh_stations()
        await self.fleet.start(central.url, spec)
        return created

    async def stop_virtual(self, cp_id: str) -> None:
        self._operator()
        await self.fleet.stop(cp_id)


def _security_event(cp_id: str, at: dt.datetime, changes: dict[str, Any]) -> SecurityEventReceived:
    try:
        when: dt.datetime | None = dt.datetime.fromisoformat(str(changes.get("timestamp")))
    except ValueError:
        when = None
    return SecurityEventReceived(
        cp_id, str(changes.get("type") or ""), str(changes.get("tech_info") or ""), when, at=at
    )


def _trusted_cas(s: Session) -> list[fws.TrustedCa]:
    out: list[fws.TrustedCa] = []
    for pem in read_setting(s, fws.TRUSTED_CAS_KEY, []).value or []:
        try:
            out.append(fws.describe_ca(pem))
        except fws.SignatureProblem:
            continue  # not a certificate (edited by hand): never trusted
    return out


__all__ = [
    "READ_ONLY_OPERATIONS",
    "AcceptChoices",
    "ChargerDetail",
    "ChargersService",
    "CommissioningState",
    "GuardedOperations",
]
