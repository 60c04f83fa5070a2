"""A site's circuits and load settings: the use cases behind Settings → Sites → "Circuits and load" (no Qt here).

A site's circuits form a tree (:mod:`app.models.load`): the root is the site's grid connection, created with the
site's first circuit; sub-distributions hang below any circuit. Each circuit has a limit in A per phase and/or kW,
1 or 3 phases, and weekly time-of-day windows that lower its limit (the week conventions of access windows, the same
validation: :mod:`app.services.rules.plan`). Connectors sit on a circuit (edited with their station, see
:mod:`app.services.admin.stations`, or put there from the tree: :meth:`CircuitsService.assign_connectors`).

Each circuit is its own aggregate with a ``revision`` (:mod:`app.services.revisions`): an edit, a move and a delete
are made against the revision the editor loaded, and :class:`EditConflict` says who changed it meanwhile. A site's
load settings (strategy, minimum current, base-load meter) are part of the site's row and saved against the site's
revision. Every change is audited (entity ``circuit`` / ``site``) and bumps the configuration stamp, so the central
system's load manager reads the new tree.

There is no foreign key from ``connectors.circuit_id`` or ``sites.meter_circuit_id`` to circuits (migration 0012):
deleting circuits clears both here, and moves the stations whose connectors lost their circuit on.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from app.models import Circuit, CircuitWindow, Connector, Site, Station
from app.services.admin import circuit_rules as rules
from app.services.admin import station_rules
from app.services.admin.audit import audit
from app.services.central.config_version import bump as _bump_config
from app.services.i18n import PLURAL, QT_TRANSLATE_NOOP, translate
from app.services.revisions import EditConflict, claim, differences, last_change, merge, touch
from app.services.roles import LOCAL, Actor, Permission, Principal
from app.services.rules.numbers import parse_float
from app.services.rules.plan import Weekly
from app.services.rules.timeparse import format_days, format_time
from app.services.store import Store
from app.services.validation import FormError, Problems
from app.services.validation import sentence as _sentence

T = TypeVar("T")
ROOT_NAME = "Grid connection"


# --- forms and the tree --------------------------------------------------------------------------------------------


@dataclass
class WindowForm:
    """A time-of-day window as typed: ``days`` "Mon-Fri", ``start`` "11:00", ``end`` "14:00", and the circuit's
    limits during it (empty: the circuit's own)."""

    days: str = ""
    start: str = ""
    end: str = ""
    max_current_a: str = ""
    max_power_kw: str = ""

    @property
    def blank(self) -> bool:
        return not any(
            s.strip() for s in (self.days, self.start, self.end, self.max_current_a, self.max_power_kw)
        )


@dataclass
class CircuitForm:
    """A circuit as its editor shows it. ``revision`` is the stored one it was loaded from (0: a new circuit)."""

    site_id: int
    parent_id: int | None = None
    name: str = ""
    phases: int = 3
    max_current_a: str = ""
    max_power_kw: str = ""
    windows: list[WindowForm] = field(default_factory=list)
    id: int | None = None
    revision: int = 0


@dataclass(frozen=True)
class ConnectorRef:
    """A connector as the tree shows it: ``label`` "Hall B #1", its phases and rotation."""

    id: int
    station_id: int
    label: str
    phases: int
    rotation: str
    circuit_id: int | None

    @property
    def detail(self) -> str:
        wiring = (
            translate("Circuits", "1-phase on {phase}").format(phase="L" + self.rotation[0])
            if self.phases == 1
            else rules.ROTATION_LABELS[self.rotation]
        )
        return f"{self.label} ({wiring})"


@dataclass(frozen=True)
class CircuitNode:
    """One row of the tree (``depth`` 0 = the grid connection), with what is on it."""

    id: int
    parent_id: int | None
    name: str
    phases: int
    max_current_a: float | None
    max_power_kw: float | None
    depth: int
    revision: int
    windows: tuple[str, ...] = ()  # "Mon–Fri 11:00–14:00 → 40 A"
    connectors: tuple[ConnectorRef, ...] = ()
    warning: str = ""  # "40 A is never reached: Main allows 32 A"

    @property
    def limit(self) -> str:
        return rules.limit_text(self.max_current_a, self.max_power_kw)


@dataclass(frozen=True)
class CircuitTree:
    """A site's circuits in tree order (parents before children, siblings by position), and its connectors that
    are on no circuit."""

    site_id: int
    site_name: str
    nodes: tuple[CircuitNode, ...]
    unmanaged: tuple[ConnectorRef, ...]
    timezone: str = "UTC"  # the site's: time-of-day windows are its wall-clock time

    def node(self, circuit_id: int | None) -> CircuitNode | None:
        return next((n for n in self.nodes if n.id == circuit_id), None)

    @property
    def root(self) -> CircuitNode | None:
        return self.nodes[0] if self.nodes else None


@dataclass(frozen=True)
class Saved:
    """A saved circuit and the warnings the operator should read (a limit never reached)."""

    id: int
    warnings: tuple[str, ...] = ()


class CircuitInUse(FormError):
    """A circuit to delete has circuits below it or connectors on it: ``circuits`` and ``connectors`` name them.
    Deleting with ``force=True`` deletes its subtree and leaves the connectors not load-managed."""

    def __init__(self, name: str, circuits: Sequence[str], connectors: Sequence[str]) -> None:
        self.name, self.circuits, self.connectors = name, list(circuits), list(connectors)
        below, on = len(circuits), len(connectors)
        parts = []
        if circuits:
            parts.append(
                translate(
                    "Circuits", "{name} has %n circuit(s) below it ({names}).", None, PLURAL, int(below)
                ).format(name=name, names=", ".join(circuits))
            )
        if connectors:
            parts.append(
                translate(
                    "Circuits", "{name} has %n connector(s) on it ({names}).", None, PLURAL, int(on)
                ).format(name=name, names=", ".join(connectors))
            )
        parts.append(
            translate(
                "Circuits",
                "Deleting it deletes the circuits below it too and leaves the connectors not load-managed.",
            )
        )
        self.sentence = " ".join(parts)
        super().__init__({"name": self.sentence})


@dataclass
class LoadSettingsForm:
    """A site's load settings as the form shows them (``revision``: the site's, as loaded)."""

    site_id: int
    strategy: str = "equal"
    min_current_a: str = "6"
    meter_kind: str = ""  # "" | charger | modbus
    meter_charger: str = ""  # a charge point id of the site's (meter_kind "charger")
    meter_host: str = ""  # host:port (meter_kind "modbus")
    meter_unit: str = "1"
    meter_map: str = ""
    meter_circuit_id: int | None = None  # None: the grid connection
    revision: int = 0


@dataclass(frozen=True)
class ChargerChoice:
    charge_point_id: str
    name: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.charge_point_id})"


@dataclass(frozen=True)
class SiteLoad:
    """What the "Circuits and load" section opens with for one site."""

    tree: CircuitTree
    settings: LoadSettingsForm
    chargers: tuple[ChargerChoice, ...]


# --- reading -------------------------------------------------------------------------------------------------------


def _connector_label(station_name: str, number: int) -> str:
    return f"{station_name} #{number}"


def _window_rows(c: Circuit) -> list[WindowForm]:
    return [
        WindowForm(
            format_days(w.days),
            format_time(w.start_minute),
            format_time(w.end_minute),
            "" if w.max_current_a is None else f"{w.max_current_a:g}",
            "" if w.max_power_kw is None else f"{w.max_power_kw:g}",
        )
        for w in c.windows
    ]


def _site_circuits(session: Session, site_id: int) -> list[Circuit]:
    return list(
        session.scalars(
            select(Circuit)
            .where(Circuit.site_id == site_id)
            .options(selectinload(Circuit.windows))
            .order_by(Circuit.position, Circuit.id)
        )
    )


def _site_connectors(session: Session, site_id: int) -> list[ConnectorRef]:
    rows = session.execute(
        select(
            Connector.id,
            Station.id,
            Station.name,
            Connector.connector_id,
            Connector.phases,
            Connector.phase_rotation,
            Connector.circuit_id,
        )
        .join(Station, Station.id == Connector.station_id)
        .where(Station.site_id == site_id)
        .order_by(Station.name, Connector.connector_id)
    )
    return [
        ConnectorRef(pk, sid, _connector_label(name, number), phases, rotation or "123", circuit)
        for pk, sid, name, number, phases, rotation, circuit in rows
    ]


def circuit_tree(session: Session, site_id: int) -> CircuitTree:
    site = session.get(Site, site_id)
    if site is None:
        raise LookupError(
            translate("Circuits", "site {id} does not exist (deleted meanwhile?)").format(id=site_id)
        )
    circuits = _site_circuits(session, site_id)
    connectors = _site_connectors(session, site_id)
    by_id = {c.id: c for c in circuits}
    children: dict[int | None, list[Circuit]] = {}
    for c in circuits:
        children.setdefault(c.parent_id if c.parent_id in by_id else None, []).append(c)
    on: dict[int, list[ConnectorRef]] = {}
    for ref in connectors:
        if ref.circuit_id is not None and ref.circuit_id in by_id:
            on.setdefault(ref.circuit_id, []).append(ref)
    nodes: list[CircuitNode] = []

    def walk(c: Circuit, depth: int) -> None:
        parent = by_id.get(c.parent_id) if c.parent_id is not None else None
        warning = (
            rules.never_reached(
                c.max_current_a, c.max_power_kw, parent.name, parent.max_current_a, parent.max_power_kw
            )
            if parent is not None
            else None
        )
        nodes.append(
            CircuitNode(
                c.id,
                c.parent_id,
                c.name,
                c.phases,
                c.max_current_a,
                c.max_power_kw,
                depth,
                c.revision,
                tuple(
                    rules.window_label(
                        Weekly(w.days, w.start_minute, w.end_minute), w.max_current_a, w.max_power_kw
                    )
                    for w in c.windows
                ),
                tuple(on.get(c.id, ())),
                warning or "",
            )
        )
        for child in children.get(c.id, ()):
            walk(child, depth + 1)

    for root in children.get(None, ()):
        walk(root, 0)
    unmanaged = tuple(r for r in connectors if r.circuit_id not in by_id)
    return CircuitTree(site_id, site.name, tuple(nodes), unmanaged, site.timezone)


def load_circuit(session: Session, circuit_id: int) -> CircuitForm:
    c = session.get(Circuit, circuit_id)
    if c is None:
        raise LookupError(
            translate("Circuits", "circuit {id} does not exist (deleted meanwhile?)").format(id=circuit_id)
        )
    return CircuitForm(
        c.site_id,
        c.parent_id,
        c.name,
        c.phases,
        "" if c.max_current_a is None else f"{c.max_current_a:g}",
        "" if c.max_power_kw is None else f"{c.max_power_kw:g}",
        _window_rows(c),
        c.id,
        c.revision,
    )


def new_circuit_form(session: Session, site_id: int, parent_id: int | None = None) -> CircuitForm:
    """A new circuit under ``parent_id``; the site's first circuit is its grid connection (the root)."""
    root = session.scalar(select(Circuit.id).where(Circuit.site_id == site_id, Circuit.parent_id.is_(None)))
    if root is None:
        return CircuitForm(site_id, None, ROOT_NAME)
    parent = session.get(Circuit, parent_id) if parent_id is not None else None
    return CircuitForm(site_id, parent.id if parent else root, "", parent.phases if parent else 3)


# --- validation ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    name: str
    phases: int
    amperes: float | None
    kw: float | None
    windows: list[tuple[Weekly, float | None, float | None]]


def _number(p: Problems, key: str, text: str, what: str) -> float | None:
    try:
        return parse_float(text)
    except ValueError:
        p.add(key, _sentence(rules.not_a_number(text, what)))
        return None


def _parse(form: CircuitForm, p: Problems) -> _Parsed:
    name = form.name.strip()
    if not name:
        p.add("name", translate("Circuits", "Give the circuit a name, e.g. Main or Garage."))
    elif len(name) > rules.NAME_MAX:
        p.add(
            "name",
            translate("Circuits", "A name has at most {most} characters (this one has {length}).").format(
                most=rules.NAME_MAX, length=len(name)
            ),
        )
    amperes = _number(p, "max_current_a", form.max_current_a, "A")
    kw = _number(p, "max_power_kw", form.max_power_kw, "kW")
    if why := rules.current_problem(amperes):
        p.add("max_current_a", _sentence(why))
    if why := rules.power_problem(kw):
        p.add("max_power_kw", _sentence(why))
    if "max_current_a" not in p and "max_power_kw" not in p and (why := rules.needs_limit(amperes, kw)):
        p.add("max_current_a", _sentence(why))
    if form.phases not in rules.PHASES:
        p.add("phases", translate("Circuits", "A circuit carries 1 or 3 phases."))
    windows = _parse_windows(form.windows, amperes, kw, p)
    return _Parsed(name, form.phases, amperes, kw, windows)


def _parse_windows(
    rows: Sequence[WindowForm], amperes: float | None, kw: float | None, p: Problems
) -> list[tuple[Weekly, float | None, float | None]]:
    """The non-blank window rows, each with its limits; problems keyed ``windows[i].<part>``, overlaps ``windows``
    (the access windows' rules: :func:`~app.services.admin.station_rules.parse_window_text`)."""
    windows: list[tuple[Weekly, float | None, float | None]] = []
    for i, w in enumerate(rows):
        if w.blank:
            continue
        key = f"windows[{i}]"
        weekly, wrong = station_rules.parse_window_text(w.days, w.start, w.end)
        for part, message in wrong.items():
            p.add(f"{key}.{part}", _window(i, message))
        wa, wk, wrong_limit = rules.parse_window_limit(w.max_current_a, w.max_power_kw, amperes, kw)
        for part, why in wrong_limit.items():
            p.add(f"{key}.{part}", _window(i, why))
        if weekly is not None:
            windows.append((weekly, wa, wk))
    if windows and not any(k.startswith("windows[") for k in p):
        overlaps = station_rules.window_overlaps([w for w, _, _ in windows])
        if overlaps:
            p.add(
                "windows",
                translate("Circuits", "{overlaps} Change or remove one of them.").format(
                    overlaps=" ".join(overlaps)
                ),
            )
    return windows


def _window(i: int, problem: str) -> str:
    return translate("Circuits", "Window {number}: {problem}.").format(number=i + 1, problem=problem)


# --- the optimistic check ------------------------------------------------------------------------------------------

CIRCUIT_FIELDS = ("name", "parent_id", "phases", "max_current_a", "max_power_kw", "windows")


def circuit_fields(session: Session, form: CircuitForm) -> dict[str, str]:
    parent = session.get(Circuit, form.parent_id) if form.parent_id is not None else None
    return {
        translate("Circuits", "Name"): form.name.strip(),
        translate("Circuits", "Under"): parent.name
        if parent is not None
        else translate("Circuits", "(grid connection)"),
        translate("Circuits", "Phases"): str(form.phases),
        translate("Circuits", "Max current (A)"): form.max_current_a.strip(),
        translate("Circuits", "Max power (kW)"): form.max_power_kw.strip(),
        translate("Circuits", "Windows"): "; ".join(
            f"{w.days} {w.start}-{w.end} {w.max_current_a} A {w.max_power_kw} kW"
            for w in form.windows
            if not w.blank
        ),
    }


def keep_editing(loaded: CircuitForm, mine: CircuitForm, stored: CircuitForm) -> CircuitForm:
    """The circuit after a conflict's "Keep editing": the stored one with the fields the operator changed."""
    return merge(loaded, mine, stored, CIRCUIT_FIELDS)


def _check(
    session: Session, circuit_id: int, seen: int, loaded: CircuitForm | None, *, deleting: bool = False
) -> None:
    """Claim the circuit at revision ``seen`` or raise :class:`EditConflict`."""
    if claim(session, Circuit.__table__, circuit_id, seen):
        return
    session.expire_all()
    try:
        stored: CircuitForm | None = load_circuit(session, circuit_id)
    except LookupError:
        stored = None
    shown = stored or loaded
    raise EditConflict(
        f"circuit {shown.name if shown else circuit_id}",
        "circuit",
        revision=stored.revision if stored is not None else None,
        last=last_change(session, [("circuit", circuit_id)]),
        differences=differences(circuit_fields(session, loaded), circuit_fields(session, stored))
        if loaded is not None and stored is not None
        else (),
        current=stored,
        deleting=deleting,
    )


# --- writing -------------------------------------------------------------------------------------------------------


def _lock_site(session: Session, site_id: int) -> Site:
    """The site, locked on PostgreSQL until commit (two consoles adding a grid connection at once: one waits)."""
    site = session.scalar(select(Site).where(Site.id == site_id).with_for_update())
    if site is None:
        raise FormError({"name": translate("Circuits", "This site no longer exists.")})
    return site


def _audited(c: Circuit, parent_name: str | None) -> dict[str, object]:
    return {
        "name": c.name,
        "parent": parent_name,
        "phases": c.phases,
        "max_current_a": c.max_current_a,
        "max_power_kw": c.max_power_kw,
        "windows": [
            rules.window_label(Weekly(w.days, w.start_minute, w.end_minute), w.max_current_a, w.max_power_kw)
            for w in c.windows
        ],
    }


def _changes(before: dict[str, object], after: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
    out.setdefault("name", after.get("name"))
    return out


def save_circuit(
    session: Session, form: CircuitForm, *, base: CircuitForm | None = None, actor: Actor = LOCAL
) -> Saved:
    """Create (``form.id`` None) or update a circuit. :class:`FormError` for the fields, :class:`EditConflict`
    when someone changed it since ``form.revision``; nothing written then. Returns the warnings to show."""
    if form.id is not None:
        _check(session, form.id, form.revision, base or form)
    site = _lock_site(session, form.site_id)
    p = Problems()
    parsed = _parse(form, p)
    circuit = session.get(Circuit, form.id) if form.id is not None else None
    if form.id is not None and circuit is None:
        raise LookupError(
            translate("Circuits", "circuit {id} does not exist (deleted meanwhile?)").format(id=form.id)
        )
    parent = _parent(session, site, form, circuit, p)
    if parsed.name:
        clash = session.scalar(
            select(Circuit.id).where(
                Circuit.site_id == site.id,
                func.lower(Circuit.name) == parsed.name.lower(),
                Circuit.id != (form.id or -1),
            )
        )
        p.check(
            clash is None,
            "name",
            translate("Circuits", "{site} has a circuit named {name} already; choose another name.").format(
                site=site.name, name=repr(parsed.name)
            ),
        )
    if circuit is not None and form.phases == 1:
        _check_single_phase(session, circuit, p)
    p.raise_if_any()
    warning = (
        rules.never_reached(parsed.amperes, parsed.kw, parent.name, parent.max_current_a, parent.max_power_kw)
        if parent is not None
        else None
    )
    before = _audited(circuit, circuit.parent.name if circuit.parent else None) if circuit is not None else {}
    creating = circuit is None
    if circuit is None:
        siblings = session.scalars(
            select(Circuit.position).where(
                Circuit.site_id == site.id,
                Circuit.parent_id.is_(None) if parent is None else Circuit.parent_id == parent.id,
            )
        ).all()
        circuit = Circuit(site_id=site.id, position=max(siblings, default=-1) + 1, windows=[])
        session.add(circuit)
    elif circuit.parent_id != form.parent_id:
        circuit.position = _next_position(session, site.id, form.parent_id)
    circuit.parent_id = parent.id if parent is not None else None
    circuit.name, circuit.phases = parsed.name, parsed.phases
    circuit.max_current_a, circuit.max_power_kw = parsed.amperes, parsed.kw
    circuit.windows = [
        CircuitWindow(
            position=i, days=w.days, start_minute=w.start, end_minute=w.end, max_current_a=a, max_power_kw=k
        )
        for i, (w, a, k) in enumerate(parsed.windows)
    ]
    session.flush()
    after = _audited(circuit, parent.name if parent else None)
    audit(
        session,
        entity="circuit",
        entity_id=circuit.id,
        action="create" if creating else "update",
        actor=actor,
        changes={"site": site.name, **after} if creating else _changes(before, after),
    )
    _bump_config(session)
    return Saved(circuit.id, (_sentence(warning),) if warning else ())


def _next_position(session: Session, site_id: int, parent_id: int | None) -> int:
    positions = session.scalars(
        select(Circuit.position).where(Circuit.site_id == site_id, Circuit.parent_id == parent_id)
    ).all()
    return max(positions, default=-1) + 1


def _parent(
    session: Session, site: Site, form: CircuitForm, circuit: Circuit | None, p: Problems
) -> Circuit | None:
    """The circuit's parent, checked: one root per site, a parent of the same site, no loop, phases that fit."""
    root = session.scalar(select(Circuit).where(Circuit.site_id == site.id, Circuit.parent_id.is_(None)))
    if form.parent_id is None:
        if root is not None and (circuit is None or root.id != circuit.id):
            p.add(
                "parent_id",
                translate(
                    "Circuits", "{site} has its grid connection already ({name}); add this circuit under it."
                ).format(site=site.name, name=root.name),
            )
        return None
    parent = session.get(Circuit, form.parent_id)
    if parent is None or parent.site_id != site.id:
        p.add(
            "parent_id",
            translate(
                "Circuits", "That circuit no longer exists; choose another one to put this circuit under."
            ),
        )
        return None
    if circuit is not None:
        if circuit.parent_id is None:
            p.add(
                "parent_id",
                translate(
                    "Circuits",
                    "The grid connection is the top of the tree; it cannot be moved under another circuit.",
                ),
            )
            return parent
        above: Circuit | None = parent
        seen: set[int] = set()
        while above is not None and above.id not in seen:
            if above.id == circuit.id:
                p.add(
                    "parent_id",
                    translate(
                        "Circuits", "{below} is below {circuit}; a circuit cannot be under itself."
                    ).format(below=parent.name, circuit=circuit.name),
                )
                break
            seen.add(above.id)
            above = above.parent
    if why := rules.phases_problem(form.phases, parent.phases, parent.name):
        p.add("phases", _sentence(why))
    return parent


def _check_single_phase(session: Session, circuit: Circuit, p: Problems) -> None:
    """A circuit made 1-phase cannot keep 3-phase circuits or connectors."""
    three = [c.name for c in circuit.children if c.phases == 3]
    if three:
        p.add(
            "phases",
            translate("Circuits", "{names} below it carry 3 phases; make them 1-phase first.").format(
                names=", ".join(three)
            ),
        )
    connectors = session.execute(
        select(Station.name, Connector.connector_id)
        .join(Station, Station.id == Connector.station_id)
        .where(Connector.circuit_id == circuit.id, Connector.phases == 3)
    ).all()
    if connectors:
        names = ", ".join(_connector_label(n, c) for n, c in connectors)
        p.add(
            "phases",
            translate(
                "Circuits",
                "3-phase connectors are on it ({names}); make them 1-phase in their station first.",
            ).format(names=names),
        )


def move_circuit(
    session: Session, circuit_id: int, parent_id: int, *, revision: int, actor: Actor = LOCAL
) -> Saved:
    """Put a circuit (with everything below it) under another circuit of its site, as the last child."""
    form = load_circuit(session, circuit_id)
    if form.revision != revision:
        _check(session, circuit_id, revision, None)
    moved = copy.deepcopy(form)
    moved.parent_id = parent_id
    return save_circuit(session, moved, base=form, actor=actor)


def _subtree(session: Session, circuit: Circuit) -> list[Circuit]:
    circuits = session.scalars(select(Circuit).where(Circuit.site_id == circuit.site_id)).all()
    children: dict[int | None, list[int]] = {}
    for c in sorted(circuits, key=lambda c: (c.position, c.id)):
        children.setdefault(c.parent_id, []).append(c.id)
    by_id = {c.id: c for c in circuits}
    return [by_id[i] for i in rules.descendants(children, circuit.id)]


def delete_circuit(
    session: Session,
    circuit_id: int,
    *,
    revision: int | None = None,
    force: bool = False,
    actor: Actor = LOCAL,
) -> None:
    """Delete a circuit. With circuits below it or connectors on it, :class:`CircuitInUse` unless ``force``:
    then its subtree goes too and its connectors are left not load-managed (their stations move on)."""
    circuit = session.get(Circuit, circuit_id)
    if circuit is None:
        return
    if revision is not None:
        _check(session, circuit_id, revision, None, deleting=True)
    subtree = _subtree(session, circuit)
    ids = [c.id for c in subtree]
    on = session.execute(
        select(Connector.id, Station.id, Station.name, Connector.connector_id)
        .join(Station, Station.id == Connector.station_id)
        .where(Connector.circuit_id.in_(ids))
        .order_by(Station.name, Connector.connector_id)
    ).all()
    if (len(subtree) > 1 or on) and not force:
        raise CircuitInUse(
            circuit.name, [c.name for c in subtree[1:]], [_connector_label(n, c) for _, _, n, c in on]
        )
    if on:
        session.execute(update(Connector).where(Connector.id.in_([r[0] for r in on])).values(circuit_id=None))
        touch(session, Station.__table__, [r[1] for r in on])
    site = session.get(Site, circuit.site_id)
    if site is not None and site.meter_circuit_id in ids:
        site.meter_circuit_id = None
        touch(session, Site.__table__, [site.id])
    session.delete(circuit)
    session.flush()
    changes: dict[str, object] = {"name": circuit.name}
    if len(subtree) > 1:
        changes["circuits"] = [c.name for c in subtree[1:]]
    if on:
        changes["connectors not managed"] = [_connector_label(n, c) for _, _, n, c in on]
    audit(session, entity="circuit", entity_id=circuit_id, action="delete", actor=actor, changes=changes)
    _bump_config(session)


def assign_connectors(
    session: Session,
    circuit_id: int | None,
    connector_ids: Iterable[int],
    *,
    site_id: int,
    actor: Actor = LOCAL,
) -> None:
    """Put connectors of the site on a circuit (None: not load-managed). A 3-phase connector on a 1-phase circuit
    is refused (:class:`FormError`); their stations move on (the station editor shows the change)."""
    wanted = list(dict.fromkeys(connector_ids))
    circuit = session.get(Circuit, circuit_id) if circuit_id is not None else None
    if circuit_id is not None and (circuit is None or circuit.site_id != site_id):
        raise FormError({"circuit": translate("Circuits", "That circuit no longer exists; reload the tree.")})
    rows = session.execute(
        select(Connector, Station.name)
        .join(Station, Station.id == Connector.station_id)
        .where(Connector.id.in_(wanted), Station.site_id == site_id)
    ).all()
    p = Problems()
    for conn, station_name in rows:
        if circuit is not None and (
            why := rules.connector_phases_problem(conn.phases, circuit.phases, circuit.name)
        ):
            p.add(
                "connectors",
                _sentence(
                    translate("Circuits", "{connector}: {problem}").format(
                        connector=_connector_label(station_name, conn.connector_id), problem=why
                    )
                ),
            )
    p.raise_if_any()
    moved = []
    for conn, station_name in rows:
        if conn.circuit_id != circuit_id:
            conn.circuit_id = circuit_id
            moved.append((conn.station_id, _connector_label(station_name, conn.connector_id)))
    if not moved:
        return
    touch(session, Station.__table__, [sid for sid, _ in moved])
    session.flush()
    for sid, label in moved:
        audit(
            session,
            entity="station",
            entity_id=sid,
            action="update",
            actor=actor,
            changes={"connector": label, "circuit": circuit.name if circuit is not None else None},
        )
    _bump_config(session)


# --- the site's load settings --------------------------------------------------------------------------------------


def load_settings(session: Session, site_id: int) -> LoadSettingsForm:
    site = session.get(Site, site_id)
    if site is None:
        raise LookupError(
            translate("Circuits", "site {id} does not exist (deleted meanwhile?)").format(id=site_id)
        )
    return LoadSettingsForm(
        site.id,
        site.load_strategy or "equal",
        f"{site.min_current_a:g}",
        site.meter_kind or "",
        site.meter_address if site.meter_kind == "charger" else "",
        site.meter_address if site.meter_kind == "modbus" else "",
        str(site.meter_unit),
        site.meter_map or "",
        site.meter_circuit_id,
        site.revision,
    )


def charger_choices(session: Session, site_id: int) -> list[ChargerChoice]:
    return [
        ChargerChoice(cpid, name)
        for cpid, name in session.execute(
            select(Station.charge_point_id, Station.name)
            .where(Station.site_id == site_id)
            .order_by(Station.name)
        )
    ]


SETTINGS_FIELDS = (
    ("strategy", QT_TRANSLATE_NOOP("Circuits", "Strategy")),
    ("min_current_a", QT_TRANSLATE_NOOP("Circuits", "Minimum current")),
    ("meter_kind", QT_TRANSLATE_NOOP("Circuits", "Base-load meter")),
    ("meter_charger", QT_TRANSLATE_NOOP("Circuits", "Meter charger")),
    ("meter_host", QT_TRANSLATE_NOOP("Circuits", "Meter address")),
    ("meter_unit", QT_TRANSLATE_NOOP("Circuits", "Meter unit id")),
    ("meter_map", QT_TRANSLATE_NOOP("Circuits", "Register map")),
    ("meter_circuit_id", QT_TRANSLATE_NOOP("Circuits", "Meter measures")),
)


def _settings_text(form: LoadSettingsForm) -> dict[str, str]:
    return {
        translate("Circuits", label): str(getattr(form, key) if getattr(form, key) is not None else "")
        for key, label in SETTINGS_FIELDS
    }


def keep_editing_settings(
    loaded: LoadSettingsForm, mine: LoadSettingsForm, stored: LoadSettingsForm
) -> LoadSettingsForm:
    return merge(loaded, mine, stored, [k for k, _ in SETTINGS_FIELDS])


def save_load_settings(
    session: Session, form: LoadSettingsForm, *, base: LoadSettingsForm | None = None, actor: Actor = LOCAL
) -> None:
    """The site's strategy, minimum current and base-load meter, against the site's revision as loaded."""
    if not claim(session, Site.__table__, form.site_id, form.revision):
        session.expire_all()
        try:
            stored: LoadSettingsForm | None = load_settings(session, form.site_id)
        except LookupError:
            stored = None
        name = session.scalar(select(Site.name).where(Site.id == form.site_id)) or str(form.site_id)
        raise EditConflict(
            f"site {name}",
            "site",
            revision=stored.revision if stored is not None else None,
            last=last_change(session, [("site", form.site_id)]),
            differences=differences(_settings_text(base or form), _settings_text(stored)) if stored else (),
            current=stored,
        )
    site = session.get(Site, form.site_id)
    assert site is not None
    p = Problems()
    if why := rules.strategy_problem(form.strategy):
        p.add("strategy", _sentence(why))
    try:
        minimum = parse_float(form.min_current_a)
    except ValueError:
        minimum = None
    if why := rules.min_current_problem(minimum):
        p.add("min_current_a", _sentence(why))
    address, unit, meter_map = "", 1, ""
    if form.meter_kind == "charger":
        address = form.meter_charger.strip()
        known = {c.charge_point_id for c in charger_choices(session, site.id)}
        p.check(
            address in known,
            "meter_charger",
            translate(
                "Circuits",
                "Choose the charger whose inlet meter measures the supply (a charger of this site).",
            ),
        )
    elif form.meter_kind == "modbus":
        address = form.meter_host.strip()
        if why := rules.host_port_problem(address):
            p.add("meter_host", _sentence(why))
        try:
            unit = int(form.meter_unit.strip())
        except ValueError:
            unit = -1
        if why := rules.unit_problem(unit):
            p.add("meter_unit", _sentence(why))
        meter_map = form.meter_map
        if why := rules.meter_map_problem(meter_map):
            p.add("meter_map", _sentence(why))
    elif form.meter_kind != "":
        p.add(
            "meter_kind", translate("Circuits", "Choose None, a charger's inlet meter or a Modbus TCP meter.")
        )
    if form.meter_circuit_id is not None:
        measured = session.get(Circuit, form.meter_circuit_id)
        p.check(
            measured is not None and measured.site_id == site.id,
            "meter_circuit_id",
            translate("Circuits", "That circuit no longer exists; choose the circuit the meter measures."),
        )
    p.raise_if_any()
    before = {k: getattr(site, k) for k in _SITE_LOAD}
    site.load_strategy, site.min_current_a = form.strategy, float(minimum or 6.0)
    site.meter_kind, site.meter_address, site.meter_unit, site.meter_map = (
        form.meter_kind,
        address,
        unit,
        meter_map,
    )
    site.meter_circuit_id = form.meter_circuit_id if form.meter_kind else None
    session.flush()
    after = {k: getattr(site, k) for k in _SITE_LOAD}
    changes: dict[str, object] = {k: [before[k], v] for k, v in after.items() if before[k] != v}
    if changes:
        changes["name"] = site.name
        audit(session, entity="site", entity_id=site.id, action="update", actor=actor, changes=changes)
        _bump_config(session)


_SITE_LOAD = (
    "load_strategy",
    "min_current_a",
    "meter_kind",
    "meter_address",
    "meter_unit",
    "meter_map",
    "meter_circuit_id",
)


# --- the service ---------------------------------------------------------------------------------------------------


class CircuitsService:
    """Settings → Sites → "Circuits and load": one call per intention, each its own unit of work. Changes need
    :attr:`Permission.CONFIGURE_STATIONS` (managers and technicians); every role reads."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def actor(self) -> Principal:
        return self.store.principal

    def site_load(self, site_id: int) -> SiteLoad:
        """The tree, the load settings and the site's chargers (for the meter); LookupError for a deleted site."""
        return self.store.read(
            lambda s: SiteLoad(
                circuit_tree(s, site_id), load_settings(s, site_id), tuple(charger_choices(s, site_id))
            )
        )

    def tree(self, site_id: int) -> CircuitTree:
        return self.store.read(lambda s: circuit_tree(s, site_id))

    def load(self, circuit_id: int) -> CircuitForm:
        return self.store.read(lambda s: load_circuit(s, circuit_id))

    def new_form(self, site_id: int, parent_id: int | None = None) -> CircuitForm:
        return self.store.read(lambda s: new_circuit_form(s, site_id, parent_id))

    def save(self, form: CircuitForm, *, base: CircuitForm | None = None) -> Saved:
        """Raises :class:`FormError` or :class:`EditConflict` (nothing saved); :class:`Saved` has the warnings."""
        return self._write(lambda s: save_circuit(s, form, base=base, actor=self.actor))

    def move(self, circuit_id: int, parent_id: int, *, revision: int) -> Saved:
        return self._write(
            lambda s: move_circuit(s, circuit_id, parent_id, revision=revision, actor=self.actor)
        )

    def delete(self, circuit_id: int, *, revision: int | None = None, force: bool = False) -> None:
        """Raises :class:`CircuitInUse` (ask, then call again with ``force=True``) or :class:`EditConflict`."""
        self._write(lambda s: delete_circuit(s, circuit_id, revision=revision, force=force, actor=self.actor))

    def assign_connectors(self, site_id: int, circuit_id: int | None, connector_ids: Iterable[int]) -> None:
        ids = list(connector_ids)
        self._write(lambda s: assign_connectors(s, circuit_id, ids, site_id=site_id, actor=self.actor))

    def save_settings(self, form: LoadSettingsForm, *, base: LoadSettingsForm | None = None) -> None:
        self._write(lambda s: save_load_settings(s, form, base=base, actor=self.actor))

    def _write(self, fn: Callable[[Session], T]) -> T:
        self.store.require(Permission.CONFIGURE_STATIONS)
        return self.store.write(fn)


__all__ = [
    "ROOT_NAME",
    "ChargerChoice",
    "CircuitForm",
    "CircuitInUse",
    "CircuitNode",
    "CircuitTree",
    "CircuitsService",
    "ConnectorRef",
    "EditConflict",
    "LoadSettingsForm",
    "Saved",
    "SiteLoad",
    "WindowForm",
    "assign_connectors",
    "circuit_tree",
    "delete_circuit",
    "keep_editing",
    "keep_editing_settings",
    "load_circuit",
    "load_settings",
    "move_circuit",
    "new_circuit_form",
    "save_circuit",
    "save_load_settings",
]
