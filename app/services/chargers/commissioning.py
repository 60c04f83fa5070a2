"""Commissioning chargers: the list of chargers the central system knows (new ones first), accepting a pending
charger (bind it to a station or create one, set its password) or refusing it, and the commissioning checklist
that runs after acceptance (and again whenever a technician wants):

1. ``snapshot`` — the charger's configuration stored as a snapshot (:func:`app.services.chargers.config_snapshots.take_snapshot`);
2. ``intervals`` — HeartbeatInterval and MeterValueSampleInterval set to the recommended (editable) values;
3. ``clock`` — the charger's own timestamps compared with ours (a StatusNotification it is asked to send);
4. ``smart_charging`` — what load management can do with it: its smart-charging keys, then which charging
   profiles it accepts, tried harmlessly (:mod:`app.services.load.capabilities`), stored with the charger;
5. ``local_list`` — local authorization list support (LocalAuthListEnabled, SendLocalListMaxLength);
6. ``test_charge`` — RemoteStart on a chosen connector with a technician's tag, status and meter values watched,
   RemoteStop, with a summary.

Each step ends ``pass``, ``warn`` or ``fail`` with a sentence that says what was found. The result is stored as an
:class:`~app.models.AuditEntry` (entity ``charger``, action ``commissioning``, the JSON in ``changes``) and can be
exported as a self-contained, printable HTML report (:func:`report_html`).

No Qt here: the view passes a callback that receives every step as it changes.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import html
import json
import secrets
import string
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    ID_TAG_MAX_16,
    AuditEntry,
    Charger,
    Connector,
    IdTag,
    RegistrationStatus,
    Site,
    Station,
    User,
)
from app.ocpp.events import SessionStarted, SessionStopped, SessionUpdated, StatusChanged
from app.services import locale_format as fmt
from app.services.admin.audit import audit
from app.services.admin.passwords import hash_password, password_advice, password_problem
from app.services.chargers.operations import (
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import bump
from app.services.roles import LOCAL, Actor

AUDIT_ENTITY = "charger"
AUDIT_ACTION = "commissioning"
LIST_LIMIT = 5000

PASS, WARN, FAIL, SKIP, PENDING, RUNNING = "pass", "warn", "fail", "skipped", "pending", "running"

RECOMMENDED_HEARTBEAT_S = 300  # the WebSocket pings do the liveness work; the heartbeat keeps the clock right
RECOMMENDED_METER_SAMPLE_S = 60  # one sample a minute: pricing bands and the live power follow closely enough
CLOCK_OK_S = 10.0
CLOCK_BAD_S = 300.0

OPERATION_ERRORS = (
    ChargerOffline,
    ChargerTimeout,
    ChargerCallError,
    InvalidRequest,
    InvalidReply,
    OperationNotSupported,
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- the list of chargers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChargerRow:
    """One charger as the list and the Overview tab show it (DB state; the view overlays live state)."""

    cp_id: str
    registration: str  # Pending / Accepted / Rejected
    vendor: str = ""
    model: str = ""
    serial_number: str = ""
    firmware_version: str = ""
    ocpp_version: str = ""
    ip_address: str = ""
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    last_boot: dt.datetime | None = None
    online: bool = False
    status: str = ""  # connector 0 (the charger itself)
    station_id: int | None = None
    station_name: str = ""
    site_name: str = ""
    connected_ever: bool = True  # False: a station whose charger never connected

    @property
    def is_new(self) -> bool:
        return self.registration == RegistrationStatus.PENDING.value and self.station_id is None

    @property
    def refused(self) -> bool:
        return self.registration == RegistrationStatus.REJECTED.value and self.station_id is None

    @property
    def vendor_model(self) -> str:
        return " ".join(p for p in (self.vendor, self.model) if p)

    def matches(self, text: str) -> bool:
        needle = text.strip().lower()
        if not needle:
            return True
        hay = " ".join(
            (
                self.cp_id,
                self.vendor,
                self.model,
                self.serial_number,
                self.station_name,
                self.site_name,
                self.ip_address,
                self.registration,
                self.firmware_version,
            )
        ).lower()
        return all(part in hay for part in needle.split())


def _row(ch: Charger | None, st: Station | None, site: str) -> ChargerRow:
    if ch is None:
        assert st is not None
        return ChargerRow(
            st.charge_point_id,
            RegistrationStatus.ACCEPTED.value,
            st.vendor,
            st.model,
            st.serial_number,
            st.firmware_version,
            st.ocpp_version,
            station_id=st.id,
            station_name=st.name,
            site_name=site,
            connected_ever=False,
        )
    registration = ch.registration
    if st is not None:
        registration = RegistrationStatus.ACCEPTED.value  # a bound charger is accepted (record_boot agrees)
    return ChargerRow(
        ch.charge_point_id,
        registration,
        ch.vendor,
        ch.model,
        ch.serial_number,
        ch.firmware_version,
        ch.ocpp_version,
        ch.ip_address,
        ch.first_seen,
        ch.last_seen,
        ch.last_boot,
        bool(ch.online),
        ch.status or "",
        st.id if st else None,
        st.name if st else "",
        site,
    )


def list_chargers(session: Session, *, limit: int = LIST_LIMIT) -> list[ChargerRow]:
    """Every charger known: the ``chargers`` table (what connected) and stations whose charger never connected.
    New chargers (Pending, no station) first, then by charge point id."""
    rows: list[ChargerRow] = []
    seen: set[str] = set()
    q = (
        select(Charger, Station, Site.name)
        .outerjoin(Station, Station.charge_point_id == Charger.charge_point_id)
        .outerjoin(Site, Site.id == Station.site_id)
        .order_by(Charger.charge_point_id)
        .limit(limit)
    )
    for ch, st, site in session.execute(q):
        rows.append(_row(ch, st, site or ""))
        seen.add(ch.charge_point_id)
    q2 = (
        select(Station, Site.name)
        .join(Site, Site.id == Station.site_id)
        .where(Station.charge_point_id.not_in(select(Charger.charge_point_id)))
        .order_by(Station.charge_point_id)
        .limit(limit)
    )
    for st, site in session.execute(q2):
        if st.charge_point_id not in seen:
            rows.append(_row(None, st, site))
    rows.sort(key=lambda r: (not r.is_new, r.refused, r.cp_id.lower()))
    return rows


def charger_row(session: Session, cp_id: str) -> ChargerRow | None:
    ch = session.scalar(select(Charger).where(Charger.charge_point_id == cp_id))
    st = session.scalar(select(Station).where(Station.charge_point_id == cp_id))
    if ch is None and st is None:
        return None
    site = session.get(Site, st.site_id).name if st is not None else ""  # type: ignore[union-attr]
    return _row(ch, st, site)


@dataclass(frozen=True)
class ConnectorRow:
    connector_id: int
    status: str = "Unknown"
    error_code: str = "NoError"
    info: str = ""
    status_at: dt.datetime | None = None
    plug_type: str = ""
    max_power_kw: float | None = None


def connector_rows(session: Session, cp_id: str) -> list[ConnectorRow]:
    """The connectors of the station bound to ``cp_id`` as stored (empty for an unbound charger)."""
    st_id = session.scalar(select(Station.id).where(Station.charge_point_id == cp_id))
    if st_id is None:
        return []
    rows = session.scalars(
        select(Connector).where(Connector.station_id == st_id).order_by(Connector.connector_id)
    ).all()
    return [
        ConnectorRow(
            c.connector_id,
            c.status or "Unknown",
            c.error_code or "NoError",
            c.status_info or "",
            c.status_at,
            getattr(c, "plug_type", "") or "",
            getattr(c, "max_power_kw", None),
        )
        for c in rows
    ]


# --- accept / reject ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""


def site_choices(session: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in session.execute(select(Site.id, Site.name).order_by(Site.name))]


def station_choices(session: Session) -> list[Choice]:
    """Stations a charger can be bound to, with the charge point id they have now (binding replaces it)."""
    q = (
        select(Station.id, Station.name, Station.charge_point_id, Site.name, Charger.online)
        .join(Site, Site.id == Station.site_id)
        .outerjoin(Charger, Charger.charge_point_id == Station.charge_point_id)
        .order_by(Site.name, Station.name)
        .limit(LIST_LIMIT)
    )
    out = []
    for sid, name, cp, site, online in session.execute(q):
        where = (
            translate("Commissioning", "{site} · now {cp_id} (online)")
            if online
            else translate("Commissioning", "{site} · now {cp_id}")
        ).format(site=site, cp_id=cp)
        out.append(Choice(sid, f"{name} ({site})", where))
    return out


def site_timezone(session: Session, cp_id: str) -> str | None:
    """The time zone of the site of the station ``cp_id`` is bound to (None: not bound)."""
    return session.scalar(
        select(Site.timezone)
        .join(Station, Station.site_id == Site.id)
        .where(Station.charge_point_id == cp_id)
    )


@dataclass(frozen=True)
class TagChoice:
    id_tag: str
    label: str


def technician_tags(session: Session, *, limit: int = 500) -> list[TagChoice]:
    """Active tags of active users (a test charge needs a tag the station accepts)."""
    q = (
        select(IdTag.id_tag, IdTag.label, User.name)
        .join(User, User.id == IdTag.user_id)
        .where(IdTag.status == "active", User.active.is_(True))
        .order_by(User.name, IdTag.id_tag)
        .limit(limit)
    )
    return [TagChoice(t, f"{t} — {u}" + (f" ({lab})" if lab else "")) for t, lab, u in session.execute(q)]


@dataclass(frozen=True)
class AcceptForm:
    cp_id: str
    station_id: int | None = None  # bind to this station; None: create one
    site_id: int | None = None  # for a new station
    name: str = ""  # of a new station
    password: str = ""  # empty: no password (the charger connects without HTTP Basic)


def generate_password(length: int = 20) -> str:
    """A random charger password (letters and digits: every charger's web page can take it)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def validate_accept(session: Session, form: AcceptForm) -> dict[str, str]:
    """Problems by field (``station``, ``site``, ``name``, ``password``); empty when the form can be saved."""
    p: dict[str, str] = {}
    if form.station_id is not None:
        st = session.get(Station, form.station_id)
        if st is None:
            p["station"] = translate(
                "Commissioning", "That station no longer exists: choose another one or create a new station."
            )
        else:
            online = session.scalar(
                select(Charger.online).where(Charger.charge_point_id == st.charge_point_id)
            )
            if st.charge_point_id != form.cp_id and online:
                p["station"] = translate(
                    "Commissioning",
                    "{station} is in use by charger {cp_id}, which is online: choose a station without a working "
                    "charger or create a new one.",
                ).format(station=st.name, cp_id=st.charge_point_id)
    else:
        name = form.name.strip()
        if not name:
            p["name"] = translate("Commissioning", "Enter a name for the new station (e.g. Hall B).")
        elif len(name) > 120:
            p["name"] = translate("Commissioning", "A station name has at most 120 characters.")
        elif session.scalar(select(func.count()).select_from(Station).where(Station.name == name)):
            p["name"] = translate(
                "Commissioning",
                "A station named '{name}' exists already: choose another name or bind to it instead.",
            ).format(name=name)
        if form.site_id is None and session.scalar(select(func.count()).select_from(Site)):
            p["site"] = translate("Commissioning", "Choose the site of the new station.")
        elif form.site_id is not None and session.get(Site, form.site_id) is None:
            p["site"] = translate("Commissioning", "That site no longer exists: choose another one.")
    if form.password and (why := password_problem(form.password)):
        p["password"] = why[0].upper() + why[1:] + "."
    return p


def password_hint(password: str) -> str | None:
    return password_advice(password) if password else None


@dataclass(frozen=True)
class AcceptOutcome:
    station_id: int
    station_name: str
    messages: tuple[str, ...] = ()  # what else happened (password sent to the charger or not)


async def accept(central: Any, form: AcceptForm, *, actor: Actor = LOCAL) -> AcceptOutcome:
    """Accept a pending charger as the form says. Raises ValueError with the problems when the form is invalid.

    The station is created or bound by :meth:`CentralSystem.accept_charger` (connectors from the
    StatusNotifications seen; a connected charger is asked to boot again and hears Accepted); then the password,
    hashed, is stored with the station (security profile 1 at least) and, if the charger is online, sent to it
    (1.6 ``AuthorizationKey``; 2.0.1 ``SecurityCtrlr.BasicAuthPassword``) so its next connection carries it."""
    problems = await central.store.run(lambda s: validate_accept(s, form))
    if problems:
        raise ValueError(" ".join(problems.values()))
    hashed = await asyncio.to_thread(hash_password, form.password) if form.password else None
    station_id = await central.accept_charger(
        form.cp_id, form.station_id, site_id=form.site_id, name=form.name.strip() or None
    )

    def finish(s: Session) -> str:
        st = s.get(Station, station_id)
        assert st is not None
        if hashed:
            set_station_password(st, hashed)
        audit(
            s,
            entity=AUDIT_ENTITY,
            entity_id=form.cp_id,
            action="accept",
            actor=actor,
            changes={
                "station_id": station_id,
                "station": st.name,
                "bound": form.station_id is not None,
                "password_set": bool(hashed),
            },
        )
        return st.name

    name = await central.store.run(finish)
    messages: list[str] = []
    if hashed:
        await central.refresh_stations()
        messages.append(await _send_password(central, form.cp_id, form.password))
    return AcceptOutcome(station_id, name, tuple(messages))


AUTHORIZATION_KEY_BYTES = (16, 20)  # OCPP 1.6 Security Whitepaper: AuthorizationKey is 16 to 20 bytes


def authorization_key(password: str) -> str:
    """The 1.6 ``AuthorizationKey`` value for ``password``: the hexadecimal representation of its bytes (OCPP 1.6
    Security Whitepaper). Raises ValueError when the password is not 16 to 20 bytes long."""
    secret = password.encode("ascii", "replace")
    low, high = AUTHORIZATION_KEY_BYTES
    if not low <= len(secret) <= high:
        raise ValueError(
            translate(
                "Commissioning",
                "A 1.6 charger takes a new password over OCPP only when it has {low} to {high} characters "
                "(AuthorizationKey), this one has {length}",
            ).format(low=low, high=high, length=len(secret))
        )
    return secret.hex()


async def push_password(central: Any, cp_id: str, password: str, *, timeout: float | None = None) -> str:
    """Send ``password`` to the connected charger ``cp_id`` as its new HTTP Basic password (2.0.1
    ``SecurityCtrlr.BasicAuthPassword``, 1.6 ``AuthorizationKey`` as :func:`authorization_key` says); returns the
    charger's answer (``Accepted``, ``RebootRequired``, ``Rejected``, 2.0.1 ``UnknownVariable`` …).
    Raises ValueError (a 1.6 password of the wrong length, nothing sent) and the operations' errors."""
    if charger_version(central, cp_id) == "2.0.1":
        answer = await central.operations.set_variables(
            cp_id, [("SecurityCtrlr", "BasicAuthPassword", password)], timeout=timeout
        )
        return str(((answer.get("setVariableResult") or [{}])[0]).get("attributeStatus", "?"))
    value = authorization_key(password)
    answer = await central.operations.change_configuration(cp_id, "AuthorizationKey", value, timeout=timeout)
    return str(answer.get("status", "?"))


async def read_values(
    operations: Any,
    cp_id: str,
    version: str,
    keys: list[str] | None,
    variables: Iterable[tuple[str, str]],
    *,
    timeout: float | None = None,
) -> dict[str, str]:
    """What a charger reports: 1.6 configuration ``keys`` (None: all) by name; 2.0.1 ``variables`` (component,
    variable) as ``"Component.Variable"`` (those it accepted)."""
    out: dict[str, str] = {}
    if version == "2.0.1":
        answer = await operations.get_variables(cp_id, list(variables), timeout=timeout)
        for r in answer.get("getVariableResult") or ():
            if r.get("attributeStatus") == "Accepted":
                out[f"{r['component']['name']}.{r['variable']['name']}"] = str(r.get("attributeValue", ""))
    else:
        answer = await operations.get_configuration(cp_id, keys, timeout=timeout)
        for k in answer.get("configurationKey") or ():
            out[str(k.get("key"))] = str(k.get("value") or "")
    return out


def set_station_password(station: Station, hashed: str) -> None:
    """Store a password hash as the station's password (its next connection must carry the password). The
    station's revision moves on: a station editor open on it gets a conflict on the security profile it changes."""
    station.password_hash = hashed
    station.security_profile = max(station.security_profile or 0, 1)
    bump(station)


async def _send_password(central: Any, cp_id: str, password: str) -> str:
    if not central.is_connected(cp_id):
        return translate(
            "Commissioning",
            "Password stored. {cp_id} is offline: set the same password on the charger (its web page or app) "
            "before it reconnects, or it will be refused.",
        ).format(cp_id=cp_id)
    if why_not := central.secret_channel_problem(cp_id):  # never in clear, never to whoever holds the id
        return translate(
            "Commissioning",
            "Password stored, not sent: {why}. Set the same password on {cp_id} (its web page or app) before it "
            "reconnects, or it will be refused.",
        ).format(why=why_not, cp_id=cp_id)
    try:
        status = await push_password(central, cp_id, password)
    except ValueError as e:
        return translate(
            "Commissioning",
            "Password stored. {error}: set the same password on {cp_id} (its web page or app) before it "
            "reconnects, or it will be refused.",
        ).format(error=e, cp_id=cp_id)
    except OPERATION_ERRORS as e:
        return translate(
            "Commissioning",
            "Password stored, but sending it to {cp_id} failed ({error}): set the same password on the charger "
            "before it reconnects, or it will be refused.",
        ).format(cp_id=cp_id, error=e)
    if status in ("Accepted", "RebootRequired"):
        return translate(
            "Commissioning",
            "Password stored and sent to {cp_id} ({status}): it uses it from its next connection.",
        ).format(cp_id=cp_id, status=status)
    return translate(
        "Commissioning",
        "Password stored; {cp_id} answered {status} to the new password: set the same password on the charger "
        "(its web page or app) before it reconnects, or it will be refused.",
    ).format(cp_id=cp_id, status=status)


async def reject(central: Any, cp_id: str, *, actor: Actor = LOCAL) -> None:
    """Refuse a charger: its BootNotifications are answered Rejected from now on."""
    await central.reject_charger(cp_id)
    await central.store.run(
        lambda s: audit(s, entity=AUDIT_ENTITY, entity_id=cp_id, action="reject", actor=actor)
    )


def charger_version(central: Any, cp_id: str) -> str:
    """The OCPP version ``cp_id`` speaks (connected: its connection's; else as last seen; else 1.6)."""
    cp = central.server.get(cp_id)
    if cp is not None:
        return str(cp.version)
    st = central.backend.states.get(cp_id)
    return st.ocpp_version if st is not None else "1.6"


# --- the checklist -----------------------------------------------------------------------------------------

SECURITY_PROFILE_NAMES = {
    0: QT_TRANSLATE_NOOP("Commissioning", "security profile 0 (no authentication)"),
    1: QT_TRANSLATE_NOOP("Commissioning", "security profile 1 (HTTP Basic over ws://)"),
    2: QT_TRANSLATE_NOOP("Commissioning", "security profile 2 (HTTP Basic over TLS)"),
    3: QT_TRANSLATE_NOOP("Commissioning", "security profile 3 (TLS client certificate)"),
}
STEPS: tuple[tuple[str, str], ...] = (  # the titles in English, marked: ``StepResult.shown_title`` translates
    ("snapshot", QT_TRANSLATE_NOOP("Commissioning", "Configuration snapshot stored")),
    ("intervals", QT_TRANSLATE_NOOP("Commissioning", "Heartbeat and meter value intervals")),
    ("clock", QT_TRANSLATE_NOOP("Commissioning", "Charger clock")),
    ("smart_charging", QT_TRANSLATE_NOOP("Commissioning", "Smart charging (load management)")),
    ("local_list", QT_TRANSLATE_NOOP("Commissioning", "Local authorization list")),
    ("test_charge", QT_TRANSLATE_NOOP("Commissioning", "Test charge")),
)
TITLES = dict(STEPS)

#: a step's detail as stored: the English template (marked with ``QT_TRANSLATE_NOOP("Commissioning", ...)``) and
#: its values, each a plain value or such a detail itself. The result is stored in the audit log and read by any
#: console, whatever its language: the template is translated where it is shown (``shown``), never stored
#: translated (issue 15).
Detail = dict[str, Any]


def detail(text: str, **args: Any) -> Detail:
    return {"text": text, "args": args}


def english(value: Any) -> str:
    """A stored detail (or a plain value) in English: what ``StepResult.detail`` keeps, the command line shows."""
    if isinstance(value, dict) and "text" in value:
        return str(value["text"]).format(**{k: english(v) for k, v in (value.get("args") or {}).items()})
    return str(value)


def shown(value: Any) -> str:
    """A stored detail (or a plain value) in the operator's language."""
    if isinstance(value, dict) and "text" in value:
        args = {k: shown(v) for k, v in (value.get("args") or {}).items()}
        return translate("Commissioning", str(value["text"])).format(**args)
    return str(value)


@dataclass(frozen=True)
class StepResult:
    key: str
    title: str  # English, as stored
    result: str = PENDING  # pass / warn / fail / skipped / pending / running
    detail: str = ""  # English, as stored (results stored before issue 15 have only this)
    data: dict[str, Any] = field(default_factory=dict)
    source: Detail | None = None  # the detail as a template and its values (None: ``detail`` as it is)

    @property
    def shown_title(self) -> str:
        """The title in the operator's language."""
        return translate("Commissioning", self.title) if self.title == TITLES.get(self.key) else self.title

    @property
    def shown_detail(self) -> str:
        """The detail in the operator's language (a result stored before issue 15: as it was stored)."""
        return shown(self.source) if self.source is not None else self.detail


@dataclass(frozen=True)
class ChecklistOptions:
    heartbeat_s: int = RECOMMENDED_HEARTBEAT_S
    meter_sample_s: int = RECOMMENDED_METER_SAMPLE_S
    test_charge: bool = True
    connector_id: int = 1
    id_tag: str = ""
    test_timeout_s: float = 60.0  # each wait of the test charge (vehicle plugged in, meter values, stop)
    call_timeout_s: float | None = None  # per operation (None: the central system's)

    def problems(self) -> dict[str, str]:
        p: dict[str, str] = {}
        if not 10 <= self.heartbeat_s <= 86400:
            p["heartbeat"] = translate("Commissioning", "Heartbeat interval: 10 s to 86400 s (a day).")
        if not 0 <= self.meter_sample_s <= 3600:
            p["meter_sample"] = translate("Commissioning", "Meter value interval: 0 (off) to 3600 s.")
        if self.test_charge:
            if not self.id_tag.strip():
                p["id_tag"] = translate(
                    "Commissioning",
                    "Choose the technician's tag for the test charge (or switch the test charge off).",
                )
            elif (
                len(self.id_tag.strip()) > ID_TAG_MAX_16
            ):  # the test charge's tag must suit a 1.6 charger too
                p["id_tag"] = translate("Commissioning", "An idTag has at most {limit} characters.").format(
                    limit=ID_TAG_MAX_16
                )
            if self.connector_id < 1:
                p["connector"] = translate("Commissioning", "Choose the connector for the test charge.")
        return p


VERDICTS = {  # a checklist's verdict, marked for the catalogue
    "PASSED": QT_TRANSLATE_NOOP("Commissioning", "PASSED"),
    "PASSED with warnings": QT_TRANSLATE_NOOP("Commissioning", "PASSED with warnings"),
    "FAILED": QT_TRANSLATE_NOOP("Commissioning", "FAILED"),
}


@dataclass(frozen=True)
class ChecklistResult:
    cp_id: str
    started_at: dt.datetime
    finished_at: dt.datetime | None
    steps: tuple[StepResult, ...]
    options: ChecklistOptions
    charger: dict[str, Any] = field(default_factory=dict)  # identity at the time of the run
    audit_id: int | None = None

    @property
    def summary(self) -> str:
        counts = {r: sum(1 for s in self.steps if s.result == r) for r in (PASS, WARN, FAIL, SKIP)}
        verdict = self.verdict
        parts = [f"{counts[PASS]} passed"]
        if counts[WARN]:
            parts.append(f"{counts[WARN]} with warnings")
        if counts[FAIL]:
            parts.append(f"{counts[FAIL]} failed")
        if counts[SKIP]:
            parts.append(f"{counts[SKIP]} skipped")
        return f"{verdict}: " + ", ".join(parts)

    @property
    def shown_summary(self) -> str:
        """:attr:`summary` in the operator's language ("BESTANDEN: 5 bestanden, 1 übersprungen")."""
        counts = {r: sum(1 for s in self.steps if s.result == r) for r in (PASS, WARN, FAIL, SKIP)}
        passed, warned, failed, skipped = counts[PASS], counts[WARN], counts[FAIL], counts[SKIP]
        parts = [translate("Commissioning", "%n passed", None, PLURAL, int(passed))]
        if warned:
            parts.append(translate("Commissioning", "%n with warnings", None, PLURAL, int(warned)))
        if failed:
            parts.append(translate("Commissioning", "%n failed", None, PLURAL, int(failed)))
        if skipped:
            parts.append(translate("Commissioning", "%n skipped", None, PLURAL, int(skipped)))
        return translate("Commissioning", "{verdict}: {counts}").format(
            verdict=translate("Commissioning", VERDICTS.get(self.verdict, self.verdict)),
            counts=", ".join(parts),
        )

    @property
    def verdict(self) -> str:
        """PASSED, PASSED with warnings or FAILED (English, as stored: ``VERDICTS`` marks them)."""
        results = {s.result for s in self.steps}
        if FAIL in results:
            return "FAILED"
        if WARN in results or SKIP in results:
            return "PASSED with warnings"
        return "PASSED"

    @property
    def passed(self) -> bool:
        return all(s.result in (PASS, WARN, SKIP) for s in self.steps)

    def to_json(self) -> dict[str, Any]:
        return {
            "cp_id": self.cp_id,
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "verdict": self.verdict,
            "summary": self.summary,
            "options": asdict(self.options),
            "charger": self.charger,
            "steps": [
                {
                    "key": s.key,
                    "title": s.title,
                    "result": s.result,
                    "detail": s.detail,
                    "data": s.data,
                    **({"source": s.source} if s.source is not None else {}),
                }
                for s in self.steps
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], audit_id: int | None = None) -> ChecklistResult:
        opts = ChecklistOptions(
            **{
                k: v
                for k, v in (data.get("options") or {}).items()
                if k in ChecklistOptions.__dataclass_fields__
            }
        )
        finished = data.get("finished_at")
        return cls(
            str(data["cp_id"]),
            dt.datetime.fromisoformat(data["started_at"]),
            dt.datetime.fromisoformat(finished) if finished else None,
            tuple(
                StepResult(
                    s["key"],
                    s.get("title") or TITLES.get(s["key"], s["key"]),
                    s["result"],
                    s.get("detail", ""),
                    s.get("data") or {},
                    s.get("source") if isinstance(s.get("source"), dict) else None,
                )
                for s in data.get("steps") or ()
            ),
            opts,
            data.get("charger") or {},
            audit_id,
        )


StepCallback = Callable[[StepResult], None]


class Checklist:
    """One run of the commissioning checklist against a connected charger.

    run = Checklist(central, "HALL-B-1", ChecklistOptions(id_tag="04A2B3C4"), on_step=print)
    result = await run.run()          # stored as an AuditEntry; result.audit_id
    """

    def __init__(
        self,
        central: Any,
        cp_id: str,
        options: ChecklistOptions | None = None,
        *,
        on_step: StepCallback | None = None,
        actor: Actor = LOCAL,
    ) -> None:
        self.central = central
        self.cp_id = cp_id
        self.options = options or ChecklistOptions()
        self.on_step = on_step
        self.actor = actor
        self.steps: dict[str, StepResult] = {k: StepResult(k, t) for k, t in STEPS}
        self._config: dict[str, str] = {}  # what the charger reported (1.6 keys / 2.0.1 "Component.Variable")
        self._version = "1.6"

    def _set(self, key: str, result: str, text: Detail | str = "", **data: Any) -> StepResult:
        """Step ``key``'s result; ``text`` a :func:`detail` (a plain string is kept as it is: "…")."""
        source = text if isinstance(text, dict) else None
        step = replace(self.steps[key], result=result, detail=english(text), data=data, source=source)
        self.steps[key] = step
        if self.on_step is not None:
            self.on_step(step)
        return step

    async def run(self) -> ChecklistResult:
        problems = self.options.problems()
        if problems:
            raise ValueError(" ".join(problems.values()))
        started = utcnow()
        self._version = charger_version(self.central, self.cp_id)
        identity = await self.central.store.run(lambda s: charger_row(s, self.cp_id))
        charger = _identity_json(identity, self._version)
        if not self.central.is_connected(self.cp_id):
            for key, _ in STEPS:
                self._set(
                    key,
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "{cp_id} is not connected: connect it to the LAN and run the checklist again.",
                        ),
                        cp_id=self.cp_id,
                    ),
                )
        else:
            for key, _ in STEPS:
                self._set(key, RUNNING, "…")
                try:
                    await getattr(self, f"_step_{key}")()
                except OPERATION_ERRORS as e:
                    self._set(key, FAIL, _error_text(e))
                except asyncio.CancelledError:
                    self._set(key, FAIL, detail(QT_TRANSLATE_NOOP("Commissioning", "Cancelled.")))
                    raise
                except Exception as e:  # a step must not take the others down; the message is shown
                    self._set(key, FAIL, f"{type(e).__name__}: {e}")
        result = ChecklistResult(
            self.cp_id, started, utcnow(), tuple(self.steps.values()), self.options, charger
        )
        audit_id = await self.central.store.run(lambda s: store_result(s, result, actor=self.actor))
        return replace(result, audit_id=audit_id)

    # --- steps -------------------------------------------------------------------------------------

    async def _step_snapshot(self) -> None:
        from app.services.chargers.config_snapshots import (  # ENGINEER C2's service
            load_snapshot,
            take_snapshot,
        )

        info = await take_snapshot(
            self.central,
            self.cp_id,
            label="Commissioning",
            actor=self.actor,
            timeout=self.options.call_timeout_s,
        )
        snap = await asyncio.to_thread(load_snapshot, self.central.database, info.id)
        for (
            key,
            entry,
        ) in snap.entries.items():  # 2.0.1 keys are "Component/Variable": read as "Component.Variable"
            self._config[key.replace("/", ".")] = "" if entry.value is None else str(entry.value)
        n = info.key_count
        readonly = sum(1 for e in snap.entries.values() if e.readonly)
        profile_of = getattr(self.central, "security_profile", None)  # how it is connected right now
        profile = profile_of(self.cp_id) if profile_of is not None else None
        if profile is None:
            text = (
                QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”",
                )
                if n
                else QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the "
                    "charger reported no configuration",
                )
            )
        else:
            text = (
                QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”; "
                    "connected with {profile}",
                )
                if n
                else QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "{count} configuration values stored ({readonly} read-only) as snapshot #{id} “{label}”: the "
                    "charger reported no configuration; connected with {profile}",
                )
            )
        self._set(
            "snapshot",
            PASS if n else WARN,
            detail(
                text,
                count=n,
                readonly=readonly,
                id=info.id,
                label=info.label,
                profile=detail(SECURITY_PROFILE_NAMES[profile]) if profile is not None else "",
            ),
            snapshot_id=info.id,
            keys=n,
            security_profile=profile,
        )

    async def _read_config(self) -> None:
        self._config.update(
            await read_values(
                self.central.operations,
                self.cp_id,
                self._version,
                None,
                _V201_READ,
                timeout=self.options.call_timeout_s,
            )
        )

    async def _step_intervals(self) -> None:
        o, ops = self.options, self.central.operations
        wanted = {"HeartbeatInterval": o.heartbeat_s, "MeterValueSampleInterval": o.meter_sample_s}
        answers: dict[str, str] = {}
        if self._version == "2.0.1":
            names = {
                "HeartbeatInterval": ("OCPPCommCtrlr", "HeartbeatInterval"),
                "MeterValueSampleInterval": ("SampledDataCtrlr", "TxUpdatedInterval"),
            }
            answer = await ops.set_variables(
                self.cp_id, [(*names[k], v) for k, v in wanted.items()], timeout=o.call_timeout_s
            )
            results = answer.get("setVariableResult") or []
            for key, r in zip(wanted, results, strict=False):
                answers[key] = str(r.get("attributeStatus", "?"))
        else:
            for key, value in wanted.items():
                answer = await ops.change_configuration(self.cp_id, key, str(value), timeout=o.call_timeout_s)
                answers[key] = str(answer.get("status", "?"))
        heartbeat, meter = (
            detail(
                QT_TRANSLATE_NOOP("Commissioning", "{key} = {value} s: {answer}"),
                key=k,
                value=wanted[k],
                answer=answers.get(k) or detail(QT_TRANSLATE_NOOP("Commissioning", "no answer")),
            )
            for k in wanted
        )
        statuses = set(answers.values())
        if statuses <= {"Accepted"} and len(answers) == len(wanted):
            text = QT_TRANSLATE_NOOP("Commissioning", "{heartbeat}; {meter}.")
            self._set("intervals", PASS, detail(text, heartbeat=heartbeat, meter=meter), **answers)
        elif statuses <= {"Accepted", "RebootRequired"} and len(answers) == len(wanted):
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "{heartbeat}; {meter}. The new values apply after the charger's next reboot (Operations → Reset).",
            )
            self._set("intervals", WARN, detail(text, heartbeat=heartbeat, meter=meter), **answers)
        else:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "{heartbeat}; {meter}. The charger refused a value: check the allowed range in its manual and set "
                "it on the Configuration tab.",
            )
            self._set("intervals", FAIL, detail(text, heartbeat=heartbeat, meter=meter), **answers)

    async def _step_clock(self) -> None:
        st = self.central.backend.state(self.cp_id)
        wanted = 0 if self._version == "1.6" else None  # 2.0.1 has no connector 0: any EVSE's status will do
        got = asyncio.Event()
        arrived: dict[str, Any] = {}

        def seen(e: Any) -> None:
            if e.cp_id == self.cp_id and wanted in (None, e.connector_id) and "at" not in arrived:
                arrived["at"], arrived["connector"] = utcnow(), e.connector_id
                got.set()

        unsubscribe = self.central.subscribe(seen, StatusChanged)
        try:
            sent = utcnow()
            answer = await self.central.operations.trigger_message(
                self.cp_id, "StatusNotification", wanted, timeout=self.options.call_timeout_s
            )
            if answer.get("status") != "Accepted":
                self._set(
                    "clock",
                    WARN,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "The charger answered {status} to TriggerMessage StatusNotification: its clock could not "
                            "be checked.",
                        ),
                        status=str(answer.get("status")),
                    ),
                )
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(got.wait(), 15)
        finally:
            unsubscribe()
        report = st.statuses.get(arrived.get("connector", -1))
        if "at" not in arrived or report is None:
            self._set(
                "clock",
                WARN,
                detail(
                    QT_TRANSLATE_NOOP(
                        "Commissioning",
                        "No StatusNotification arrived within 15 s after TriggerMessage: the clock could not be "
                        "checked.",
                    )
                ),
            )
            return
        if report.timestamp is None:
            self._set(
                "clock",
                WARN,
                detail(
                    QT_TRANSLATE_NOOP(
                        "Commissioning",
                        "The charger's StatusNotification carries no timestamp: its clock cannot be checked (sessions "
                        "use the central system's time).",
                    )
                ),
            )
            return
        received = arrived["at"]
        # the message left the charger between our request and its arrival: compare with the nearer bound
        skew = (report.timestamp - received).total_seconds()
        if report.timestamp < received and report.timestamp >= sent:
            skew = 0.0
        times = {"charger": _iso(report.timestamp), "ours": _iso(received)}
        if abs(skew) <= CLOCK_OK_S:
            text = QT_TRANSLATE_NOOP(
                "Commissioning", "charger {charger}, ChargeDesk {ours}: difference {skew} s."
            )
            self._set("clock", PASS, detail(text, **times, skew=f"{abs(skew):.1f}"), skew_s=round(skew, 3))
        elif abs(skew) <= CLOCK_BAD_S:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "charger {charger}, ChargeDesk {ours}: the charger is {ahead}. It sets its clock from the Heartbeat "
                "answers; configure NTP on the charger if it has it.",
            )
            self._set("clock", WARN, detail(text, **times, ahead=_ahead(skew)), skew_s=round(skew, 3))
        else:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "charger {charger}, ChargeDesk {ours}: the charger is {ahead}: session times and prices by time would "
                "be wrong. Set its clock (NTP or its web page).",
            )
            self._set("clock", FAIL, detail(text, **times, ahead=_ahead(skew)), skew_s=round(skew, 3))

    async def _ensure_config(self) -> None:
        if not self._config:
            await self._read_config()

    async def _step_smart_charging(self) -> None:
        """What load management can do with this charger (app.services.load.capabilities): what its configuration
        says, then which charging profiles it accepts, tried harmlessly; stored with the charger."""
        from app.services.load.capabilities import describe, find_out

        await self._ensure_config()
        outcome = await find_out(
            self.central, self.cp_id, reported=self._config, timeout=self.options.call_timeout_s
        )
        caps = outcome.caps
        data: dict[str, Any] = {
            "supported": caps.supported,
            "purposes": sorted(caps.purposes),
            "units": sorted(caps.units),
            "max_stack": caps.max_stack,
            "max_periods": caps.max_periods,
            "answers": outcome.answers,
            "verified": outcome.verified,
        }
        if not caps.managed:
            why: Detail | str = (
                caps.note[0].upper() + caps.note[1:]
                if caps.note
                else detail(QT_TRANSLATE_NOOP("Commissioning", "No charging profile accepted"))
            )
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "{why}: load management cannot limit this charger; it always charges at full power, which is "
                "reserved on its circuit.",
            )
            self._set("smart_charging", WARN, detail(text, why=why), **data)
            return
        found = [r for r in outcome.remarks if not r.startswith("TxProfile not tried")]
        extra: list[Detail | str] = [f" ({'; '.join(found)})"] if found else []
        if outcome.verified:
            extra.append(
                detail(QT_TRANSLATE_NOOP("Commissioning", "; GetCompositeSchedule shows the limit in force"))
            )
        elif outcome.verified is None:
            extra.append(
                detail(QT_TRANSLATE_NOOP("Commissioning", "; GetCompositeSchedule could not confirm it"))
            )
        if any(r.startswith("TxProfile not tried") for r in outcome.remarks):
            extra.append(
                detail(
                    QT_TRANSLATE_NOOP(
                        "Commissioning", "; TxProfile taken for accepted (no transaction ran to try it)"
                    )
                )
            )
        held = int_or_none(self._config.get("MaxChargingProfilesInstalled"))
        values = {"capabilities": describe(caps), "extra": _joined(extra)}
        if held is not None and held < 2:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "{capabilities}{extra}; it holds only {held} charging profile (MaxChargingProfilesInstalled): a limit "
                "replaces its fail-safe, which is not kept while the central system is away.",
            )
            self._set("smart_charging", WARN, detail(text, **values, held=held), max_profiles=held, **data)
            return
        text = QT_TRANSLATE_NOOP(
            "Commissioning", "{capabilities}{extra}. Load management can limit this charger."
        )
        self._set("smart_charging", PASS, detail(text, **values), max_profiles=held, **data)

    async def _step_local_list(self) -> None:
        await self._ensure_config()
        c = self._config
        if self._version == "2.0.1":
            enabled = c.get("LocalAuthListCtrlr.Enabled")
            entries = c.get("LocalAuthListCtrlr.Entries")
            per_msg = c.get("LocalAuthListCtrlr.ItemsPerMessage")
            supported = enabled is not None or entries is not None
            on = (enabled or "").lower() == "true"
        else:
            supported = "LocalAuthListManagement" in csl(c.get("SupportedFeatureProfiles", ""))
            on = c.get("LocalAuthListEnabled", "").lower() == "true"
            entries, per_msg = c.get("LocalAuthListMaxLength"), c.get("SendLocalListMaxLength")
        size: Detail | str = ""
        if entries and per_msg:
            size = detail(
                QT_TRANSLATE_NOOP("Commissioning", " (up to {entries} tags, {per_message} per message)"),
                entries=entries,
                per_message=per_msg,
            )
        elif entries:
            size = detail(QT_TRANSLATE_NOOP("Commissioning", " (up to {entries} tags)"), entries=entries)
        elif per_msg:
            size = detail(
                QT_TRANSLATE_NOOP("Commissioning", " ({per_message} per message)"), per_message=per_msg
            )
        if supported and on:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "Local list supported and enabled{size}: owners and always-allowed users can charge while the charger "
                "is offline.",
            )
            self._set("local_list", PASS, detail(text, size=size), supported=True)
        elif supported:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "Local list supported{size} but disabled (LocalAuthListEnabled = false): enable it on the "
                "Configuration tab before sending a list.",
            )
            self._set("local_list", WARN, detail(text, size=size), supported=True)
        else:
            text = QT_TRANSLATE_NOOP(
                "Commissioning",
                "No local authorization list: while the charger is offline only its authorization cache (if any) "
                "decides.",
            )
            self._set("local_list", WARN, detail(text), supported=False)

    async def _step_test_charge(self) -> None:
        o = self.options
        if not o.test_charge:
            self._set(
                "test_charge", SKIP, detail(QT_TRANSLATE_NOOP("Commissioning", "Test charge switched off."))
            )
            return
        tag = o.id_tag.strip().upper()
        ops, cp, n = self.central.operations, self.cp_id, o.connector_id
        events: list[Any] = []
        changed = asyncio.Event()

        def seen(e: Any) -> None:
            if e.cp_id == cp and getattr(e, "connector_id", None) == n:
                events.append(e)
                changed.set()

        async def wait_for(pred: Callable[[Any], bool], what: Detail) -> Any:
            deadline = time.monotonic() + o.test_timeout_s
            while True:
                for e in events:
                    if pred(e):
                        return e
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _TestTimeout(what)
                changed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(changed.wait(), left)

        statuses: list[str] = []
        unsubscribe = self.central.subscribe(
            seen, StatusChanged, SessionStarted, SessionUpdated, SessionStopped
        )
        tx_id: int | None = None
        try:
            self._set(
                "test_charge",
                RUNNING,
                detail(
                    QT_TRANSLATE_NOOP(
                        "Commissioning", "RemoteStart on connector {connector} with tag {tag}…"
                    ),
                    connector=n,
                    tag=tag,
                ),
            )
            answer = await ops.remote_start(cp, tag, n, timeout=o.call_timeout_s)
            if answer.get("status") != "Accepted":
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "RemoteStart on connector {connector}: the charger answered {status} (is the connector "
                            "available and a vehicle plugged in?).",
                        ),
                        connector=n,
                        status=str(answer.get("status")),
                    ),
                    remote_start=answer.get("status"),
                )
                return
            try:
                started = await wait_for(
                    lambda e: isinstance(e, SessionStarted),
                    detail(
                        QT_TRANSLATE_NOOP("Commissioning", "no transaction started on connector {connector}"),
                        connector=n,
                    ),
                )
            except _TestTimeout as t:
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "RemoteStart accepted, but {what} within {seconds} s: is a vehicle (or an EV simulator) "
                            "plugged in?",
                        ),
                        what=t.what,
                        seconds=f"{o.test_timeout_s:.0f}",
                    ),
                )
                return
            tx_id = started.transaction_id
            if started.auth_status != "Accepted":
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "Transaction {transaction} started but tag {tag} was refused ({status}): {reason}. Choose "
                            "a tag that may charge at this station.",
                        ),
                        transaction=tx_id,
                        tag=tag,
                        status=started.auth_status,
                        reason=started.reason or detail(QT_TRANSLATE_NOOP("Commissioning", "no reason")),
                    ),
                    transaction_id=tx_id,
                )
                return
            self._set(
                "test_charge",
                RUNNING,
                detail(
                    QT_TRANSLATE_NOOP(
                        "Commissioning",
                        "Transaction {transaction} started ({user}); waiting for Charging and meter values…",
                    ),
                    transaction=tx_id,
                    user=started.user_name or tag,
                ),
            )
            charging = ("Charging", "SuspendedEV", "SuspendedEVSE")
            try:
                await wait_for(
                    lambda e: isinstance(e, StatusChanged) and e.status in charging,
                    detail(QT_TRANSLATE_NOOP("Commissioning", "the connector did not report Charging")),
                )
                # ask for a sample now (2.0.1: a TransactionEvent Updated); a charger without RemoteTrigger
                # samples by itself every MeterValueSampleInterval
                wanted = "TransactionEvent" if self._version == "2.0.1" else "MeterValues"
                with contextlib.suppress(*OPERATION_ERRORS):
                    await ops.trigger_message(cp, wanted, n, timeout=o.call_timeout_s)
                update = await wait_for(
                    lambda e: (
                        isinstance(e, SessionUpdated)
                        and e.transaction_id == tx_id
                        and (e.power_w is not None or e.energy_wh is not None)
                    ),
                    detail(QT_TRANSLATE_NOOP("Commissioning", "no meter values arrived")),
                )
            except _TestTimeout as t:
                statuses = _statuses(events)
                await self._stop(tx_id)
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "Transaction {transaction}: {what} within {seconds} s (statuses seen: {statuses}). Stopped "
                            "remotely.",
                        ),
                        transaction=tx_id,
                        what=t.what,
                        seconds=f"{o.test_timeout_s:.0f}",
                        statuses=" → ".join(statuses) or detail(QT_TRANSLATE_NOOP("Commissioning", "none")),
                    ),
                    transaction_id=tx_id,
                )
                return
            tx_profile = await self._try_tx_profile(n, tx_id)
            stop_answer = await ops.remote_stop(cp, tx_id, timeout=o.call_timeout_s)
            if stop_answer.get("status") != "Accepted":
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning",
                            "RemoteStop of transaction {transaction}: the charger answered {status}. Stop the charge "
                            "on the charger.",
                        ),
                        transaction=tx_id,
                        status=str(stop_answer.get("status")),
                    ),
                    transaction_id=tx_id,
                )
                return
            try:
                stopped = await wait_for(
                    lambda e: isinstance(e, SessionStopped) and e.transaction_id == tx_id,
                    detail(QT_TRANSLATE_NOOP("Commissioning", "the transaction was not stopped")),
                )
            except _TestTimeout as t:
                self._set(
                    "test_charge",
                    FAIL,
                    detail(
                        QT_TRANSLATE_NOOP(
                            "Commissioning", "RemoteStop accepted, but {what} within {seconds} s."
                        ),
                        what=t.what,
                        seconds=f"{o.test_timeout_s:.0f}",
                    ),
                    transaction_id=tx_id,
                )
                return
            statuses = _statuses(events)
            power: Detail | str = (
                f"{update.power_w / 1000:.1f} kW"
                if update.power_w is not None
                else detail(QT_TRANSLATE_NOOP("Commissioning", "no power value"))
            )
            energy = stopped.energy_wh if stopped.energy_wh is not None else update.energy_wh
            energy_text: Detail | str = (
                f"{energy / 1000:.3f} kWh"
                if energy is not None
                else detail(QT_TRANSLATE_NOOP("Commissioning", "energy not reported"))
            )
            text = (
                QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, "
                    "stopped ({reason}). TxProfile on the transaction: {tx_profile}.",
                )
                if tx_profile
                else QT_TRANSLATE_NOOP(
                    "Commissioning",
                    "Connector {connector}: {statuses}; transaction {transaction} with {user}, {power}, {energy}, "
                    "stopped ({reason}).",
                )
            )
            self._set(
                "test_charge",
                PASS,
                detail(
                    text,
                    connector=n,
                    statuses=" → ".join(statuses),
                    transaction=tx_id,
                    user=started.user_name or tag,
                    power=power,
                    energy=energy_text,
                    reason=stopped.stop_reason or "Remote",
                    tx_profile=tx_profile or "",
                ),
                transaction_id=tx_id,
                tx_profile=tx_profile,
                power_w=update.power_w,
                energy_wh=energy,
                statuses=statuses,
            )
        finally:
            unsubscribe()

    async def _try_tx_profile(self, connector_id: int, tx_id: int) -> str | None:
        """A TxProfile needs a transaction: tried on the test charge's where smart charging counts on it."""
        from app.services.load.capabilities import try_tx_profile

        try:
            return await try_tx_profile(
                self.central, self.cp_id, connector_id, tx_id, timeout=self.options.call_timeout_s
            )
        except OPERATION_ERRORS:
            return None

    async def _stop(self, tx_id: int | None) -> None:
        if tx_id is not None:
            with contextlib.suppress(*OPERATION_ERRORS):
                await self.central.operations.remote_stop(
                    self.cp_id, tx_id, timeout=self.options.call_timeout_s
                )


class _TestTimeout(Exception):
    def __init__(self, what: Detail) -> None:
        super().__init__(english(what))
        self.what = what


_V201_READ = (
    ("SmartChargingCtrlr", "Available"),
    ("SmartChargingCtrlr", "Enabled"),
    ("SmartChargingCtrlr", "ProfileStackLevel"),
    ("SmartChargingCtrlr", "RateUnit"),
    ("SmartChargingCtrlr", "PeriodsPerSchedule"),
    ("LocalAuthListCtrlr", "Enabled"),
    ("LocalAuthListCtrlr", "Entries"),
    ("LocalAuthListCtrlr", "ItemsPerMessage"),
)


def _statuses(events: list[Any]) -> list[str]:
    out: list[str] = []
    for e in events:
        if isinstance(e, StatusChanged) and (not out or out[-1] != e.status):
            out.append(e.status)
    return out


def int_or_none(text: str | None) -> int | None:
    """A reported integer ("10", " 8 "), None when absent or not a number."""
    try:
        return int(text) if text is not None and text.strip() else None
    except ValueError:
        return None


def csl(text: str) -> list[str]:
    return [v.strip() for v in text.split(",") if v.strip()]


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%H:%M:%S UTC")


def _ahead(skew: float) -> Detail:
    if skew > 0:
        return detail(QT_TRANSLATE_NOOP("Commissioning", "{seconds} s ahead"), seconds=f"{abs(skew):.0f}")
    return detail(QT_TRANSLATE_NOOP("Commissioning", "{seconds} s behind"), seconds=f"{abs(skew):.0f}")


def _joined(parts: list[Detail | str]) -> Detail:
    """Pieces of a detail one after the other (each translated where shown)."""
    return detail(
        "".join(f"{{p{i}}}" for i in range(len(parts))), **{f"p{i}": p for i, p in enumerate(parts)}
    )


def _error_text(e: Exception) -> Detail | str:
    if isinstance(e, ChargerCallError):
        return detail(
            QT_TRANSLATE_NOOP("Commissioning", "The charger answered with an error: {error}"), error=str(e)
        )
    return str(e) or type(e).__name__


def _identity_json(row: ChargerRow | None, version: str) -> dict[str, Any]:
    if row is None:
        return {}
    return {
        "cp_id": row.cp_id,
        "vendor": row.vendor,
        "model": row.model,
        "serial_number": row.serial_number,
        "firmware_version": row.firmware_version,
        "ocpp_version": row.ocpp_version or version,
        "ip_address": row.ip_address,
        "station": row.station_name,
        "site": row.site_name,
    }


def store_result(session: Session, result: ChecklistResult, *, actor: Actor = LOCAL) -> int:
    entry = audit(
        session,
        entity=AUDIT_ENTITY,
        entity_id=result.cp_id,
        action=AUDIT_ACTION,
        actor=actor,
        changes=json.loads(json.dumps(result.to_json(), default=str)),
    )
    session.flush()
    return int(entry.id)


def last_result(session: Session, cp_id: str) -> ChecklistResult | None:
    """The last stored checklist result of ``cp_id`` (None when it never ran)."""
    entry = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == AUDIT_ENTITY,
            AuditEntry.entity_id == cp_id[:64],
            AuditEntry.action == AUDIT_ACTION,
        )
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    if entry is None or not entry.changes:
        return None
    return ChecklistResult.from_json(entry.changes, entry.id)


# --- the report --------------------------------------------------------------------------------------------

_MARK = {
    PASS: ("✔", "#2e7d32", QT_TRANSLATE_NOOP("CommissioningReport", "Pass")),
    WARN: ("!", "#b26a00", QT_TRANSLATE_NOOP("CommissioningReport", "Warning")),
    FAIL: ("✘", "#c62828", QT_TRANSLATE_NOOP("CommissioningReport", "Fail")),
    SKIP: ("–", "#6b7280", QT_TRANSLATE_NOOP("CommissioningReport", "Skipped")),
    PENDING: ("…", "#6b7280", QT_TRANSLATE_NOOP("CommissioningReport", "Not run")),
    RUNNING: ("…", "#1f5fbf", QT_TRANSLATE_NOOP("CommissioningReport", "Running")),
}


def result_label(result: str) -> str:
    """A step's result in the operator's language ("Pass", "Bestanden")."""
    return translate("CommissioningReport", _MARK[result][2]) if result in _MARK else result


def result_colour(result: str) -> str:
    return _MARK.get(result, ("?", "#000000", result))[1]


def report_html(result: ChecklistResult, *, site_tz: str | None = None) -> str:
    """A self-contained, printable HTML commissioning report (inline CSS, no external resources), in the
    console's language (its texts, the steps' titles and details; a result stored before issue 15 shows its
    details as they were stored)."""
    e = html.escape
    ch = result.charger
    verdict_colour = {"PASSED": "#2e7d32", "FAILED": "#c62828"}.get(result.verdict, "#b26a00")

    def when(value: dt.datetime | None) -> str:
        if value is None:
            return "—"
        if site_tz:
            from zoneinfo import ZoneInfo

            local = value.astimezone(ZoneInfo(site_tz))
            return f"{fmt.date_time(local, seconds=True, legacy='%Y-%m-%d')} {local:%Z}"
        return f"{fmt.date_time(value.astimezone(dt.UTC), seconds=True, legacy='%Y-%m-%d')} UTC"

    ident = [
        (QT_TRANSLATE_NOOP("CommissioningReport", "Charge point id"), result.cp_id),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Station"), ch.get("station") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Site"), ch.get("site") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Vendor"), ch.get("vendor") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Model"), ch.get("model") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Serial number"), ch.get("serial_number") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Firmware"), ch.get("firmware_version") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "OCPP version"), ch.get("ocpp_version") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "IP address"), ch.get("ip_address") or "—"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Checklist started"), when(result.started_at)),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Checklist finished"), when(result.finished_at)),
    ]
    o = result.options
    settings = [
        (QT_TRANSLATE_NOOP("CommissioningReport", "Heartbeat interval"), f"{o.heartbeat_s} s"),
        (QT_TRANSLATE_NOOP("CommissioningReport", "Meter value interval"), f"{o.meter_sample_s} s"),
        (
            QT_TRANSLATE_NOOP("CommissioningReport", "Test charge"),
            translate("CommissioningReport", "connector {connector}, tag {tag}").format(
                connector=o.connector_id, tag=o.id_tag
            )
            if o.test_charge
            else translate("CommissioningReport", "off"),
        ),
    ]
    rows = "".join(
        f"<tr><td class='mark' style='color:{result_colour(s.result)}'>{_MARK.get(s.result, ('?',))[0]}</td>"
        f"<td><b>{e(s.shown_title)}</b></td><td class='res' style='color:{result_colour(s.result)}'>"
        f"{e(result_label(s.result))}</td><td>{e(s.shown_detail)}</td></tr>"
        for s in result.steps
    )
    table = "".join(
        f"<tr><th>{e(translate('CommissioningReport', k))}</th><td>{e(str(v))}</td></tr>" for k, v in ident
    )
    table2 = "".join(
        f"<tr><th>{e(translate('CommissioningReport', k))}</th><td>{e(str(v))}</td></tr>" for k, v in settings
    )
    lang = (fmt.current() or "en").split("_")[0]
    title = translate("CommissioningReport", "Commissioning report {cpid}").format(cpid=result.cp_id)
    heading = translate("CommissioningReport", "Commissioning report — {station}").format(
        station=ch.get("station") or result.cp_id
    )
    charge_point = translate("CommissioningReport", "Charge point <b>{cpid}</b>, {when}").format(
        cpid=e(result.cp_id), when=e(when(result.finished_at or result.started_at))
    )
    foot = translate(
        "CommissioningReport", "Generated by ChargeDesk. Stored in the audit log as entry {entry}."
    ).format(entry=result.audit_id or "—")
    h = {  # the headings and labels, escaped (lupdate does not look into f-strings)
        "charger": e(translate("CommissioningReport", "Charger")),
        "settings": e(translate("CommissioningReport", "Checklist settings")),
        "checklist": e(translate("CommissioningReport", "Checklist")),
        "step": e(translate("CommissioningReport", "Step")),
        "result": e(translate("CommissioningReport", "Result")),
        "details": e(translate("CommissioningReport", "Details")),
        "technician": e(translate("CommissioningReport", "Technician, date")),
        "operator": e(translate("CommissioningReport", "Operator, date")),
    }
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{e(title)}</title>
<style>
body {{ font-family: "Segoe UI", Helvetica, Arial, sans-serif; color:#1f2933; margin: 24px; font-size: 10.5pt; }}
h1 {{ font-size: 17pt; margin: 0 0 4px 0; }}
h2 {{ font-size: 12pt; margin: 20px 0 6px 0; border-bottom: 1px solid #cbd2d9; padding-bottom: 3px; }}
.verdict {{ font-size: 13pt; font-weight: 700; color: {verdict_colour}; margin: 8px 0 0 0; }}
table {{ border-collapse: collapse; width: 100%; }}
table.ident th {{ text-align: left; width: 30%; font-weight: 600; padding: 3px 8px 3px 0; color:#52606d; }}
table.ident td {{ padding: 3px 0; }}
table.steps th {{ text-align: left; background:#f0f4f8; padding: 6px; border-bottom: 1px solid #cbd2d9; }}
table.steps td {{ padding: 6px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }}
td.mark {{ font-size: 13pt; font-weight: 700; width: 22px; text-align: center; }}
td.res {{ font-weight: 600; white-space: nowrap; }}
.sign {{ margin-top: 36px; display: flex; gap: 48px; }}
.sign div {{ flex: 1; border-top: 1px solid #52606d; padding-top: 4px; color:#52606d; }}
.foot {{ margin-top: 24px; color:#7b8794; font-size: 8.5pt; }}
@media print {{ body {{ margin: 12mm; }} h2 {{ page-break-after: avoid; }} tr {{ page-break-inside: avoid; }} }}
</style></head>
<body>
<h1>{e(heading)}</h1>
<div>{charge_point}</div>
<p class="verdict">{e(result.shown_summary)}</p>
<h2>{h["charger"]}</h2><table class="ident">{table}</table>
<h2>{h["settings"]}</h2><table class="ident">{table2}</table>
<h2>{h["checklist"]}</h2>
<table class="steps"><tr><th></th><th>{h["step"]}</th><th>{h["result"]}</th><th>{h["details"]}</th></tr>{rows}</table>
<div class="sign"><div>{h["technician"]}</div><div>{h["operator"]}</div></div>
<p class="foot">{e(foot)}</p>
</body></html>
"""


def export_report(path: str, result: ChecklistResult, *, site_tz: str | None = None) -> None:
    """Write the HTML report to ``path`` (UTF-8)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(report_html(result, site_tz=site_tz))
