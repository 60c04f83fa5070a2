"""The console's application boundary: every service object a page calls, built once by the composition root.

``AppServices.local(database, central)`` is the console on its own database (SQLite or the site's
PostgreSQL) and, when it hosts one, its central system. Each attribute is one area's service object; a page is
given the one(s) it needs and calls one method per user intention. Nothing here imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.db import Database
from app.services.admin.access_plans import AccessPlansService
from app.services.admin.catalog import CatalogService
from app.services.admin.circuits import CircuitsService
from app.services.admin.database import DatabaseService
from app.services.admin.operators import OperatorsService
from app.services.admin.site_settings import SiteSettingsService
from app.services.admin.station_map import StationMapService
from app.services.admin.stations import StationsService
from app.services.admin.users import UsersService
from app.services.alarms.service import AlarmsService
from app.services.chargers.service import ChargersService
from app.services.reports.audit_trail import AuditService
from app.services.reports.load import LoadService
from app.services.reports.overview import OverviewService
from app.services.reports.sessions import SessionsService
from app.services.reports.statements import StatementsService
from app.services.roles import Principal
from app.services.store import Store
from app.services.transfer.site_config import SiteConfigService

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem


@dataclass
class AppServices:
    store: Store
    chargers: ChargersService
    users: UsersService
    statements: StatementsService
    sessions: SessionsService
    overview: OverviewService
    station_map: StationMapService
    stations: StationsService
    plans: AccessPlansService
    catalog: CatalogService
    circuits: CircuitsService
    databases: DatabaseService
    site_settings: SiteSettingsService
    operators: OperatorsService
    audit: AuditService
    load: LoadService  # the Load page, the dashboard's load panel, a session's limits
    site_config: SiteConfigService  # Import a site configuration… (the empty pages)
    alarms: AlarmsService  # the Alarms page, the bell, chargedesk alarms
    central: CentralSystem | None = None

    @classmethod
    def local(
        cls, database: Database, central: Any = None, *, principal: Principal | None = None
    ) -> AppServices:
        """``principal``: who is at the console (None: the implicit local manager, nobody logged in); a log-in
        through :attr:`operators` replaces it for every service, as they share one store."""
        store = Store(database, principal=principal)
        return cls(
            store=store,
            users=UsersService(store),
            statements=StatementsService(store),
            sessions=SessionsService(store),
            overview=OverviewService(store),
            station_map=StationMapService(store),
            chargers=ChargersService(store, central),
            stations=StationsService(store),
            plans=AccessPlansService(store),
            catalog=CatalogService(store),
            circuits=CircuitsService(store),
            databases=DatabaseService(store),
            site_settings=SiteSettingsService(store),
            operators=OperatorsService(store),
            audit=AuditService(store),
            load=LoadService(store, central),
            site_config=SiteConfigService(store),
            alarms=AlarmsService(store),
            central=central,
        )

    def close(self) -> None:
        self.load.close()
        self.store.close()


__all__ = ["AppServices"]
