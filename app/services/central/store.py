"""The central system's database work, one function per message: each runs inside the store writer's batch
transaction (``fn(session) -> value``), may run twice (batch retry), and returns plain values, never ORM objects
the event loop would have to lazy-load.

Idempotency lives here: a StartTransaction is looked up before it is inserted (same charger, connector, tag,
timestamp, meterStart → the same transactionId); a StopTransaction for a closed transaction changes nothing; one
for a transaction we never saw (another charger's id, one from before a database reset) is stored as a session
flagged ``unknown_transaction``, and every later stop for that id is a repeated stop of it: every stop is
answered, none fails. Meter samples a stop repeats are stored once.

Plausibility too: a session whose energy, power or times cannot be right is stored as received, flagged
``implausible_*`` with the reason in ``flag_reason``, and not priced. A session the charger abandoned is closed
(flagged ``closed_*``, not priced) when a new transaction starts on its connector, the connector is free again,
or an operator ends it; a StopTransaction arriving later still applies.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from contextlib import nullcontext
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, literal, select, true, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from app.models import (
    Charger,
    ChargingSession,
    Connector,
    MeterValue,
    RegistrationStatus,
    SessionStatus,
    Site,
    Station,
)
from app.ocpp.backend import BootInfo, IdTagInfo, Sample, StartTx, StatusReport, StopTx
from app.services.central import reservations
from app.services.central.lean_sql import Lean, session_connection
from app.services.central.writer import RERUNS_ISOLATED, NeedsIsolation, insert_meter_rows, is_unavailable
from app.services.rules.access import (
    TagInfo,
    active_params,
    active_query,
    decide_at,
    describe_active,
    rules_cache,
)
from app.services.rules.pricing import Price, price_stored
from app.services.rules.tags import normalise_tag

log = logging.getLogger(__name__)

ENERGY = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
BOUNDARY_CONTEXTS = frozenset({"Transaction.Begin", "Transaction.End"})

FLAG_UNKNOWN_TX = "unknown_transaction"
FLAG_REPEATED_STOP = "repeated_stop"
FLAG_CLOCK_SKEW = "clock_skew"
FLAG_SESSION_REGISTER = "session_register"
FLAG_PRICE_ERROR = "price_error"
FLAG_NO_STATION = "no_station"
FLAG_IMPLAUSIBLE_ENERGY = "implausible_energy"
FLAG_IMPLAUSIBLE_POWER = "implausible_power"
FLAG_IMPLAUSIBLE_TIME = "implausible_time"
# An open session closed without a StopTransaction (the charger abandoned it): a new transaction started on its
# connector, the connector reported Available again, or an operator closed it. Its end is a guess (the last meter
# reading), so it is not priced; a StopTransaction arriving later is still applied (and priced).
FLAG_CLOSED_BY_NEW_START = "closed_by_new_start"
FLAG_CLOSED_WHEN_FREE = "closed_when_free"
FLAG_CLOSED_BY_OPERATOR = "closed_by_operator"
CLOSED_FLAGS = frozenset({FLAG_CLOSED_BY_NEW_START, FLAG_CLOSED_WHEN_FREE, FLAG_CLOSED_BY_OPERATOR})
CLOSED_PREFIX = "closed without a stop from the charger: "
# sessions flagged so are stored as received and never priced: an operator looks at them first
UNPRICED_FLAGS = frozenset(
    {FLAG_IMPLAUSIBLE_ENERGY, FLAG_IMPLAUSIBLE_POWER, FLAG_IMPLAUSIBLE_TIME, *CLOSED_FLAGS}
)

# What a session can plausibly be. A connector delivers at most its max_kw (or, when nobody entered it, what the
# largest public chargers deliver) with a margin for meter tolerance and rounding. Energy is implausible beyond both
# that power over the session's duration and what any vehicle takes in one session (a charger whose timestamps are
# coarse, or a simulator compressing time, delivers a plausible charge in what looks like seconds); a session lasts
# at most a week; a start the charger dates more than a month before it reaches us is an unset clock, not an
# offline buffer.
DEFAULT_MAX_KW = 400.0
POWER_MARGIN = 1.10
MAX_SESSION_ENERGY_WH = 250_000.0
MAX_SESSION = dt.timedelta(days=7)
MAX_START_AGE = dt.timedelta(days=31)
# a timestamp further ahead than 15 minutes or older than 400 days (app.ocpp.values.plausible) is replaced by our
# receive time: the session is priced on that time, flagged clock_skew with this reason
_SKEWED = "time was implausible (more than 15 min ahead or 400 days back): our receive time is used"
SKEWED_START, SKEWED_STOP = f"the charger's start {_SKEWED}", f"the charger's stop {_SKEWED}"


def cut(value: str | None, length: int) -> str:
    """Fit a charger-supplied string into its column (PostgreSQL refuses longer values)."""
    return (value or "")[:length]


def add_flag(flags: str, flag: str) -> str:
    parts = [f for f in flags.split(",") if f]
    if flag not in parts:
        parts.append(flag)
    return ",".join(parts)[:200]


def add_reason(reasons: str, reason: str) -> str:
    """``flag_reason``: the reasons, one per flag, joined with "; " (a reason already there is not repeated)."""
    parts = [r for r in reasons.split("; ") if r]
    if reason not in parts:
        parts.append(reason)
    return "; ".join(parts)


def _kwh(wh: float) -> str:
    return f"{wh / 1000:,.1f} kWh"


def implausible(
    *,
    start_at: dt.datetime,
    stop_at: dt.datetime | None,
    received_at: dt.datetime,
    energy_wh: float | None,
    max_power_w: float | None,
    max_kw: float | None,
    connector_id: int,
    stop_before_start: dt.datetime | None = None,
) -> list[tuple[str, str]]:
    """What cannot be right about a session, as (flag, reason) pairs; empty when it is plausible.

    ``received_at``: when we first heard of the session; ``stop_before_start``: the charger's stop time when it was
    before the start (the stored stop is then corrected)."""
    out: list[tuple[str, str]] = []
    limit_kw = max_kw if max_kw and max_kw > 0 else DEFAULT_MAX_KW
    where = f"connector {connector_id} ({limit_kw:g} kW{'' if max_kw else ', no maximum entered'})"
    if start_at < received_at - MAX_START_AGE:
        out.append(
            (
                FLAG_IMPLAUSIBLE_TIME,
                f"the charger dated the start {(received_at - start_at).days} days before it reached us "
                "(its clock is probably not set)",
            )
        )
    if stop_before_start is not None:
        out.append(
            (
                FLAG_IMPLAUSIBLE_TIME,
                f"the charger's stop time {stop_before_start:%Y-%m-%d %H:%M:%S} UTC is before the start "
                f"{start_at:%Y-%m-%d %H:%M:%S} UTC",
            )
        )
    if stop_at is not None and stop_at - start_at > MAX_SESSION:
        out.append(
            (
                FLAG_IMPLAUSIBLE_TIME,
                f"the session lasted {(stop_at - start_at).days} days (more than {MAX_SESSION.days})",
            )
        )
    if energy_wh is not None and stop_at is not None and stop_before_start is None:
        hours = max(0.0, (stop_at - start_at).total_seconds() / 3600)
        most = max(limit_kw * 1000 * POWER_MARGIN * hours, MAX_SESSION_ENERGY_WH)
        if energy_wh > most:
            out.append(
                (
                    FLAG_IMPLAUSIBLE_ENERGY,
                    f"energy {_kwh(energy_wh)} in {hours:,.2f} h is more than {where} can deliver "
                    f"(at most {_kwh(most)})",
                )
            )
    if max_power_w is not None and max_power_w > limit_kw * 1000 * POWER_MARGIN:
        out.append(
            (
                FLAG_IMPLAUSIBLE_POWER,
                f"power {max_power_w / 1000:,.1f} kW is more than {where} can deliver",
            )
        )
    return out


# --- stations and chargers -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StationRef:
    """What the protocol side keeps in memory about the station behind a charge point id."""

    station_id: int | None
    site_id: int | None = None
    name: str = ""
    enabled: bool = True
    lenient: bool = False
    password_hash: str | None = None
    allow_unsecured: bool = True
    security_profile: int = 0
    registration: str | None = None  # the Charger row's, None when there is no row
    currency: str = "CHF"


def load_station_ref(session: Session, cp_id: str) -> StationRef:
    row = session.execute(
        select(
            Station.id,
            Station.site_id,
            Station.name,
            Station.enabled,
            Station.lenient,
            Station.password_hash,
            Station.allow_unsecured,
            Station.security_profile,
            Site.currency,
        )
        .join(Site, Site.id == Station.site_id)
        .where(Station.charge_point_id == cp_id)
    ).first()
    registration = session.scalar(select(Charger.registration).where(Charger.charge_point_id == cp_id))
    if row is None:
        return StationRef(None, registration=registration)
    return StationRef(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], registration, row[8])


def default_site(session: Session) -> Site:
    site = session.scalars(select(Site).order_by(Site.id).limit(1)).first()
    if site is None:
        site = Site(name="Default")
        session.add(site)
        session.flush()
    return site


def create_station(
    session: Session,
    cp_id: str,
    *,
    site_id: int | None = None,
    name: str | None = None,
    connectors: list[int] | None = None,
) -> Station:
    site = session.get(Site, site_id) if site_id is not None else default_site(session)
    if site is None:
        raise LookupError(f"site {site_id} does not exist")
    charger = session.scalar(select(Charger).where(Charger.charge_point_id == cp_id))
    station = Station(site=site, charge_point_id=cp_id, name=cut(name or cp_id, 120))
    if charger is not None:
        _copy_boot_to_station(charger, station)
    station.connectors = [Connector(connector_id=n) for n in sorted(set(connectors or ())) if n > 0]
    session.add(station)
    session.flush()
    return station


def _copy_boot_to_station(charger: Charger, station: Station) -> None:
    station.vendor, station.model = charger.vendor, charger.model
    station.serial_number, station.firmware_version = charger.serial_number, charger.firmware_version
    station.ocpp_version = charger.ocpp_version


def _charger(session: Session, cp_id: str) -> Charger | None:
    return session.scalar(select(Charger).where(Charger.charge_point_id == cp_id))


def record_connection(
    session: Session, cp_id: str, ip: str, version: str, now: dt.datetime, policy: str
) -> StationRef:
    """A charger connected: its Charger row (created on first sight), and a station under the accept policy."""
    ref = load_station_ref(session, cp_id)
    charger = _charger(session, cp_id)
    if charger is None:
        registration = (
            RegistrationStatus.ACCEPTED
            if ref.station_id or policy == "accept"
            else RegistrationStatus.PENDING
        )
        charger = Charger(charge_point_id=cp_id, registration=registration.value, first_seen=now)
        session.add(charger)
    charger.ip_address = cut(ip, 64)
    charger.ocpp_version = cut(version, 8)
    charger.online = True
    charger.last_seen = now
    if ref.station_id is None and policy == "accept" and charger.registration != RegistrationStatus.REJECTED:
        session.flush()
        create_station(session, cp_id)
        charger.registration = RegistrationStatus.ACCEPTED.value
        log.info("%s: station created automatically (unknown charger policy 'accept')", cp_id)
    session.flush()
    return load_station_ref(session, cp_id)


@dataclass(frozen=True, slots=True)
class BootOutcome:
    status: str
    ref: StationRef


def record_boot(session: Session, cp_id: str, boot: BootInfo, now: dt.datetime, policy: str) -> BootOutcome:
    charger = _charger(session, cp_id)
    if charger is None:
        charger = Charger(
            charge_point_id=cp_id, first_seen=now, registration=RegistrationStatus.PENDING.value
        )
        session.add(charger)
    charger.vendor, charger.model = cut(boot.vendor, 50), cut(boot.model, 50)
    charger.serial_number = cut(boot.serial_number, 50)
    charger.firmware_version = cut(boot.firmware_version, 50)
    charger.iccid, charger.imsi = cut(boot.iccid, 20), cut(boot.imsi, 20)
    charger.meter_type, charger.meter_serial_number = (
        cut(boot.meter_type, 25),
        cut(boot.meter_serial_number, 25),
    )
    charger.last_boot = charger.last_seen = now
    charger.online = True
    station = session.scalar(select(Station).where(Station.charge_point_id == cp_id))
    if station is None and policy == "accept" and charger.registration != RegistrationStatus.REJECTED:
        session.flush()
        station = create_station(session, cp_id)
    if station is not None:
        _copy_boot_to_station(charger, station)
        charger.registration = RegistrationStatus.ACCEPTED.value
        status = RegistrationStatus.ACCEPTED.value if station.enabled else RegistrationStatus.REJECTED.value
    elif charger.registration == RegistrationStatus.REJECTED:
        status = RegistrationStatus.REJECTED.value
    else:
        charger.registration = RegistrationStatus.PENDING.value
        status = RegistrationStatus.PENDING.value
    session.flush()
    return BootOutcome(status, load_station_ref(session, cp_id))


def accept_charger(
    session: Session,
    cp_id: str,
    station_id: int | None = None,
    *,
    site_id: int | None = None,
    name: str | None = None,
    connectors: list[int] | None = None,
) -> int:
    """Accept a (pending) charger: bind it to ``station_id`` (which takes its charge point id) or create a
    station in ``site_id`` (default: the first site). Returns the station id."""
    charger = _charger(session, cp_id)
    if charger is None:
        charger = Charger(charge_point_id=cp_id, registration=RegistrationStatus.ACCEPTED.value)
        session.add(charger)
    existing = session.scalar(select(Station).where(Station.charge_point_id == cp_id))
    if station_id is not None:
        station = session.get(Station, station_id)
        if station is None:
            raise LookupError(f"station {station_id} does not exist")
        if existing is not None and existing.id != station.id:
            raise ValueError(f"{cp_id} is already bound to station {existing.name!r}")
        station.charge_point_id = cp_id
        _copy_boot_to_station(charger, station)
        have = {c.connector_id for c in station.connectors}
        for n in sorted(set(connectors or ()) - have):
            if n > 0:
                station.connectors.append(Connector(connector_id=n))
    elif existing is not None:
        station = existing
    else:
        station = create_station(session, cp_id, site_id=site_id, name=name, connectors=connectors)
    charger.registration = RegistrationStatus.ACCEPTED.value
    session.flush()
    return station.id


def reject_charger(session: Session, cp_id: str) -> None:
    charger = _charger(session, cp_id)
    if charger is None:
        session.add(Charger(charge_point_id=cp_id, registration=RegistrationStatus.REJECTED.value))
    else:
        charger.registration = RegistrationStatus.REJECTED.value
    session.flush()


def mark_stale_offline(session: Session, older_than: dt.datetime) -> int:
    """Chargers still marked online but not seen since ``older_than`` (a crash left them so)."""
    result = session.execute(
        update(Charger.__table__)
        .where(Charger.online.is_(True), (Charger.last_seen.is_(None)) | (Charger.last_seen < older_than))
        .values(online=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# --- status ---------------------------------------------------------------------------------------------


_CONNECTORS = Connector.__table__
_STATUS_UPDATE = (
    update(_CONNECTORS)
    .where(
        _CONNECTORS.c.station_id == bindparam("b_station"),
        _CONNECTORS.c.connector_id == bindparam("b_connector"),
        _CONNECTORS.c.status_at.is_(None) | (_CONNECTORS.c.status_at <= bindparam("b_at")),
    )
    .values(
        status=bindparam("b_status"),
        error_code=bindparam("b_error"),
        status_info=bindparam("b_info"),
        status_at=bindparam("b_at"),
    )
)
_LEAN_STATUS_UPDATE = Lean(_STATUS_UPDATE)
_CONNECTOR_EXISTS = select(_CONNECTORS.c.id).where(
    _CONNECTORS.c.station_id == bindparam("b_station"), _CONNECTORS.c.connector_id == bindparam("b_connector")
)


def record_status(session: Session, station_id: int, report: StatusReport, now: dt.datetime) -> bool:
    """Store a connector's status (creating the connector on first sight). False when the report is older than
    the stored one (messages replayed out of order by an offline charger)."""
    params = {
        "b_station": station_id,
        "b_connector": report.connector_id,
        "b_at": report.timestamp or now,
        "b_status": cut(report.status, 20),
        "b_error": cut(report.error_code, 40),
        "b_info": cut(_status_info(report), 100),
    }
    conn = session_connection(session)
    if _LEAN_STATUS_UPDATE.execute(conn, params).rowcount:
        return True
    if conn.execute(_CONNECTOR_EXISTS, params).first() is not None:
        return False
    conn.execute(
        insert(_CONNECTORS).values(
            station_id=station_id,
            connector_id=report.connector_id,
            status=params["b_status"],
            error_code=params["b_error"],
            status_info=params["b_info"],
            status_at=params["b_at"],
        )
    )
    return True


# The charger itself (connector 0) and its firmware / diagnostics jobs: telemetry for the store writer's buffered
# updates (``StoreWriter.add_update``), not durable before the reply; a report older than the stored one is ignored.
_CHARGERS = Charger.__table__
CHARGER_STATUS = (
    update(_CHARGERS)
    .where(
        _CHARGERS.c.charge_point_id == bindparam("b_cp"),
        _CHARGERS.c.status_at.is_(None) | (_CHARGERS.c.status_at <= bindparam("b_at")),
    )
    .values(
        status=bindparam("b_status"),
        error_code=bindparam("b_error"),
        status_info=bindparam("b_info"),
        status_at=bindparam("b_at"),
    )
)
FIRMWARE_STATUS = (
    update(_CHARGERS)
    .where(_CHARGERS.c.charge_point_id == bindparam("b_cp"))
    .values(firmware_status=bindparam("b_status"), firmware_status_at=bindparam("b_at"))
)
DIAGNOSTICS_STATUS = (
    update(_CHARGERS)
    .where(_CHARGERS.c.charge_point_id == bindparam("b_cp"))
    .values(diagnostics_status=bindparam("b_status"), diagnostics_status_at=bindparam("b_at"))
)


def _status_info(report: StatusReport) -> str:
    info = report.info
    if report.vendor_error_code:
        info = f"{info} (vendor error {report.vendor_id} {report.vendor_error_code})".strip()
    return info


def charger_status_params(cp_id: str, report: StatusReport, now: dt.datetime) -> dict[str, Any]:
    """Parameters of :data:`CHARGER_STATUS` for a StatusNotification of connector 0."""
    return {
        "b_cp": cp_id,
        "b_at": report.timestamp or now,
        "b_status": cut(report.status, 20),
        "b_error": cut(report.error_code, 40),
        "b_info": cut(_status_info(report), 100),
    }


def job_status_params(cp_id: str, status: str, now: dt.datetime) -> dict[str, Any]:
    """Parameters of :data:`FIRMWARE_STATUS` / :data:`DIAGNOSTICS_STATUS`."""
    return {"b_cp": cp_id, "b_at": now, "b_status": cut(status, 30)}


# --- authorization ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AuthOutcome:
    info: IdTagInfo
    user_id: int | None = None
    user_name: str = ""
    mode: str = ""
    tariff_name: str = ""


def _decide(
    session: Session,
    station_id: int | None,
    connector: int | None,
    id_tag: str,
    at: dt.datetime,
    known_elsewhere: tuple[TagInfo, str | None] | None = None,
) -> AuthOutcome:
    if station_id is None:
        return AuthOutcome(IdTagInfo("Invalid", reason="this charger has not been accepted by an operator"))
    d = decide_at(
        session,
        station_id,
        connector,
        id_tag,
        at,
        cache=rules_cache(session),
        with_tariff=False,
        known_elsewhere=known_elsewhere,
    )
    if d is None:
        return AuthOutcome(IdTagInfo("Invalid", reason="the station no longer exists"))
    mode = d.mode.value if d.mode is not None else ""
    return AuthOutcome(
        IdTagInfo(str(d.status), d.expiry, d.parent_id_tag, d.reason),
        d.user_id,
        d.user_name or "",
        mode,
        d.tariff_name or "",
    )


def authorize(
    session: Session, station_id: int | None, id_tag: str, connector: int | None, now: dt.datetime
) -> AuthOutcome:
    return _decide(session, station_id, connector, id_tag, now)


# --- transactions -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StartOutcome:
    transaction_id: int
    auth: AuthOutcome
    repeated: bool
    connector_id: int
    id_tag: str
    meter_start_wh: float
    start_at: dt.datetime
    closed: tuple[StopOutcome, ...] = ()  # older open sessions on the connector this start closed


_SESSIONS = ChargingSession.__table__
_MV = MeterValue.__table__
# what start_transaction answers a re-sent start with (read for every start, in one row with the "active
# elsewhere" check: the columns it needs, not the whole session with its price document)
_REPEATED_COLUMNS = (
    _SESSIONS.c.id,
    _SESSIONS.c.connector_id,
    _SESSIONS.c.id_tag,
    _SESSIONS.c.user_id,
    _SESSIONS.c.start_at,
    _SESSIONS.c.meter_start_wh,
    _SESSIONS.c.auth_status,
    _SESSIONS.c.decision_reason,
    _SESSIONS.c.mode_at_start,
    _SESSIONS.c.tariff_name,
)
_REPEATED_START = (
    select(*_REPEATED_COLUMNS)
    .where(
        _SESSIONS.c.charge_point_id == bindparam("b_cp"),
        _SESSIONS.c.connector_id == bindparam("b_connector"),
        _SESSIONS.c.id_tag == bindparam("b_tag"),
        _SESSIONS.c.meter_start_wh == bindparam("b_meter"),
        _SESSIONS.c.start_at == bindparam("b_at"),
    )
    .order_by(_SESSIONS.c.id.desc())
    .limit(1)
)
_LEAN_REPEATED_START = Lean(_REPEATED_START)


def _find_repeated_start(session: Session, cp_id: str, tx: StartTx, tag: str) -> Any:
    """The stored session a re-sent StartTransaction refers to (a row of its ``_REPEATED_COLUMNS``), or None."""
    cs = ChargingSession
    if tx.transaction_uid is not None:
        query = select(*_REPEATED_COLUMNS).where(
            cs.charge_point_id == cp_id, cs.transaction_uid == tx.transaction_uid
        )
    elif tx.clock_skew:  # our receive time differs on every retry: match the recent skewed one instead
        query = select(*_REPEATED_COLUMNS).where(
            cs.charge_point_id == cp_id,
            cs.connector_id == tx.connector_id,
            cs.id_tag == tag,
            cs.meter_start_wh == tx.meter_start_wh,
            cs.flags.contains(FLAG_CLOCK_SKEW),
            cs.status == SessionStatus.ACTIVE,
            cs.created_at >= tx.timestamp - dt.timedelta(days=1),
        )
    else:
        return _LEAN_REPEATED_START.execute(
            session_connection(session),
            {
                "b_cp": cp_id,
                "b_connector": tx.connector_id,
                "b_tag": tag,
                "b_meter": tx.meter_start_wh,
                "b_at": tx.timestamp,
            },
        ).first()
    return session.connection().execute(query.order_by(cs.id.desc()).limit(1)).first()


def _start_checks(with_parent: bool) -> Lean:
    """A re-sent start's stored row (``r_*``) and a running session of the tag elsewhere (``e_*``) in one
    statement: each a LEFT JOIN of a one-row table, so the row always comes back."""
    repeated = _REPEATED_START.subquery("r")
    elsewhere = active_query(with_parent).subquery("e")
    one = select(literal(1).label("one")).subquery("one")
    return Lean(
        select(
            *(c.label(f"r_{c.key}") for c in repeated.c), *(c.label(f"e_{c.key}") for c in elsewhere.c)
        ).select_from(one.outerjoin(repeated, true()).outerjoin(elsewhere, true()))
    )


_START_CHECKS = {p: _start_checks(p) for p in (False, True)}


def _checks_for_start(
    session: Session, cp_id: str, ref: StationRef, tx: StartTx, tag: str
) -> tuple[Any, tuple[TagInfo, str | None] | None]:
    """The stored session a re-sent StartTransaction refers to (or None), and when the tag is registered and the
    rules come from the store writer's cache, the "active elsewhere" answer for it, read in the same round trip
    (nothing is written between them and the decision)."""
    cache = rules_cache(session)
    if (
        tx.transaction_uid is not None
        or tx.clock_skew
        or cache is None
        or ref.station_id is None
        or not tag
        or tag != normalise_tag(tx.id_tag)  # too long: refused without the check
    ):
        return _find_repeated_start(session, cp_id, tx, tag), None
    if session.autoflush:
        session.flush()
    info = cache.tag(session, tag)
    if info is None or info.id_tag != tag:
        return _find_repeated_start(session, cp_id, tx, tag), None
    row = (
        _START_CHECKS[bool(info.parent_id_tag)]
        .execute(
            session_connection(session),
            {
                **active_params(info, cp_id, tx.connector_id),
                "b_meter": tx.meter_start_wh,
                "b_at": tx.timestamp,
            },
        )
        .first()
    )
    assert row is not None  # LEFT JOINs of a one-row table
    if row.r_id is not None:
        return SimpleNamespace(**{k[2:]: v for k, v in row._asdict().items() if k.startswith("r_")}), None
    return None, (info, describe_active(row.e_id, row.e_charge_point_id, row.e_connector_id, row.e_name))


def start_transaction(
    session: Session, cp_id: str, ref: StationRef, tx: StartTx, now: dt.datetime, *, close_open: bool = True
) -> StartOutcome:
    """Store a start (or find the one a re-sent start refers to). ``close_open``: look for older sessions still
    open on the connector and close them (the caller may know there are none)."""
    tag = cut(normalise_tag(tx.id_tag), 36)
    found, known_elsewhere = _checks_for_start(session, cp_id, ref, tx, tag)
    if found is not None:
        auth = AuthOutcome(
            IdTagInfo(found.auth_status, reason=found.decision_reason),
            found.user_id,
            "",
            found.mode_at_start,
            found.tariff_name,
        )
        return StartOutcome(
            found.id, auth, True, found.connector_id, found.id_tag, found.meter_start_wh, found.start_at
        )
    auth = _decide(session, ref.station_id, tx.connector_id, tx.id_tag, tx.timestamp, known_elsewhere)
    flags = reasons = ""
    if tx.clock_skew:
        flags, reasons = add_flag(flags, FLAG_CLOCK_SKEW), add_reason(reasons, SKEWED_START)
    if ref.station_id is None:
        flags = add_flag(flags, FLAG_NO_STATION)
    for flag, reason in implausible(
        start_at=tx.timestamp,
        stop_at=None,
        received_at=now,
        energy_wh=None,
        max_power_w=None,
        max_kw=None,
        connector_id=tx.connector_id,
    ):
        flags, reasons = add_flag(flags, flag), add_reason(reasons, reason)
    row = {
        "station_id": ref.station_id,
        "charge_point_id": cp_id,
        "connector_id": tx.connector_id,
        "transaction_uid": tx.transaction_uid,
        "id_tag": tag,
        "user_id": auth.user_id,
        "start_at": tx.timestamp,
        "meter_start_wh": tx.meter_start_wh,
        "status": SessionStatus.ACTIVE,
        "auth_status": cut(auth.info.status, 16),
        "mode_at_start": cut(auth.mode, 16),
        "decision_reason": auth.info.reason,
        "tariff_name": cut(auth.tariff_name, 80),
        "currency": ref.currency,
        "reservation_id": tx.reservation_id,
        "flags": flags,
        "flag_reason": reasons,
        "created_at": now,
        "stop_reason": "",
    }
    closed = (
        close_open_sessions(
            session,
            cp_id,
            tx.connector_id,
            at=tx.timestamp,
            now=now,
            flag=FLAG_CLOSED_BY_NEW_START,
            reason=f"a new transaction started on connector {tx.connector_id} at "
            f"{tx.timestamp:%Y-%m-%d %H:%M:%S} UTC",
        )
        if close_open
        else []
    )
    transaction_id = _LEAN_INSERT_SESSION.execute(session_connection(session), row).scalar_one()
    if tx.reservation_id is not None:  # the reservation it used ends with the start
        reservations.used(session, cp_id, tx.reservation_id, transaction_id, now)
    if tx.samples:
        insert_samples(
            session, meter_rows(cp_id, tx.connector_id, transaction_id, tx.samples, tx.meter_start_wh)
        )
    return StartOutcome(
        transaction_id, auth, False, tx.connector_id, tag, tx.meter_start_wh, tx.timestamp, tuple(closed)
    )


_OPEN_ON_CONNECTOR = select(_SESSIONS.c.id, _SESSIONS.c.auth_status).where(
    _SESSIONS.c.charge_point_id == bindparam("b_cp"),
    _SESSIONS.c.connector_id == bindparam("b_connector"),
    _SESSIONS.c.status == SessionStatus.ACTIVE,
    _SESSIONS.c.start_at <= bindparam("b_at"),
)
_LEAN_OPEN_ON_CONNECTOR = Lean(_OPEN_ON_CONNECTOR)
_LAST_ENERGY = (
    select(_MV.c.timestamp, _MV.c.value)
    .where(_MV.c.session_id == bindparam("b_id"), _MV.c.measurand == ENERGY, _MV.c.phase.is_(None))
    .order_by(_MV.c.timestamp.desc())
    .limit(1)
)


def close_open_sessions(
    session: Session,
    cp_id: str,
    connector_id: int,
    *,
    at: dt.datetime,
    now: dt.datetime,
    flag: str,
    reason: str,
    refused_only: bool = False,
) -> list[StopOutcome]:
    """Close the sessions still open on a connector that started before ``at`` (the charger never sent their
    StopTransaction): a new transaction started there, or it is free again (``refused_only``: only those whose
    start was refused)."""
    if connector_id <= 0:
        return []
    rows = _LEAN_OPEN_ON_CONNECTOR.execute(
        session.connection(), {"b_cp": cp_id, "b_connector": connector_id, "b_at": at}
    ).all()
    return [
        close_session(session, r[0], at=at, now=now, flag=flag, reason=reason)
        for r in rows
        if not refused_only or r[1] != "Accepted"
    ]


def close_session(
    session: Session, session_id: int, *, at: dt.datetime, now: dt.datetime, flag: str, reason: str
) -> StopOutcome:
    """Close an open session without a StopTransaction: it ends at its last energy reading (else at its start, no
    energy), flagged ``flag`` with ``reason``, not priced. A StopTransaction arriving later is still applied."""
    if session.autoflush:
        session.flush()
    conn = session.connection()
    row = _LEAN_CLOSE_ROW.execute(conn, {"b_id": session_id}).first()
    if row is None or row.status != SessionStatus.ACTIVE:
        raise LookupError(f"session {session_id} is not open")
    last = conn.execute(_LAST_ENERGY, {"b_id": session_id}).first()
    meter_stop = max(row.meter_start_wh, float(last[1])) if last is not None else row.meter_start_wh
    stop_at = min(max(last[0] if last is not None else row.start_at, row.start_at), max(at, row.start_at))
    reasons = add_reason(row.flag_reason, CLOSED_PREFIX + reason)
    values: dict[str, Any] = {
        "stop_at": stop_at,
        "meter_stop_wh": meter_stop,
        "energy_wh": meter_stop - row.meter_start_wh,
        "stop_reason": "Other",
        "status": SessionStatus.COMPLETED,
        "max_power_w": conn.execute(_MAX_POWER_EITHER, {"b_id": session_id}).scalar(),
        "flags": add_flag(row.flags, flag),
        "flag_reason": reasons,
        "price_breakdown": {"note": "not priced: " + reasons},
    }
    _LEAN_STOP_UPDATE.execute(conn, {"b_id": session_id, **values})
    stale = session.identity_map.get(identity_key(ChargingSession, session_id))
    if stale is not None:
        session.expire(stale)
    log.warning("session %s closed without a StopTransaction: %s", session_id, reason)
    return StopOutcome(
        session_id,
        None,
        row.connector_id,
        values["energy_wh"],
        "Other",
        None,
        values["flags"],
        stop_at,
        True,
    )


def close_when_free(
    session: Session, cp_id: str, report: StatusReport, now: dt.datetime, *, refused_only: bool = False
) -> list[StopOutcome]:
    """A connector reported Available: the sessions still open on it are over (``refused_only``: only the starts
    that were refused; the central system closes accepted ones after a grace period, as their StopTransaction may
    be behind the status). A 2.0.1 EVSE reports Available when the cable is unplugged, before the
    TransactionEvent Ended that closes an accepted session: there only refused starts are ever closed."""
    if report.status != "Available" or report.connector_id <= 0:
        return []
    at = report.timestamp or now
    return close_open_sessions(
        session,
        cp_id,
        report.connector_id,
        at=at,
        now=now,
        flag=FLAG_CLOSED_WHEN_FREE,
        reason=f"connector {report.connector_id} reported Available at {at:%Y-%m-%d %H:%M:%S} UTC",
        refused_only=refused_only or report.evse_id is not None,
    )


_INSERT_SESSION = insert(_SESSIONS).returning(_SESSIONS.c.id)
_LEAN_INSERT_SESSION = Lean(_INSERT_SESSION)


@dataclass(frozen=True, slots=True)
class StopOutcome:
    transaction_id: int
    id_tag_info: IdTagInfo | None
    connector_id: int
    energy_wh: float | None
    stop_reason: str
    price_total: Any
    flags: str
    stop_at: dt.datetime
    changed: bool  # False for a repeated stop


_CHARGED_STARTS = ("Accepted", "ConcurrentTx")  # auth statuses of a start the driver may be billed for
REFUSED_NOT_PRICED = "not priced: the start was refused and no energy was delivered"


def _not_priced(flags: str, reasons: str, auth_status: str | None, energy_wh: float) -> str | None:
    """Why a stopped session is not priced (None: it is): a flag that makes its figures doubtful, or a start the
    central system refused that delivered nothing — the driver did not charge, and a start fee would bill the
    refusal (a refused start that delivered energy anyway, a charger that charged regardless, is priced)."""
    if any(f in UNPRICED_FLAGS for f in flags.split(",")):
        return "not priced: " + reasons
    if auth_status not in _CHARGED_STARTS and energy_wh <= 0:
        return REFUSED_NOT_PRICED
    return None


_STOP_COLUMNS = (
    _SESSIONS.c.id,
    _SESSIONS.c.station_id,
    _SESSIONS.c.connector_id,
    _SESSIONS.c.user_id,
    _SESSIONS.c.id_tag,
    _SESSIONS.c.start_at,
    _SESSIONS.c.meter_start_wh,
    _SESSIONS.c.status,
    _SESSIONS.c.auth_status,
    _SESSIONS.c.decision_reason,
    _SESSIONS.c.currency,
    _SESSIONS.c.flags,
    _SESSIONS.c.flag_reason,
    _SESSIONS.c.created_at,
)
_STOP_BY_ID = select(*_STOP_COLUMNS).where(
    _SESSIONS.c.id == bindparam("b_id"), _SESSIONS.c.charge_point_id == bindparam("b_cp")
)
_STOP_BY_UID = (
    select(*_STOP_COLUMNS)
    .where(
        _SESSIONS.c.charge_point_id == bindparam("b_cp"), _SESSIONS.c.transaction_uid == bindparam("b_uid")
    )
    .limit(1)
)
_LEAN_STOP_BY_ID, _LEAN_STOP_BY_UID = Lean(_STOP_BY_ID), Lean(_STOP_BY_UID)
_LEAN_CLOSE_ROW = Lean(select(*_STOP_COLUMNS).where(_SESSIONS.c.id == bindparam("b_id")))


def _find_stop_row(conn: Connection, cp_id: str, tx: StopTx) -> Any:
    """The session a StopTransaction refers to, as a row of the columns stopping needs (None: unknown)."""
    if tx.transaction_uid is not None:
        return _LEAN_STOP_BY_UID.execute(conn, {"b_cp": cp_id, "b_uid": tx.transaction_uid}).first()
    if tx.transaction_id is None or tx.transaction_id <= 0:
        return None
    return _LEAN_STOP_BY_ID.execute(conn, {"b_id": tx.transaction_id, "b_cp": cp_id}).first()


def _stop_tag_info(
    session: Session, ref: StationRef, row: Any, tx: StopTx, id_tag: str | None = None
) -> IdTagInfo | None:
    """The idTagInfo of a StopTransaction's idTag (``row``: the session, ORM object or row; ``id_tag``: its tag
    when it was just changed)."""
    if not tx.id_tag:
        return None
    if normalise_tag(tx.id_tag) == (row.id_tag if id_tag is None else id_tag):
        return IdTagInfo(row.auth_status if row.auth_status != "ConcurrentTx" else "Accepted")
    info = _decide(session, ref.station_id, row.connector_id, tx.id_tag, tx.timestamp).info
    return (
        IdTagInfo("Accepted", info.expiry_date, info.parent_id_tag) if info.status == "ConcurrentTx" else info
    )


def stop_transaction(
    session: Session, cp_id: str, ref: StationRef, tx: StopTx, now: dt.datetime
) -> StopOutcome:
    if session.autoflush:  # ORM changes earlier in the batch (e.g. a flag on this session) before reading it
        session.flush()
    conn = session_connection(session)
    with_figures = not tx.samples and tx.transaction_uid is None and (tx.transaction_id or 0) > 0
    if with_figures:
        row = _LEAN_STOP_BY_ID_WITH_FIGURES.execute(conn, {"b_id": tx.transaction_id, "b_cp": cp_id}).first()
    else:
        row = _find_stop_row(conn, cp_id, tx)
    if row is None:
        return _stop_unknown(session, cp_id, ref, tx, now)
    closed_by_us = [f for f in row.flags.split(",") if f in CLOSED_FLAGS]
    if row.status == SessionStatus.COMPLETED and not closed_by_us:
        return _repeated_stop(session, cp_id, ref, tx, row.id)
    flags, reasons = row.flags, row.flag_reason
    if closed_by_us:  # we closed it without its stop: the charger's own stop replaces our guess
        flags = ",".join(f for f in flags.split(",") if f and f not in CLOSED_FLAGS)
        reasons = "; ".join(r for r in reasons.split("; ") if r and not r.startswith(CLOSED_PREFIX))
        reasons = add_reason(
            reasons,
            f"closed by ChargeDesk ({', '.join(closed_by_us)}); the charger's stop came later and applies",
        )
    stop_at = tx.timestamp
    backwards = None
    if stop_at < row.start_at:  # the charger's clock went backwards during the session
        backwards = stop_at
        stop_at = max(now, row.start_at)
        flags = add_flag(flags, FLAG_CLOCK_SKEW)
    if tx.clock_skew:
        flags, reasons = add_flag(flags, FLAG_CLOCK_SKEW), add_reason(reasons, SKEWED_STOP)
    meter_stop = _absolute_stop(row, tx.meter_stop_wh)
    if meter_stop != tx.meter_stop_wh:
        flags = add_flag(flags, FLAG_SESSION_REGISTER)
    if tx.samples:
        insert_samples(
            session,
            meter_rows(
                cp_id, row.connector_id, row.id, _new_samples(conn, row.id, tx.samples), row.meter_start_wh
            ),
        )
    id_tag = row.id_tag if row.id_tag or not tx.id_tag else cut(tx.id_tag.upper(), 36)
    values: dict[str, Any] = {
        "stop_at": stop_at,
        "meter_stop_wh": meter_stop,
        "energy_wh": max(0.0, meter_stop - row.meter_start_wh),
        "stop_reason": cut(tx.reason or "Local", 40),
        "status": SessionStatus.COMPLETED,
        "id_tag": id_tag,
    }
    figures = (
        (row.max_power_w, row.max_kw)
        if with_figures
        else _LEAN_STOP_FIGURES.execute(
            conn, {"b_id": row.id, "b_station": row.station_id, "b_connector": row.connector_id}
        ).first()
    )
    values["max_power_w"] = figures[0] if figures is not None else None
    for flag, reason in implausible(
        start_at=row.start_at,
        stop_at=stop_at,
        received_at=row.created_at,
        energy_wh=values["energy_wh"],
        max_power_w=values["max_power_w"],
        max_kw=figures[1] if figures is not None else None,
        connector_id=row.connector_id,
        stop_before_start=backwards,
    ):
        flags, reasons = add_flag(flags, flag), add_reason(reasons, reason)
    not_priced = _not_priced(flags, reasons, row.auth_status, values["energy_wh"])
    price, error = (None, None) if not_priced else _price(session, row, id_tag, stop_at, meter_stop)
    if not_priced:
        level = logging.INFO if not_priced == REFUSED_NOT_PRICED else logging.WARNING
        log.log(level, "%s: session %s %s", cp_id, row.id, not_priced)
        values["price_breakdown"] = {"note": not_priced}
    elif price is not None:
        values.update(
            price_net=price.net,
            price_vat=price.vat,
            price_total=price.total,
            currency=price.currency,
            price_breakdown=price.as_json(),
            tariff_name=price.tariff_name[:80],
        )
    elif error is not None:
        flags = add_flag(flags, FLAG_PRICE_ERROR)
        values["decision_reason"] = (row.decision_reason + f" [price not computed: {error}]").strip()
    values["flags"], values["flag_reason"] = flags, reasons
    _LEAN_STOP_UPDATE.execute(conn, {"b_id": row.id, **values})
    # an ORM copy loaded earlier in this transaction must not write old values back (a batch's items seldom
    # load any: an empty identity map needs no key)
    stale = session.identity_map.get(identity_key(ChargingSession, row.id)) if session.identity_map else None
    if stale is not None:
        session.expire(stale)
    return StopOutcome(
        row.id,
        _stop_tag_info(session, ref, row, tx, id_tag),
        row.connector_id,
        values["energy_wh"],
        values["stop_reason"],
        price.total if price is not None else None,
        flags,
        stop_at,
        True,
    )


def _repeated_stop(
    session: Session, cp_id: str, ref: StationRef, tx: StopTx, session_id: int, *, unknown: bool = False
) -> StopOutcome:
    """A StopTransaction (TransactionEvent Ended) for a closed transaction: nothing changes (a different one is
    flagged). ``unknown``: the closed session is one stored for a transaction we never started."""
    row = session.get(ChargingSession, session_id)
    assert row is not None
    meter_stop = tx.meter_stop_wh if unknown else _absolute_stop(row, tx.meter_stop_wh)
    same = row.stop_at == tx.timestamp and row.meter_stop_wh == meter_stop
    if not same and not tx.clock_skew and FLAG_REPEATED_STOP not in row.flags:
        row.flags = add_flag(row.flags, FLAG_REPEATED_STOP)
        log.warning(
            "%s: %s for already closed transaction %s (session %s) with other values; flagged",
            cp_id,
            "TransactionEvent Ended" if tx.transaction_uid is not None else "StopTransaction",
            tx.transaction_uid or tx.transaction_id,
            row.id,
        )
    info = _unknown_tag_info(session, ref, tx) if unknown else _stop_tag_info(session, ref, row, tx)
    return _stop_outcome(row, info, changed=False)


def _absolute_stop(row: Any, meter_stop: float) -> float:
    """meterStop on the lifetime register: a charger whose register restarts per session sends less than
    meterStart (and a session register when meterStart was 0 needs nothing). ``row``: the session."""
    start: float = row.meter_start_wh
    if meter_stop < start or (FLAG_SESSION_REGISTER in row.flags and start > 0):
        return start + meter_stop
    return meter_stop


def _price(
    session: Session, row: Any, id_tag: str, stop_at: dt.datetime, meter_stop: float
) -> tuple[Price | None, Exception | None]:
    """The session's price, or the problem that prevented it: a pricing problem must not lose the stop (the
    session is flagged for the operator instead). An unreachable database is not a pricing problem: the whole
    item fails then, and the charger retries.

    PostgreSQL aborts a transaction on a failed statement, so a database error while pricing must be contained by
    a savepoint for the stop to be kept. The store writer's first run of a batch (``RERUNS_ISOLATED``) prices
    without one (a SAVEPOINT/RELEASE pair is two round trips per stop, for an error pricing's reads practically
    never meet): such an error raises :class:`NeedsIsolation`, the writer rolls the batch back and reruns it with
    each item in a savepoint, and there pricing takes its savepoint and the stop is stored, flagged. SQLite only
    undoes the failed statement, so it never needs one."""
    postgresql = session.get_bind().dialect.name == "postgresql"
    savepoint = postgresql and not session.info.get(RERUNS_ISOLATED, False)
    try:
        with session.begin_nested() if savepoint else nullcontext():
            price = price_stored(
                session,
                session_id=row.id,
                station_id=row.station_id,
                connector_id=row.connector_id,
                user_id=row.user_id,
                id_tag=id_tag,
                start_at=row.start_at,
                stop_at=stop_at,
                meter_start_wh=row.meter_start_wh,
                meter_stop_wh=meter_stop,
                currency=row.currency,
                cache=rules_cache(session),
            )
        return price, None
    except Exception as e:
        if is_unavailable(e):
            raise
        if postgresql and not savepoint and isinstance(e, DBAPIError):
            raise NeedsIsolation(f"pricing session {row.id} failed in the database: {e}") from e
        log.exception("pricing session %s failed", row.id)
        return None, e


def _stop_outcome(row: ChargingSession, info: IdTagInfo | None, *, changed: bool) -> StopOutcome:
    return StopOutcome(
        row.id,
        info,
        row.connector_id,
        row.energy_wh,
        row.stop_reason,
        row.price_total,
        row.flags,
        row.stop_at or row.start_at,
        changed,
    )


def _stop_unknown(session: Session, cp_id: str, ref: StationRef, tx: StopTx, now: dt.datetime) -> StopOutcome:
    """§4.10: answer every StopTransaction. Store what we got as a flagged session (once per retry series)."""
    cs = ChargingSession
    uid = tx.transaction_uid or (str(tx.transaction_id) if tx.transaction_id is not None else None)
    if uid is not None and (tx.transaction_uid is not None or (tx.transaction_id or 0) > 0):
        # stored already (the retry series, or a charger re-sending a stop for an id it does not own with a new
        # timestamp each time, which may go on for ever): a repeated stop of that session, on the lean path
        known = _LEAN_UNKNOWN_BY_UID.execute(
            session.connection(), {"b_cp": cp_id, "b_uid": cut(uid, 40)}
        ).first()
        if known is not None:
            return _repeated_unknown_stop(session, cp_id, ref, tx, known)
    found = session.scalars(
        select(cs)
        .where(
            cs.charge_point_id == cp_id,
            cs.flags.contains(FLAG_UNKNOWN_TX),
            cs.stop_at == tx.timestamp,
            cs.meter_stop_wh == tx.meter_stop_wh,
        )
        .order_by(cs.id.desc())
        .limit(1)
    ).first()
    if found is not None:
        return _stop_outcome(found, _unknown_tag_info(session, ref, tx), changed=False)
    if uid is not None and session.scalar(
        select(cs.id).where(cs.charge_point_id == cp_id, cs.transaction_uid == cut(uid, 40)).limit(1)
    ):
        uid = None  # -1 (or 0): "no id", a placeholder many stops share: each distinct one is its own session
    energy = [s for s in tx.samples if s.measurand == ENERGY and s.phase is None]
    first = min(energy, key=lambda s: s.timestamp) if energy else None
    start_at = min(first.timestamp, tx.timestamp) if first else tx.timestamp
    meter_start = first.value if first and first.value <= tx.meter_stop_wh else tx.meter_stop_wh
    connector = 0  # a StopTransaction does not say which connector
    shown_id = tx.transaction_uid or (str(tx.transaction_id) if tx.transaction_id is not None else None)
    row = cs(
        station_id=ref.station_id,
        charge_point_id=cp_id,
        connector_id=connector,
        transaction_uid=cut(uid, 40) if uid is not None else None,
        id_tag=cut((tx.id_tag or "").upper(), 36),
        start_at=start_at,
        stop_at=tx.timestamp,
        meter_start_wh=meter_start,
        meter_stop_wh=tx.meter_stop_wh,
        energy_wh=tx.meter_stop_wh - meter_start,
        stop_reason=cut(tx.reason or "Local", 40),
        status=SessionStatus.COMPLETED,
        auth_status="",
        decision_reason=f"{'TransactionEvent Ended' if tx.transaction_uid else 'StopTransaction'} for transaction "
        f"{shown_id or '(no id)'} that this central system never started (stored as received, not priced)",
        currency=ref.currency,
        flags=FLAG_UNKNOWN_TX + (f",{FLAG_CLOCK_SKEW}" if tx.clock_skew else ""),
        created_at=now,
    )
    for flag, reason in implausible(
        start_at=start_at,
        stop_at=tx.timestamp,
        received_at=now,
        energy_wh=row.energy_wh,
        max_power_w=None,
        max_kw=None,
        connector_id=connector,
    ):
        row.flags, row.flag_reason = add_flag(row.flags, flag), add_reason(row.flag_reason or "", reason)
    session.add(row)
    session.flush()
    if tx.samples:
        insert_samples(
            session,
            meter_rows(cp_id, connector, row.id, _new_samples(session.connection(), row.id, tx.samples), 0.0),
        )
    log.warning(
        "%s: %s for unknown transaction %s stored as session %s (flagged)",
        cp_id,
        "TransactionEvent Ended" if tx.transaction_uid is not None else "StopTransaction",
        shown_id,
        row.id,
    )
    return _stop_outcome(row, _unknown_tag_info(session, ref, tx), changed=True)


_UNKNOWN_BY_UID = (
    select(
        _SESSIONS.c.id,
        _SESSIONS.c.connector_id,
        _SESSIONS.c.energy_wh,
        _SESSIONS.c.stop_reason,
        _SESSIONS.c.price_total,
        _SESSIONS.c.flags,
        _SESSIONS.c.start_at,
        _SESSIONS.c.stop_at,
        _SESSIONS.c.meter_stop_wh,
    )
    .where(
        _SESSIONS.c.charge_point_id == bindparam("b_cp"), _SESSIONS.c.transaction_uid == bindparam("b_uid")
    )
    .limit(1)
)
_LEAN_UNKNOWN_BY_UID = Lean(_UNKNOWN_BY_UID)
_FLAGS_UPDATE = Lean(
    update(ChargingSession).where(ChargingSession.id == bindparam("b_id")).values(flags=bindparam("b_flags"))
)


def _repeated_unknown_stop(
    session: Session, cp_id: str, ref: StationRef, tx: StopTx, row: Any
) -> StopOutcome:
    """A stop for a transaction id already stored as an unknown transaction's session: nothing changes (other
    values flag it ``repeated_stop``, once)."""
    flags = row.flags
    same = row.stop_at == tx.timestamp and row.meter_stop_wh == tx.meter_stop_wh
    if not same and not tx.clock_skew and FLAG_REPEATED_STOP not in flags.split(","):
        flags = add_flag(flags, FLAG_REPEATED_STOP)
        _FLAGS_UPDATE.execute(session.connection(), {"b_id": row.id, "b_flags": flags})
        stale = session.identity_map.get(identity_key(ChargingSession, row.id))
        if stale is not None:
            session.expire(stale)
        log.warning(
            "%s: %s for transaction %s (never started here, stored as session %s) again with other values; "
            "flagged",
            cp_id,
            "TransactionEvent Ended" if tx.transaction_uid is not None else "StopTransaction",
            tx.transaction_uid or tx.transaction_id,
            row.id,
        )
    return StopOutcome(
        row.id,
        _unknown_tag_info(session, ref, tx),
        row.connector_id,
        row.energy_wh,
        row.stop_reason,
        row.price_total,
        flags,
        row.stop_at or row.start_at,
        False,
    )


def _unknown_tag_info(session: Session, ref: StationRef, tx: StopTx) -> IdTagInfo | None:
    if not tx.id_tag:
        return None
    info = _decide(session, ref.station_id, None, tx.id_tag, tx.timestamp).info
    return (
        IdTagInfo("Accepted", info.expiry_date, info.parent_id_tag) if info.status == "ConcurrentTx" else info
    )


@dataclass(slots=True)
class ActiveTx:
    """A running transaction as the protocol side tracks it (for meter values and live figures)."""

    transaction_id: int
    connector_id: int
    meter_start_wh: float
    session_register: bool = False  # the charger's energy register restarts at 0 per session
    energy_wh: float | None = None
    power_w: float | None = None
    soc: float | None = None
    phase_power: dict[str, float] = field(default_factory=dict)


def load_active(session: Session, cp_id: str) -> list[ActiveTx]:
    cs = ChargingSession
    rows = session.execute(
        select(cs.id, cs.connector_id, cs.meter_start_wh).where(
            cs.charge_point_id == cp_id, cs.status == SessionStatus.ACTIVE
        )
    ).all()
    return [ActiveTx(r[0], r[1], r[2]) for r in rows]


def session_exists(session: Session, cp_id: str, transaction_id: int) -> ActiveTx | None:
    cs = ChargingSession
    row = session.execute(
        select(cs.id, cs.connector_id, cs.meter_start_wh, cs.status).where(
            cs.id == transaction_id, cs.charge_point_id == cp_id
        )
    ).first()
    if row is None or row[3] != SessionStatus.ACTIVE:
        return None
    return ActiveTx(row[0], row[1], row[2])


# --- meter values -----------------------------------------------------------------------------------------


def meter_rows(
    cp_id: str,
    connector_id: int,
    session_id: int | None,
    samples: tuple[Sample, ...],
    meter_start_wh: float,
    *,
    session_register: bool = False,
) -> list[dict[str, Any]]:
    """Rows for ``meter_values``. A session-relative energy register (below meterStart) is put on the lifetime
    scale so every register value of a session is comparable with meterStart/meterStop (pricing relies on it)."""
    rows = []
    for s in samples:
        value = s.value
        if not math.isfinite(value):  # (the protocol layer refuses or drops them already)
            continue
        if (
            session_id is not None
            and s.measurand == ENERGY
            and (session_register or value + 0.5 < meter_start_wh)
        ):
            value += meter_start_wh
        rows.append(
            {
                "session_id": session_id,
                "charge_point_id": cp_id,
                "connector_id": connector_id,
                "timestamp": s.timestamp,
                "measurand": cut(s.measurand, 60),
                "phase": cut(s.phase, 8) or None,
                "value": value,
                "unit": cut(s.unit, 16),
                "context": cut(s.context, 30) or None,
                "location": cut(s.location, 16) or None,
            }
        )
    return rows


_STORED_KEYS = select(_MV.c.timestamp, _MV.c.measurand, _MV.c.phase, _MV.c.location).where(
    _MV.c.session_id == bindparam("b_id"),
    _MV.c.timestamp >= bindparam("b_lo"),
    _MV.c.timestamp <= bindparam("b_hi"),
)
_LEAN_STORED_KEYS = Lean(_STORED_KEYS)


def _sample_key(s: Sample) -> tuple[Any, ...]:
    return (s.timestamp, cut(s.measurand, 60), cut(s.phase, 8) or None, cut(s.location, 16) or None)


def _new_samples(conn: Connection, session_id: int, samples: tuple[Sample, ...]) -> tuple[Sample, ...]:
    """``samples`` less those the session already has: a 2.0.1 Ended repeats the Begin samples, a 1.6
    StopTransaction's transactionData the MeterValues sent during the session. One reading is one (timestamp,
    measurand, phase, location): the context is not compared, since the same reading sent without one gets each
    message's default (Sample.Periodic in MeterValues, Transaction.End in transactionData)."""
    if not samples:
        return samples
    lo = min(s.timestamp for s in samples)
    hi = max(s.timestamp for s in samples)
    seen = {
        (r[0], r[1], r[2], r[3])
        for r in _LEAN_STORED_KEYS.execute(conn, {"b_id": session_id, "b_lo": lo, "b_hi": hi}).all()
    }
    out = []
    for s in samples:
        key = _sample_key(s)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return tuple(out)


def insert_samples(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(MeterValue.__table__), rows)


_LEAN_INSERT_READING = Lean(insert(_MV))


def insert_readings(session: Session, rows: list[dict[str, Any]]) -> None:
    """:func:`insert_samples` for MeterValues rows (:func:`meter_rows`: every column given; the readings of the
    MeterValues a store-writer batch holds): one row on the lean path, more in one executemany (on SQLite the
    store writer's bulk insert, which converts the values without SQLAlchemy's per-row bookkeeping)."""
    if not rows:
        return
    conn = session_connection(session)
    if len(rows) == 1:
        _LEAN_INSERT_READING.execute(conn, rows[0])
    elif conn.dialect.name == "sqlite":
        insert_meter_rows(conn, rows)
    else:
        conn.execute(insert(_MV), rows)


_MAX_POWER = select(func.max(_MV.c.value)).where(
    _MV.c.session_id == bindparam("b_id"), _MV.c.measurand == POWER, _MV.c.phase.is_(None)
)
_PER_PHASE = (
    select(func.sum(_MV.c.value).label("w"))
    .where(_MV.c.session_id == bindparam("b_id"), _MV.c.measurand == POWER, _MV.c.phase.is_not(None))
    .group_by(_MV.c.timestamp)
    .subquery()
)
_MAX_PHASED_POWER = select(func.max(_PER_PHASE.c.w))
# COALESCE evaluates its arguments lazily (SQLite and PostgreSQL): the phases are summed only without a total
_MAX_POWER_EITHER = select(func.coalesce(_MAX_POWER.scalar_subquery(), _MAX_PHASED_POWER.scalar_subquery()))


# Stopping a session writes everything in one statement (its highest power read first, after the
# StopTransaction's own samples were inserted, to check it is plausible); the columns come from the parameters.
_STOP_UPDATE = update(_SESSIONS).where(_SESSIONS.c.id == bindparam("b_id"))
_LEAN_STOP_UPDATE = Lean(_STOP_UPDATE)
_MAX_KW = select(_CONNECTORS.c.max_kw).where(
    _CONNECTORS.c.station_id == bindparam("b_station"), _CONNECTORS.c.connector_id == bindparam("b_connector")
)
# the session's highest power and what its connector can deliver (NULL: nobody entered it), in one statement
_LEAN_STOP_FIGURES = Lean(select(_MAX_POWER_EITHER.scalar_subquery(), _MAX_KW.scalar_subquery()))
# A StopTransaction by transactionId without samples of its own: the session's row and both figures in one round
# trip (its stored samples are all there already; a stop with samples reads the figures after inserting them)
_LEAN_STOP_BY_ID_WITH_FIGURES = Lean(
    select(
        *_STOP_COLUMNS,
        _MAX_POWER_EITHER.scalar_subquery().label("max_power_w"),
        select(_CONNECTORS.c.max_kw)
        .where(
            _CONNECTORS.c.station_id == _SESSIONS.c.station_id,
            _CONNECTORS.c.connector_id == _SESSIONS.c.connector_id,
        )
        .scalar_subquery()
        .label("max_kw"),
    ).where(_SESSIONS.c.id == bindparam("b_id"), _SESSIONS.c.charge_point_id == bindparam("b_cp"))
)


def max_power(session: Session, session_id: int) -> float | None:
    """The session's highest active power: the total when the charger sends it, else the sum of the phases."""
    total = session.connection().execute(_MAX_POWER_EITHER, {"b_id": session_id}).scalar()
    return float(total) if total is not None else None
