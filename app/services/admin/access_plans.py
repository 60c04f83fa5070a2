"""Schedules: load and save a station's (or a connector's) weekly access plan, its date exceptions, and a
special user's own access times. The use cases behind the console's Schedules page (no Qt here).

A plan is edited as a whole in a :class:`PlanForm` (plain rows: weekly windows and date exceptions, tariffs by
id) and written back by :func:`save_schedule` in the caller's session, so one ``with database.session()``
block is one transaction: everything is written or, on the first problem, nothing. Problems are raised as
:class:`~app.services.validation.FormError` keyed by field — ``default_tariff``, ``windows[2]``,
``windows[2].to``, ``exceptions[0].date`` — with a message that says what to do. A plan (and a special user's
times) is saved against the ``revision`` it was loaded with: when someone else saved it in between,
:class:`~app.services.revisions.EditConflict` is raised with what differs, and nothing is written.

A window that runs past midnight is one row with ``end <= start`` (the day bits name the day it starts on),
exactly as the rule engine (:mod:`app.services.rules.plan`) reads it.

Every write leaves an :class:`~app.models.AuditEntry` with the plan before and after, and bumps the rules'
configuration version (:mod:`app.services.central.config_version`) so cached access rules are reloaded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    Connector,
    DateException,
    GrantWindow,
    Site,
    SpecialGrant,
    Station,
    Tariff,
    User,
)
from app.services import locale_format
from app.services.admin.audit import audit
from app.services.central.config_version import bump as _bump_config
from app.services.i18n import translate
from app.services.revisions import EditConflict, claim, differences, last_change, merge, touch
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.rules.plan import (
    Exception_,
    Plan,
    Slot,
    Weekly,
    Window,
    days_label,
    indexed_window_problems,
    mode_at,
    mode_name,
    to_local,
    validate_windows,
    weekly_edges,
)
from app.services.rules.timeparse import (
    ALL_DAYS,
    DAY_NAMES,
    ParseError,
    format_time,
    parse_end,
    parse_time,
)
from app.services.store import Store
from app.services.validation import FormError, Problems, WriteRefused

T = TypeVar("T")

DAY = 1440
LABEL_MAX = 120

# --- plain rows -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WindowRow:
    """A weekly window: ``days`` (bit 0 = Monday), ``start``/``end`` in minutes of the local day.

    ``end <= start`` runs past midnight into the next day. ``mode`` is None for a special user's access time
    (a :class:`~app.models.GrantWindow` has no mode or tariff); ``tariff_id`` None means the default tariff.
    """

    days: int
    start: int
    end: int
    mode: AccessMode | None = None
    tariff_id: int | None = None

    @property
    def spans_midnight(self) -> bool:
        return self.end <= self.start

    @property
    def length(self) -> int:
        return self.end - self.start if not self.spans_midnight else DAY - self.start + self.end

    @property
    def times(self) -> str:
        return f"{format_time(self.start)}–{format_time(self.end)}"

    @property
    def label(self) -> str:
        """``"Mon–Fri 07:00–18:00"``."""
        return f"{days_label(self.days)} {self.times}" if 0 < self.days <= ALL_DAYS else self.times

    def weekly(self) -> Weekly:
        return Weekly(self.days, self.start, self.end)


@dataclass(frozen=True)
class ExceptionRow:
    """A date that follows another weekday's plan (``follow_weekday``, 0 = Monday) or a fixed ``mode``."""

    date: dt.date
    label: str = ""
    follow_weekday: int | None = None
    mode: AccessMode | None = None
    tariff_id: int | None = None


@dataclass
class PlanForm:
    """A station's or connector's whole plan as the page edits it, plus read-only context.

    ``revision`` is the stored plan's revision the form was loaded from (0 when none was stored); a save is
    refused when the stored plan changed since.
    """

    station_id: int
    connector_pk: int | None = None
    default_mode: AccessMode = AccessMode.PUBLIC
    default_tariff_id: int | None = None
    windows: list[WindowRow] = field(default_factory=list)
    exceptions: list[ExceptionRow] = field(default_factory=list)
    revision: int = 0
    exists: bool = False
    station_name: str = ""
    charge_point_id: str = ""
    connector_number: int | None = None
    timezone: str = "UTC"

    def content(self) -> tuple[Any, ...]:
        """What the plan says (no context): equal contents mean nothing to save."""
        return _content(self.default_mode, self.default_tariff_id, self.windows, self.exceptions)


@dataclass
class GrantForm:
    """A special user's own access times at a station (or one connector)."""

    grant_id: int
    station_id: int
    user_name: str
    station_name: str
    timezone: str
    windows: list[WindowRow] = field(default_factory=list)
    revision: int = 0  # the grant's stored revision the form was loaded from
    connector_number: int | None = None
    tariff_name: str | None = None
    valid_from: dt.datetime | None = None
    valid_until: dt.datetime | None = None

    @property
    def title(self) -> str:
        if self.connector_number:
            return translate("AccessPlans", "{user} at {station} connector {number}").format(
                user=self.user_name, station=self.station_name, number=self.connector_number
            )
        return translate("AccessPlans", "{user} at {station}").format(
            user=self.user_name, station=self.station_name
        )


@dataclass(frozen=True)
class StationChoice:
    id: int
    name: str
    charge_point_id: str
    site: str
    timezone: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.charge_point_id}) — {self.site}"


@dataclass(frozen=True)
class Target:
    """Something whose times the page edits: the station's plan, a connector's own plan, a special user's times."""

    kind: Literal["station", "connector", "grant"]
    station_id: int
    label: str
    connector_pk: int | None = None
    connector_number: int | None = None
    grant_id: int | None = None


@dataclass(frozen=True)
class ConnectorChoice:
    pk: int
    number: int
    plug_type: str

    @property
    def label(self) -> str:
        if self.plug_type:
            return translate("AccessPlans", "Connector {number} ({plug})").format(
                number=self.number, plug=self.plug_type
            )
        return translate("AccessPlans", "Connector {number}").format(number=self.number)


@dataclass(frozen=True)
class StationTargets:
    targets: tuple[Target, ...]
    without_own_rules: tuple[ConnectorChoice, ...]  # connectors that follow the station's plan


@dataclass(frozen=True)
class TariffChoice:
    id: int
    name: str
    summary: str


# --- reads --------------------------------------------------------------------------------------------------------


def list_stations(session: Session) -> list[StationChoice]:
    """Every station with its site, by site then name (one query)."""
    rows = session.execute(
        select(Station.id, Station.name, Station.charge_point_id, Site.name, Site.timezone)
        .join(Site, Site.id == Station.site_id)
        .order_by(Site.name, Station.name, Station.id)
    ).all()
    return [StationChoice(*row) for row in rows]


def station_targets(session: Session, station_id: int) -> StationTargets:
    """The station's plan, each connector with its own rules ("connector N (own rules)"), each special user."""
    station = session.get(Station, station_id)
    if station is None:
        raise LookupError(translate("AccessPlans", "station {id} does not exist").format(id=station_id))
    connectors = session.execute(
        select(Connector.id, Connector.connector_id, Connector.plug_type, AccessSchedule.id)
        .outerjoin(AccessSchedule, AccessSchedule.connector_pk == Connector.id)
        .where(Connector.station_id == station_id)
        .order_by(Connector.connector_id)
    ).all()
    grants = session.execute(
        select(SpecialGrant.id, User.name, Connector.connector_id)
        .join(User, User.id == SpecialGrant.user_id)
        .outerjoin(Connector, Connector.id == SpecialGrant.connector_pk)
        .where(SpecialGrant.station_id == station_id)
        .order_by(User.name, SpecialGrant.id)
    ).all()
    targets = [Target("station", station_id, translate("AccessPlans", "Station schedule"))]
    without: list[ConnectorChoice] = []
    for pk, number, plug, schedule_id in connectors:
        if schedule_id is None:
            without.append(ConnectorChoice(pk, number, plug))
        else:
            label = translate("AccessPlans", "Connector {number} (own rules)").format(number=number)
            targets.append(Target("connector", station_id, label, pk, number))
    for grant_id, user, number in grants:
        label = (
            translate("AccessPlans", "Special user {user} (connector {number}): own times").format(
                user=user, number=number
            )
            if number
            else translate("AccessPlans", "Special user {user}: own times").format(user=user)
        )
        targets.append(Target("grant", station_id, label, grant_id=grant_id))
    return StationTargets(tuple(targets), tuple(without))


def tariff_choices(session: Session) -> list[TariffChoice]:
    out = []
    for t in session.scalars(select(Tariff).order_by(Tariff.name)):
        parts = [f"{t.per_kwh.normalize():f}/kWh"]
        if t.per_hour:
            after = f" after {t.free_minutes} min" if t.free_minutes else ""
            parts.append(f"{t.per_hour.normalize():f}/h{after}")
        if t.start_fee:
            parts.append(f"start {t.start_fee.normalize():f}")
        currency = f"{t.currency} " if t.currency else ""
        out.append(TariffChoice(t.id, t.name, currency + ", ".join(parts)))
    return out


def _schedule_query(station_id: int, connector_pk: int | None) -> Any:
    owner = (
        AccessSchedule.connector_pk.is_(None)
        if connector_pk is None
        else AccessSchedule.connector_pk == connector_pk
    )
    return (
        select(AccessSchedule)
        .where(AccessSchedule.station_id == station_id, owner)
        .options(selectinload(AccessSchedule.windows), selectinload(AccessSchedule.exceptions))
        .order_by(AccessSchedule.id)
        .limit(1)
    )


def _rows(schedule: AccessSchedule) -> tuple[list[WindowRow], list[ExceptionRow]]:
    windows = [
        WindowRow(w.days, w.start_minute, w.end_minute, AccessMode(w.mode), w.tariff_id)
        for w in sorted(schedule.windows, key=lambda w: (w.position, w.id))
    ]
    exceptions = [
        ExceptionRow(
            e.date, e.label, e.follow_weekday, None if e.mode is None else AccessMode(e.mode), e.tariff_id
        )
        for e in sorted(schedule.exceptions, key=lambda e: e.date)
    ]
    return windows, exceptions


def _content(
    mode: AccessMode, tariff_id: int | None, windows: Iterable[WindowRow], exceptions: Iterable[ExceptionRow]
) -> tuple[Any, ...]:
    return (
        AccessMode(mode).value,
        tariff_id,
        tuple(
            (w.days, w.start, w.end, None if w.mode is None else AccessMode(w.mode).value, w.tariff_id)
            for w in windows
        ),
        tuple(
            sorted(
                (
                    e.date.isoformat(),
                    e.label,
                    e.follow_weekday,
                    None if e.mode is None else e.mode.value,
                    e.tariff_id,
                )
                for e in exceptions
            )
        ),
    )


def load_plan_form(session: Session, station_id: int, connector_pk: int | None = None) -> PlanForm:
    """The stored plan of the station (``connector_pk`` None) or of a connector with its own rules.

    A station without any schedule gets an empty form (Public, no tariff); a connector without its own rules
    is an error (it follows the station's plan: edit that, or :func:`create_connector_override`).
    """
    row = session.execute(
        select(Station.name, Station.charge_point_id, Site.timezone)
        .join(Site, Site.id == Station.site_id)
        .where(Station.id == station_id)
    ).one_or_none()
    if row is None:
        raise LookupError(translate("AccessPlans", "station {id} does not exist").format(id=station_id))
    name, cp_id, tz = row
    number = None
    if connector_pk is not None:
        number = session.scalar(
            select(Connector.connector_id).where(
                Connector.id == connector_pk, Connector.station_id == station_id
            )
        )
        if number is None:
            raise LookupError(
                translate("AccessPlans", "connector {connector} is not a connector of station {id}").format(
                    connector=connector_pk, id=station_id
                )
            )
    schedule = session.scalars(_schedule_query(station_id, connector_pk)).one_or_none()
    if schedule is None and connector_pk is not None:
        raise LookupError(
            translate(
                "AccessPlans", "connector {number} of {name} follows the station's plan (no own rules)"
            ).format(number=number, name=name)
        )
    form = PlanForm(
        station_id,
        connector_pk,
        station_name=name,
        charge_point_id=cp_id,
        connector_number=number,
        timezone=tz,
    )
    if schedule is not None:
        form.windows, form.exceptions = _rows(schedule)
        form.default_mode, form.default_tariff_id = (
            AccessMode(schedule.default_mode),
            schedule.default_tariff_id,
        )
        form.exists = True
        form.revision = schedule.revision
    return form


def load_grant_form(session: Session, grant_id: int) -> GrantForm:
    grant = session.scalars(
        select(SpecialGrant)
        .where(SpecialGrant.id == grant_id)
        .options(
            selectinload(SpecialGrant.windows),
            selectinload(SpecialGrant.user),
            selectinload(SpecialGrant.station).selectinload(Station.site),
            selectinload(SpecialGrant.connector),
            selectinload(SpecialGrant.tariff),
        )
    ).one_or_none()
    if grant is None:
        raise LookupError(
            translate("AccessPlans", "special user grant {id} does not exist").format(id=grant_id)
        )
    return GrantForm(
        grant_id=grant.id,
        station_id=grant.station_id,
        user_name=grant.user.name,
        station_name=grant.station.name,
        timezone=grant.station.site.timezone,
        windows=[
            WindowRow(w.days, w.start_minute, w.end_minute)
            for w in sorted(grant.windows, key=lambda w: (w.position, w.id))
        ],
        revision=grant.revision,
        connector_number=grant.connector.connector_id if grant.connector else None,
        tariff_name=grant.tariff.name if grant.tariff else None,
        valid_from=grant.valid_from,
        valid_until=grant.valid_until,
    )


# --- validation ---------------------------------------------------------------------------------------------------


def parse_window(
    days: int, start_text: str, end_text: str, mode: AccessMode | None = None, tariff_id: int | None = None
) -> WindowRow:
    """A window from what a person typed: ``"07:00"`` to ``"18:00"`` (``"24:00"`` as an end; an end at or before
    the start runs into the next day). Raises :class:`FormError` keyed ``days``/``from``/``to``."""
    p = Problems()
    p.check(0 < days <= ALL_DAYS, "days", translate("AccessPlans", "choose at least one weekday"))
    start = end = 0
    try:
        start = parse_time(start_text)
    except ParseError as exc:
        p.add(
            "from", translate("AccessPlans", "{problem}; write it as HH:MM, e.g. 07:00").format(problem=exc)
        )
    try:
        end = parse_end(end_text)  # "00:00" as an end is the midnight that ends the day
    except ParseError as exc:
        p.add(
            "to",
            translate("AccessPlans", "{problem}; write it as HH:MM, e.g. 18:00 (24:00 for midnight)").format(
                problem=exc
            ),
        )
        end = DAY
    if "from" not in p and "to" not in p:
        p.check(
            start != end,
            "to",
            translate("AccessPlans", "from and to are the same time; for the whole day write 00:00–24:00"),
        )
    p.raise_if_any()
    return WindowRow(days, start, end, mode, tariff_id)


def window_problems(windows: Sequence[WindowRow], *, grant: bool = False) -> Problems:
    """Field problems of weekly windows: ranges, missing modes, overlaps (as :func:`validate_windows` says)."""
    p = Problems()
    for i, w in enumerate(windows):
        key = f"windows[{i}]"
        if grant:
            p.check(
                w.mode is None and w.tariff_id is None,
                key,
                translate(
                    "AccessPlans", "Window {number}: a special user's times have no mode or tariff."
                ).format(number=i + 1),
            )
        else:
            p.check(
                w.mode is not None,
                f"{key}.mode",
                translate("AccessPlans", "Window {number}: choose Public, Limited or Private.").format(
                    number=i + 1
                ),
            )
        p.check(
            w.start != w.end,
            f"{key}.to",
            translate(
                "AccessPlans",
                "Window {number}: from and to are the same time; for the whole day write 00:00–24:00.",
            ).format(number=i + 1),
        )
    for index, message in indexed_window_problems([w.weekly() for w in windows]):
        p.add(f"windows[{index}]", message)
    return p


def first_window_problem(windows: Sequence[WindowRow]) -> str | None:
    """The first thing wrong with a calendar's windows (an empty window, then an overlap), as a sentence; None
    when they can be kept."""
    for w in windows:
        if w.start == w.end:
            return translate("AccessPlans", "{window}: from and to are the same time.").format(window=w.label)
    problems = validate_windows([w.weekly() for w in windows])
    return problems[0] if problems else None


def plan_problems(form: PlanForm, tariff_ids: Iterable[int]) -> Problems:
    """Every problem of a whole plan form, by field (no database access: ``tariff_ids`` are the known ones)."""
    known = set(tariff_ids)
    p = Problems()
    gone = translate("AccessPlans", "that tariff no longer exists; choose another one")
    try:
        AccessMode(form.default_mode)
    except ValueError:
        p.add("default_mode", translate("AccessPlans", "choose Public, Limited or Private"))
    p.check(form.default_tariff_id is None or form.default_tariff_id in known, "default_tariff", gone)
    for i, w in enumerate(form.windows):
        p.check(
            w.tariff_id is None or w.tariff_id in known,
            f"windows[{i}].tariff",
            translate(
                "AccessPlans", "Window {number}: that tariff no longer exists; choose another one"
            ).format(number=i + 1),
        )
    for key, message in window_problems(form.windows).items():
        p.add(key, message)
    seen: dict[dt.date, int] = {}
    for i, e in enumerate(form.exceptions):
        key = f"exceptions[{i}]"
        if e.date in seen:
            p.add(
                f"{key}.date",
                translate("AccessPlans", "{date} has an exception already; edit that one instead").format(
                    date=e.date.isoformat()
                ),
            )
        seen.setdefault(e.date, i)
        p.check(
            len(e.label) <= LABEL_MAX,
            f"{key}.label",
            translate("AccessPlans", "at most {most} characters").format(most=LABEL_MAX),
        )
        if (e.follow_weekday is None) == (e.mode is None):
            p.add(
                key,
                translate(
                    "AccessPlans", "{date}: choose a weekday whose plan applies, or a fixed mode for the day"
                ).format(date=e.date.isoformat()),
            )
        elif e.follow_weekday is not None:
            p.check(
                0 <= e.follow_weekday <= 6,
                f"{key}.follow",
                translate("AccessPlans", "choose a weekday from Monday to Sunday"),
            )
            p.check(
                e.tariff_id is None,
                f"{key}.tariff",
                translate(
                    "AccessPlans",
                    "a date that follows another weekday uses that day's tariffs; choose a fixed mode to set one",
                ),
            )
        p.check(e.tariff_id is None or e.tariff_id in known, f"{key}.tariff", gone)
    return p


# --- the rule engine's view of a form ------------------------------------------------------------------------------


def plan_from_form(form: PlanForm, tariff_names: Mapping[int, str]) -> Plan:
    """The :class:`~app.services.rules.plan.Plan` the rule engine would build from this form once saved."""

    def name(tariff_id: int | None) -> str | None:
        return None if tariff_id is None else tariff_names.get(tariff_id)

    return Plan(
        default_mode=form.default_mode,
        default_tariff=name(form.default_tariff_id),
        windows=tuple(
            Window(w.days, w.start, w.end, w.mode or AccessMode.PUBLIC, name(w.tariff_id))
            for w in form.windows
        ),
        exceptions=tuple(
            Exception_(e.date, e.follow_weekday, e.mode, name(e.tariff_id), e.label) for e in form.exceptions
        ),
    )


def site_now(timezone: str, now: dt.datetime | None = None) -> dt.datetime:
    """The site's local wall-clock time now (naive), to the minute."""
    instant = now if now is not None else dt.datetime.now(dt.UTC)
    return to_local(instant, timezone).replace(second=0, microsecond=0)


def describe_slot(slot: Slot) -> str:
    """``"Limited at 'employee'"``; ``"Public (no tariff)"``."""
    if slot.tariff:
        return translate("AccessPlans", "{mode} at '{tariff}'").format(
            mode=mode_name(slot.mode), tariff=slot.tariff
        )
    return translate("AccessPlans", "{mode} (no tariff)").format(mode=mode_name(slot.mode))


def when(moment: dt.datetime, local: dt.datetime) -> str:
    """A local time relative to ``local``: ``"18:00"`` today, ``"Tue 07:00"`` within the week, else the date."""
    if moment.date() == local.date():
        return locale_format.time(moment)
    if moment - local < dt.timedelta(days=6):
        return f"{locale_format.day_name(moment.weekday())} {locale_format.time(moment)}"
    return locale_format.date_time(moment, legacy="%Y-%m-%d")


def preview_line(plan: Plan, local: dt.datetime, prefix: str = "Now") -> str:
    """``"Now: Limited at 'employee' until 18:00, then Public at 'public'"`` at a local wall-clock time."""
    slot = mode_at(plan, local)
    if slot.until is None:
        return translate("AccessPlans", "{when}: {slot}, with no change ahead").format(
            when=prefix, slot=describe_slot(slot)
        )
    return translate("AccessPlans", "{when}: {slot} until {until}, then {next}").format(
        when=prefix,
        slot=describe_slot(slot),
        until=when(slot.until, local),
        next=describe_slot(mode_at(plan, slot.until)),
    )


def grant_preview_line(
    windows: Sequence[WindowRow], local: dt.datetime, user: str, prefix: str = "Now"
) -> str:
    """Whether a special user's own times let them in at ``local``, and until / from when."""
    ranges = [w.weekly() for w in windows]
    if not ranges:
        return translate(
            "AccessPlans",
            "{when}: {user} may charge at any time (no own access times: the station's plan applies)",
        ).format(when=prefix, user=user)
    horizon = local + dt.timedelta(days=8)
    if any(r.covers(local) for r in ranges):
        for edge in weekly_edges(ranges, local, horizon):
            if not any(r.covers(edge) for r in ranges):
                return translate("AccessPlans", "{when}: inside {user}'s access times until {until}").format(
                    when=prefix, user=user, until=when(edge, local)
                )
        return translate("AccessPlans", "{when}: inside {user}'s access times all week").format(
            when=prefix, user=user
        )
    for edge in weekly_edges(ranges, local, horizon):
        if any(r.covers(edge) for r in ranges):
            return translate(
                "AccessPlans", "{when}: outside {user}'s access times; next from {start}"
            ).format(when=prefix, user=user, start=when(edge, local))
    return translate("AccessPlans", "{when}: outside {user}'s access times").format(  # pragma: no cover
        when=prefix, user=user
    )  # a non-empty week always has a next start


# --- writes ---------------------------------------------------------------------------------------------------------


def _tariff_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(Tariff.id, Tariff.name).where(Tariff.id.in_(wanted))).tuples().all())


def _summary(
    default_mode: AccessMode,
    default_tariff_id: int | None,
    windows: Sequence[WindowRow],
    exceptions: Sequence[ExceptionRow],
    names: Mapping[int, str],
) -> dict[str, Any]:
    """A plan as people read it, for the audit trail."""

    def tariff(tariff_id: int | None) -> str:
        return f" at '{names.get(tariff_id, tariff_id)}'" if tariff_id is not None else ""

    def exception(e: ExceptionRow) -> str:
        label = f" {e.label}" if e.label else ""
        if e.follow_weekday is not None:
            return f"{e.date.isoformat()}{label}: follows {DAY_NAMES[e.follow_weekday]}"
        assert e.mode is not None
        return f"{e.date.isoformat()}{label}: {mode_name(e.mode)}{tariff(e.tariff_id)} all day"

    return {
        "default": f"{mode_name(AccessMode(default_mode))}{tariff(default_tariff_id)}",
        "windows": [
            f"{mode_name(w.mode) + ' ' if w.mode else ''}{w.label}{tariff(w.tariff_id)}" for w in windows
        ],
        "exceptions": [exception(e) for e in sorted(exceptions, key=lambda e: e.date)],
    }


def _lock_station(session: Session, station_id: int) -> Station:
    """The station row, locked until the transaction ends (PostgreSQL), so two consoles save one after the other."""
    station = session.scalars(select(Station).where(Station.id == station_id).with_for_update()).one_or_none()
    if station is None:
        raise FormError(
            {"target": translate("AccessPlans", "This station no longer exists; choose another one.")}
        )
    return station


def _connector_of(session: Session, station: Station, connector_pk: int) -> Connector:
    connector = session.get(Connector, connector_pk)
    if connector is None or connector.station_id != station.id:
        raise FormError(
            {
                "target": translate(
                    "AccessPlans", "This connector is no longer part of {station}; choose another target."
                ).format(station=station.name)
            }
        )
    return connector


def _where(station: Station, connector: Connector | None) -> str:
    return station.name + (f" connector {connector.connector_id}" if connector is not None else "")


def plan_fields(session: Session, form: PlanForm) -> dict[str, str]:
    """A plan as the operator reads it, field label → text (a conflict's differences are made of these)."""
    ids = [
        form.default_tariff_id,
        *(w.tariff_id for w in form.windows),
        *(e.tariff_id for e in form.exceptions),
    ]
    summary = _summary(
        form.default_mode, form.default_tariff_id, form.windows, form.exceptions, _tariff_names(session, ids)
    )
    out = {
        translate("AccessPlans", "Default"): summary["default"],
        translate("AccessPlans", "Weekly windows"): "; ".join(summary["windows"])
        or translate("AccessPlans", "none"),
    }
    for line in summary["exceptions"]:
        day, _, what = line.partition(" ")
        out[translate("AccessPlans", "Exception {date}").format(date=day)] = what
    return out


def keep_editing(
    loaded: PlanForm | GrantForm, mine: PlanForm | GrantForm, stored: PlanForm | GrantForm
) -> PlanForm | GrantForm:
    """The form after a conflict's "Keep editing": the stored plan (its revision) with the parts the operator
    changed since ``loaded`` (the default, the weekly windows, the date exceptions; a grant's times)."""
    fields = (
        ["windows"]
        if isinstance(stored, GrantForm)
        else ["default_mode", "default_tariff_id", "windows", "exceptions"]
    )
    return merge(loaded, mine, stored, fields)


def plan_conflict(
    session: Session, station_id: int, connector_pk: int | None, loaded: PlanForm, *, deleting: bool = False
) -> EditConflict:
    """What changed in the stored plan since ``loaded`` and who changed it."""
    session.expire_all()  # read what is stored now, not what this session loaded before its UPDATE waited
    where = loaded.station_name + (f" connector {loaded.connector_number}" if loaded.connector_number else "")
    try:
        stored: PlanForm | None = load_plan_form(session, station_id, connector_pk)
    except LookupError:
        stored = None
    if stored is not None and not stored.exists:
        stored = None
    schedule_id = session.scalar(
        _schedule_query(station_id, connector_pk).with_only_columns(AccessSchedule.id)
    )
    who = last_change(session, [("access_schedule", schedule_id)] if schedule_id is not None else [])
    return EditConflict(
        f"schedule of {where}",
        "schedule",
        revision=stored.revision if stored is not None else None,
        last=who,
        differences=differences(plan_fields(session, loaded), plan_fields(session, stored)) if stored else (),
        current=stored,
        deleting=deleting,
    )


def save_schedule(
    session: Session,
    station_id: int,
    connector_pk: int | None,
    form: PlanForm,
    *,
    base: PlanForm | None = None,
    actor: Actor = LOCAL,
) -> PlanForm:
    """Write the whole plan (default, windows, exceptions) of the station or of a connector with own rules.

    Runs in the caller's session (flushes; the caller commits); raises :class:`FormError` with every problem,
    or :class:`EditConflict` when the stored plan changed since ``form.revision`` (what differs from ``base``,
    the form as loaded) — nothing is written then. Returns the plan as stored (with its new revision).
    """
    station = _lock_station(session, station_id)
    connector = _connector_of(session, station, connector_pk) if connector_pk is not None else None
    ids = [
        form.default_tariff_id,
        *(w.tariff_id for w in form.windows),
        *(e.tariff_id for e in form.exceptions),
    ]
    names = _tariff_names(session, ids)
    plan_problems(form, names).raise_if_any()
    schedule = session.scalars(_schedule_query(station_id, connector_pk)).one_or_none()
    taken = (
        claim(session, AccessSchedule.__table__, schedule.id, form.revision)
        if schedule is not None
        else form.revision == 0
    )
    if not taken:
        raise plan_conflict(session, station_id, connector_pk, base if base is not None else form)
    if schedule is not None and form.content() == _content(
        schedule.default_mode, schedule.default_tariff_id, *_rows(schedule)
    ):
        return load_plan_form(session, station_id, connector_pk)
    if schedule is None or (schedule.default_mode, schedule.default_tariff_id) != (
        AccessMode(form.default_mode),
        form.default_tariff_id,
    ):
        touch(session, Station.__table__, [station_id])  # the station editor shows the default
    before = None
    if schedule is None:
        schedule = AccessSchedule(station_id=station_id, connector_pk=connector_pk)
        schedule.windows, schedule.exceptions = [], []
        session.add(schedule)
    else:
        windows, exceptions = _rows(schedule)
        before = _summary(
            schedule.default_mode,
            schedule.default_tariff_id,
            windows,
            exceptions,
            names
            | _tariff_names(
                session,
                [
                    *(w.tariff_id for w in windows),
                    *(e.tariff_id for e in exceptions),
                    schedule.default_tariff_id,
                ],
            ),
        )
    schedule.default_mode = AccessMode(form.default_mode)
    schedule.default_tariff_id = form.default_tariff_id
    _write_windows(schedule, form.windows)
    _write_exceptions(schedule, form.exceptions)
    session.flush()
    after = _summary(form.default_mode, form.default_tariff_id, form.windows, form.exceptions, names)
    audit(
        session,
        entity="access_schedule",
        entity_id=schedule.id,
        action="create" if before is None else "update",
        actor=actor,
        changes={
            "station": station.charge_point_id,
            "where": _where(station, connector),
            "before": before,
            "after": after,
        },
    )
    _bump_config(session)
    return load_plan_form(session, station_id, connector_pk)


def _write_windows(schedule: AccessSchedule, rows: Sequence[WindowRow]) -> None:
    current = sorted(schedule.windows, key=lambda w: (w.position, w.id))
    same = [(w.days, w.start_minute, w.end_minute, AccessMode(w.mode), w.tariff_id) for w in current] == [
        (r.days, r.start, r.end, r.mode, r.tariff_id) for r in rows
    ]
    if same:
        return
    schedule.windows = [
        AccessWindow(
            position=k,
            days=r.days,
            start_minute=r.start,
            end_minute=r.end,
            mode=r.mode,
            tariff_id=r.tariff_id,
        )
        for k, r in enumerate(rows)
    ]


def _write_exceptions(schedule: AccessSchedule, rows: Sequence[ExceptionRow]) -> None:
    """Update by date (dates are unique per schedule), so a kept date keeps its row."""
    by_date = {e.date: e for e in schedule.exceptions}
    wanted = {r.date for r in rows}
    for stale in [e for e in schedule.exceptions if e.date not in wanted]:
        schedule.exceptions.remove(stale)
    for r in rows:
        row = by_date.get(r.date)
        if row is None:
            row = DateException(date=r.date)
            schedule.exceptions.append(row)
        row.label, row.follow_weekday, row.mode, row.tariff_id = (
            r.label.strip(),
            r.follow_weekday,
            r.mode,
            r.tariff_id,
        )


def create_connector_override(session: Session, connector_pk: int, *, actor: Actor = LOCAL) -> PlanForm:
    """Give a connector its own rules, starting as a copy of the station's plan (default, windows, exceptions)."""
    connector = session.get(Connector, connector_pk)
    if connector is None:
        raise FormError(
            {"target": translate("AccessPlans", "This connector no longer exists; choose another one.")}
        )
    station = _lock_station(session, connector.station_id)
    if (
        session.scalar(select(AccessSchedule.id).where(AccessSchedule.connector_pk == connector_pk))
        is not None
    ):
        raise FormError(
            {
                "target": translate("AccessPlans", "Connector {number} has its own rules already.").format(
                    number=connector.connector_id
                )
            }
        )
    source = session.scalars(_schedule_query(station.id, None)).one_or_none()
    own = AccessSchedule(station_id=station.id, connector_pk=connector_pk)
    if source is not None:
        own.default_mode, own.default_tariff_id = source.default_mode, source.default_tariff_id
        windows, exceptions = _rows(source)
    else:
        own.default_mode, windows, exceptions = AccessMode.PUBLIC, [], []
    own.windows, own.exceptions = [], []
    _write_windows(own, windows)
    _write_exceptions(own, exceptions)
    session.add(own)
    session.flush()
    touch(session, Station.__table__, [station.id])  # the station editor shows the connector's own rules
    names = _tariff_names(
        session, [own.default_tariff_id, *(w.tariff_id for w in windows), *(e.tariff_id for e in exceptions)]
    )
    audit(
        session,
        entity="access_schedule",
        entity_id=own.id,
        action="create",
        actor=actor,
        changes={
            "station": station.charge_point_id,
            "where": _where(station, connector),
            "copied_from": station.name if source is not None else None,
            "after": _summary(own.default_mode, own.default_tariff_id, windows, exceptions, names),
        },
    )
    _bump_config(session)
    return load_plan_form(session, station.id, connector_pk)


def remove_connector_override(
    session: Session,
    connector_pk: int,
    *,
    revision: int | None = None,
    base: PlanForm | None = None,
    actor: Actor = LOCAL,
) -> None:
    """The connector follows the station's plan again; its own windows and exceptions are deleted. With
    ``revision`` (the plan's as the operator saw it), :class:`EditConflict` when it changed since."""
    connector = session.get(Connector, connector_pk)
    if connector is None:
        return
    station = _lock_station(session, connector.station_id)
    own = session.scalars(_schedule_query(station.id, connector_pk)).one_or_none()
    if own is None:
        return
    if revision is not None and not claim(session, AccessSchedule.__table__, own.id, revision):
        loaded = base if base is not None else load_plan_form(session, station.id, connector_pk)
        raise plan_conflict(session, station.id, connector_pk, loaded, deleting=True)
    touch(session, Station.__table__, [station.id])
    windows, exceptions = _rows(own)
    names = _tariff_names(
        session, [own.default_tariff_id, *(w.tariff_id for w in windows), *(e.tariff_id for e in exceptions)]
    )
    before = _summary(own.default_mode, own.default_tariff_id, windows, exceptions, names)
    schedule_id = own.id
    session.delete(own)
    session.flush()
    audit(
        session,
        entity="access_schedule",
        entity_id=schedule_id,
        action="delete",
        actor=actor,
        changes={"station": station.charge_point_id, "where": _where(station, connector), "before": before},
    )
    _bump_config(session)


def save_grant_windows(
    session: Session,
    grant_id: int,
    windows: Sequence[WindowRow],
    *,
    revision: int | None = None,
    base: Sequence[WindowRow] | None = None,
    actor: Actor = LOCAL,
) -> GrantForm:
    """Replace a special user's own access times (no mode, no tariff; empty = any time the station allows).

    ``revision`` (from :func:`load_grant_form`) refuses the save with :class:`EditConflict` when someone
    changed the grant in between (what differs from ``base``, the windows as loaded).
    """
    grant = session.get(SpecialGrant, grant_id)
    if grant is None:
        raise FormError(
            {
                "target": translate(
                    "AccessPlans",
                    "This special user no longer has a grant at the station; choose another target.",
                )
            }
        )
    _lock_station(session, grant.station_id)
    window_problems(windows, grant=True).raise_if_any()
    if revision is not None and not claim(session, SpecialGrant.__table__, grant.id, revision):
        raise grant_conflict(session, grant_id, base if base is not None else windows)
    current = [
        WindowRow(w.days, w.start_minute, w.end_minute)
        for w in sorted(grant.windows, key=lambda w: (w.position, w.id))
    ]
    if current != list(windows):
        grant.windows = [
            GrantWindow(position=k, days=w.days, start_minute=w.start, end_minute=w.end)
            for k, w in enumerate(windows)
        ]
        session.flush()
        touch(session, Station.__table__, [grant.station_id])  # the station editor shows them too
        audit(
            session,
            entity="special_grant",
            entity_id=grant.id,
            action="update",
            actor=actor,
            changes={
                "user": grant.user.name,
                "station": grant.station.charge_point_id,
                "before": [w.label for w in current],
                "after": [w.label for w in windows],
            },
        )
        _bump_config(session)
    return load_grant_form(session, grant_id)


def grant_conflict(session: Session, grant_id: int, loaded: Sequence[WindowRow]) -> EditConflict:
    """What changed in a special user's own times since ``loaded`` and who changed it."""
    session.expire_all()  # read what is stored now, not what this session loaded before its UPDATE waited
    stored = load_grant_form(session, grant_id)

    def text(rows: Sequence[WindowRow]) -> dict[str, str]:
        return {
            translate("AccessPlans", "Access times"): "; ".join(w.label for w in rows)
            or translate("AccessPlans", "any time the station allows")
        }

    return EditConflict(
        f"special user {stored.title}",
        "special user's times",
        revision=stored.revision,
        last=last_change(session, [("special_grant", grant_id), ("station", stored.station_id)]),
        differences=differences(text(loaded), text(stored.windows)),
        current=stored,
    )


@dataclass(frozen=True)
class PlanChoices:
    """The Schedules page's lists: the stations to plan and the tariffs a rule may name."""

    stations: list[StationChoice]
    tariffs: list[TariffChoice]


class AccessPlansService:
    """The Schedules page: one call per intention, each its own unit of work (small reads and one plan's save,
    on the caller's thread as the page always did). Saves raise :class:`FormError` for what the operator can fix,
    :class:`EditConflict` when someone saved the plan since it was loaded and :class:`WriteRefused` when the
    database refused; nothing is written in any of these cases."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        """Who the audit trail names: the operator at the console (the store's principal)."""
        return self.store.principal

    def choices(self) -> PlanChoices:
        return self.store.read(lambda s: PlanChoices(list_stations(s), tariff_choices(s)))

    def targets(self, station_id: int) -> StationTargets:
        """What can be planned at a station (its plan, connectors with own rules, special users)."""
        return self.store.read(lambda s: station_targets(s, station_id))

    def load_plan(self, station_id: int, connector_pk: int | None = None) -> PlanForm:
        return self.store.read(lambda s: load_plan_form(s, station_id, connector_pk))

    def load_grant(self, grant_id: int) -> GrantForm:
        return self.store.read(lambda s: load_grant_form(s, grant_id))

    def load(self, target: Target) -> PlanForm | GrantForm:
        """The form of a target: a special user's times or a station's / connector's plan."""
        if target.grant_id is not None:
            return self.load_grant(target.grant_id)
        return self.load_plan(target.station_id, target.connector_pk)

    def save(
        self, form: PlanForm | GrantForm, *, base: PlanForm | GrantForm | None = None
    ) -> PlanForm | GrantForm:
        """Writes the whole form in one transaction against ``form.revision``; returns it as stored (with its new
        revision). ``base`` is the form as loaded (what a conflict's differences are measured from)."""
        self.store.require(
            Permission.MANAGE_USERS if isinstance(form, GrantForm) else Permission.CONFIGURE_STATIONS
        )

        def write(s: Session) -> PlanForm | GrantForm:
            if isinstance(form, GrantForm):
                loaded = base.windows if isinstance(base, GrantForm) else None
                return save_grant_windows(
                    s, form.grant_id, form.windows, revision=form.revision, base=loaded, actor=self.actor
                )
            plan_base = base if isinstance(base, PlanForm) else None
            return save_schedule(
                s, form.station_id, form.connector_pk, form, base=plan_base, actor=self.actor
            )

        return self._write(write)

    def create_connector_override(self, connector_pk: int) -> PlanForm:
        self.store.require(Permission.CONFIGURE_STATIONS)
        return self._write(lambda s: create_connector_override(s, connector_pk, actor=self.actor))

    def remove_connector_override(
        self, connector_pk: int, *, revision: int | None = None, base: PlanForm | None = None
    ) -> None:
        """With ``revision``, :class:`EditConflict` when the connector's plan changed since (nothing removed)."""
        self.store.require(Permission.CONFIGURE_STATIONS)
        self._write(
            lambda s: remove_connector_override(
                s, connector_pk, revision=revision, base=base, actor=self.actor
            )
        )

    def _write(self, fn: Callable[[Session], T]) -> T:
        try:
            return self.store.write(fn)
        except SQLAlchemyError as e:
            raise WriteRefused(type(e).__name__) from e


__all__ = [
    "AccessMode",
    "AccessPlansService",
    "ConnectorChoice",
    "EditConflict",
    "ExceptionRow",
    "GrantForm",
    "PlanChoices",
    "PlanForm",
    "StationChoice",
    "StationTargets",
    "Target",
    "TariffChoice",
    "WindowRow",
    "WriteRefused",
    "create_connector_override",
    "describe_slot",
    "first_window_problem",
    "grant_conflict",
    "grant_preview_line",
    "keep_editing",
    "list_stations",
    "load_grant_form",
    "load_plan_form",
    "parse_window",
    "plan_conflict",
    "plan_fields",
    "plan_from_form",
    "plan_problems",
    "preview_line",
    "remove_connector_override",
    "save_grant_windows",
    "save_schedule",
    "site_now",
    "station_targets",
    "tariff_choices",
    "when",
    "window_problems",
]
