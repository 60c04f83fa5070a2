"""Charger configuration: reading and changing keys, snapshots over time, diffs, applying a snapshot elsewhere.

A *key* is a 1.6 configuration key (``HeartbeatInterval``) or, for a 2.0.1 station, one device-model variable
written ``Component[instance]#evse.connector/Variable[instance]`` (the parts in brackets and after ``#`` only
when present: ``OCPPCommCtrlr/HeartbeatInterval``, ``EVSE#1/Power``). Only the ``Actual`` attribute is kept;
a key is read-only when the charger says so (1.6 ``readonly``, 2.0.1 mutability ``ReadOnly``).

* :func:`read_configuration` asks the charger now (1.6 GetConfiguration, 2.0.1 GetBaseReport) and stores
  nothing; :func:`take_snapshot` does the same and stores a :class:`~app.models.domain.ConfigSnapshot`.
* :func:`change_key` sends one ChangeConfiguration (1.6) / SetVariables (2.0.1) and writes an audit entry.
* :func:`list_snapshots`, :func:`load_snapshot`, :func:`diff`, :func:`chargers_of_same_model` read the database
  (bounded: listing reads the headers only, loading one snapshot reads its rows by index).
* :func:`apply_snapshot` writes a snapshot's values to chargers of the same vendor and model and answers per
  charger per key (:class:`KeyResult`).

Statuses of a :class:`KeyResult`: the charger's answer (``Accepted``, ``Rejected``, ``RebootRequired``,
``NotSupported``; 2.0.1 ``UnknownComponent``/``UnknownVariable`` are reported as ``NotSupported`` with the
original in ``detail``) or ``ReadOnly`` / ``Unchanged`` / ``Secret`` (nothing sent), ``offline``, ``timeout``,
``error`` (a CallError or an invalid answer; ``detail`` says which).

Secret keys (:func:`is_secret_key`: 1.6 ``AuthorizationKey``, 2.0.1 ``BasicAuthPassword``, the charger's HTTP
Basic password) are never kept in clear: readings and snapshots carry :data:`HIDDEN` instead of their value, the
audit trail too, and a snapshot never applies one (``Secret``). Changing one goes through the station's password
flow (:func:`change_password`): the charger gets the new password and, when it accepts it, its hash becomes the
station's password, so the charger is let in on its next connection.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Database
from app.models import Charger, Station
from app.models.domain import ConfigSnapshot, ConfigSnapshotKey
from app.ocpp.frames import HIDDEN, SECRET_KEYS_16, SECRET_VARIABLES_201
from app.ocpp.v201 import ReportedVariable, VariablesReported
from app.ocpp.v201 import requests as v201
from app.services.admin.audit import audit
from app.services.admin.passwords import hash_password, password_problem
from app.services.chargers import commissioning as com
from app.services.chargers.operations import (
    OPERATION_ERRORS,
    ChargerCallError,
    ChargerOffline,
    ChargerTimeout,
    InvalidReply,
    InvalidRequest,
    OperationNotSupported,
)
from app.services.i18n import QT_TRANSLATE_NOOP, translate
from app.services.roles import LOCAL, Actor, actor_name

if TYPE_CHECKING:
    from app.services.central.system import CentralSystem

__all__ = [
    "ACCEPTED",
    "ERROR",
    "HIDDEN",
    "NOT_SUPPORTED",
    "OFFLINE",
    "READ_ONLY",
    "REBOOT_REQUIRED",
    "REJECTED",
    "SECRET",
    "TIMEOUT",
    "UNCHANGED",
    "ApplyReport",
    "ConfigEntry",
    "ConfigReading",
    "KeyResult",
    "ModelPeer",
    "Snapshot",
    "SnapshotDiff",
    "SnapshotInfo",
    "SnapshotNotFound",
    "apply_snapshot",
    "change_key",
    "change_password",
    "chargers_of_same_model",
    "diff",
    "format_variable_key",
    "is_secret_key",
    "list_snapshots",
    "load_snapshot",
    "parse_variable_key",
    "read_configuration",
    "take_snapshot",
]

ACCEPTED, REJECTED, REBOOT_REQUIRED, NOT_SUPPORTED = "Accepted", "Rejected", "RebootRequired", "NotSupported"
READ_ONLY, UNCHANGED, OFFLINE, TIMEOUT, ERROR = "ReadOnly", "Unchanged", "offline", "timeout", "error"
SECRET = "Secret"  # a password key in a snapshot: never applied
#: why a password key is not applied (marked: ``translate("ConfigSnapshots", SECRET_SKIPPED)`` where shown)
SECRET_SKIPPED = QT_TRANSLATE_NOOP(
    "ConfigSnapshots",
    "a password: never applied from a snapshot; change it on each charger's Configuration tab, which also "
    "updates its station's password",
)

KEY_MAX = 300  # ConfigSnapshotKey.key
LABEL_MAX = 120
REPORT_TIMEOUT_S = 60.0  # a 2.0.1 station's whole NotifyReport series
SET_VARIABLES_PER_CALL = 20


class SnapshotNotFound(LookupError):
    """No snapshot with this id (deleted, or another database)."""


# --- data -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConfigEntry:
    key: str
    value: str | None
    readonly: bool = False


@dataclass(frozen=True, slots=True)
class ConfigReading:
    """What a charger answered: its keys (sorted by key) and, when keys were asked by name, the unknown ones."""

    cp_id: str
    ocpp_version: str
    entries: list[ConfigEntry]
    unknown_keys: list[str] = field(default_factory=list)
    read_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclass(frozen=True, slots=True)
class SnapshotInfo:
    id: int
    charge_point_id: str
    taken_at: dt.datetime
    label: str
    ocpp_version: str
    vendor: str
    model: str
    firmware_version: str
    serial_number: str
    key_count: int
    actor: Actor = LOCAL

    @property
    def title(self) -> str:
        """``2026-11-27 09:12 UTC — before firmware 2.1`` (for lists and combo boxes)."""
        when = self.taken_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"{when} — {self.label}" if self.label else when


@dataclass(frozen=True, slots=True)
class Snapshot:
    info: SnapshotInfo
    entries: dict[str, ConfigEntry]  # key -> entry, in key order

    @property
    def id(self) -> int:
        return self.info.id


@dataclass(frozen=True, slots=True)
class SnapshotDiff:
    """From snapshot ``a`` (older) to ``b``: keys only in b (added), only in a (removed), with another value or
    read-only flag (changed: key -> (entry in a, entry in b)) and how many are the same."""

    added: dict[str, ConfigEntry]
    removed: dict[str, ConfigEntry]
    changed: dict[str, tuple[ConfigEntry, ConfigEntry]]
    unchanged: int

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True, slots=True)
class ModelPeer:
    """A charger of the same vendor and model (a target for :func:`apply_snapshot`)."""

    cp_id: str
    station_name: str
    firmware_version: str
    ocpp_version: str
    online: bool


@dataclass(frozen=True, slots=True)
class KeyResult:
    key: str
    status: str
    value: str | None = None  # the value sent (or that would have been)
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status in (ACCEPTED, REBOOT_REQUIRED, UNCHANGED)


@dataclass(frozen=True, slots=True)
class ApplyReport:
    snapshot_id: int
    results: dict[str, dict[str, KeyResult]]  # cp id -> key -> result
    skipped_readonly: list[str]  # keys of the snapshot not sent because they are read-only
    skipped_secret: list[str] = field(default_factory=list)  # password keys, never applied from a snapshot

    def statuses(self, cp_id: str) -> dict[str, str]:
        return {k: r.status for k, r in self.results.get(cp_id, {}).items()}


# --- 2.0.1 keys -----------------------------------------------------------------------------------------

_VAR_KEY = re.compile(
    r"^(?P<c>[^\[#/]+)(?:\[(?P<ci>[^\]]*)\])?(?:#(?P<e>\d+)(?:\.(?P<cn>\d+))?)?"
    r"/(?P<v>[^\[/]+)(?:\[(?P<vi>[^\]]*)\])?$"
)


def format_variable_key(
    component: str,
    variable: str,
    component_instance: str = "",
    variable_instance: str = "",
    evse_id: int | None = None,
    connector_id: int | None = None,
) -> str:
    key = component + (f"[{component_instance}]" if component_instance else "")
    if evse_id is not None:
        key += f"#{evse_id}" + (f".{connector_id}" if connector_id is not None else "")
    return key + "/" + variable + (f"[{variable_instance}]" if variable_instance else "")


def parse_variable_key(key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """``EVSE#1/Power`` -> (component, variable) dicts as SetVariables wants them. Raises ValueError."""
    m = _VAR_KEY.match(key)
    if m is None:
        raise ValueError(f"{key!r} is not a 2.0.1 variable key (Component[instance]#evse/Variable[instance])")
    component: dict[str, Any] = {"name": m["c"]}
    if m["ci"]:
        component["instance"] = m["ci"]
    if m["e"] is not None:
        component["evse"] = {"id": int(m["e"])}
        if m["cn"] is not None:
            component["evse"]["connectorId"] = int(m["cn"])
    variable: dict[str, Any] = {"name": m["v"]}
    if m["vi"]:
        variable["instance"] = m["vi"]
    return component, variable


def is_secret_key(key: str) -> bool:
    """Whether ``key`` (1.6 key or 2.0.1 variable key) holds a secret: the charger's HTTP Basic password."""
    if key in SECRET_KEYS_16:
        return True
    m = _VAR_KEY.match(key)
    return m is not None and m["v"] in SECRET_VARIABLES_201


def redacted(entry: ConfigEntry) -> ConfigEntry:
    """``entry`` as it may be kept and shown: a secret key's value replaced by :data:`HIDDEN`."""
    if entry.value is None or not is_secret_key(entry.key):
        return entry
    return ConfigEntry(entry.key, HIDDEN, entry.readonly)


def _entry_of(var: ReportedVariable) -> ConfigEntry:
    actual = var.attributes.get("Actual", {})
    key = format_variable_key(
        var.component,
        var.variable,
        var.component_instance,
        var.variable_instance,
        var.evse_id,
        var.connector_id,
    )
    return redacted(ConfigEntry(key, actual.get("value"), actual.get("mutability") == "ReadOnly"))


# --- reading a charger ----------------------------------------------------------------------------------


def _version(central: CentralSystem, cp_id: str) -> str:
    cp = central.server.get(cp_id)
    if cp is None:
        raise ChargerOffline(f"{cp_id} is not connected")  # English: an operation's error, as app.ocpp's
    return str(cp.version)


async def read_configuration(
    central: CentralSystem, cp_id: str, keys: Sequence[str] | None = None, *, timeout: float | None = None
) -> ConfigReading:
    """Ask the charger for its configuration (all keys, or ``keys`` by name). Raises the operations' errors."""
    version = _version(central, cp_id)
    if version == "1.6":
        answer = await central.operations.get_configuration(
            cp_id, list(keys) if keys else None, timeout=timeout
        )
        found: dict[str, ConfigEntry] = {}
        for item in answer.get("configurationKey") or ():
            name = str(item.get("key", ""))[:KEY_MAX]
            if name:
                value = item.get("value")
                found[name] = redacted(
                    ConfigEntry(name, None if value is None else str(value), bool(item.get("readonly")))
                )
        unknown = [str(k) for k in answer.get("unknownKey") or ()]
        return ConfigReading(cp_id, version, sorted(found.values(), key=lambda e: e.key), unknown)
    entries = await _base_report(central, cp_id, timeout)
    if keys:
        wanted = set(keys)
        unknown = sorted(wanted - {e.key for e in entries})
        entries = [e for e in entries if e.key in wanted]
    else:
        unknown = []
    return ConfigReading(cp_id, version, entries, unknown)


_COMPONENT = re.compile(r"^(?P<c>[^\[#/\s]+)(?:\[(?P<ci>[^\]]*)\])?(?:#(?P<e>\d+)(?:\.(?P<cn>\d+))?)?$")
_VARIABLE = re.compile(r"^(?P<v>[^\[/\s]+)(?:\[(?P<vi>[^\]]*)\])?$")


def component_of(key: str) -> str:
    """``EVSE#1/Power`` -> ``EVSE#1``: the component part of a 2.0.1 variable key."""
    return key.rsplit("/", 1)[0]


def parse_component(text: str) -> dict[str, Any]:
    """``EVSE#1`` / ``Connector[Type2]#1.2`` / ``OCPPCommCtrlr`` -> a ComponentType dict. Raises ValueError with
    a message for the operator."""
    m = _COMPONENT.match(text.strip())
    if m is None or len(m["c"]) > 50 or len(m["ci"] or "") > 50:
        raise ValueError(
            translate(
                "ConfigSnapshots",
                "{text!r} is not a component: a name, optionally [instance] and #EVSE or #EVSE.connector "
                "(e.g. OCPPCommCtrlr, EVSE#1, Connector#1.2)",
            ).format(text=text.strip())
        )
    component: dict[str, Any] = {"name": m["c"]}
    if m["ci"]:
        component["instance"] = m["ci"]
    if m["e"] is not None:
        component["evse"] = {"id": int(m["e"])}
        if m["cn"] is not None:
            component["evse"]["connectorId"] = int(m["cn"])
    return component


def parse_variable(text: str) -> dict[str, Any] | None:
    """``Power`` / ``Power[L1]`` -> a VariableType dict; empty -> None (the whole component). Raises ValueError."""
    if not text.strip():
        return None
    m = _VARIABLE.match(text.strip())
    if m is None or len(m["v"]) > 50 or len(m["vi"] or "") > 50:
        raise ValueError(
            translate(
                "ConfigSnapshots",
                "{text!r} is not a variable: a name, optionally [instance] (e.g. HeartbeatInterval, Power[L1])",
            ).format(text=text.strip())
        )
    variable: dict[str, Any] = {"name": m["v"]}
    if m["vi"]:
        variable["instance"] = m["vi"]
    return variable


@dataclass(frozen=True)
class ComponentReport:
    """A GetReport's outcome: the station's ``status`` (Accepted, EmptyResultSet, Rejected, NotSupported) and,
    when Accepted, the variables its NotifyReport parts carried."""

    status: str
    entries: list[ConfigEntry]


async def read_component(
    central: CentralSystem,
    cp_id: str,
    component: dict[str, Any],
    variable: dict[str, Any] | None = None,
    criteria: Sequence[str] = (),
    *,
    timeout: float | None = None,
) -> ComponentReport:
    """2.0.1 GetReport of one component (one variable of it, or those meeting ``criteria``); waits for the last
    NotifyReport part. Raises the operations' errors."""

    async def ask(request_id: int) -> dict[str, Any]:
        answer: dict[str, Any] = await central.operations.get_report(
            cp_id, [(component, variable)], criteria, request_id=request_id, timeout=timeout
        )
        return answer

    status, entries = await _report(central, cp_id, "GetReport", ask, timeout)
    return ComponentReport(status, [e for e in entries if _asked(e.key, component, variable)])


def _asked(key: str, component: dict[str, Any], variable: dict[str, Any] | None) -> bool:
    """Whether the variable ``key`` is one of ``component`` (``variable`` of it) as asked: what is not given
    matches anything."""
    m = _VAR_KEY.match(key)
    if m is None or m["c"] != component["name"]:
        return False
    if variable is not None and (
        m["v"] != variable["name"] or (variable.get("instance") and m["vi"] != variable["instance"])
    ):
        return False
    if component.get("instance") and m["ci"] != component["instance"]:
        return False
    evse = component.get("evse")
    if evse is None:
        return True
    if m["e"] is None or int(m["e"]) != evse["id"]:
        return False
    return evse.get("connectorId") is None or (m["cn"] is not None and int(m["cn"]) == evse["connectorId"])


async def _base_report(central: CentralSystem, cp_id: str, timeout: float | None) -> list[ConfigEntry]:
    """2.0.1: GetBaseReport FullInventory, wait for the last NotifyReport part, read what it reported."""

    async def ask(request_id: int) -> dict[str, Any]:
        answer: dict[str, Any] = await central.operations.get_base_report(
            cp_id, "FullInventory", request_id=request_id, timeout=timeout
        )
        return answer

    status, entries = await _report(central, cp_id, "GetBaseReport", ask, timeout)
    if status not in ("Accepted", "EmptyResultSet"):
        raise ChargerCallError(cp_id, "GetBaseReport", status, "(no report follows)")
    return entries


async def _report(
    central: CentralSystem,
    cp_id: str,
    action: str,
    ask: Callable[[int], Awaitable[dict[str, Any]]],
    timeout: float | None,
) -> tuple[str, list[ConfigEntry]]:
    """Send a report request (``ask(request_id)``); when Accepted wait for its last NotifyReport part and read
    the variables it reported. The answer's status and those variables."""
    request_id = v201.next_id()
    done = asyncio.get_running_loop().create_future()

    def seen(event: Any) -> None:
        if (
            isinstance(event, VariablesReported)
            and event.cp_id == cp_id
            and event.request_id == request_id
            and event.complete
            and not done.done()
        ):
            done.set_result(None)

    unsubscribe = central.subscribe(seen, VariablesReported)
    started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    try:
        status = str((await ask(request_id)).get("status"))
        if status != "Accepted":
            return status, []
        try:
            await asyncio.wait_for(
                done, REPORT_TIMEOUT_S if timeout is None else max(timeout, REPORT_TIMEOUT_S)
            )
        except TimeoutError:
            raise ChargerTimeout(  # English, as app.ocpp's: a checklist step stores it
                f"{cp_id} did not send its whole report (NotifyReport) within {REPORT_TIMEOUT_S:.0f} s"
            ) from None
    finally:
        unsubscribe()
    variables = [
        v
        for v in await central.operations.fetch_reported_variables(cp_id)
        if v.updated_at is None or v.updated_at >= started
    ]
    found = {e.key: e for e in map(_entry_of, variables) if len(e.key) <= KEY_MAX}
    return "Accepted", sorted(found.values(), key=lambda e: e.key)


# --- snapshots ------------------------------------------------------------------------------------------


def _info(row: ConfigSnapshot) -> SnapshotInfo:
    return SnapshotInfo(
        row.id,
        row.charge_point_id,
        row.taken_at,
        row.label,
        row.ocpp_version,
        row.vendor,
        row.model,
        row.firmware_version,
        row.serial_number,
        row.key_count,
        row.actor,
    )


def _identity(session: Session, cp_id: str) -> dict[str, str]:
    charger = session.scalars(select(Charger).where(Charger.charge_point_id == cp_id)).one_or_none()
    station = session.scalars(select(Station).where(Station.charge_point_id == cp_id)).one_or_none()
    out = {"vendor": "", "model": "", "firmware_version": "", "serial_number": ""}
    for source in (station, charger):  # the charger's own boot data wins
        if source is None:
            continue
        for name in out:
            value = getattr(source, name, "") or ""
            if value:
                out[name] = value
    return out


async def take_snapshot(
    central: CentralSystem, cp_id: str, *, label: str = "", actor: Actor = LOCAL, timeout: float | None = None
) -> SnapshotInfo:
    """Read the charger's whole configuration and store it (taken_at UTC, vendor/model/firmware from its
    BootNotification, every key with value and read-only flag). Raises the operations' errors (nothing stored)."""
    label = label.strip()
    if len(label) > LABEL_MAX:
        raise InvalidRequest(
            translate(
                "ConfigSnapshots", "the label is {length} characters long; at most {limit} are kept"
            ).format(length=len(label), limit=LABEL_MAX)
        )
    reading = await read_configuration(central, cp_id, timeout=timeout)
    boot = next((s.boot for s in central.chargers() if s.cp_id == cp_id), None)

    def work(s: Session) -> SnapshotInfo:
        ident = _identity(s, cp_id)
        if boot is not None:
            ident.update(
                {
                    k: v
                    for k, v in (
                        ("vendor", boot.vendor),
                        ("model", boot.model),
                        ("firmware_version", boot.firmware_version),
                        ("serial_number", boot.serial_number),
                    )
                    if v
                }
            )
        row = ConfigSnapshot(
            charge_point_id=cp_id,
            taken_at=reading.read_at,
            label=label,
            ocpp_version=reading.ocpp_version,
            key_count=len(reading.entries),
            actor=actor_name(actor),
            **{k: v[:50] for k, v in ident.items()},
        )
        kept = [redacted(e) for e in reading.entries]
        row.keys = [ConfigSnapshotKey(key=e.key, value=e.value, readonly=e.readonly) for e in kept]
        s.add(row)
        s.flush()
        return _info(row)

    return await central.store.run(work)


def snapshots_of(session: Session, cp_id: str, *, limit: int = 500) -> list[SnapshotInfo]:
    """The charger's snapshots, newest first (headers only)."""
    rows = session.scalars(
        select(ConfigSnapshot)
        .where(ConfigSnapshot.charge_point_id == cp_id)
        .order_by(ConfigSnapshot.taken_at.desc(), ConfigSnapshot.id.desc())
        .limit(limit)
    )
    return [_info(r) for r in rows]


def list_snapshots(database: Database, cp_id: str, *, limit: int = 500) -> list[SnapshotInfo]:
    """The charger's snapshots, newest first (headers only)."""
    with database.session() as s:
        return snapshots_of(s, cp_id, limit=limit)


def snapshot_of(session: Session, snapshot_id: int) -> Snapshot:
    """One snapshot with its keys (raises :class:`SnapshotNotFound`)."""
    row = session.get(ConfigSnapshot, snapshot_id)
    if row is None:
        raise SnapshotNotFound(f"snapshot {snapshot_id} does not exist (deleted?)")
    keys = session.execute(
        select(ConfigSnapshotKey.key, ConfigSnapshotKey.value, ConfigSnapshotKey.readonly)
        .where(ConfigSnapshotKey.snapshot_id == snapshot_id)
        .order_by(ConfigSnapshotKey.key)
    )
    # redacted again: a snapshot taken before secrets were kept out of snapshots may hold one in clear
    return Snapshot(_info(row), {k: redacted(ConfigEntry(k, v, bool(ro))) for k, v, ro in keys})


def load_snapshot(database: Database, snapshot_id: int) -> Snapshot:
    with database.session() as s:
        return snapshot_of(s, snapshot_id)


def remove_snapshot(session: Session, snapshot_id: int, *, actor: Actor = LOCAL) -> None:
    """Delete one snapshot (audited); raises :class:`SnapshotNotFound`."""
    row = session.get(ConfigSnapshot, snapshot_id)
    if row is None:
        raise SnapshotNotFound(f"snapshot {snapshot_id} does not exist (deleted?)")
    audit(
        session,
        entity="config_snapshot",
        entity_id=snapshot_id,
        action="delete",
        actor=actor,
        changes={
            "charge_point_id": row.charge_point_id,
            "label": row.label,
            "taken_at": row.taken_at.isoformat(),
        },
    )
    session.delete(row)


def delete_snapshot(database: Database, snapshot_id: int, *, actor: Actor = LOCAL) -> None:
    with database.session() as s:
        remove_snapshot(s, snapshot_id, actor=actor)


def diff(a: Snapshot, b: Snapshot) -> SnapshotDiff:
    """What changed from ``a`` to ``b`` (values compared as text; a changed read-only flag counts as changed)."""
    added = {k: e for k, e in b.entries.items() if k not in a.entries}
    removed = {k: e for k, e in a.entries.items() if k not in b.entries}
    changed: dict[str, tuple[ConfigEntry, ConfigEntry]] = {}
    same = 0
    for k, old in a.entries.items():
        new = b.entries.get(k)
        if new is None:
            continue
        if old.value != new.value or old.readonly != new.readonly:
            changed[k] = (old, new)
        else:
            same += 1
    return SnapshotDiff(added, removed, changed, same)


def peers_of(
    session: Session, cp_id: str, *, include_self: bool = False, connected: Iterable[str] = ()
) -> list[ModelPeer]:
    """Chargers with the same vendor and model as ``cp_id`` (from their BootNotifications), by id. ``connected``:
    the ids online now (``[s.cp_id for s in central.chargers() if s.connected]``)."""
    online = set(connected)
    me = session.scalars(select(Charger).where(Charger.charge_point_id == cp_id)).one_or_none()
    if me is None or not (me.vendor or me.model):
        return []
    rows = session.execute(
        select(Charger.charge_point_id, Charger.firmware_version, Charger.ocpp_version, Station.name)
        .outerjoin(Station, Station.charge_point_id == Charger.charge_point_id)
        .where(Charger.vendor == me.vendor, Charger.model == me.model)
        .order_by(Charger.charge_point_id)
        .limit(1000)
    )
    return [
        ModelPeer(cp, name or "", fw or "", ver or "", cp in online)
        for cp, fw, ver, name in rows
        if include_self or cp != cp_id
    ]


def chargers_of_same_model(
    database: Database, cp_id: str, *, include_self: bool = False, connected: Iterable[str] = ()
) -> list[ModelPeer]:
    """:func:`peers_of` in a unit of work of its own."""
    with database.session() as s:
        return peers_of(s, cp_id, include_self=include_self, connected=connected)


# --- changing keys --------------------------------------------------------------------------------------

_V201_NOT_SUPPORTED = ("UnknownComponent", "UnknownVariable", "NotSupportedAttributeType")


def _result_of_exception(key: str, value: str | None, exc: BaseException) -> KeyResult:
    if isinstance(exc, ChargerOffline):
        return KeyResult(
            key, OFFLINE, value, str(exc) or translate("ConfigSnapshots", "the charger is not connected")
        )
    if isinstance(exc, ChargerTimeout):
        return KeyResult(key, TIMEOUT, value, str(exc))
    if isinstance(exc, ChargerCallError):
        return KeyResult(key, ERROR, value, f"CallError {exc}")
    return KeyResult(key, ERROR, value, str(exc) or type(exc).__name__)


_EXPECTED = OPERATION_ERRORS


async def _send_values(
    central: CentralSystem, cp_id: str, version: str, values: dict[str, str], timeout: float | None
) -> dict[str, KeyResult]:
    """Send ``values`` (key -> value); never raises the operations' errors (they become results)."""
    out: dict[str, KeyResult] = {}
    if version == "1.6":
        items = list(values.items())
        for n, (key, value) in enumerate(items):
            try:
                answer = await central.operations.change_configuration(cp_id, key, value, timeout=timeout)
            except _EXPECTED as e:
                out[key] = _result_of_exception(key, value, e)
                if isinstance(e, ChargerOffline):  # the rest cannot go either
                    for k, v in items[n + 1 :]:
                        out[k] = KeyResult(
                            k, OFFLINE, v, translate("ConfigSnapshots", "the charger disconnected")
                        )
                    break
                continue
            out[key] = KeyResult(key, str(answer.get("status", ERROR)), value)
        return out
    parsed: list[tuple[str, str, dict[str, Any]]] = []
    for key, value in values.items():
        try:
            component, variable = parse_variable_key(key)
        except ValueError as e:
            out[key] = KeyResult(key, NOT_SUPPORTED, value, str(e))
            continue
        parsed.append((key, value, {"component": component, "variable": variable, "attributeValue": value}))
    for i in range(0, len(parsed), SET_VARIABLES_PER_CALL):
        chunk = parsed[i : i + SET_VARIABLES_PER_CALL]
        try:
            answer = await central.operations.set_variables(cp_id, [d for _, _, d in chunk], timeout=timeout)
        except _EXPECTED as e:
            for key, value, _ in chunk:
                out[key] = _result_of_exception(key, value, e)
            continue
        by_ident = {}
        for r in answer.get("setVariableResult") or ():
            comp, var = r.get("component") or {}, r.get("variable") or {}
            evse = comp.get("evse") or {}
            by_ident[
                format_variable_key(
                    comp.get("name", ""),
                    var.get("name", ""),
                    comp.get("instance") or "",
                    var.get("instance") or "",
                    evse.get("id"),
                    evse.get("connectorId"),
                )
            ] = r
        for key, value, _ in chunk:
            r = by_ident.get(key)
            if r is None:
                out[key] = KeyResult(
                    key,
                    ERROR,
                    value,
                    translate("ConfigSnapshots", "the charger's answer has no result for this variable"),
                )
                continue
            status = str(r.get("attributeStatus", ERROR))
            info = r.get("attributeStatusInfo") or {}
            detail = " ".join(str(x) for x in (info.get("reasonCode"), info.get("additionalInfo")) if x)
            if status in _V201_NOT_SUPPORTED:
                out[key] = KeyResult(key, NOT_SUPPORTED, value, status + (f": {detail}" if detail else ""))
            else:
                out[key] = KeyResult(key, status, value, detail)
    return out


async def _audit(
    central: CentralSystem, cp_id: str, action: str, actor: Actor, changes: dict[str, Any]
) -> None:
    def work(s: Session) -> None:
        audit(s, entity="charger_config", entity_id=cp_id, action=action, actor=actor, changes=changes)

    await central.store.run(work)


async def change_key(
    central: CentralSystem,
    cp_id: str,
    key: str,
    value: str,
    *,
    actor: Actor = LOCAL,
    timeout: float | None = None,
) -> KeyResult:
    """Send one key's new value (1.6 ChangeConfiguration, 2.0.1 SetVariables); the answer as a
    :class:`KeyResult` (offline/timeout/CallError included). Accepted and RebootRequired changes are audited."""
    key = key.strip()
    if not key:
        raise InvalidRequest(translate("ConfigSnapshots", "say which key to change"))
    if len(value) > 500:
        raise InvalidRequest(
            translate(
                "ConfigSnapshots", "the value is {length} characters long; OCPP allows at most 500"
            ).format(length=len(value))
        )
    if is_secret_key(key):
        return await change_password(central, cp_id, key, value, actor=actor, timeout=timeout)
    try:
        version = _version(central, cp_id)
    except ChargerOffline as e:
        return _result_of_exception(key, value, e)
    result = (await _send_values(central, cp_id, version, {key: value}, timeout))[key]
    if result.status in (ACCEPTED, REBOOT_REQUIRED):
        await _audit(central, cp_id, "config_change", actor, {key: {"value": value, "status": result.status}})
    return result


async def change_password(
    central: CentralSystem,
    cp_id: str,
    key: str,
    password: str,
    *,
    actor: Actor = LOCAL,
    timeout: float | None = None,
) -> KeyResult:
    """A secret key changed from the Configuration tab: the station's password flow. The password is sent as
    commissioning sends one (:func:`~app.services.chargers.commissioning.push_password`: 1.6 ``AuthorizationKey``
    as the hex of its bytes, 2.0.1 ``BasicAuthPassword``); when the charger accepts it, its hash becomes the
    station's password (so the charger is let in on its next connection) and the change is audited without the
    value. The result's value is :data:`HIDDEN`. Raises :class:`InvalidRequest` (nothing sent) for a password
    the policy refuses, a 1.6 password of the wrong length, or a charger bound to no station."""
    if why := password_problem(password):
        raise InvalidRequest(
            translate("ConfigSnapshots", "the new password is refused: {why}").format(why=why)
        )

    def station_of(s: Session) -> int | None:
        return s.scalar(select(Station.id).where(Station.charge_point_id == cp_id))

    station_id = await central.store.run(station_of)
    if station_id is None:
        raise InvalidRequest(
            translate(
                "ConfigSnapshots",
                "{cp_id} is bound to no station, so it has no password to change: accept it first (Commissioning)",
            ).format(cp_id=cp_id)
        )
    if not central.is_connected(cp_id):
        return KeyResult(
            key, OFFLINE, HIDDEN, translate("ConfigSnapshots", "{cp_id} is not connected").format(cp_id=cp_id)
        )
    try:
        status = await com.push_password(central, cp_id, password, timeout=timeout)
    except ValueError as e:
        raise InvalidRequest(str(e)) from None
    except _EXPECTED as e:
        return _result_of_exception(key, HIDDEN, e)
    if status in _V201_NOT_SUPPORTED:
        return KeyResult(key, NOT_SUPPORTED, HIDDEN, status)
    if status not in (ACCEPTED, REBOOT_REQUIRED):
        return KeyResult(
            key, status, HIDDEN, translate("ConfigSnapshots", "the station's password is unchanged")
        )
    hashed = await asyncio.to_thread(hash_password, password)

    def store(s: Session) -> None:
        st = s.get(Station, station_id)
        if st is not None:
            com.set_station_password(st, hashed)

    await central.store.run(store)
    await central.refresh_stations()
    await _audit(
        central,
        cp_id,
        "config_change",
        actor,
        {key: {"value": HIDDEN, "status": status}, "station_password": "changed"},
    )
    return KeyResult(
        key, status, HIDDEN, translate("ConfigSnapshots", "the station's password is changed too")
    )


def _settled_by_reading(
    cp_id: str, version: str, writable: dict[str, str], current: ConfigReading
) -> dict[str, KeyResult]:
    """The keys of ``writable`` not worth sending, given the charger's current values: keys it does not know
    (``NotSupported``), keys read-only there (``ReadOnly``) and equal values (``Unchanged``)."""
    now = {e.key: e for e in current.entries}
    unknown = set(current.unknown_keys) if version == "1.6" else set(writable) - set(now)
    settled: dict[str, KeyResult] = {}
    for k, v in writable.items():
        if k in unknown:
            settled[k] = KeyResult(
                k,
                NOT_SUPPORTED,
                v,
                translate("ConfigSnapshots", "{cp_id} does not know this key").format(cp_id=cp_id),
            )
        elif k in now and now[k].readonly:
            settled[k] = KeyResult(
                k,
                READ_ONLY,
                v,
                translate("ConfigSnapshots", "read-only on {cp_id}: not sent").format(cp_id=cp_id),
            )
        elif k in now and now[k].value == v:
            settled[k] = KeyResult(k, UNCHANGED, v, translate("ConfigSnapshots", "already this value"))
    return settled


async def apply_snapshot(
    central: CentralSystem,
    snapshot_id: int,
    cp_ids: Iterable[str],
    keys: Iterable[str] | None = None,
    *,
    actor: Actor = LOCAL,
    timeout: float | None = None,
) -> ApplyReport:
    """Write the snapshot's values (all of them, or ``keys``) to each charger of ``cp_ids``, which must be of the
    snapshot's vendor and model (the snapshot's own charger may be among them: that restores it).

    Read-only keys are not sent (``ReadOnly``, listed in ``skipped_readonly``), nor are secret keys (``Secret``,
    listed in ``skipped_secret``: a password is changed through the station's password flow, never copied from a
    snapshot); per charger, the current values
    are read first so that keys it does not know are ``NotSupported``, keys read-only there are ``ReadOnly`` and
    equal values are ``Unchanged`` without sending anything. An offline charger gets ``offline`` for every key.
    Raises :class:`SnapshotNotFound`, or :class:`InvalidRequest` (nothing sent) for a charger of another model
    or a key that is not in the snapshot."""
    targets = list(dict.fromkeys(cp_ids))
    if not targets:
        raise InvalidRequest(translate("ConfigSnapshots", "choose at least one charger"))
    snap = await central.store.run(lambda s: snapshot_of(s, snapshot_id))
    info = snap.info

    def models(s: Session) -> dict[str, tuple[str, str]]:
        rows = s.execute(
            select(Charger.charge_point_id, Charger.vendor, Charger.model).where(
                Charger.charge_point_id.in_(targets)
            )
        )
        return {cp: (v or "", m or "") for cp, v, m in rows}

    known = await central.store.run(models)
    wrong = [cp for cp in targets if known.get(cp) != (info.vendor, info.model)]
    if wrong:
        raise InvalidRequest(
            translate(
                "ConfigSnapshots",
                "not a {vendor} {model}: {chargers} — a snapshot is applied to chargers of the same vendor and "
                "model only",
            ).format(vendor=info.vendor, model=info.model, chargers=", ".join(wrong))
        )
    chosen = list(snap.entries) if keys is None else list(dict.fromkeys(keys))
    missing = [k for k in chosen if k not in snap.entries]
    if missing:
        raise InvalidRequest(
            translate("ConfigSnapshots", "not in snapshot {snapshot}: {keys}").format(
                snapshot=snapshot_id, keys=", ".join(missing)
            )
        )
    secret = [k for k in chosen if is_secret_key(k)]
    skipped = [k for k in chosen if snap.entries[k].readonly and k not in secret]
    writable = {
        k: snap.entries[k].value or "" for k in chosen if not snap.entries[k].readonly and k not in secret
    }

    results: dict[str, dict[str, KeyResult]] = {}
    for cp_id in targets:
        res: dict[str, KeyResult] = {
            k: KeyResult(
                k,
                READ_ONLY,
                snap.entries[k].value,
                translate("ConfigSnapshots", "read-only in the snapshot: not sent"),
            )
            for k in skipped
        }
        secret_skipped = translate("ConfigSnapshots", SECRET_SKIPPED)
        res.update({k: KeyResult(k, SECRET, HIDDEN, secret_skipped) for k in secret})
        results[cp_id] = res
        if not writable:
            continue  # nothing to send: the charger is not even asked
        if not central.is_connected(cp_id):
            offline = translate("ConfigSnapshots", "{cp_id} is not connected").format(cp_id=cp_id)
            res.update({k: KeyResult(k, OFFLINE, v, offline) for k, v in writable.items()})
            continue
        version = _version(central, cp_id)
        to_send = dict(writable)
        try:
            current = await read_configuration(
                central, cp_id, list(writable) if version == "1.6" else None, timeout=timeout
            )
        except (ChargerCallError, InvalidReply, ChargerTimeout, OperationNotSupported):
            current = None  # send everything and let the charger answer per key
        except ChargerOffline as e:
            res.update({k: _result_of_exception(k, v, e) for k, v in writable.items()})
            continue
        if current is not None:
            settled = _settled_by_reading(cp_id, version, writable, current)
            res.update(settled)
            for k in settled:
                del to_send[k]
        res.update(await _send_values(central, cp_id, version, to_send, timeout))
        sent = {k: {"value": r.value, "status": r.status} for k, r in res.items() if k in to_send}
        if sent:
            await _audit(central, cp_id, "config_apply", actor, {"snapshot_id": snapshot_id, "keys": sent})
        results[cp_id] = {k: res[k] for k in chosen if k in res}
    return ApplyReport(snapshot_id, results, skipped, secret)
