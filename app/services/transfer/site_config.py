"""Site configuration as one JSON document: sites, tariffs, users with their tags, stations with access rules.

The format is documented for operators in ``docs/config-format.md``; its shape is the JSON Schema
``resources/config.schema.json`` (Draft 2020-12). :func:`validate_config` adds the checks a schema cannot make
(references by name, duplicates, overlapping windows, times, dates, time zones, idTags, passwords).

Import rules, in short (the doc page has them in full):

* entities are matched by natural key — site name, tariff name, user name, tag, station charge point id —
  and updated, or created when new; nothing is ever deleted except parts of a station the document lists
  (access windows and exceptions, owners, special users) and tags dropped from a listed user (detached, kept);
* a key left out keeps the stored value (a new entity gets the default), a key written replaces it;
* a bad document is refused whole: every problem is reported with its path and nothing is written.

The import works in the caller's session and flushes; the caller commits (``Database.session()`` does).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, cast
from zoneinfo import available_timezones

from jsonschema import Draft202012Validator
from sqlalchemy import select, update
from sqlalchemy.orm import Session, object_session, selectinload
from sqlalchemy.orm.strategy_options import _AbstractLoad

from app.models import (
    AccessMode,
    AccessSchedule,
    AccessWindow,
    Circuit,
    CircuitWindow,
    Connector,
    DateException,
    GrantWindow,
    IdTag,
    Site,
    SpecialGrant,
    Station,
    StationOwner,
    TagStatus,
    Tariff,
    User,
)
from app.services.admin import circuit_rules
from app.services.admin import station_rules as rules
from app.services.admin.audit import audit
from app.services.admin.passwords import hash_password, is_hash
from app.services.central import config_version
from app.services.revisions import touch
from app.services.roles import Actor, Permission
from app.services.rules.numbers import to_decimal
from app.services.rules.tags import normalise_tag
from app.services.rules.timeparse import (
    DAY_NAMES,
    ParseError,
    format_days,
    format_time,
    parse_days,
    parse_end,
    parse_time,
)
from app.services.rules.week import overlaps, week_spans
from app.services.store import Store
from app.services.transfer.private_files import write_private_text
from app.services.transfer.users_csv import email_problem, tag_problem

FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).resolve().parents[3] / "resources" / "config.schema.json"
KINDS = ("sites", "tariffs", "users", "tags", "stations")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

Loc = tuple[str | int, ...]
Doc = dict[str, Any]


# -- problems, errors, report ----------------------------------------------------------------------------


def format_path(loc: Iterable[str | int]) -> str:
    """``("stations", 2, "access", "windows", 0, "from")`` → ``stations[2].access.windows[0].from``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(root)"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a configuration document, at a path such as ``stations[2].access``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ConfigError(ValueError):
    """The document was refused; :attr:`problems` lists every problem. Nothing was written."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(str(self))

    def __str__(self) -> str:
        n = len(self.problems)
        head = f"{n} problem{'s' if n != 1 else ''} in the configuration; nothing was imported:"
        return "\n".join([head, *(f"  {p}" for p in self.problems)])


@dataclass
class ImportReport:
    """How many entities of each kind (sites, tariffs, users, tags, stations) were created, updated, unchanged."""

    created: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    unchanged: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    @property
    def changed(self) -> bool:
        return any(self.created.values()) or any(self.updated.values())

    def __str__(self) -> str:
        return "; ".join(
            f"{k}: {self.created[k]} created, {self.updated[k]} updated, {self.unchanged[k]} unchanged"
            for k in KINDS
        )


# -- small conversions -----------------------------------------------------------------------------------


def _money(value: Decimal | None) -> float | None:
    """Decimal → float through its decimal text, so 0.2 stays 0.2 (no binary noise)."""
    return None if value is None else float(str(value))


def _dec(value: Any) -> Decimal:
    """A number of the document (the schema checked it is one) as a Decimal."""
    d = to_decimal(value)
    if d is None:
        raise ValueError(f"{value!r} is not a finite number")
    return d


def format_datetime(value: dt.datetime | None) -> str | None:
    """Aware datetime → ISO 8601 UTC with ``Z``."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def parse_datetime(text: str) -> dt.datetime:
    """ISO 8601 with ``Z`` or an offset → aware UTC datetime. A time without a zone is refused."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ParseError(f"{text} is not a date and time (ISO 8601 such as 2026-01-31T00:00:00Z)") from None
    if value.tzinfo is None:
        raise ParseError(f"{text} has no time zone; write UTC with Z, e.g. 2026-01-31T00:00:00Z")
    return value.astimezone(dt.UTC)


def _parse_date(text: str) -> dt.date:
    try:
        if not _DATE.match(text):
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ParseError(f"{text} is not a date (YYYY-MM-DD)") from None


def _parse_weekday(text: str) -> int:
    try:
        mask = parse_days(text)
    except ParseError:
        mask = 0
    if mask == 0 or mask & (mask - 1):
        raise ParseError(f"{text!r} is not one weekday (Mon, Tue, … Sun)")
    return mask.bit_length() - 1


@cache
def _timezones() -> frozenset[str]:
    return frozenset(available_timezones())


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema() -> dict[str, Any]:
    """The JSON Schema of the format (a copy)."""
    return cast(dict[str, Any], json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


# -- export ----------------------------------------------------------------------------------------------


def _schedule_options(path: Any) -> Any:
    return path.options(
        selectinload(AccessSchedule.default_tariff),
        selectinload(AccessSchedule.windows).selectinload(AccessWindow.tariff),
        selectinload(AccessSchedule.exceptions).selectinload(DateException.tariff),
    )


def _station_options() -> list[_AbstractLoad]:
    return [
        selectinload(Station.site),
        selectinload(Station.owner_tariff),
        _schedule_options(selectinload(Station.schedule)),
        _schedule_options(selectinload(Station.connectors).selectinload(Connector.schedule)),
        selectinload(Station.owners).selectinload(StationOwner.user),
        selectinload(Station.grants).options(
            selectinload(SpecialGrant.user),
            selectinload(SpecialGrant.tariff),
            selectinload(SpecialGrant.connector),
            selectinload(SpecialGrant.windows),
        ),
    ]


def _tariff_name(t: Tariff | None) -> str | None:
    return None if t is None else t.name


def _site_circuits(s: Site) -> list[Circuit]:
    session = object_session(s)
    if session is None or s.id is None:
        return []
    return list(
        session.scalars(
            select(Circuit)
            .where(Circuit.site_id == s.id)
            .options(selectinload(Circuit.windows))
            .order_by(Circuit.position, Circuit.id)
        )
    )


def _export_circuit_window(w: CircuitWindow) -> Doc:
    return {
        "days": format_days(w.days),
        "from": format_time(w.start_minute),
        "to": format_time(w.end_minute),
        "max_current_a": w.max_current_a,
        "max_power_kw": w.max_power_kw,
    }


def _export_circuits(circuits: Sequence[Circuit]) -> Doc | None:
    """The site's circuit tree from its grid connection down (None: no circuits)."""
    children: dict[int | None, list[Circuit]] = {}
    ids = {c.id for c in circuits}
    for c in circuits:
        children.setdefault(c.parent_id if c.parent_id in ids else None, []).append(c)

    def one(c: Circuit) -> Doc:
        return {
            "name": c.name,
            "phases": c.phases,
            "max_current_a": c.max_current_a,
            "max_power_kw": c.max_power_kw,
            "windows": [_export_circuit_window(w) for w in c.windows],
            "circuits": [one(child) for child in children.get(c.id, [])],
        }

    roots = children.get(None, [])
    return one(roots[0]) if roots else None


def _export_load(s: Site, circuits: Sequence[Circuit]) -> Doc:
    names = {c.id: c.name for c in circuits}
    meter: Doc | None = None
    circuit = names.get(s.meter_circuit_id) if s.meter_circuit_id is not None else None
    if s.meter_kind == "charger":
        meter = {"kind": "charger", "charger": s.meter_address, "circuit": circuit}
    elif s.meter_kind == "modbus":
        meter = {
            "kind": "modbus",
            "address": s.meter_address,
            "unit": s.meter_unit,
            "map": s.meter_map,
            "circuit": circuit,
        }
    return {"strategy": s.load_strategy, "min_current_a": s.min_current_a, "meter": meter}


def _export_site(s: Site) -> Doc:
    circuits = _site_circuits(s)
    return {
        "name": s.name,
        "timezone": s.timezone,
        "currency": s.currency,
        "vat_percent": _money(s.vat_percent),
        "address": s.address,
        "load": _export_load(s, circuits),
        "circuits": _export_circuits(circuits),
    }


def _export_tariff(t: Tariff) -> Doc:
    return {
        "name": t.name,
        "per_kwh": _money(t.per_kwh),
        "per_hour": _money(t.per_hour),
        "start_fee": _money(t.start_fee),
        "free_minutes": t.free_minutes,
        "vat_included": t.vat_included,
        "currency": t.currency,
        "description": t.description,
        "load_priority": t.load_priority,
    }


def _export_tag(t: IdTag) -> str | Doc:
    if t.status == TagStatus.ACTIVE and not t.label and t.expiry is None and t.parent_id_tag is None:
        return t.id_tag
    return {
        "id_tag": t.id_tag,
        "status": TagStatus(t.status).value,
        "label": t.label,
        "expiry": format_datetime(t.expiry),
        "parent": t.parent_id_tag,
    }


def _export_user(u: User) -> Doc:
    return {
        "name": u.name,
        "email": u.email,
        "phone": u.phone,
        "company": u.company,
        "cost_centre": u.cost_centre,
        "active": u.active,
        "notes": u.notes,
        "tags": [_export_tag(t) for t in sorted(u.tags, key=lambda t: t.id_tag)],
    }


def _export_window(w: AccessWindow) -> Doc:
    return {
        "days": format_days(w.days),
        "from": format_time(w.start_minute),
        "to": format_time(w.end_minute),
        "mode": AccessMode(w.mode).value,
        "tariff": _tariff_name(w.tariff),
    }


def _export_exception(e: DateException) -> Doc:
    if e.follow_weekday is not None:
        return {"date": e.date.isoformat(), "label": e.label, "follow": DAY_NAMES[e.follow_weekday]}
    assert e.mode is not None
    return {
        "date": e.date.isoformat(),
        "label": e.label,
        "mode": AccessMode(e.mode).value,
        "tariff": _tariff_name(e.tariff),
    }


def _export_windows(windows: Iterable[AccessWindow]) -> list[Doc]:
    return [_export_window(w) for w in sorted(windows, key=lambda w: w.position)]


def _export_access(a: AccessSchedule | None) -> Doc | None:
    if a is None:
        return None
    return {
        "default": {"mode": AccessMode(a.default_mode).value, "tariff": _tariff_name(a.default_tariff)},
        "windows": _export_windows(a.windows),
        "exceptions": [_export_exception(e) for e in sorted(a.exceptions, key=lambda e: e.date)],
    }


def _export_grant(g: SpecialGrant) -> Doc:
    return {
        "user": g.user.name,
        "tariff": _tariff_name(g.tariff),
        "connector": None if g.connector is None else g.connector.connector_id,
        "valid_from": format_datetime(g.valid_from),
        "valid_until": format_datetime(g.valid_until),
        "windows": [
            {
                "days": format_days(w.days),
                "from": format_time(w.start_minute),
                "to": format_time(w.end_minute),
            }
            for w in sorted(g.windows, key=lambda w: w.position)
        ],
    }


def _grant_key(g: Doc) -> tuple[str, int, str, str, str]:
    return (
        g["user"],
        g["connector"] or 0,
        g["valid_from"] or "",
        g["valid_until"] or "",
        json.dumps(g, sort_keys=True),
    )


def _export_grants(grants: Iterable[SpecialGrant]) -> list[Doc]:
    return sorted((_export_grant(g) for g in grants), key=_grant_key)


def _circuit_name(c: Connector) -> str | None:
    session = object_session(c)
    if c.circuit_id is None or session is None:
        return None
    circuit = session.get(Circuit, c.circuit_id)
    return None if circuit is None else circuit.name


def _export_station(st: Station) -> Doc:
    location = None
    if st.lat is not None or st.lon is not None or st.address:
        location = {"lat": st.lat, "lon": st.lon, "address": st.address}
    return {
        "charge_point_id": st.charge_point_id,
        "name": st.name,
        "site": st.site.name,
        "location": location,
        "access": _export_access(st.schedule),
        "owners": sorted(o.user.name for o in st.owners),
        "owner_tariff": _tariff_name(st.owner_tariff),
        "special_users": _export_grants(st.grants),
        "security": {
            "profile": st.security_profile,
            "password_hash": st.password_hash,
            "allow_unsecured": st.allow_unsecured,
        },
        "enabled": st.enabled,
        "description": st.description,
        "notes": st.notes,
        "ocpp_version": st.ocpp_version,
        "lenient": st.lenient,
        "connectors": [
            {
                "id": c.connector_id,
                "type": c.plug_type,
                "max_kw": c.max_kw,
                "access": _export_access(c.schedule),
                "circuit": _circuit_name(c),
                "phases": c.phases,
                "phase_rotation": c.phase_rotation,
                "max_current_a": c.max_current_a,
            }
            for c in sorted(st.connectors, key=lambda c: c.connector_id)
        ],
    }


def export_config(session: Session) -> Doc:
    """The whole configuration as a JSON-ready dict, sorted by natural key (the same data → the same text).

    Charger-reported facts (vendor, model, serial, firmware, live status) and history (sessions, logs) are not
    configuration and are not exported. Passwords are exported as hashes only.
    """
    sites = session.scalars(select(Site)).all()
    tariffs = session.scalars(select(Tariff)).all()
    users = session.scalars(select(User).options(selectinload(User.tags))).all()
    loose = session.scalars(select(IdTag).where(IdTag.user_id.is_(None))).all()
    stations = session.scalars(select(Station).options(*_station_options())).all()
    return {
        "version": FORMAT_VERSION,
        "sites": [_export_site(s) for s in sorted(sites, key=lambda s: s.name)],
        "tariffs": [_export_tariff(t) for t in sorted(tariffs, key=lambda t: t.name)],
        "users": [_export_user(u) for u in sorted(users, key=lambda u: u.name)],
        "unassigned_tags": [_export_tag(t) for t in sorted(loose, key=lambda t: t.id_tag)],
        "stations": [_export_station(st) for st in sorted(stations, key=lambda st: st.charge_point_id)],
    }


def dump_config(doc: Mapping[str, Any]) -> str:
    """The JSON text of a document as ChargeDesk writes it (2-space indent, UTF-8, final newline)."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_config_file(path: str | Path, doc: Mapping[str, Any]) -> None:
    """Write a document to ``path``: owner-only (0600) and atomically, since it holds password hashes."""
    write_private_text(path, dump_config(doc))


def load_config_file(path: str | Path) -> Any:
    """Parse a JSON file; a syntax error becomes a :class:`ConfigError` with the line and column."""
    text = Path(path).read_text(encoding="utf-8-sig")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(
            [Problem("(root)", f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")]
        ) from exc


# -- validation: schema ----------------------------------------------------------------------------------


def _show(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "…"


_TYPE_WORDS = {
    "string": "a string",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "object": "an object",
    "array": "a list",
    "null": "null",
}


def _schema_problems(doc: Any) -> list[tuple[Loc, str]]:
    out: list[tuple[Loc, str]] = []
    for err in _validator().iter_errors(doc):
        loc: Loc = tuple(err.absolute_path)
        kind = err.validator
        sub = err.schema if isinstance(err.schema, dict) else {}
        if kind == "required" and isinstance(err.instance, dict):
            out.extend(((*loc, k), "is required") for k in err.validator_value if k not in err.instance)
        elif kind == "additionalProperties" and isinstance(err.instance, dict):
            allowed = list(sub.get("properties", {}))
            for k in err.instance:
                if k not in allowed:
                    near = difflib.get_close_matches(str(k), allowed, n=1)
                    hint = f"; did you mean {near[0]!r}?" if near else f" (known: {', '.join(allowed)})"
                    out.append(((*loc, k), f"unknown field{hint}"))
        elif kind == "type":
            types = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
            words = " or ".join(_TYPE_WORDS.get(str(t), str(t)) for t in types)
            out.append((loc, f"expected {words}, got {_show(err.instance)}"))
        elif "x-message" in sub:
            out.append((loc, f"{sub['x-message']}, got {_show(err.instance)}"))
        elif kind == "enum":
            choices = ", ".join(_show(c) for c in err.validator_value)
            out.append((loc, f"must be one of {choices}; got {_show(err.instance)}"))
        elif kind == "maxLength":
            out.append((loc, f"is longer than {err.validator_value} characters"))
        elif kind == "minLength":
            out.append((loc, "must not be empty"))
        else:
            out.append((loc, err.message))
    return out


# -- validation: semantics -------------------------------------------------------------------------------


def _items(parent: Any, key: str) -> list[tuple[int, Any]]:
    value = parent.get(key) if isinstance(parent, dict) else None
    return list(enumerate(value)) if isinstance(value, list) else []


def _dicts(parent: Any, key: str) -> list[tuple[int, Doc]]:
    return [(i, x) for i, x in _items(parent, key) if isinstance(x, dict)]


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _number_or_none(value: Any) -> float | None:
    return float(value) if _is_number(value) else None


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_WINDOW_KEYS = {"days": "days", "start": "from", "end": "to"}  # the file's names of a window's parts


@dataclass
class _DbStation:
    id: int
    profile: int
    has_password: bool
    connectors: set[int]


class _Checker:
    """The checks JSON Schema cannot make. Robust to a document whose shape is wrong (the schema reports that)."""

    def __init__(self, doc: Any, session: Session | None) -> None:
        self.doc = doc
        self.problems: list[tuple[Loc, str]] = []
        self.sites = {s.get("name") for _, s in _dicts(doc, "sites")}
        self.tariffs = {t.get("name") for _, t in _dicts(doc, "tariffs")}
        self.users = {u.get("name") for _, u in _dicts(doc, "users")}
        self.db_stations: dict[str, _DbStation] = {}
        self.db_ids: dict[str, int] = {}  # case-folded charge point id → station id (see rules)
        # each site's circuits (case-folded name → phases): the document's tree where it gives one, else stored
        self.circuits: dict[str, dict[str, int]] = {}
        self.site_chargers: dict[str, set[str]] = {}  # site name → charge point ids (its meter may be one)
        if session is not None:
            self.sites |= set(session.scalars(select(Site.name)))
            for site_name, circuit_name, phases in session.execute(
                select(Site.name, Circuit.name, Circuit.phases).join(Circuit, Circuit.site_id == Site.id)
            ):
                self.circuits.setdefault(site_name, {})[circuit_name.casefold()] = phases
            for site_name, cpid in session.execute(
                select(Site.name, Station.charge_point_id).join(Station, Station.site_id == Site.id)
            ):
                self.site_chargers.setdefault(site_name, set()).add(cpid)
        for _, st in _dicts(doc, "stations"):
            if isinstance(st.get("site"), str) and isinstance(st.get("charge_point_id"), str):
                self.site_chargers.setdefault(st["site"], set()).add(st["charge_point_id"])
        for _, site in _dicts(doc, "sites"):
            if "circuits" in site and isinstance(site.get("name"), str):
                tree: dict[str, int] = {}
                todo = [site["circuits"]] if isinstance(site["circuits"], dict) else []
                while todo:
                    c = todo.pop()
                    if isinstance(c.get("name"), str):
                        tree[c["name"].casefold()] = c.get("phases", 3)
                    todo.extend(child for _, child in _dicts(c, "circuits"))
                self.circuits[site["name"]] = tree
        if session is not None:
            self.tariffs |= set(session.scalars(select(Tariff.name)))
            self.users |= set(session.scalars(select(User.name)))
            rows = session.execute(
                select(Station.id, Station.charge_point_id, Station.security_profile, Station.password_hash)
            )
            for station_id, cpid, profile, pw in rows:
                self.db_stations[cpid] = _DbStation(station_id, profile, pw is not None, set())
                self.db_ids[cpid.casefold()] = station_id
            for cpid, number in session.execute(
                select(Station.charge_point_id, Connector.connector_id).join(Connector.station)
            ):
                self.db_stations[cpid].connectors.add(number)

    def add(self, loc: Loc, message: str) -> None:
        self.problems.append((loc, message))

    def run(self) -> list[tuple[Loc, str]]:
        self._unique("sites", "name", "site name")
        for i, s in _dicts(self.doc, "sites"):
            tz = s.get("timezone")
            if isinstance(tz, str) and tz not in _timezones():
                self.add(
                    ("sites", i, "timezone"),
                    f"{tz!r} is not a time zone (an IANA name such as Europe/Zurich)",
                )
            self._decimals(s, ("sites", i), ("vat_percent",), 2)
            if isinstance(s.get("circuits"), dict):
                self._circuits(("sites", i, "circuits"), s["circuits"], None, {})
            if isinstance(s.get("load"), dict) and isinstance(s.get("name"), str):
                self._load(("sites", i, "load"), s["name"], s["load"])
        self._unique("tariffs", "name", "tariff name")
        for i, t in _dicts(self.doc, "tariffs"):
            self._decimals(t, ("tariffs", i), ("per_kwh", "per_hour", "start_fee"), 4)
        self._unique("users", "name", "user name")
        for i, u in _dicts(self.doc, "users"):
            email = u.get("email")
            if isinstance(email, str) and (p := email_problem(email)):
                self.add(("users", i, "email"), p)
        self._tags()
        self._unique("stations", "charge_point_id", "charge point id", fold=True)
        for i, st in _dicts(self.doc, "stations"):
            self._station(("stations", i), st)
        return self.problems

    # - generic checks -

    def _unique(self, section: str, key: str, what: str, *, fold: bool = False) -> None:
        """Each value once in the section (``fold``: compared without case)."""
        seen: dict[Any, int] = {}
        for i, item in _dicts(self.doc, section):
            value = item.get(key)
            if not isinstance(value, str):
                continue
            same = value.casefold() if fold else value
            if same in seen:
                self.add((section, i, key), f"duplicate {what} {value!r} (also {section}[{seen[same]}])")
            else:
                seen[same] = i

    def _decimals(self, item: Doc, loc: Loc, keys: Sequence[str], places: int) -> None:
        for key in keys:
            value = item.get(key)
            if not _is_number(value):
                continue
            if isinstance(value, float) and not math.isfinite(value):
                self.add((*loc, key), f"{value} is not a number")
                continue
            exponent = _dec(value).as_tuple().exponent
            if isinstance(exponent, int) and exponent < -places:
                self.add((*loc, key), f"{value} has more than {places} decimal places")

    def _ref(self, loc: Loc, value: Any, known: set[Any], what: str) -> None:
        if isinstance(value, str) and value not in known:
            self.add(loc, f"unknown {what} {value!r}")

    def _datetime(self, loc: Loc, value: Any) -> dt.datetime | None:
        if not isinstance(value, str):
            return None
        try:
            return parse_datetime(value)
        except ParseError as exc:
            self.add(loc, str(exc))
            return None

    # - circuits and load settings -

    def _circuits(self, loc: Loc, c: Doc, parent: Doc | None, seen: dict[str, Loc]) -> None:
        """A circuit and those below it: a limit, phases that fit its parent's, a name used once in the site,
        windows that parse, lower the limit and do not overlap."""
        name = c.get("name")
        if isinstance(name, str):
            if name.casefold() in seen:
                self.add(
                    (*loc, "name"),
                    f"circuit {name!r} is listed twice in the site (also {format_path(seen[name.casefold()])})",
                )
            seen.setdefault(name.casefold(), loc)
        amperes, kw = _number_or_none(c.get("max_current_a")), _number_or_none(c.get("max_power_kw"))
        if why := circuit_rules.needs_limit(amperes, kw):
            self.add(loc, why)
        for key, why in (
            ("max_current_a", circuit_rules.current_problem(amperes)),
            ("max_power_kw", circuit_rules.power_problem(kw)),
        ):
            if why:
                self.add((*loc, key), why)
        phases = c.get("phases", 3)
        parent_phases = parent.get("phases", 3) if parent is not None else None
        if phases in circuit_rules.PHASES and (
            why := circuit_rules.phases_problem(
                phases, parent_phases, str(parent.get("name")) if parent else ""
            )
        ):
            self.add((*loc, "phases"), why)
        windows = []
        for j, w in _dicts(c, "windows"):
            wl = (*loc, "windows", j)
            why = circuit_rules.window_limit_problem(
                _number_or_none(w.get("max_current_a")), _number_or_none(w.get("max_power_kw")), amperes, kw
            )
            if why:
                self.add(wl, why)
            windows.append((j, w, self._window(wl, w)))
        self._overlaps(loc, windows)
        for j, child in _dicts(c, "circuits"):
            self._circuits((*loc, "circuits", j), child, c, seen)

    def _load(self, loc: Loc, site: str, load: Doc) -> None:
        meter = load.get("meter")
        if not isinstance(meter, dict):
            return
        ml = (*loc, "meter")
        kind = meter.get("kind")
        if kind == "charger":
            cpid = meter.get("charger")
            if not isinstance(cpid, str):
                self.add(ml, 'a charger meter names its "charger" (a charge point id of the site)')
            elif cpid not in self.site_chargers.get(site, set()):
                self.add((*ml, "charger"), f"site {site} has no station {cpid}")
        elif kind == "modbus":
            address = meter.get("address")
            if not isinstance(address, str):
                self.add(ml, 'a Modbus meter has an "address" (host:port)')
            elif why := circuit_rules.host_port_problem(address):
                self.add((*ml, "address"), why)
            if why := circuit_rules.meter_map_problem(meter.get("map", "")):
                self.add((*ml, "map"), why)
        circuit = meter.get("circuit")
        if isinstance(circuit, str) and circuit.casefold() not in self.circuits.get(site, {}):
            self.add((*ml, "circuit"), f"site {site} has no circuit {circuit!r}")

    # - tags -

    def _tags(self) -> None:
        seen: dict[str, Loc] = {}
        entries: list[tuple[Loc, Any]] = []
        for i, u in _dicts(self.doc, "users"):
            entries.extend((("users", i, "tags", j), t) for j, t in _items(u, "tags"))
        entries.extend((("unassigned_tags", j), t) for j, t in _items(self.doc, "unassigned_tags"))
        for loc, entry in entries:
            raw, key_loc = (entry, loc) if isinstance(entry, str) else (None, (*loc, "id_tag"))
            if isinstance(entry, dict):
                raw = entry.get("id_tag")
                self._datetime((*loc, "expiry"), entry.get("expiry"))
                parent = entry.get("parent")
                if isinstance(parent, str) and (p := tag_problem(normalise_tag(parent))):
                    self.add((*loc, "parent"), p)
            if not isinstance(raw, str):
                continue
            tag = normalise_tag(raw)
            if (p := tag_problem(tag)) is not None:
                self.add(key_loc, p)
            elif tag in seen:
                self.add(key_loc, f"tag {tag} is listed twice (also {format_path(seen[tag])})")
            else:
                seen[tag] = key_loc

    # - stations -

    def _station(self, loc: Loc, st: Doc) -> None:
        cpid = st.get("charge_point_id")
        db = self.db_stations.get(cpid) if isinstance(cpid, str) else None
        if isinstance(cpid, str) and rules.charge_point_id_clash(cpid, db.id if db else None, self.db_ids):
            self.add(
                (*loc, "charge_point_id"),
                f"{cpid} is already used by another station (written in other case); "
                "write it as the database has it to update that station",
            )
        self._ref((*loc, "site"), st.get("site"), self.sites, "site")
        self._ref((*loc, "owner_tariff"), st.get("owner_tariff"), self.tariffs, "tariff")
        location = st.get("location")
        if isinstance(location, dict):
            lat, lon = location.get("lat"), location.get("lon")
            if pair := rules.pairing_problem(lat, lon):
                self.add((*loc, "location"), pair[1])
        self._security(loc, st, db)
        self._access((*loc, "access"), st.get("access"))

        owners = _items(st, "owners")
        for j, name in owners:
            self._ref((*loc, "owners", j), name, self.users, "user")
        names = [name if isinstance(name, str) else None for _, name in owners]
        for j, first in rules.duplicates(names).items():
            self.add((*loc, "owners", j), f"{names[j]} is listed twice (also owners[{first}])")

        connectors = _dicts(st, "connectors")
        ids = [c.get("id") if _is_int(c.get("id")) else None for _, c in connectors]
        twice = rules.duplicates(ids)
        for k, (j, c) in enumerate(connectors):
            if k in twice:
                self.add(
                    (*loc, "connectors", j, "id"),
                    f"connector {ids[k]} is listed twice (also connectors[{connectors[twice[k]][0]}])",
                )
            kw = c.get("max_kw")
            if (
                isinstance(kw, int | float | Decimal)
                and not isinstance(kw, bool)
                and (why := rules.max_kw_problem(float(kw)))
            ):
                self.add((*loc, "connectors", j, "max_kw"), why)
            self._access((*loc, "connectors", j, "access"), c.get("access"))
            self._connector_circuit((*loc, "connectors", j), st.get("site"), c)
        numbers = {n for n in ids if n is not None}
        known_connectors = numbers | (db.connectors if db else set())

        for j, g in _dicts(st, "special_users"):
            gl = (*loc, "special_users", j)
            self._ref((*gl, "user"), g.get("user"), self.users, "user")
            self._ref((*gl, "tariff"), g.get("tariff"), self.tariffs, "tariff")
            number = g.get("connector")
            if isinstance(number, int) and not isinstance(number, bool) and number not in known_connectors:
                self.add((*gl, "connector"), f"station {cpid} has no connector {number}")
            start = self._datetime((*gl, "valid_from"), g.get("valid_from"))
            end = self._datetime((*gl, "valid_until"), g.get("valid_until"))
            if start is not None and end is not None and end <= start:
                self.add((*gl, "valid_until"), "must be after valid_from")
            self._overlaps(
                gl, [(k, w, self._window((*gl, "windows", k), w)) for k, w in _dicts(g, "windows")]
            )

    def _connector_circuit(self, loc: Loc, site: Any, c: Doc) -> None:
        if why := circuit_rules.connector_current_problem(_number_or_none(c.get("max_current_a"))):
            self.add((*loc, "max_current_a"), why)
        circuit = c.get("circuit")
        if not isinstance(circuit, str) or not isinstance(site, str):
            return
        phases = self.circuits.get(site, {}).get(circuit.casefold())
        if phases is None:
            self.add((*loc, "circuit"), f"site {site} has no circuit {circuit!r}")
        elif why := circuit_rules.connector_phases_problem(c.get("phases", 3), phases, circuit):
            self.add((*loc, "phases"), why)

    def _security(self, loc: Loc, st: Doc, db: _DbStation | None) -> None:
        sec = st.get("security")
        if not isinstance(sec, dict):
            sec = {}
        sl = (*loc, "security")
        if "password" in sec and "password_hash" in sec:
            self.add(sl, "give password or password_hash, not both")
        plain = sec.get("password")
        if isinstance(plain, str) and (p := rules.charger_password_problem(plain)):
            self.add((*sl, "password"), p)
        stored = sec.get("password_hash")
        if isinstance(stored, str) and not is_hash(stored):
            self.add(
                (*sl, "password_hash"),
                'is not a password hash (pbkdf2_sha256$…); write a plain "password" to have it hashed',
            )
        profile = sec.get("profile", db.profile if db else 0)
        if "password" in sec or "password_hash" in sec:
            has_password = isinstance(plain, str) or isinstance(stored, str)
        else:
            has_password = db.has_password if db else False
        if why := rules.profile_problem(profile, has_password):
            self.add((*sl, "profile"), f'{why}: add "password"')

    # - access rules -

    def _window(self, loc: Loc, w: Doc) -> list[tuple[int, int]] | None:
        """Check one weekly window; its minute ranges of the week, or None when it is not valid."""
        texts = [w.get(key) for key in ("days", "from", "to")]
        if not all(isinstance(t, str) for t in texts):
            return None  # the schema says what is missing
        weekly, wrong = rules.parse_window_text(*cast(list[str], texts))
        for part, message in wrong.items():
            self.add((*loc, _WINDOW_KEYS[part]), message)
        return None if weekly is None else week_spans(weekly.days, weekly.start, weekly.end)

    def _overlaps(self, loc: Loc, windows: list[tuple[int, Doc, list[tuple[int, int]] | None]]) -> None:
        """Windows of one rule must not meet in the week: each one that does is reported once."""
        spans: list[tuple[int, list[tuple[int, int]], Doc]] = []
        for j, w, week in windows:
            if week is None:
                continue
            for k, other, ow in spans:
                if overlaps(week, other):
                    self.add(
                        (*loc, "windows", j), f"overlaps windows[{k}] ({ow['days']} {ow['from']}–{ow['to']})"
                    )
                    break
            spans.append((j, week, w))

    def _access(self, loc: Loc, access: Any) -> None:
        if not isinstance(access, dict):
            return
        default = access.get("default")
        if isinstance(default, dict):
            self._ref((*loc, "default", "tariff"), default.get("tariff"), self.tariffs, "tariff")
        windows = []
        for j, w in _dicts(access, "windows"):
            wl = (*loc, "windows", j)
            self._ref((*wl, "tariff"), w.get("tariff"), self.tariffs, "tariff")
            windows.append((j, w, self._window(wl, w)))
        self._overlaps(loc, windows)
        dates: dict[dt.date, int] = {}
        for j, e in _dicts(access, "exceptions"):
            el = (*loc, "exceptions", j)
            self._exception_date(el, j, e, dates)
            self._exception_plan(el, e)
            self._ref((*el, "tariff"), e.get("tariff"), self.tariffs, "tariff")

    def _exception_date(self, el: Loc, j: int, e: Doc, dates: dict[dt.date, int]) -> None:
        """An exception's date is a date, and no other exception of the rule has it (``dates``: those seen)."""
        value = e.get("date")
        if not isinstance(value, str):
            return
        try:
            day = _parse_date(value)
        except ParseError as exc:
            self.add((*el, "date"), str(exc))
            return
        if day in dates:
            self.add((*el, "date"), f"{value} is listed twice (also exceptions[{dates[day]}])")
        dates.setdefault(day, j)

    def _exception_plan(self, el: Loc, e: Doc) -> None:
        """An exception either follows another weekday's plan or sets one mode (with its tariff) all day."""
        has_follow, has_mode = "follow" in e, "mode" in e
        if has_follow and has_mode:
            self.add(el, "give follow (another day's plan) or mode (all day), not both")
        elif not has_follow and not has_mode:
            self.add(el, 'needs follow (a weekday whose plan applies, e.g. "Sun") or mode')
        if has_follow and "tariff" in e:
            self.add((*el, "tariff"), "a tariff goes with mode, not with follow")
        follow = e.get("follow")
        if isinstance(follow, str):
            try:
                _parse_weekday(follow)
            except ParseError as exc:
                self.add((*el, "follow"), str(exc))


def _sort_key(loc: Loc) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in loc)


def validate_config(doc: Any, *, session: Session | None = None) -> list[Problem]:
    """Every problem in ``doc``, in document order; an empty list means it can be imported.

    Without a session the document must stand alone (every name it uses is defined in it). With a session,
    names and connectors already in that database count as known too — that is how :func:`import_config`
    checks a partial document.
    """
    found = _schema_problems(doc) + _Checker(doc, session).run()
    unique = dict.fromkeys(found)  # drop repeats, keep order for equal paths
    ordered = sorted(unique, key=lambda p: _sort_key(p[0]))
    return [Problem(format_path(loc), message) for loc, message in ordered]


# -- import ----------------------------------------------------------------------------------------------


@dataclass
class _Tracked:
    kind: str
    entity: str
    key: str
    obj: Any
    before: Doc | None
    snapshot: Callable[[Any], Any]


def _tag_state(t: IdTag) -> Doc:
    state = _export_tag(t)
    doc: Doc = {"id_tag": state} if isinstance(state, str) else dict(state)
    doc["user"] = None if t.user is None else t.user.name
    return doc


def _set(
    obj: Any, spec: Doc, key: str, attr: str | None = None, convert: Callable[[Any], Any] | None = None
) -> None:
    if key in spec:
        value = spec[key]
        setattr(obj, attr or key, convert(value) if convert is not None and value is not None else value)


class _Importer:
    def __init__(self, session: Session, actor: Actor) -> None:
        self.s = session
        self.actor = actor
        self.tracked: list[_Tracked] = []
        self.tracked_ids: set[int] = set()
        self.sites = {x.name: x for x in session.scalars(select(Site))}
        self.tariffs = {x.name: x for x in session.scalars(select(Tariff))}
        self.users = {x.name: x for x in session.scalars(select(User).options(selectinload(User.tags)))}
        self.tags = {x.id_tag: x for x in session.scalars(select(IdTag).options(selectinload(IdTag.user)))}
        self.stations = {
            x.charge_point_id: x for x in session.scalars(select(Station).options(*_station_options()))
        }
        self.circuits: dict[str, dict[str, Circuit]] = {}  # the imported sites' circuits by case-folded name

    def track(
        self, kind: str, entity: str, key: str, obj: Any, existed: bool, snapshot: Callable[[Any], Any]
    ) -> None:
        if id(obj) in self.tracked_ids:
            return
        self.tracked_ids.add(id(obj))
        self.tracked.append(_Tracked(kind, entity, key, obj, snapshot(obj) if existed else None, snapshot))

    def tariff(self, name: str | None) -> Tariff | None:
        return None if name is None else self.tariffs[name]

    def run(self, doc: Doc) -> ImportReport:
        with self.s.no_autoflush:
            for spec in doc.get("sites", []):
                self.site(spec)
            for spec in doc.get("tariffs", []):
                self.tariff_row(spec)
            for spec in doc.get("users", []):
                self.user(spec)
            for spec in doc.get("unassigned_tags", []):
                self.tag(spec, None)
            for spec in doc.get("stations", []):
                self.station(spec)
        self.s.flush()
        report = ImportReport()
        for t in self.tracked:
            after = t.snapshot(t.obj)
            if t.before is None:
                report.created[t.kind] += 1
                audit(
                    self.s,
                    entity=t.entity,
                    entity_id=t.obj.id,
                    action="create",
                    actor=self.actor,
                    changes={"key": t.key, "source": "config import"},
                )
            elif after != t.before:
                report.updated[t.kind] += 1
                fields = sorted(k for k in after if after.get(k) != t.before.get(k))
                audit(
                    self.s,
                    entity=t.entity,
                    entity_id=t.obj.id,
                    action="update",
                    actor=self.actor,
                    changes={"key": t.key, "fields": fields, "source": "config import"},
                )
            else:
                report.unchanged[t.kind] += 1
        self.s.flush()
        self.touch_updated()
        return report

    def touch_updated(self) -> None:
        """Move on the revision of every site, tariff, user and station the import changed (a station's schedules
        and special users with it), so an editor open on one gets a conflict instead of writing it back."""
        changed: dict[str, list[int]] = {}
        for t in self.tracked:
            if t.before is not None and t.snapshot(t.obj) != t.before:
                changed.setdefault(t.entity, []).append(t.obj.id)
        for tag in (t.obj for t in self.tracked if t.entity == "id_tag" and t.obj.user_id is not None):
            if tag.id in changed.get("id_tag", ()):
                changed.setdefault("user", []).append(tag.user_id)
        for entity, model in (("site", Site), ("tariff", Tariff), ("user", User), ("station", Station)):
            touch(self.s, model.__table__, changed.get(entity, ()))
        touch(self.s, Circuit.__table__, changed.get("site", ()), column="site_id")
        stations = changed.get("station", ())
        touch(self.s, AccessSchedule.__table__, stations, column="station_id")
        touch(self.s, SpecialGrant.__table__, stations, column="station_id")

    # - sites, tariffs, users, tags -

    def site(self, spec: Doc) -> None:
        site = self.sites.get(spec["name"])
        existed = site is not None
        if site is None:
            site = Site(
                name=spec["name"],
                timezone="Europe/Zurich",
                address="",
                currency="CHF",
                vat_percent=Decimal(0),
                load_strategy="equal",
                min_current_a=6.0,
                meter_kind="",
                meter_address="",
                meter_unit=1,
                meter_map="",
                meter_circuit_id=None,
            )
            self.s.add(site)
            self.sites[site.name] = site
        self.track("sites", "site", site.name, site, existed, _export_site)
        for key in ("timezone", "currency", "address"):
            _set(site, spec, key)
        _set(site, spec, "vat_percent", convert=_dec)
        if site.id is None:
            self.s.flush()  # its circuits need the id
        circuits = {c.name.casefold(): c for c in _site_circuits(site)}
        if "circuits" in spec:
            circuits = self.circuit_tree(site, circuits, spec["circuits"])
        elif not any(c.parent_id is None for c in circuits.values()):
            # a file from before circuits: its grid limit becomes the grid connection
            amperes = _grid_amperes(spec.get("grid_limit_a"), spec.get("grid_limit_kw"))
            if amperes is not None:
                root = Circuit(site_id=site.id, parent_id=None, name=GRID_CONNECTION, phases=3, position=0,
                               max_current_a=amperes, max_power_kw=None)  # fmt: skip
                root.windows = []
                self.s.add(root)
                circuits[root.name.casefold()] = root
        self.s.flush()
        self.circuits[site.name] = circuits
        if "load" in spec:
            self.load(site, spec["load"], circuits)

    def circuit_tree(self, site: Site, stored: dict[str, Circuit], spec: Doc | None) -> dict[str, Circuit]:
        """The site's circuits as the document says: matched by name (kept, so their history stays), created,
        and the ones it does not list deleted (their connectors then are not load-managed)."""
        kept: dict[str, Circuit] = {}

        def one(c: Doc, parent: Circuit | None, position: int) -> None:
            circuit = stored.get(c["name"].casefold())
            if circuit is None:
                circuit = Circuit(site_id=site.id, name=c["name"], phases=3, position=0)
                circuit.windows = []
                self.s.add(circuit)
            circuit.name, circuit.parent, circuit.position = c["name"], parent, position
            circuit.phases = c.get("phases", 3)
            circuit.max_current_a = _float(c.get("max_current_a"))
            circuit.max_power_kw = _float(c.get("max_power_kw"))
            windows = [
                CircuitWindow(
                    position=k,
                    days=parse_days(w["days"]),
                    start_minute=parse_time(w["from"]),
                    end_minute=parse_end(w["to"]),
                    max_current_a=_float(w.get("max_current_a")),
                    max_power_kw=_float(w.get("max_power_kw")),
                )
                for k, w in enumerate(c.get("windows", []))
            ]
            if [_export_circuit_window(w) for w in windows] != [
                _export_circuit_window(w) for w in circuit.windows
            ]:
                circuit.windows = windows
            kept[circuit.name.casefold()] = circuit
            for k, child in enumerate(c.get("circuits", [])):
                one(child, circuit, k)

        if spec is not None:
            one(spec, None, 0)
        self.s.flush()
        gone = [c for key, c in stored.items() if key not in kept]
        if gone:
            ids = [c.id for c in gone]
            self.s.execute(update(Connector).where(Connector.circuit_id.in_(ids)).values(circuit_id=None))
            for obj in list(self.s.identity_map.values()):
                if isinstance(obj, Connector) and obj.circuit_id in ids:
                    self.s.expire(obj, ["circuit_id"])  # the UPDATE went around the loaded connectors
            if site.meter_circuit_id in ids:
                site.meter_circuit_id = None
            gone_ids = set(ids)
            for c in gone:
                if (
                    c.parent_id not in gone_ids
                ):  # the ones below it go with it (the file moved those it keeps)
                    self.s.delete(c)
            self.s.flush()
        return kept

    def load(self, site: Site, spec: Doc, circuits: Mapping[str, Circuit]) -> None:
        _set(site, spec, "strategy", "load_strategy")
        _set(site, spec, "min_current_a", convert=float)
        if "meter" not in spec:
            return
        meter = spec["meter"] or {}
        kind = meter.get("kind", "")
        site.meter_kind = kind
        site.meter_address = meter.get("charger", "") if kind == "charger" else meter.get("address", "")
        site.meter_unit = meter.get("unit", 1) if kind == "modbus" else 1
        site.meter_map = meter.get("map", "") if kind == "modbus" else ""
        circuit = meter.get("circuit")
        site.meter_circuit_id = circuits[circuit.casefold()].id if kind and isinstance(circuit, str) else None

    def tariff_row(self, spec: Doc) -> None:
        tariff = self.tariffs.get(spec["name"])
        existed = tariff is not None
        if tariff is None:
            tariff = Tariff(
                name=spec["name"],
                per_kwh=Decimal(0),
                per_hour=Decimal(0),
                free_minutes=0,
                start_fee=Decimal(0),
                vat_included=True,
                currency=None,
                description="",
                load_priority=0,
            )
            self.s.add(tariff)
            self.tariffs[tariff.name] = tariff
        self.track("tariffs", "tariff", tariff.name, tariff, existed, _export_tariff)
        for key in ("per_kwh", "per_hour", "start_fee"):
            _set(tariff, spec, key, convert=_dec)
        for key in ("free_minutes", "vat_included", "currency", "description", "load_priority"):
            _set(tariff, spec, key)

    def user(self, spec: Doc) -> None:
        user = self.users.get(spec["name"])
        existed = user is not None
        if user is None:
            user = User(
                name=spec["name"], email="", phone="", company="", cost_centre="", active=True, notes=""
            )
            user.tags = []
            self.s.add(user)
            self.users[user.name] = user
        self.track("users", "user", user.name, user, existed, _export_user)
        for key in ("email", "phone", "company", "cost_centre", "active", "notes"):
            _set(user, spec, key)
        if "tags" in spec:
            wanted = [self.tag(t, user) for t in spec["tags"]]
            for old in list(user.tags):
                if old not in wanted:
                    self.track("tags", "id_tag", old.id_tag, old, True, _tag_state)
                    old.user = None

    def tag(self, spec: str | Doc, owner: User | None) -> IdTag:
        fields: Doc = {"id_tag": spec} if isinstance(spec, str) else spec
        key = normalise_tag(fields["id_tag"])
        tag = self.tags.get(key)
        existed = tag is not None
        if tag is None:
            tag = IdTag(id_tag=key, label="", status=TagStatus.ACTIVE, expiry=None, parent_id_tag=None)
            self.s.add(tag)
            self.tags[key] = tag
        self.track("tags", "id_tag", key, tag, existed, _tag_state)
        _set(tag, fields, "status", convert=TagStatus)
        _set(tag, fields, "label")
        _set(tag, fields, "expiry", convert=parse_datetime)
        _set(tag, fields, "parent", "parent_id_tag", convert=normalise_tag)
        if tag.user is not owner:
            tag.user = owner
        return tag

    # - stations -

    def station(self, spec: Doc) -> None:
        cpid = spec["charge_point_id"]
        st = self.stations.get(cpid)
        existed = st is not None
        if st is None:
            st = Station(
                charge_point_id=cpid,
                name=spec["name"],
                site=self.sites[spec["site"]],
                description="",
                vendor="",
                model="",
                serial_number="",
                firmware_version="",
                lat=None,
                lon=None,
                address="",
                ocpp_version="1.6",
                password_hash=None,
                security_profile=0,
                allow_unsecured=False,  # a charger without a password only where the file says so
                lenient=False,
                enabled=True,
                notes="",
            )
            st.connectors, st.owners, st.grants, st.schedule = [], [], [], None
            self.s.add(st)
            self.stations[cpid] = st
        self.track("stations", "station", cpid, st, existed, _export_station)
        st.name = spec["name"]
        st.site = self.sites[spec["site"]]
        for key in ("description", "notes", "enabled", "lenient", "ocpp_version"):
            _set(st, spec, key)
        if "owner_tariff" in spec:
            st.owner_tariff = self.tariff(spec["owner_tariff"])
        if "location" in spec:
            location = spec["location"]
            if location is None:
                st.lat = st.lon = None
                st.address = ""
            else:
                _set(st, location, "lat", convert=float)
                _set(st, location, "lon", convert=float)
                _set(st, location, "address")
        security = spec.get("security") or {}
        _set(st, security, "profile", "security_profile")
        _set(st, security, "allow_unsecured")
        _set(st, security, "password_hash")
        if "password" in security:
            st.password_hash = hash_password(security["password"])

        connectors = {c.connector_id: c for c in st.connectors}
        for c in spec.get("connectors", []):
            self.connector(st, connectors, c)
        if st.id is None or any(c.id is None for c in st.connectors):
            self.s.flush()  # connector schedules and grants need the ids

        if "access" in spec:
            self.schedule(st, None, spec["access"])
        for c in spec.get("connectors", []):
            if "access" in c:
                self.schedule(st, connectors[c["id"]], c["access"])
        if "owners" in spec:
            self.owners(st, spec["owners"])
        if "special_users" in spec:
            self.grants(st, connectors, spec["special_users"])

    def connector(self, st: Station, connectors: dict[int, Connector], c: Doc) -> None:
        conn = connectors.get(c["id"])
        if conn is None:
            conn = Connector(
                connector_id=c["id"],
                plug_type="Type2",
                max_kw=None,
                status="Unknown",
                error_code="NoError",
                status_info="",
                phases=3,
                phase_rotation="123",
            )
            st.connectors.append(conn)
            connectors[conn.connector_id] = conn
        _set(conn, c, "type", "plug_type")
        _set(conn, c, "max_kw", convert=float)
        _set(conn, c, "phases")
        _set(conn, c, "phase_rotation")
        _set(conn, c, "max_current_a", convert=float)
        if "circuit" in c:
            name = c["circuit"]
            circuits = self.circuits.get(st.site.name) or {
                x.name.casefold(): x for x in _site_circuits(st.site)
            }
            conn.circuit_id = None if name is None else circuits[name.casefold()].id

    def owners(self, st: Station, names: list[str]) -> None:
        wanted = set(names)
        for owner in list(st.owners):
            if owner.user.name not in wanted:
                st.owners.remove(owner)
        have = {o.user.name for o in st.owners}
        for name in names:
            if name not in have:
                st.owners.append(StationOwner(user=self.users[name]))
                have.add(name)

    def grants(self, st: Station, connectors: Mapping[int, Connector], specs: list[Doc]) -> None:
        new = []
        for g in specs:
            grant = SpecialGrant(
                user=self.users[g["user"]],
                tariff=self.tariff(g.get("tariff")),
                connector=None if g.get("connector") is None else connectors[g["connector"]],
                valid_from=None if g.get("valid_from") is None else parse_datetime(g["valid_from"]),
                valid_until=None if g.get("valid_until") is None else parse_datetime(g["valid_until"]),
            )
            grant.windows = [
                GrantWindow(
                    position=k,
                    days=parse_days(w["days"]),
                    start_minute=parse_time(w["from"]),
                    end_minute=parse_end(w["to"]),
                )
                for k, w in enumerate(g.get("windows", []))
            ]
            new.append(grant)
        if _export_grants(new) != _export_grants(st.grants):
            st.grants = new

    def schedule(self, st: Station, conn: Connector | None, spec: Doc | None) -> None:
        current = st.schedule if conn is None else conn.schedule
        if spec is None:
            if current is not None:
                if conn is None:
                    st.schedule = None
                else:
                    conn.schedule = None
            return
        if current is None:
            current = AccessSchedule(station_id=st.id, default_mode=AccessMode.PUBLIC)
            current.windows, current.exceptions = [], []
            if conn is None:
                st.schedule = current
            else:
                conn.schedule = current
        default = spec["default"]
        current.default_mode = AccessMode(default["mode"])
        current.default_tariff = self.tariff(default.get("tariff"))

        windows = [
            AccessWindow(
                position=j,
                days=parse_days(w["days"]),
                start_minute=parse_time(w["from"]),
                end_minute=parse_end(w["to"]),
                mode=AccessMode(w["mode"]),
                tariff=self.tariff(w.get("tariff")),
            )
            for j, w in enumerate(spec.get("windows", []))
        ]
        if _export_windows(windows) != _export_windows(current.windows):
            current.windows = windows

        by_date = {e.date: e for e in current.exceptions}
        wanted: set[dt.date] = set()
        for e in spec.get("exceptions", []):
            day = _parse_date(e["date"])
            wanted.add(day)
            row = by_date.get(day)
            if row is None:
                row = DateException(date=day, label="")
                current.exceptions.append(row)
            row.label = e.get("label", "")
            if "follow" in e:
                row.follow_weekday, row.mode, row.tariff = _parse_weekday(e["follow"]), None, None
            else:
                row.follow_weekday, row.mode = None, AccessMode(e["mode"])
                row.tariff = self.tariff(e.get("tariff"))
        for row in list(current.exceptions):
            if row.date not in wanted:
                current.exceptions.remove(row)


GRID_CONNECTION = "Grid connection"


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _grid_amperes(limit_a: Any, limit_kw: Any) -> float | None:
    """An old file's grid limit as amperes per phase (as migration 0013): A if given, else kW at 3 x 230 V."""
    if _is_number(limit_a) and limit_a > 0:
        return float(limit_a)
    if _is_number(limit_kw) and limit_kw > 0:
        return max(0.1, circuit_rules.amperes_from_kw(float(limit_kw)))
    return None


def import_config(session: Session, doc: Any, *, actor: Actor = "import") -> ImportReport:
    """Validate ``doc`` against the schema and the database, then create or update what it describes.

    Raises :class:`ConfigError` listing every problem when anything is wrong; nothing is written then.
    Writes an ``AuditEntry`` (create/update, ``actor``) per created or changed site, tariff, user, tag and
    station; unchanged entities are counted but not audited. Flushes; the caller commits.
    """
    problems = validate_config(doc, session=session)
    if problems:
        raise ConfigError(problems)
    report = _Importer(session, actor).run(doc)
    config_version.bump(session)  # in this transaction: the central system's rules cache starts again
    return report


class SiteConfigService:
    """The console's "Import a site configuration…": the same document as ``chargedesk config import``, one unit
    of work (every problem listed and nothing written, or all of it)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def import_file(self, path: str | Path) -> ImportReport:
        """:class:`ConfigError` for a document that is refused (an unreadable file or JSON too, as one problem);
        :class:`~app.services.roles.NotAllowed` unless the operator may change sites, stations and users."""
        for permission in (Permission.MANAGE_PRICES, Permission.CONFIGURE_STATIONS, Permission.MANAGE_USERS):
            self.store.require(permission)
        name = Path(path).name
        try:
            doc = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError([Problem(name, f"cannot be read: {e.strerror or e}")]) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as e:
            raise ConfigError([Problem(name, f"is not a JSON document: {e}")]) from None
        principal = self.store.principal
        return self.store.write(lambda s: import_config(s, doc, actor=principal))
