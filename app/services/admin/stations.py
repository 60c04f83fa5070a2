"""Stations as the operator manages them: the list behind the Stations page, and the station editor's load,
validate and save (no Qt).

The editor works on a :class:`StationForm`, a plain copy of everything it shows. :func:`load_station` fills one,
:func:`validate_station` lists every problem by field, :func:`save_station` writes the whole form in the caller's
session — the station, its connectors with their own access rules, the owners and the special users with their
windows, and an :class:`~app.models.AuditEntry` — or raises :class:`~app.services.validation.FormError`
(the editors' shared validation error) having written nothing. Writes bump the rules cache stamp when the tree
has one (as :mod:`app.services.admin.catalog` does).

Saving is a three-way merge: given ``base`` (the form as it was loaded), only what the operator changed is
written. The rest of the system changes a station while an editor is open — a charger's BootNotification sets
vendor/model/firmware and the OCPP version, a StatusNotification adds a connector, the schedule calendar edits
the weekly windows, the map moves the needle — and an editor that wrote back everything it had loaded would
silently undo those changes.

The merge is checked (optimistic concurrency, :mod:`app.services.revisions`): the form carries the station's
``revision`` as loaded. When someone else saved the station since (the revision moved on), every field both the
operator and the other side changed, to different values, is a conflict: :class:`EditConflict` is raised with
those fields and nothing is written. Fields only one side changed are merged as above.

Field names in ``FormError.problems`` are the form's attribute names; rows of the lists are addressed as
``connectors[1].max_kw``, ``grants[0].valid_until``, ``grants[0].windows[2].start`` and ``grants[0].windows``
(overlaps).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    Charger,
    ChargingSession,
    Circuit,
    Connector,
    DateException,
    GrantWindow,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    Tariff,
    User,
)
from app.services import locale_format
from app.services.admin import circuit_rules
from app.services.admin import station_rules as rules
from app.services.admin.audit import audit
from app.services.admin.passwords import hash_password, password_advice, password_problem
from app.services.admin.station_rules import (
    CHARGE_POINT_ID,
    NAME_MAX,
    OCPP_VERSIONS,
    PLUG_TYPES,
    SECURITY_PROFILES,
)
from app.services.central.config_version import bump as _bump_config
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import (
    Difference,
    EditConflict,
    bump,
    claim,
    current,
    differences,
    last_change,
    merge,
)
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.rules.access import shown_reason
from app.services.rules.numbers import parse_float as _number
from app.services.rules.plan import (
    Exception_,
    Plan,
    Slot,
    Weekly,
    Window,
    from_local,
    mode_at,
    mode_name,
    to_local,
)
from app.services.rules.timeparse import (
    format_days,
    format_time,
)
from app.services.store import Store
from app.services.validation import FormError
from app.services.validation import sentence as _sentence

LIST_LIMIT = 10_000  # the Stations page shows at most this many (a company's stations, not a data set)
USER_CHOICES_LIMIT = 20_000
CHARGING_STATUSES = frozenset({"Charging", "SuspendedEV", "SuspendedEVSE"})
STATUS_FILTERS = ("online", "offline", "faulted", "charging")

_NAME_MAX = NAME_MAX


# --- errors -----------------------------------------------------------------------------------------------------


class StationInUse(ValueError):
    """A station with charging sessions cannot be deleted (their history would lose its station): disable it."""

    def __init__(self, name: str, sessions: int, more: bool = False) -> None:
        self.name = name
        self.sessions = sessions
        count = locale_format.number(sessions)
        if more:
            text = translate(
                "Stations",
                "{name} has more than {count} charging sessions. Deleting it would leave their history without a "
                "station. Disable it instead: its charger is refused and the history is kept.",
            )
        else:
            text = translate(
                "Stations",
                "{name} has %n charging session(s). Deleting it would leave their history without a station. "
                "Disable it instead: its charger is refused and the history is kept.",
                None,
                PLURAL,
                int(sessions),
            )
        super().__init__(text.format(name=name, count=count))


# --- the list ---------------------------------------------------------------------------------------------------


@dataclass
class ConnectorLive:
    number: int
    plug_type: str
    max_kw: float | None
    status: str
    error_code: str = "NoError"


@dataclass
class StationListRow:
    """One line of the Stations page. Live events change ``online``, ``last_seen`` and connector statuses."""

    id: int
    name: str
    charge_point_id: str
    site_id: int
    site: str
    timezone: str
    address: str
    enabled: bool
    online: bool
    last_seen: dt.datetime | None
    charger_status: str
    has_password: bool
    allow_unsecured: bool
    security_profile: int
    connectors: list[ConnectorLive] = field(default_factory=list)
    plan: Plan | None = None  # the station's schedule (None: none, Public without tariff)
    connector_plans: dict[int, Plan] = field(default_factory=dict)  # connector number -> its override
    revision: int = 0  # the station's revision as listed (a delete from the list is checked against it)
    # its charger's local list as kept in sync (app.services.chargers.local_sync): None until first looked at
    ll_supported: bool | None = None
    ll_version: int | None = None
    ll_ok: bool | None = None
    ll_sync_at: dt.datetime | None = None
    ll_outcome: str = ""  # the last sync's outcome as stored (app.views.widgets.local_list_text.describe)

    @property
    def unsecured(self) -> bool:
        """Any charger may connect under this identity: no password, no client certificate required (profile 3)
        and unsecured connections allowed."""
        return not self.has_password and self.allow_unsecured and self.security_profile < 3

    @property
    def locked_out(self) -> bool:
        """No password and unsecured connections refused: its charger cannot connect until one is set (a profile 3
        charger logs in with its client certificate instead)."""
        return not self.has_password and not self.allow_unsecured and self.security_profile < 3

    @property
    def faulted(self) -> bool:
        return self.online and (
            self.charger_status == "Faulted" or any(c.status == "Faulted" for c in self.connectors)
        )

    @property
    def charging(self) -> bool:
        return self.online and any(c.status in CHARGING_STATUSES for c in self.connectors)

    def connector(self, number: int) -> ConnectorLive | None:
        return next((c for c in self.connectors if c.number == number), None)

    def apply_status(self, number: int, status: str, error_code: str = "NoError") -> bool:
        """A StatusNotification: True when something shown changed. An unknown connector is added (the central
        system creates it on first sight too)."""
        if number == 0:
            changed = self.charger_status != status
            self.charger_status = status
        else:
            c = self.connector(number)
            if c is None:
                self.connectors.append(ConnectorLive(number, "", None, status, error_code))
                self.connectors.sort(key=lambda x: x.number)
                changed = True
            else:
                changed = (c.status, c.error_code) != (status, error_code)
                c.status, c.error_code = status, error_code
        if not self.online:  # a status can only come from a connected charger
            self.online = changed = True
        return changed

    def apply_presence(self, online: bool, at: dt.datetime | None) -> None:
        self.online = online
        if at is not None:
            self.last_seen = at


def apply_live(rows: Mapping[str, StationListRow], chargers: Iterable[Any]) -> tuple[list[str], bool]:
    """Bring ``rows`` (by charge point id) to the central system's current state of ``chargers`` (its
    ``ChargerState`` objects: the connectors' last statuses, whether it is connected, when it was last seen): what
    the live events a hidden page did not get would have left. Returns the ids of the rows that changed, and
    whether a charger of a station has no row (a station created meanwhile: the list is to be read again)."""
    changed: list[str] = []
    missing = False
    for st in chargers:
        row = rows.get(st.cp_id)
        if row is None:
            missing = missing or st.ref.station_id is not None
            continue
        before = (row.online, row.last_seen)
        seen = row.last_seen
        touched = False
        for report in st.statuses.values():
            touched = row.apply_status(report.connector_id, report.status, report.error_code) or touched
            if report.timestamp is not None and (seen is None or report.timestamp > seen):
                seen = report.timestamp
        if st.last_seen is not None and (seen is None or st.last_seen > seen):
            seen = st.last_seen
        row.apply_presence(st.connected, seen)  # after the statuses: a charger gone since is offline
        if touched or (row.online, row.last_seen) != before:
            changed.append(st.cp_id)
    return changed, missing


def list_rows(session: Session, *, limit: int = LIST_LIMIT) -> list[StationListRow]:
    """Every station (at most ``limit``) by site then name, with connectors, presence and access plans.

    Plain column queries (no ORM objects), five whatever the number of stations: this runs on the GUI
    thread, which the central system shares."""
    listed = (
        select(Station.id)
        .join(Site, Site.id == Station.site_id)
        .order_by(Site.name, Station.name, Station.id)
        .limit(limit)
    )
    result = session.execute(
        select(
            Station.id,
            Station.name,
            Station.charge_point_id,
            Station.site_id,
            Site.name,
            Site.timezone,
            Station.address,
            Station.enabled,
            Charger.online,
            Charger.last_seen,
            Charger.status,
            Station.password_hash.is_not(None),
            Station.allow_unsecured,
            Station.security_profile,
            Station.revision,
            Charger.ll_supported,
            Charger.ll_version,
            Charger.ll_ok,
            Charger.ll_sync_at,
            Charger.ll_outcome,
        )
        .join(Site, Site.id == Station.site_id)
        .outerjoin(Charger, Charger.charge_point_id == Station.charge_point_id)
        .order_by(Site.name, Station.name, Station.id)
        .limit(limit)
    ).all()
    rows: list[StationListRow] = []
    by_id: dict[int, StationListRow] = {}
    for (
        sid,
        name,
        cpid,
        site_id,
        site,
        tz,
        address,
        enabled,
        online,
        last_seen,
        charger_status,
        has_password,
        allow_unsecured,
        profile,
        revision,
        ll_supported,
        ll_version,
        ll_ok,
        ll_sync_at,
        ll_outcome,
    ) in result:
        row = StationListRow(
            id=sid,
            name=name,
            charge_point_id=cpid,
            site_id=site_id,
            site=site,
            timezone=tz,
            address=address,
            enabled=enabled,
            online=bool(online),
            last_seen=last_seen,
            charger_status=charger_status or "Unknown",
            has_password=bool(has_password),
            allow_unsecured=allow_unsecured,
            security_profile=profile,
            revision=revision,
            ll_supported=ll_supported,
            ll_version=ll_version,
            ll_ok=ll_ok,
            ll_sync_at=ll_sync_at,
            ll_outcome=ll_outcome or "",
        )
        rows.append(row)
        by_id[sid] = row
    if not rows:
        return rows
    capped = len(rows) >= limit
    ids = listed.scalar_subquery()

    def only_listed(column: Any) -> Any:
        return column.in_(ids) if capped else True

    for station_id, number, plug, max_kw, status, error in session.execute(
        select(
            Connector.station_id,
            Connector.connector_id,
            Connector.plug_type,
            Connector.max_kw,
            Connector.status,
            Connector.error_code,
        )
        .where(only_listed(Connector.station_id))
        .order_by(Connector.station_id, Connector.connector_id)
    ):
        if (listed_row := by_id.get(station_id)) is not None:
            listed_row.connectors.append(ConnectorLive(number, plug, max_kw, status, error))

    tariffs: dict[int, str] = {tid: tname for tid, tname in session.execute(select(Tariff.id, Tariff.name))}
    windows: dict[int, list[Window]] = {}
    for schedule_id, days, start, end, mode, tariff_id in session.execute(
        select(
            AccessWindow.schedule_id,
            AccessWindow.days,
            AccessWindow.start_minute,
            AccessWindow.end_minute,
            AccessWindow.mode,
            AccessWindow.tariff_id,
        )
        .join(AccessSchedule, AccessSchedule.id == AccessWindow.schedule_id)
        .where(only_listed(AccessSchedule.station_id))
        .order_by(AccessWindow.schedule_id, AccessWindow.position, AccessWindow.id)
    ):
        windows.setdefault(schedule_id, []).append(Window(days, start, end, mode, tariffs.get(tariff_id)))
    exceptions: dict[int, list[Exception_]] = {}
    for schedule_id, day, follow, mode, tariff_id, label in session.execute(
        select(
            DateException.schedule_id,
            DateException.date,
            DateException.follow_weekday,
            DateException.mode,
            DateException.tariff_id,
            DateException.label,
        )
        .join(AccessSchedule, AccessSchedule.id == DateException.schedule_id)
        .where(only_listed(AccessSchedule.station_id))
        .order_by(DateException.schedule_id, DateException.date)
    ):
        exceptions.setdefault(schedule_id, []).append(
            Exception_(day, follow, mode, tariffs.get(tariff_id) if tariff_id is not None else None, label)
        )
    for schedule_id, station_id, number, mode, tariff_id in session.execute(
        select(
            AccessSchedule.id,
            AccessSchedule.station_id,
            Connector.connector_id,
            AccessSchedule.default_mode,
            AccessSchedule.default_tariff_id,
        )
        .outerjoin(Connector, Connector.id == AccessSchedule.connector_pk)
        .where(only_listed(AccessSchedule.station_id))
    ):
        owner = by_id.get(station_id)
        if owner is None:
            continue
        plan = Plan(
            mode,
            tariffs.get(tariff_id) if tariff_id is not None else None,
            tuple(windows.get(schedule_id, ())),
            tuple(exceptions.get(schedule_id, ())),
        )
        if number is None:
            owner.plan = plan
        else:
            owner.connector_plans[number] = plan
    return rows


def _schedule_options() -> list[Any]:
    return [
        joinedload(AccessSchedule.connector),
        joinedload(AccessSchedule.default_tariff),
        selectinload(AccessSchedule.windows).joinedload(AccessWindow.tariff),
        selectinload(AccessSchedule.exceptions).joinedload(DateException.tariff),
    ]


@dataclass(frozen=True)
class ModeNow:
    """The access mode of a station at local time ``local`` (``slot``) and of each connector that has its own
    rules."""

    local: dt.datetime
    slot: Slot
    connectors: dict[int, Slot]

    def modes(self) -> set[AccessMode]:
        return {self.slot.mode, *(s.mode for s in self.connectors.values())}

    def text(self) -> str:
        """``"Limited until 18:00"``, ``"Public · #2 Private"``."""
        until = self._until(self.slot)
        out = mode_name(self.slot.mode)
        if until:
            out = translate("Stations", "{mode} until {when}").format(mode=out, when=until)
        differ = [
            f"#{n} {mode_name(s.mode)}"
            for n, s in sorted(self.connectors.items())
            if s.mode is not self.slot.mode
        ]
        return " · ".join([out, *differ])

    def detail(self) -> str:
        """Several lines for a tooltip: why, at which tariff, until when."""
        lines = [self._line(translate("Stations", "Station"), self.slot)]
        lines += [
            self._line(translate("Stations", "Connector {number}").format(number=n), s)
            for n, s in sorted(self.connectors.items())
        ]
        return "\n".join(lines)

    def _until(self, slot: Slot) -> str:
        """When ``slot`` ends, as short as it is clear ("18:00", "Mon 07:00", a date); "" if it does not."""
        if slot.until is None:
            return ""
        if slot.until.date() == self.local.date():
            return locale_format.time(slot.until)
        if slot.until - self.local < dt.timedelta(days=6):
            return f"{locale_format.day_name(slot.until.weekday())} {locale_format.time(slot.until)}"
        return locale_format.date(slot.until.date(), legacy="%Y-%m-%d")

    def _line(self, who: str, slot: Slot) -> str:
        tariff = (
            translate("Stations", "tariff '{tariff}'").format(tariff=slot.tariff)
            if slot.tariff
            else translate("Stations", "no tariff")
        )
        line = translate("Stations", "{who}: {source}, {tariff}").format(
            who=who, source=shown_reason(slot.source), tariff=tariff
        )
        until = self._until(slot)
        return translate("Stations", "{line}, until {when}").format(line=line, when=until) if until else line


_OPEN = Plan()


def mode_now(row: StationListRow, now: dt.datetime) -> ModeNow:
    """The modes at the site's local wall-clock time of the UTC instant ``now``."""
    local = to_local(now, row.timezone)
    return ModeNow(
        local,
        mode_at(row.plan or _OPEN, local),
        {n: mode_at(p, local) for n, p in row.connector_plans.items()},
    )


def matches_search(row: StationListRow, text: str) -> bool:
    """Case-insensitive match of every word in ``text`` against name, charge point id and address."""
    words = text.casefold().split()
    hay = f"{row.name}\n{row.charge_point_id}\n{row.address}".casefold()
    return all(w in hay for w in words)


def matches_status(row: StationListRow, wanted: str | None) -> bool:
    """``online``, ``offline``, ``faulted`` (a connector or the charger Faulted), ``charging`` (a connector
    Charging or Suspended: a session in progress); None matches everything."""
    if wanted is None:
        return True
    return {
        "online": row.online,
        "offline": not row.online,
        "faulted": row.faulted,
        "charging": row.charging,
    }[wanted]


def security_label(row: StationListRow) -> tuple[str, str]:
    """What the Security column says and how loud: level ``ok``, ``warn`` or ``error``."""
    if row.unsecured:
        return translate("Stations", "Unsecured: no password"), "warn"
    if row.locked_out:
        return translate("Stations", "No password: charger refused"), "error"
    return {
        0: translate("Stations", "Password"),
        1: translate("Stations", "Basic (profile 1)"),
        2: translate("Stations", "TLS + Basic (profile 2)"),
        3: translate("Stations", "TLS + certificate (profile 3)"),
    }.get(
        row.security_profile, translate("Stations", "profile {number}").format(number=row.security_profile)
    ), "ok"


# --- the editor's form ------------------------------------------------------------------------------------------


@dataclass
class WindowText:
    """A special user's own window as typed: ``days`` "Mon-Fri", ``start`` "07:00", ``end`` "18:00"."""

    days: str = ""
    start: str = ""
    end: str = ""

    @property
    def blank(self) -> bool:
        return not (self.days.strip() or self.start.strip() or self.end.strip())


@dataclass
class GrantForm:
    """A special user of the station (``connector`` None) or of one connector (its number)."""

    id: int | None = None
    user_id: int | None = None
    connector: int | None = None
    tariff_id: int | None = None
    valid_from: dt.date | None = None  # first local day
    valid_until: dt.date | None = None  # last local day (inclusive)
    windows: list[WindowText] = field(default_factory=list)


@dataclass
class ConnectorForm:
    id: int | None = None
    number: int = 1
    plug_type: str = "Type2"
    max_kw: float | str | None = None  # a number, or the text as typed (validated)
    own_rules: bool = False  # the connector has its own AccessSchedule
    mode: AccessMode = AccessMode.PUBLIC
    tariff_id: int | None = None
    # load management: the circuit it is on (None: not managed), its phases, the circuit phase of its L1 L2 L3
    circuit_id: int | None = None
    phases: int = 3
    phase_rotation: str = "123"
    max_current_a: float | str | None = None  # A per phase, or the text as typed (validated)
    status: str = field(default="Unknown", compare=False)  # read-only
    windows: list[str] = field(default_factory=list, compare=False)  # read-only: its schedule, as lines


@dataclass
class StationForm:
    """Everything the station editor shows. Read-only fields (from the charger, or edited elsewhere) are
    excluded from comparisons, so ``form != base`` means "the operator changed something"."""

    id: int | None = None
    name: str = ""
    description: str = ""
    site_id: int | None = None
    charge_point_id: str = ""
    enabled: bool = True
    ocpp_version: str = "1.6"
    # security
    password: str = ""  # a new password; empty keeps the current one
    clear_password: bool = False
    security_profile: int = 0
    # safe by default: a new station's charger needs a password unless the operator ticks this explicitly
    allow_unsecured: bool = False
    lenient: bool = False
    # access
    default_mode: AccessMode = AccessMode.PUBLIC
    default_tariff_id: int | None = None
    owner_tariff_id: int | None = None
    owners: list[int] = field(default_factory=list)
    grants: list[GrantForm] = field(default_factory=list)
    connectors: list[ConnectorForm] = field(default_factory=list)
    # location
    lat: float | str | None = None
    lon: float | str | None = None
    address: str = ""
    notes: str = ""
    # read-only
    vendor: str = field(default="", compare=False)
    model: str = field(default="", compare=False)
    serial_number: str = field(default="", compare=False)
    firmware_version: str = field(default="", compare=False)
    has_password: bool = field(default=False, compare=False)
    windows: list[str] = field(default_factory=list, compare=False)  # the station schedule, as lines
    copy_rules_from: int | None = field(
        default=None, compare=False
    )  # duplicate: copy windows of that station
    password_hash: str | None = field(default=None, compare=False, repr=False)  # precomputed (see prehash)
    # the stored revision the form was loaded from (0: a new station); see save_station
    revision: int = field(default=0, compare=False)

    @property
    def will_have_password(self) -> bool:
        return bool(self.password) or (self.has_password and not self.clear_password)


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""


@dataclass(frozen=True)
class Choices:
    """What the editor's combos and pickers offer."""

    sites: list[Choice]
    tariffs: list[Choice]
    users: list[Choice]
    circuits: list[CircuitChoice] = field(default_factory=list)

    def circuits_of(self, site_id: int | None) -> list[CircuitChoice]:
        return [c for c in self.circuits if c.site_id == site_id]


@dataclass(frozen=True)
class CircuitChoice:
    """A circuit a connector can be on: ``name`` indented by its depth in the site's tree."""

    id: int
    site_id: int
    name: str
    phases: int
    depth: int = 0

    @property
    def label(self) -> str:
        name = (
            translate("Stations", "{name} (1 phase)").format(name=self.name)
            if self.phases == 1
            else self.name
        )
        return "    " * self.depth + name


def site_choices(session: Session) -> list[Choice]:
    """Every site by name (``detail``: its time zone)."""
    return [
        Choice(i, n, tz)
        for i, n, tz in session.execute(select(Site.id, Site.name, Site.timezone).order_by(Site.name))
    ]


def choices(session: Session) -> Choices:
    sites = site_choices(session)
    tariffs = []
    for t in session.scalars(select(Tariff).order_by(Tariff.name)):
        parts = [
            f"{t.per_kwh.normalize():f}/kWh" if t.per_kwh else "",
            f"{t.per_hour.normalize():f}/h" if t.per_hour else "",
            translate("Stations", "start {fee}").format(fee=f"{t.start_fee.normalize():f}")
            if t.start_fee
            else "",
        ]
        tariffs.append(
            Choice(t.id, t.name, " · ".join(p for p in parts if p) or translate("Stations", "free"))
        )
    users = [
        Choice(
            i,
            n,
            (email or "") if active else translate("Stations", "{email} (blocked)").format(email=email or ""),
        )
        for i, n, email, active in session.execute(
            select(User.id, User.name, User.email, User.active).order_by(User.name).limit(USER_CHOICES_LIMIT)
        )
    ]
    return Choices(sites, tariffs, users, circuit_choices(session))


def circuit_choices(session: Session) -> list[CircuitChoice]:
    """Every site's circuits in tree order (each site's grid connection first)."""
    rows = session.execute(
        select(Circuit.id, Circuit.site_id, Circuit.parent_id, Circuit.name, Circuit.phases).order_by(
            Circuit.site_id, Circuit.position, Circuit.id
        )
    ).all()
    children: dict[int | None, list[Any]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        children.setdefault(r.parent_id if r.parent_id in ids else None, []).append(r)
    out: list[CircuitChoice] = []

    def walk(r: Any, depth: int) -> None:
        out.append(CircuitChoice(r.id, r.site_id, r.name, r.phases, depth))
        for child in children.get(r.id, ()):
            walk(child, depth + 1)

    for root in children.get(None, ()):
        walk(root, 0)
    return out


def schedule_lines(sched: AccessSchedule | None) -> list[str]:
    """A schedule's weekly windows and date exceptions as lines people read."""
    if sched is None:
        return []
    plan = Plan.from_model(sched)
    lines = [
        translate("Stations", "{window} at '{tariff}'").format(window=w.label, tariff=w.tariff)
        if w.tariff
        else w.label
        for w in plan.windows
    ]
    for e in plan.exceptions:
        what = (
            translate("Stations", "follows {day}").format(day=locale_format.day_name(e.follow_weekday))
            if e.follow_weekday is not None
            else translate("Stations", "{mode} all day").format(mode=mode_name(e.mode))
            if e.mode
            else ""
        )
        if e.tariff:
            what = translate("Stations", "{rule} at '{tariff}'").format(rule=what, tariff=e.tariff)
        day = f"{e.date.isoformat()} {e.label}" if e.label else e.date.isoformat()
        lines.append(f"{day}: {what}")
    return lines


def new_station_form(session: Session, site_id: int | None = None) -> StationForm:
    """A form for a new station: in ``site_id`` (default: the site with the most stations, else the first by
    name) with one Type 2 connector."""
    if site_id is None:
        site_id = session.scalar(
            select(Site.id)
            .outerjoin(Station, Station.site_id == Site.id)
            .group_by(Site.id, Site.name)
            .order_by(func.count(Station.id).desc(), Site.name)
            .limit(1)
        )
    return StationForm(site_id=site_id, connectors=[ConnectorForm(number=1)])


def _load(session: Session, station_id: int) -> Station:
    st = session.scalars(
        select(Station)
        .where(Station.id == station_id)
        .options(
            joinedload(Station.site),
            selectinload(Station.connectors)
            .selectinload(Connector.schedule)
            .selectinload(AccessSchedule.windows)
            .joinedload(AccessWindow.tariff),
            selectinload(Station.owners),
            selectinload(Station.grants).selectinload(SpecialGrant.windows),
            selectinload(Station.grants).joinedload(SpecialGrant.connector),
        )
    ).one_or_none()
    if st is None:
        raise LookupError(
            translate("Stations", "station {id} does not exist (deleted meanwhile?)").format(id=station_id)
        )
    return st


def _local_day(at: dt.datetime | None, tz: str, *, last: bool = False) -> dt.date | None:
    if at is None:
        return None
    if last:  # an exclusive end at local midnight means "through the previous day"
        at = at - dt.timedelta(microseconds=1)
    return to_local(at, tz).date()


def load_station(session: Session, station_id: int) -> StationForm:
    """The form of a stored station (raises LookupError when it does not exist)."""
    st = _load(session, station_id)
    tz = st.site.timezone
    sched = st.schedule
    return StationForm(
        id=st.id,
        name=st.name,
        description=st.description,
        site_id=st.site_id,
        charge_point_id=st.charge_point_id,
        enabled=st.enabled,
        ocpp_version=st.ocpp_version,
        security_profile=st.security_profile,
        allow_unsecured=st.allow_unsecured,
        lenient=st.lenient,
        default_mode=sched.default_mode if sched else AccessMode.PUBLIC,
        default_tariff_id=sched.default_tariff_id if sched else None,
        owner_tariff_id=st.owner_tariff_id,
        owners=sorted(o.user_id for o in st.owners),
        grants=[
            GrantForm(
                id=g.id,
                user_id=g.user_id,
                connector=g.connector.connector_id if g.connector else None,
                tariff_id=g.tariff_id,
                valid_from=_local_day(g.valid_from, tz),
                valid_until=_local_day(g.valid_until, tz, last=True),
                windows=[
                    WindowText(format_days(w.days), format_time(w.start_minute), format_time(w.end_minute))
                    for w in g.windows
                ],
            )
            for g in sorted(st.grants, key=lambda g: g.id)
        ],
        connectors=[
            ConnectorForm(
                id=c.id,
                number=c.connector_id,
                plug_type=c.plug_type,
                max_kw=c.max_kw,
                own_rules=c.schedule is not None,
                mode=c.schedule.default_mode if c.schedule else AccessMode.PUBLIC,
                tariff_id=c.schedule.default_tariff_id if c.schedule else None,
                circuit_id=c.circuit_id,
                phases=c.phases,
                phase_rotation=c.phase_rotation,
                max_current_a=c.max_current_a,
                status=c.status,
                windows=schedule_lines(c.schedule),
            )
            for c in st.connectors
        ],
        lat=st.lat,
        lon=st.lon,
        address=st.address,
        notes=st.notes,
        vendor=st.vendor,
        model=st.model,
        serial_number=st.serial_number,
        firmware_version=st.firmware_version,
        has_password=bool(st.password_hash),
        windows=schedule_lines(sched),
        revision=st.revision,
    )


def schedule_summary(session: Session, station_id: int) -> tuple[list[str], dict[int, list[str]]]:
    """The station's schedule lines and each connector override's (by connector number), fresh from the
    database: the editor shows them read-only and refreshes them after the schedule calendar saved."""
    scheds = session.scalars(
        select(AccessSchedule).where(AccessSchedule.station_id == station_id).options(*_schedule_options())
    ).all()
    station: list[str] = []
    per_connector: dict[int, list[str]] = {}
    for s in scheds:
        if s.connector is None:
            station = schedule_lines(s)
        else:
            per_connector[s.connector.connector_id] = schedule_lines(s)
    return station, per_connector


def duplicate_station(session: Session, station_id: int) -> StationForm:
    """An unsaved copy of a station for the editor: same site, settings, connectors, access rules (their
    windows are copied on save), owners and special users; a new name and a free charge point id; no password,
    no coordinates, nothing from the charger."""
    src = load_station(session, station_id)
    form = replace(
        src,
        id=None,
        name=_copy_name(session, src.name),
        charge_point_id=suggest_charge_point_id(session, src.charge_point_id),
        password="",
        clear_password=False,
        has_password=False,
        lat=None,
        lon=None,
        vendor="",
        model="",
        serial_number="",
        firmware_version="",
        copy_rules_from=src.id,
        password_hash=None,
        owners=list(src.owners),
        grants=[replace(g, id=None, windows=[replace(w) for w in g.windows]) for g in src.grants],
        connectors=[replace(c, id=None, status="Unknown") for c in src.connectors],
    )
    if src.security_profile > 0:  # a profile that needs a password cannot be copied without one
        form.security_profile = 0
    return form


def _copy_name(session: Session, name: str) -> str:
    base = f"{name} (copy)"[:_NAME_MAX]
    taken = set(session.scalars(select(Station.name).where(Station.name.like(f"{name} (copy%"))))
    if base not in taken:
        return base
    n = 2
    while f"{name} (copy {n})" in taken:
        n += 1
    return f"{name} (copy {n})"[:_NAME_MAX]


def suggest_charge_point_id(session: Session, like: str) -> str:
    """A free charge point id close to ``like``: the trailing number counted up (HALL-B-1 → HALL-B-2), or
    ``-2``, ``-3``… appended."""
    m = re.match(r"^(.*?)(\d+)$", like)
    stem, start, width = (m.group(1), int(m.group(2)) + 1, len(m.group(2))) if m else (f"{like}-", 2, 1)
    taken = {
        t.casefold()
        for t in session.scalars(
            select(Station.charge_point_id).where(Station.charge_point_id.like(f"{stem}%"))
        )
    }
    n = start
    while True:
        candidate = f"{stem}{n:0{width}d}"[:64]
        if candidate.casefold() not in taken:
            return candidate
        n += 1


# --- validation -------------------------------------------------------------------------------------------------


def parse_windows(grant: GrantForm, prefix: str, problems: dict[str, str]) -> list[Weekly]:
    """The grant's non-blank window rows as :class:`Weekly`; problems go to ``problems`` by field."""
    out: list[Weekly] = []
    for j, w in enumerate(grant.windows):
        if w.blank:
            continue
        key = f"{prefix}.windows[{j}]"
        weekly, wrong = rules.parse_window_text(w.days, w.start, w.end)
        for part, message in wrong.items():
            typed = getattr(w, part).strip()
            problems[f"{key}.{part}"] = (
                _sentence(message) if typed else translate("Stations", _EMPTY_WINDOW_PART[part])
            )
        if weekly is not None:
            out.append(weekly)
    if out and not any(k.startswith(f"{prefix}.windows[") for k in problems):
        overlaps = rules.window_overlaps(out)
        if overlaps:
            problems[f"{prefix}.windows"] = translate(
                "Stations", "{overlaps} Change or remove one of them."
            ).format(overlaps=" ".join(overlaps))
    return out


_EMPTY_WINDOW_PART = {
    "days": QT_TRANSLATE_NOOP("Stations", "Enter the weekdays, e.g. Mon-Fri or Sat,Sun."),
    "start": QT_TRANSLATE_NOOP("Stations", "Enter the start time, e.g. 07:00."),
    "end": QT_TRANSLATE_NOOP("Stations", "Enter the end time, e.g. 18:00 (24:00 for midnight)."),
}


def validate_station(session: Session, form: StationForm) -> dict[str, str]:
    """Every problem of the form, by field (empty: it can be saved). Reads the database (uniqueness, whether
    the chosen site, tariffs and users still exist)."""
    p: dict[str, str] = {}
    _check_name(form, p)
    _check_site(session, form, p)
    _check_charge_point_id(session, form, p)
    _check_choices(form, p)
    _check_security(form, p)
    _check_location(form, p)
    numbers = _check_connectors(form, p)
    _check_load(session, form, p)
    known_tariffs = _check_tariffs(session, form, p)
    known_users = _check_owners(session, form, p)
    _check_grants(form, numbers, known_tariffs, known_users, p)
    return p


_TARIFF_GONE = QT_TRANSLATE_NOOP("Stations", "This tariff no longer exists; choose another.")


def _check_name(form: StationForm, p: dict[str, str]) -> None:
    name = form.name.strip()
    if not name:
        p["name"] = translate("Stations", "Enter a name, e.g. Hall B.")
    elif len(name) > _NAME_MAX:
        p["name"] = translate(
            "Stations", "A name has at most {most} characters (this one has {length})."
        ).format(most=_NAME_MAX, length=len(name))


def _check_site(session: Session, form: StationForm, p: dict[str, str]) -> None:
    if form.site_id is None:
        p["site_id"] = translate(
            "Stations", "Choose a site. If there is none yet, create one in Settings → Sites first."
        )
    elif session.get(Site, form.site_id) is None:
        p["site_id"] = translate("Stations", "This site no longer exists; choose another.")


def _check_charge_point_id(session: Session, form: StationForm, p: dict[str, str]) -> None:
    """Present, well formed, and no other station's (whatever the case)."""
    cpid = form.charge_point_id.strip()
    if not cpid:
        p["charge_point_id"] = translate(
            "Stations",
            "Enter the charge point identity the charger connects with (the last part of its URL, e.g. HALL-B-1).",
        )
    elif not CHARGE_POINT_ID.match(cpid):
        p["charge_point_id"] = translate(
            "Stations",
            "Use 1 to 64 letters, digits or . _ ~ * - (it is part of the charger's URL and its Basic auth user "
            "name).",
        )
    else:
        same = session.execute(
            select(Station.id, Station.name, Station.charge_point_id).where(
                func.lower(Station.charge_point_id) == cpid.lower()
            )
        ).all()
        existing = {other_cpid.casefold(): other_id for other_id, _, other_cpid in same}
        if rules.charge_point_id_clash(cpid, form.id, existing):
            name = next(n for i, n, _ in same if i != form.id)
            p["charge_point_id"] = translate(
                "Stations", "{id} is already used by station {name}; choose another identity."
            ).format(id=cpid, name=name)


def _check_choices(form: StationForm, p: dict[str, str]) -> None:
    """The access modes (station and connectors with their own rules) and the OCPP version are known ones."""
    if form.default_mode not in set(AccessMode):
        p["default_mode"] = translate("Stations", "Choose Public, Limited or Private.")
    for i, c in enumerate(form.connectors):
        if c.own_rules and c.mode not in set(AccessMode):
            p[f"connectors[{i}].mode"] = translate("Stations", "Choose Public, Limited or Private.")
    if form.ocpp_version not in OCPP_VERSIONS:
        p["ocpp_version"] = translate("Stations", "Choose one of {versions}.").format(
            versions=", ".join(OCPP_VERSIONS)
        )


def _check_security(form: StationForm, p: dict[str, str]) -> None:
    """The charger's password, and a security profile that the password (kept or new) allows."""
    if why := rules.charger_password_problem(form.password):
        if len(form.password) >= 8:
            p["password"] = _sentence(why)
        elif form.has_password:
            p["password"] = translate(
                "Stations",
                "{problem} Type a longer password or leave the field empty to keep the current one.",
            ).format(problem=_sentence(why))
        else:
            p["password"] = translate("Stations", "{problem} Type a longer password.").format(
                problem=_sentence(why)
            )
    if form.security_profile not in SECURITY_PROFILES:
        p["security_profile"] = translate("Stations", "Choose security profile 0, 1, 2 or 3.")
    elif why := rules.profile_problem(form.security_profile, form.will_have_password):
        p["security_profile"] = _sentence(
            translate("Stations", "{problem}: enter one above, or choose profile 0").format(problem=why)
        )


def _check_location(form: StationForm, p: dict[str, str]) -> None:
    """Latitude and longitude are numbers in range, given both or neither; the address is not too long."""
    coordinates: dict[str, float | None] = {}
    for key in ("lat", "lon"):
        try:
            coordinates[key] = _number(getattr(form, key))
        except ValueError:
            p[key] = (
                translate(
                    "Stations", "Latitude must be a number between -90 and 90 in degrees (e.g. 47.3769)."
                )
                if key == "lat"
                else translate(
                    "Stations", "Longitude must be a number between -180 and 180 in degrees (e.g. 8.5417)."
                )
            )
    for key, value in coordinates.items():
        if why := rules.coordinate_problem(key, value):
            p[key] = _sentence(why)
    if (
        "lat" not in p
        and "lon" not in p
        and (pair := rules.pairing_problem(coordinates["lat"], coordinates["lon"]))
    ):
        p[pair[0]] = _sentence(
            translate("Stations", "{problem} (Remove location clears both)").format(problem=pair[1])
        )
    if len(form.address.strip()) > rules.ADDRESS_MAX:
        p["address"] = translate("Stations", "An address has at most {most} characters.").format(
            most=rules.ADDRESS_MAX
        )


def _check_connectors(form: StationForm, p: dict[str, str]) -> dict[int, int]:
    """Each connector's number (1 or more, listed once), plug type and power; returns the valid numbers with
    their row."""
    numbered = [c.number if isinstance(c.number, int) and c.number >= 1 else None for c in form.connectors]
    twice = rules.duplicates(numbered)
    numbers = {n: i for i, n in enumerate(numbered) if n is not None and i not in twice}
    for i, c in enumerate(form.connectors):
        key = f"connectors[{i}]"
        if numbered[i] is None:
            p[f"{key}.number"] = translate(
                "Stations", "A connector number is 1 or more (the OCPP connectorId)."
            )
        elif i in twice:
            p[f"{key}.number"] = translate(
                "Stations", "Connector {number} is listed twice; give each connector its own number."
            ).format(number=c.number)
        if why := rules.plug_type_problem(c.plug_type):
            p[f"{key}.plug_type"] = _sentence(why)
        _check_max_kw(c, key, p)
    return numbers


def _check_load(session: Session, form: StationForm, p: dict[str, str]) -> None:
    """Each connector's circuit (one of the station's site), phases that fit it, rotation, maximum current."""
    wanted = {c.circuit_id for c in form.connectors if c.circuit_id is not None}
    circuits = {
        c.id: c for c in session.scalars(select(Circuit).where(Circuit.id.in_(wanted)))
    } if wanted else {}  # fmt: skip
    for i, c in enumerate(form.connectors):
        key = f"connectors[{i}]"
        circuit = circuits.get(c.circuit_id) if c.circuit_id is not None else None
        if c.circuit_id is not None and (circuit is None or circuit.site_id != form.site_id):
            p[f"{key}.circuit_id"] = translate(
                "Stations",
                "This circuit is not one of the station's site (deleted, or the site changed); choose another.",
            )
        if why := circuit_rules.connector_phases_problem(
            c.phases, circuit.phases if circuit else None, circuit.name if circuit else ""
        ):
            p[f"{key}.phases"] = _sentence(why)
        if why := circuit_rules.rotation_problem(c.phase_rotation):
            p[f"{key}.phase_rotation"] = _sentence(why)
        try:
            amperes = _number(c.max_current_a)
        except ValueError:
            p[f"{key}.max_current_a"] = translate(
                "Stations", "Max current is a number of A per phase, e.g. 32; leave it empty if unknown."
            )
            continue
        if why := circuit_rules.connector_current_problem(amperes):
            p[f"{key}.max_current_a"] = _sentence(why)


def _check_max_kw(c: ConnectorForm, key: str, p: dict[str, str]) -> None:
    try:
        kw = _number(c.max_kw)
    except ValueError:
        p[f"{key}.max_kw"] = translate(
            "Stations", "Max power is a number of kW, e.g. 22; leave it empty if unknown."
        )
    else:
        if why := rules.max_kw_problem(kw):
            if kw is not None and kw <= 0:
                why = translate("Stations", "{problem}; leave it empty if unknown").format(problem=why)
            p[f"{key}.max_kw"] = _sentence(why)


def _check_tariffs(session: Session, form: StationForm, p: dict[str, str]) -> set[int]:
    """The station's, the owners' and the connectors' tariffs still exist; returns the chosen ones that do
    (the special users' tariffs included)."""
    tariff_ids = {
        t
        for t in (
            form.default_tariff_id,
            form.owner_tariff_id,
            *(c.tariff_id for c in form.connectors if c.own_rules),
            *(g.tariff_id for g in form.grants),
        )
        if t is not None
    }
    known_tariffs = (
        set(session.scalars(select(Tariff.id).where(Tariff.id.in_(tariff_ids)))) if tariff_ids else set()
    )
    if form.default_tariff_id is not None and form.default_tariff_id not in known_tariffs:
        p["default_tariff_id"] = translate("Stations", _TARIFF_GONE)
    if form.owner_tariff_id is not None and form.owner_tariff_id not in known_tariffs:
        p["owner_tariff_id"] = translate("Stations", _TARIFF_GONE)
    for i, c in enumerate(form.connectors):
        if c.own_rules and c.tariff_id is not None and c.tariff_id not in known_tariffs:
            p[f"connectors[{i}].tariff_id"] = translate("Stations", _TARIFF_GONE)
    return known_tariffs


def _check_owners(session: Session, form: StationForm, p: dict[str, str]) -> set[int]:
    """The owners exist and are listed once; returns the chosen users (owners and special users) that exist."""
    user_ids = {u for u in (*form.owners, *(g.user_id for g in form.grants)) if u is not None}
    known_users = set(session.scalars(select(User.id).where(User.id.in_(user_ids)))) if user_ids else set()
    if any(u not in known_users for u in form.owners):
        p["owners"] = translate(
            "Stations", "An owner's user account no longer exists; remove it from the list."
        )
    elif rules.duplicates(form.owners):
        p["owners"] = translate("Stations", "A user is listed twice as owner; remove one.")
    return known_users


def _check_grants(
    form: StationForm,
    numbers: Mapping[int, int],
    known_tariffs: set[int],
    known_users: set[int],
    p: dict[str, str],
) -> None:
    """Each special user: an existing user, a connector the station keeps, an existing tariff, a period that
    does not end before it starts, and well-formed windows that do not overlap."""
    for i, g in enumerate(form.grants):
        key = f"grants[{i}]"
        if g.user_id is None:
            p[f"{key}.user_id"] = translate("Stations", "Choose the special user.")
        elif g.user_id not in known_users:
            p[f"{key}.user_id"] = translate(
                "Stations", "This user no longer exists; choose another or remove the special user."
            )
        if g.connector is not None and g.connector not in numbers:
            p[f"{key}.connector"] = translate(
                "Stations",
                "The station has no connector {number} any more; choose another connector or the whole station.",
            ).format(number=g.connector)
        if g.tariff_id is not None and g.tariff_id not in known_tariffs:
            p[f"{key}.tariff_id"] = translate("Stations", _TARIFF_GONE)
        if g.valid_from and g.valid_until and g.valid_until < g.valid_from:
            p[f"{key}.valid_until"] = translate("Stations", "The last day must be on or after the first day.")
        parse_windows(g, key, p)


def password_hint(password: str) -> str | None:
    """Advice for an acceptable but short password (shown, not enforced)."""
    return password_advice(password) if password else None


def prehash(form: StationForm) -> StationForm:
    """The form with its new password hashed (PBKDF2 takes ~0.1 s: call this off the GUI thread)."""
    if form.password and not password_problem(form.password):
        return replace(form, password_hash=hash_password(form.password))
    return form


# --- saving -----------------------------------------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, AccessMode):
        return value.value
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


_SCALARS = (
    "name",
    "description",
    "site_id",
    "charge_point_id",
    "enabled",
    "ocpp_version",
    "security_profile",
    "allow_unsecured",
    "lenient",
    "owner_tariff_id",
    "lat",
    "lon",
    "address",
    "notes",
)


def _clean(form: StationForm) -> dict[str, Any]:
    return {
        "name": form.name.strip(),
        "description": form.description,
        "site_id": form.site_id,
        "charge_point_id": form.charge_point_id.strip(),
        "enabled": form.enabled,
        "ocpp_version": form.ocpp_version,
        "security_profile": form.security_profile,
        "allow_unsecured": form.allow_unsecured,
        "lenient": form.lenient,
        "owner_tariff_id": form.owner_tariff_id,
        "lat": _number(form.lat),
        "lon": _number(form.lon),
        "address": form.address.strip(),
        "notes": form.notes,
    }


def _rules_text(mode: AccessMode | str, tariff: str) -> str:
    name = mode_name(AccessMode(mode))
    return (
        translate("Stations", "{mode}, tariff {tariff}").format(mode=name, tariff=tariff) if tariff else name
    )


def station_fields(
    session: Session, form: StationForm, numbers: Mapping[int, int] | None = None
) -> dict[str, str]:
    """The station as the operator reads it, field label → text (a conflict's differences are made of these).
    Connectors are labelled by ``numbers`` (connector id → the number to call it by) when given."""
    tariff_ids = {form.default_tariff_id, form.owner_tariff_id, *(c.tariff_id for c in form.connectors)}
    tariff_ids |= {g.tariff_id for g in form.grants}
    tariffs = dict(
        session.execute(select(Tariff.id, Tariff.name).where(Tariff.id.in_(tariff_ids - {None})))
        .tuples()
        .all()
    )
    users = names_of(session, [*form.owners, *(g.user_id for g in form.grants if g.user_id is not None)])
    site = (
        session.scalar(select(Site.name).where(Site.id == form.site_id)) if form.site_id is not None else ""
    )
    circuit_ids = {c.circuit_id for c in form.connectors if c.circuit_id is not None}
    circuits = (
        dict(
            session.execute(select(Circuit.id, Circuit.name).where(Circuit.id.in_(circuit_ids)))
            .tuples()
            .all()
        )
        if circuit_ids
        else {}
    )
    clean = _clean(form)

    def text(value: Any) -> str:
        if isinstance(value, bool):
            return translate("Stations", "yes") if value else translate("Stations", "no")
        return "" if value is None else str(value)

    out = {
        "Name": clean["name"],
        "Description": clean["description"],
        "Site": site or "",
        "Charge point ID": clean["charge_point_id"],
        "Enabled": text(clean["enabled"]),
        "OCPP version": clean["ocpp_version"],
        "Security profile": text(clean["security_profile"]),
        "Charger may connect without a password": text(clean["allow_unsecured"]),
        "Lenient": text(clean["lenient"]),
        "Access": _rules_text(form.default_mode, tariffs.get(form.default_tariff_id or 0, "")),
        "Owners' tariff": tariffs.get(form.owner_tariff_id or 0, ""),
        "Owners": ", ".join(sorted(users.get(u, str(u)) for u in form.owners)),
        "Latitude": text(clean["lat"]),
        "Longitude": text(clean["lon"]),
        "Address": clean["address"],
        "Notes": clean["notes"],
    }
    for c in form.connectors:
        if c.id is None:
            continue
        number = (numbers or {}).get(c.id, c.number)
        out[f"Connector {number} number"] = str(c.number)
        out[f"Connector {number} plug type"] = c.plug_type
        out[f"Connector {number} max kW"] = text(_number(c.max_kw))
        out[f"Connector {number} circuit"] = circuits.get(c.circuit_id or 0, "")
        out[f"Connector {number} phases"] = (
            f"{c.phases}, {circuit_rules.ROTATION_LABELS.get(c.phase_rotation, '')}"
        )
        out[f"Connector {number} max A"] = text(_number(c.max_current_a))
        own = (
            _rules_text(c.mode, tariffs.get(c.tariff_id or 0, ""))
            if c.own_rules
            else translate("Stations", "follows the station")
        )
        out[f"Connector {number} access"] = own
    for g in form.grants:
        if g.id is None:
            continue
        who = users.get(g.user_id or 0, str(g.user_id))
        parts = [
            translate("Stations", "connector {number}").format(number=g.connector)
            if g.connector is not None
            else translate("Stations", "whole station")
        ]
        if g.tariff_id is not None:
            parts.append(
                translate("Stations", "tariff {name}").format(name=tariffs.get(g.tariff_id, g.tariff_id))
            )
        if g.valid_from is not None or g.valid_until is not None:
            parts.append(
                translate("Stations", "valid {start} to {end}").format(
                    start=g.valid_from or "…", end=g.valid_until or "…"
                )
            )
        windows = [f"{w.days} {w.start}-{w.end}" for w in g.windows if not w.blank]
        parts.append("; ".join(windows) if windows else translate("Stations", "any time"))
        out[f"Special user {who} (#{g.id})"] = ", ".join(parts)
    return out


#: station_fields' labels (English, the keys a conflict compares), as the operator reads them
_FIELD_LABELS = {
    "Name": QT_TRANSLATE_NOOP("Stations", "Name"),
    "Description": QT_TRANSLATE_NOOP("Stations", "Description"),
    "Site": QT_TRANSLATE_NOOP("Stations", "Site"),
    "Charge point ID": QT_TRANSLATE_NOOP("Stations", "Charge point ID"),
    "Enabled": QT_TRANSLATE_NOOP("Stations", "Enabled"),
    "OCPP version": QT_TRANSLATE_NOOP("Stations", "OCPP version"),
    "Security profile": QT_TRANSLATE_NOOP("Stations", "Security profile"),
    "Charger may connect without a password": QT_TRANSLATE_NOOP(
        "Stations", "Charger may connect without a password"
    ),
    "Lenient": QT_TRANSLATE_NOOP("Stations", "Lenient"),
    "Access": QT_TRANSLATE_NOOP("Stations", "Access"),
    "Owners' tariff": QT_TRANSLATE_NOOP("Stations", "Owners' tariff"),
    "Owners": QT_TRANSLATE_NOOP("Stations", "Owners"),
    "Latitude": QT_TRANSLATE_NOOP("Stations", "Latitude"),
    "Longitude": QT_TRANSLATE_NOOP("Stations", "Longitude"),
    "Address": QT_TRANSLATE_NOOP("Stations", "Address"),
    "Notes": QT_TRANSLATE_NOOP("Stations", "Notes"),
}
_CONNECTOR_LABELS = {
    "number": QT_TRANSLATE_NOOP("Stations", "Connector {number} number"),
    "plug type": QT_TRANSLATE_NOOP("Stations", "Connector {number} plug type"),
    "max kW": QT_TRANSLATE_NOOP("Stations", "Connector {number} max kW"),
    "circuit": QT_TRANSLATE_NOOP("Stations", "Connector {number} circuit"),
    "phases": QT_TRANSLATE_NOOP("Stations", "Connector {number} phases"),
    "max A": QT_TRANSLATE_NOOP("Stations", "Connector {number} max A"),
    "access": QT_TRANSLATE_NOOP("Stations", "Connector {number} access"),
}
_CONNECTOR_FIELD = re.compile(r"^Connector (\d+) (.+)$")
_SPECIAL_FIELD = re.compile(r"^Special user (.+) \(#(\d+)\)$")


def field_label(key: str) -> str:
    """A label of :func:`station_fields` (English: what a conflict compares) in the operator's language."""
    if key in _FIELD_LABELS:
        return translate("Stations", _FIELD_LABELS[key])
    if (m := _CONNECTOR_FIELD.match(key)) and m.group(2) in _CONNECTOR_LABELS:
        return translate("Stations", _CONNECTOR_LABELS[m.group(2)]).format(number=m.group(1))
    if m := _SPECIAL_FIELD.match(key):
        return translate("Stations", "Special user {name} (#{id})").format(name=m.group(1), id=m.group(2))
    return key


_EDITABLE = (
    *_SCALARS,
    "password",
    "clear_password",
    "default_mode",
    "default_tariff_id",
    "owners",
)


def keep_editing(loaded: StationForm, mine: StationForm, stored: StationForm) -> StationForm:
    """The form after a conflict's "Keep editing": the stored station (its revision, its read-only fields) with
    what the operator changed since ``loaded`` (fields, and connectors and special users one by one)."""
    return merge(loaded, mine, stored, _EDITABLE, rows=["connectors", "grants"])


def station_conflict(
    session: Session,
    station_id: int,
    loaded: StationForm | None,
    mine: StationForm | None = None,
    *,
    deleting: bool = False,
) -> EditConflict | None:
    """The conflict of a save (``mine``) or a delete made on ``loaded`` with what is stored now: the fields both
    sides changed to different values (with ``mine``), or every field that differs (without). None when the
    station changed only where the merge can take both sides' changes."""
    session.expire_all()  # read what is stored now, not what this session loaded before its UPDATE waited
    try:
        stored = load_station(session, station_id)
    except LookupError:
        stored = None
    entities: list[tuple[str, object]] = [("station", station_id)]
    entities += [
        ("access_schedule", i)
        for i in session.scalars(select(AccessSchedule.id).where(AccessSchedule.station_id == station_id))
    ]
    entities += [
        ("special_grant", i)
        for i in session.scalars(select(SpecialGrant.id).where(SpecialGrant.station_id == station_id))
    ]
    who = last_change(session, entities)
    name = (stored or loaded or StationForm()).name
    if stored is None:
        return EditConflict(f"station {name}", "station", revision=None, last=who, deleting=deleting)
    if loaded is None:
        loaded = mine
    numbers = {
        c.id: c.number
        for c in [
            *(mine.connectors if mine else []),
            *stored.connectors,
            *(loaded.connectors if loaded else []),
        ]
        if c.id is not None
    }
    diffs: list[Difference] = []
    if loaded is not None:
        before = station_fields(session, loaded, numbers)
        wanted = None
        if mine is not None and mine is not loaded:
            wanted = station_fields(session, mine, numbers)
            # a connector the operator removed: each of its fields the other side changed is a conflict
            kept = {c.id for c in mine.connectors}
            for cid in (c.id for c in loaded.connectors if c.id is not None and c.id not in kept):
                prefix = f"Connector {numbers[cid]} "
                wanted.update({k: translate("Stations", "(removed)") for k in before if k.startswith(prefix)})
        diffs = differences(before, station_fields(session, stored, numbers), mine=wanted)
        diffs = [Difference(field_label(d.field), d.loaded, d.stored) for d in diffs]
    if mine is not None and not diffs and not deleting:
        return None
    return EditConflict(
        f"station {name}",
        "station",
        revision=stored.revision,
        last=who,
        differences=diffs,
        current=stored,
        deleting=deleting,
    )


def _check_revision(session: Session, form: StationForm, base: StationForm | None) -> None:
    """Claim the station for this save, or raise :class:`EditConflict` (see the module docstring). When another
    save commits between the check and the claim, the check runs again against that one."""
    assert form.id is not None
    while True:
        stored = current(session, Station.__table__, form.id)
        if stored is None:
            raise LookupError(
                translate("Stations", "station {id} does not exist (deleted meanwhile?)").format(id=form.id)
            )
        if stored != form.revision:
            conflict = station_conflict(session, form.id, base, form)
            if conflict is not None:
                raise conflict
        if claim(session, Station.__table__, form.id, stored):
            return


def save_station(
    session: Session, form: StationForm, *, base: StationForm | None = None, actor: Actor = LOCAL
) -> int:
    """Create (``form.id`` None) or update a station from the form; returns its id.

    ``base`` is the form as loaded: only what differs from it is written (see the module docstring). Without a
    base an update is compared with the stored station, so everything in the form is written and connectors,
    owners and special users missing from it are removed. ``form.revision`` is the revision it was loaded
    from: :class:`EditConflict` when someone else changed a field the operator changed too. Raises
    :class:`FormError` (nothing written) or LookupError when the station was deleted meanwhile. Flushes; the caller commits (``Database.session()``
    does), so a failure anywhere leaves nothing half-saved.
    """
    problems = validate_station(session, form)
    if problems:
        raise FormError(problems)
    form = replace(
        form,
        default_mode=AccessMode(form.default_mode),
        connectors=[replace(c, mode=AccessMode(c.mode)) for c in form.connectors],
    )
    creating = form.id is None
    if creating:
        base = None
        st = Station(
            name="",
            charge_point_id="",
            site_id=form.site_id,
            description="",
            vendor="",
            model="",
            serial_number="",
            firmware_version="",
            address="",
            ocpp_version="1.6",
            password_hash=None,
            security_profile=0,
            allow_unsecured=False,
            lenient=False,
            enabled=True,
            notes="",
        )
        st.connectors, st.owners, st.grants = [], [], []
        session.add(st)
    else:
        assert form.id is not None
        _check_revision(session, form, base)
        if base is None:
            base = load_station(session, form.id)
        st = _load(session, form.id)
    changes: dict[str, Any] = {}

    new, old = _clean(form), (_clean(base) if base is not None else None)
    for key in _SCALARS:
        if old is not None and new[key] == old[key]:
            continue
        before = getattr(st, key)
        if creating or before != new[key]:
            if not creating:
                changes[key] = [_jsonable(before), _jsonable(new[key])]
            setattr(st, key, new[key])
    if creating:
        changes.update({k: _jsonable(new[k]) for k in _SCALARS if new[k] not in (None, "", False)})
    if form.clear_password and st.password_hash:
        st.password_hash = None
        changes["password"] = "removed"
    elif form.password:
        st.password_hash = form.password_hash or hash_password(form.password)
        changes["password"] = "set" if creating else "changed"
    session.flush()  # the station id, for the schedules

    _save_station_schedule(st, form, base, changes)
    removed_grants = _remove_grants(st, form, base)
    connectors = _save_connectors(session, st, form, base, changes)
    _save_owners(session, st, form, base, changes)
    _save_grants(session, st, form, base, connectors, changes, removed_grants)
    if creating and form.copy_rules_from is not None:
        _copy_windows(session, form.copy_rules_from, st, connectors)
    session.flush()
    if creating or changes:
        audit(
            session,
            entity="station",
            entity_id=st.id,
            action="create" if creating else "update",
            actor=actor,
            changes=changes,
        )
        _bump_config(session)
        session.flush()
    return st.id


def _save_station_schedule(
    st: Station, form: StationForm, base: StationForm | None, changes: dict[str, Any]
) -> None:
    sched = st.schedule
    if sched is None:
        sched = AccessSchedule(
            station_id=st.id, default_mode=form.default_mode, default_tariff_id=form.default_tariff_id
        )
        sched.windows, sched.exceptions = [], []
        st.schedule = sched
        if form.default_mode is not AccessMode.PUBLIC or form.default_tariff_id is not None:
            changes["default_mode"] = form.default_mode.value
            changes["default_tariff_id"] = form.default_tariff_id
        return
    for key in ("default_mode", "default_tariff_id"):
        value = getattr(form, key)
        if base is not None and getattr(base, key) == value:
            continue
        if getattr(sched, key) != value:
            changes[key] = [_jsonable(getattr(sched, key)), _jsonable(value)]
            setattr(sched, key, value)
            bump(sched)  # the schedule calendar shows the default too


def _save_connectors(
    session: Session, st: Station, form: StationForm, base: StationForm | None, changes: dict[str, Any]
) -> dict[int, Connector]:
    """Connectors added, changed and removed by the operator; returns the station's connectors by number.

    A connector the charger reported while the editor was open is not in ``base`` and stays; one the operator
    adds with the same number is merged into it."""
    stored = {c.id: c for c in st.connectors}
    base_rows = {c.id: c for c in (base.connectors if base else []) if c.id is not None}
    kept_ids = {c.id for c in form.connectors if c.id is not None}
    log: list[str] = []
    removing = [stored[cid] for cid in base_rows if cid not in kept_ids and cid in stored]
    if removing:
        _remove_connectors(session, st, removing, stored, log)
    _renumber_connectors(session, form, stored, base_rows, log)
    by_number = {c.connector_id: c for c in st.connectors}
    for c in form.connectors:
        was = base_rows.get(c.id) if c.id is not None else None
        conn = stored.get(c.id) if c.id is not None else None
        if conn is None and was is not None:
            continue  # deleted by someone else meanwhile
        if conn is None:
            conn = by_number.get(c.number)
            if conn is not None and conn.id in kept_ids:
                conn = None
        if conn is None:
            _add_connector(session, st, c, by_number, log)
            continue
        _update_connector_fields(conn, c, was, log)
        if was is None or _rules_key(c) != _rules_key(was):
            _update_connector_rules(st, conn, c, log)
    session.flush()
    if log:
        changes["connectors"] = log
    return {c.connector_id: c for c in st.connectors}


def _remove_connectors(
    session: Session, st: Station, removing: list[Connector], stored: dict[int, Connector], log: list[str]
) -> None:
    # special grants of these connectors move on (validation made sure of it); detach them first, or the
    # database's ON DELETE CASCADE would take them along
    gone = {c.id for c in removing}
    for g in st.grants:
        if g.connector_pk in gone:
            g.connector = None
    session.flush()
    for removed in removing:
        st.connectors.remove(removed)
        stored.pop(removed.id)
        log.append(f"removed #{removed.connector_id}")
    session.flush()


def _renumber_connectors(
    session: Session,
    form: StationForm,
    stored: dict[int, Connector],
    base_rows: dict[int, ConnectorForm],
    log: list[str],
) -> None:
    """The numbers the operator changed; each is parked out of the way first (a swap 1 <-> 2 would break the
    unique key)."""
    moving: list[tuple[ConnectorForm, Connector, int]] = []
    for c in form.connectors:
        conn = stored.get(c.id) if c.id is not None else None
        was = base_rows.get(c.id) if c.id is not None else None
        if conn is not None and conn.connector_id != c.number and (was is None or was.number != c.number):
            moving.append((c, conn, conn.connector_id))
            conn.connector_id = -conn.id
    if moving:
        session.flush()
        for c, conn, old in moving:
            conn.connector_id = c.number
            log.append(f"#{old} → #{c.number}")
        session.flush()


def _add_connector(
    session: Session, st: Station, c: ConnectorForm, by_number: dict[int, Connector], log: list[str]
) -> None:
    conn = Connector(
        connector_id=c.number,
        plug_type=c.plug_type,
        max_kw=_number(c.max_kw),
        status="Unknown",
        error_code="NoError",
        status_info="",
        circuit_id=c.circuit_id,
        phases=c.phases,
        phase_rotation=c.phase_rotation,
        max_current_a=_number(c.max_current_a),
    )
    st.connectors.append(conn)
    by_number[c.number] = conn
    log.append(f"added #{c.number}")
    session.flush()
    if c.own_rules:
        _connector_schedule(st, conn, c)
        log.append(f"#{c.number} own rules {c.mode.value}")


def _update_connector_fields(
    conn: Connector, c: ConnectorForm, was: ConnectorForm | None, log: list[str]
) -> None:
    """Plug type, power and load settings the operator changed (a value left as it was in ``was`` keeps the stored one)."""
    for attr, value, old_value in (
        ("plug_type", c.plug_type, was.plug_type if was else None),
        ("max_kw", _number(c.max_kw), _number(was.max_kw) if was else None),
        ("circuit_id", c.circuit_id, was.circuit_id if was else None),
        ("phases", c.phases, was.phases if was else None),
        ("phase_rotation", c.phase_rotation, was.phase_rotation if was else None),
        ("max_current_a", _number(c.max_current_a), _number(was.max_current_a) if was else None),
    ):
        if was is not None and value == old_value:
            continue
        if getattr(conn, attr) != value:
            log.append(f"#{c.number} {attr} {getattr(conn, attr)} → {value}")
            setattr(conn, attr, value)


def _update_connector_rules(st: Station, conn: Connector, c: ConnectorForm, log: list[str]) -> None:
    """The connector gets, changes or drops its own access rules (mode and tariff) as the form says."""
    if c.own_rules and conn.schedule is None:
        _connector_schedule(st, conn, c)
        log.append(f"#{c.number} own rules {c.mode.value}")
    elif c.own_rules and conn.schedule is not None:
        if (conn.schedule.default_mode, conn.schedule.default_tariff_id) != (c.mode, c.tariff_id):
            conn.schedule.default_mode, conn.schedule.default_tariff_id = c.mode, c.tariff_id
            bump(conn.schedule)
            log.append(f"#{c.number} own rules {c.mode.value}")
    elif not c.own_rules and conn.schedule is not None:
        conn.schedule = None
        log.append(f"#{c.number} follows the station")


def _rules_key(c: ConnectorForm) -> tuple[Any, ...]:
    return (True, c.mode, c.tariff_id) if c.own_rules else (False,)


def _connector_schedule(st: Station, conn: Connector, c: ConnectorForm) -> None:
    sched = AccessSchedule(station_id=st.id, default_mode=c.mode, default_tariff_id=c.tariff_id)
    sched.windows, sched.exceptions = [], []
    conn.schedule = sched


def _save_owners(
    session: Session, st: Station, form: StationForm, base: StationForm | None, changes: dict[str, Any]
) -> None:
    wanted, before = set(form.owners), set(base.owners if base else ())
    have = {o.user_id: o for o in st.owners}
    added = sorted(u for u in wanted - before if u not in have)
    removed = sorted(u for u in before - wanted if u in have)
    for u in removed:
        st.owners.remove(have[u])
    for u in added:
        st.owners.append(StationOwner(user_id=u))
    if added or removed:
        names = names_of(session, added + removed)
        changes["owners"] = {
            "added": [names.get(u, u) for u in added],
            "removed": [names.get(u, u) for u in removed],
        }


def _utc_day_start(day: dt.date | None, tz: str) -> dt.datetime | None:
    return None if day is None else from_local(dt.datetime.combine(day, dt.time()), tz)[0]


def _remove_grants(st: Station, form: StationForm, base: StationForm | None) -> int:
    base_ids = {g.id for g in (base.grants if base else []) if g.id is not None}
    kept = {g.id for g in form.grants if g.id is not None}
    removed = 0
    for grant in list(st.grants):
        if grant.id in base_ids and grant.id not in kept:
            st.grants.remove(grant)
            removed += 1
    return removed


def _save_grants(
    session: Session,
    st: Station,
    form: StationForm,
    base: StationForm | None,
    connectors: Mapping[int, Connector],
    changes: dict[str, Any],
    removed: int,
) -> None:
    tz = session.scalar(select(Site.timezone).where(Site.id == st.site_id)) or "UTC"
    stored = {g.id: g for g in st.grants}
    base_rows = {g.id: g for g in (base.grants if base else []) if g.id is not None}
    names = names_of(session, [g.user_id for g in form.grants if g.user_id is not None])
    log: list[str] = [f"removed {removed} special user{'s' if removed != 1 else ''}"] if removed else []
    for g in form.grants:
        was = base_rows.get(g.id) if g.id is not None else None
        grant = stored.get(g.id) if g.id is not None else None
        target = connectors[g.connector] if g.connector is not None else None
        if grant is None and was is not None:
            continue  # deleted by someone else meanwhile
        if grant is not None and was is not None and g == was:
            if grant.connector is not target:  # its connector was replaced by a new one with the same number
                grant.connector = target
            continue
        who = names.get(g.user_id or 0, str(g.user_id)) + (
            f" (connector {g.connector})" if g.connector else ""
        )
        if grant is None:
            grant = SpecialGrant(station_id=st.id)
            grant.windows = []
            st.grants.append(grant)
            log.append(f"added {who}")
        else:
            log.append(f"changed {who}")
            bump(grant)  # the schedule calendar edits its windows too
        assert g.user_id is not None
        grant.user_id = g.user_id
        grant.connector = target
        grant.tariff_id = g.tariff_id
        if was is None or g.valid_from != was.valid_from:
            grant.valid_from = _utc_day_start(g.valid_from, tz)
        if was is None or g.valid_until != was.valid_until:
            grant.valid_until = (
                _utc_day_start(g.valid_until + dt.timedelta(days=1), tz)
                if g.valid_until is not None
                else None
            )
        if was is None or g.windows != was.windows:
            problems: dict[str, str] = {}
            weekly = parse_windows(g, "grant", problems)
            assert not problems, problems
            grant.windows = [
                GrantWindow(position=k, days=w.days, start_minute=w.start, end_minute=w.end)
                for k, w in enumerate(weekly)
            ]
    if log:
        changes["special_users"] = log


def _copy_windows(session: Session, source_id: int, st: Station, connectors: Mapping[int, Connector]) -> None:
    """Copy the weekly windows and date exceptions of another station's schedules (a duplicate)."""
    targets: dict[int | None, AccessSchedule | None] = {None: st.schedule}
    targets.update({n: c.schedule for n, c in connectors.items()})
    for src in session.scalars(
        select(AccessSchedule).where(AccessSchedule.station_id == source_id).options(*_schedule_options())
    ):
        number = src.connector.connector_id if src.connector else None
        target = targets.get(number)
        if target is None:
            continue
        target.windows = [
            AccessWindow(
                position=w.position,
                days=w.days,
                start_minute=w.start_minute,
                end_minute=w.end_minute,
                mode=w.mode,
                tariff_id=w.tariff_id,
            )
            for w in src.windows
        ]
        target.exceptions = [
            DateException(
                date=e.date,
                label=e.label,
                follow_weekday=e.follow_weekday,
                mode=e.mode,
                tariff_id=e.tariff_id,
            )
            for e in src.exceptions
        ]


# --- delete / disable -------------------------------------------------------------------------------------------


def session_count(session: Session, station_id: int, *, cap: int = 10_000) -> tuple[int, bool]:
    """How many charging sessions the station has (at most ``cap`` counted; True when there are more)."""
    n = session.scalar(
        select(func.count()).select_from(
            select(ChargingSession.id)
            .where(ChargingSession.station_id == station_id)
            .limit(cap + 1)
            .subquery()
        )
    )
    n = int(n or 0)
    return min(n, cap), n > cap


def delete_station(
    session: Session,
    station_id: int,
    *,
    revision: int | None = None,
    base: StationForm | None = None,
    actor: Actor = LOCAL,
) -> str:
    """Delete a station without sessions (with its connectors, rules, owners and special users); returns its
    charge point id. Raises :class:`StationInUse` when it has sessions, LookupError when it does not exist, and
    with ``revision`` (the one the operator saw) :class:`EditConflict` when someone changed it since."""
    st = session.get(Station, station_id)
    if st is None:
        raise LookupError(
            translate("Stations", "station {id} does not exist (deleted meanwhile?)").format(id=station_id)
        )
    if revision is not None and not claim(session, Station.__table__, station_id, revision):
        conflict = station_conflict(session, station_id, base, deleting=True)
        assert conflict is not None
        raise conflict
    n, more = session_count(session, station_id)
    if n:
        raise StationInUse(st.name, n, more)
    cpid, name = st.charge_point_id, st.name
    session.delete(st)
    audit(
        session,
        entity="station",
        entity_id=station_id,
        action="delete",
        actor=actor,
        changes={"name": name, "charge_point_id": cpid},
    )
    _bump_config(session)
    session.flush()
    return cpid


def disable_station(session: Session, station_id: int, *, actor: Actor = LOCAL) -> None:
    """Disable a station: its charger's BootNotifications are answered Rejected and no tag is accepted."""
    st = session.get(Station, station_id)
    if st is None:
        raise LookupError(
            translate("Stations", "station {id} does not exist (deleted meanwhile?)").format(id=station_id)
        )
    if st.enabled:
        st.enabled = False
        bump(st)
        audit(
            session,
            entity="station",
            entity_id=station_id,
            action="update",
            actor=actor,
            changes={"enabled": [True, False]},
        )
        _bump_config(session)
        session.flush()


def names_of(session: Session, user_ids: Iterable[int]) -> dict[int, str]:
    ids = list(set(user_ids))
    if not ids:
        return {}
    return {uid: name for uid, name in session.execute(select(User.id, User.name).where(User.id.in_(ids)))}


@dataclass(frozen=True)
class StationList:
    """What the Stations page shows: the rows and the sites of its filter."""

    rows: list[StationListRow]
    sites: list[Choice]


@dataclass(frozen=True)
class EditorData:
    """What a station editor opens with: the form and the choices of its combos."""

    form: StationForm
    choices: Choices


class StationsService:
    """The Stations page and the station editor: one call per intention, each its own unit of work.

    Reads and single-station writes are small and run on the caller's thread (as the page always did); hashing
    a new password (~0.1 s) runs on the store's pool (:meth:`prehash`)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        """Who the audit trail names: the operator at the console (the store's principal)."""
        return self.store.principal

    def load_list(self) -> StationList:
        return self.store.read(lambda s: StationList(list_rows(s), site_choices(s)))

    def open_editor(
        self, station_id: int | None = None, *, form: StationForm | None = None, site_id: int | None = None
    ) -> EditorData:
        """The form of ``station_id``, of a new station in ``site_id``, or ``form`` as given (a duplicate), with
        the choices; LookupError when the station does not exist."""

        def read(s: Session) -> EditorData:
            found = choices(s)
            if form is not None:
                return EditorData(form, found)
            if station_id is not None:
                return EditorData(load_station(s, station_id), found)
            return EditorData(new_station_form(s, site_id), found)

        return self.store.read(read)

    def schedule_summary(self, station_id: int) -> tuple[list[str], dict[int, list[str]]]:
        return self.store.read(lambda s: schedule_summary(s, station_id))

    def validate(self, form: StationForm) -> dict[str, str]:
        return self.store.read(lambda s: validate_station(s, form))

    def prehash(self, form: StationForm) -> Future[StationForm]:
        """:func:`prehash` on the store's pool (see :meth:`Store.submit`)."""
        return self.store.submit(lambda: prehash(form))

    def save(self, form: StationForm, *, base: StationForm | None = None) -> int:
        """Writes the form in one transaction; :class:`FormError`, :class:`EditConflict` (someone else changed
        a field this form changed too, since ``form.revision``) or LookupError, nothing written then. The station's
        owners and special users are users' grants: a role without :attr:`Permission.MANAGE_USERS` may save the
        station but not change them (:class:`~app.services.roles.NotAllowed`)."""
        principal = self.store.require(Permission.CONFIGURE_STATIONS)

        def write(s: Session) -> int:
            if not principal.can(Permission.MANAGE_USERS):
                # what this operator changed: against the form as loaded (another console's change to the owners
                # since is merged or a conflict, not this operator's doing)
                loaded = (
                    base
                    if base is not None
                    else (load_station(s, form.id) if form.id is not None else StationForm())
                )
                if (loaded.owners, loaded.grants) != (form.owners, form.grants):
                    principal.require(Permission.MANAGE_USERS)
            return save_station(s, form, base=base, actor=principal)

        return self.store.write(write)

    def duplicate(self, station_id: int) -> StationForm:
        return self.store.read(lambda s: duplicate_station(s, station_id))

    def delete(self, station_id: int, *, revision: int | None = None, base: StationForm | None = None) -> str:
        """Raises :class:`StationInUse` (it has sessions: offer :meth:`disable`), LookupError, or
        :class:`EditConflict` when ``revision`` (the one the operator saw) is no longer the stored one."""
        self.store.require(Permission.CONFIGURE_STATIONS)
        return self.store.write(
            lambda s: delete_station(s, station_id, revision=revision, base=base, actor=self.actor)
        )

    def disable(self, station_id: int) -> None:
        self.store.require(Permission.CONFIGURE_STATIONS)
        self.store.write(lambda s: disable_station(s, station_id, actor=self.actor))


__all__: Sequence[str] = (
    "OCPP_VERSIONS",
    "PLUG_TYPES",
    "SECURITY_PROFILES",
    "STATUS_FILTERS",
    "AccessMode",
    "Choice",
    "Choices",
    "CircuitChoice",
    "ConnectorForm",
    "ConnectorLive",
    "EditConflict",
    "EditorData",
    "GrantForm",
    "ModeNow",
    "StationForm",
    "StationInUse",
    "StationList",
    "StationListRow",
    "StationsService",
    "WindowText",
    "apply_live",
    "choices",
    "delete_station",
    "disable_station",
    "duplicate_station",
    "keep_editing",
    "list_rows",
    "load_station",
    "matches_search",
    "matches_status",
    "mode_now",
    "new_station_form",
    "prehash",
    "save_station",
    "schedule_summary",
    "security_label",
    "session_count",
    "site_choices",
    "station_conflict",
    "station_fields",
    "suggest_charge_point_id",
    "validate_station",
)
