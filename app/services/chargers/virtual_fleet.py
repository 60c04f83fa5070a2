"""Virtual chargers run inside the console for demos and training ("Add virtual charger").

They are the same simulated chargers as ``chargedesk simulate`` (:mod:`app.simulator`), connected over a real
websocket to the console's own central system, so everything they do goes through the normal OCPP path: the
unknown-charger policy, authorization, sessions, the message log. The fleet keeps them until they are stopped or
the console shuts down (:meth:`VirtualFleet.stop_all` is part of the staged shutdown).
"""

from __future__ import annotations

import asyncio
import collections
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Station
from app.services.admin.stations import ConnectorForm, new_station_form, save_station
from app.services.i18n import translate
from app.services.roles import Actor
from app.services.validation import FormError
from app.simulator.api import SimEvent, VirtualCharger
from app.simulator.charger import SCENARIOS, VERSIONS, ChargerOptions

CP_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,48}$")
SPEEDS = {"real time": 1.0, "10× faster": 10.0, "60× faster": 60.0}


@dataclass
class VirtualSpec:
    """What the operator asked for in the dialog."""

    cp_id: str
    ocpp: str = "1.6"
    connectors: int = 2
    scenario: str = "idle"  # idle: waits for a card or a remote start; charge / mixed: vehicles come and go
    speed: float = 1.0
    tags: str = "SIMTAG01"
    password: str = ""
    create_station: bool = True
    site_id: int | None = None
    security_extension: bool = False  # 1.6 whitepaper firmware (security events, GetLog, signed firmware)


@dataclass
class VirtualEntry:
    spec: VirtualSpec
    charger: VirtualCharger
    last_event: str = field(default_factory=lambda: translate("VirtualFleet", "starting…"))
    events: collections.deque[str] = field(default_factory=lambda: collections.deque(maxlen=200))


def check_spec(spec: VirtualSpec, running: set[str]) -> dict[str, str]:
    """Problems by field (empty when the spec can be started)."""
    problems: dict[str, str] = {}
    if not CP_ID.match(spec.cp_id):
        problems["cp_id"] = translate(
            "VirtualFleet",
            "Give the charge point id: 1 to 48 letters, digits, '.', '_', ':' or '-' (it is the last part of the "
            "URL the charger connects to).",
        )
    elif spec.cp_id.upper() in {r.upper() for r in running}:
        problems["cp_id"] = translate(
            "VirtualFleet", "A virtual charger {cp_id} is already running: stop it first or pick another id."
        ).format(cp_id=spec.cp_id)
    if spec.ocpp not in VERSIONS:
        problems["ocpp"] = translate("VirtualFleet", "OCPP version: one of {versions}.").format(
            versions=", ".join(VERSIONS)
        )
    if not 1 <= spec.connectors <= 8:
        problems["connectors"] = translate("VirtualFleet", "Connectors: 1 to 8.")
    if spec.scenario not in SCENARIOS:
        problems["scenario"] = translate("VirtualFleet", "Scenario: one of {scenarios}.").format(
            scenarios=", ".join(SCENARIOS)
        )
    tags = [t.strip() for t in spec.tags.split(",") if t.strip()]
    limit = 20 if spec.ocpp == "1.6" else 36
    if not tags or any(len(t) > limit for t in tags):
        problems["tags"] = translate(
            "VirtualFleet",
            "Give at least one driver card (RFID id, up to {limit} characters for OCPP {version}; several "
            "separated by commas).",
        ).format(limit=limit, version=spec.ocpp)
    return problems


def next_free_id(session: Session, running: set[str], prefix: str = "VIRTUAL-") -> str:
    """VIRTUAL-1, VIRTUAL-2, … the first that is neither a station's charge point id nor running."""
    taken = {cp.upper() for cp in session.scalars(select(Station.charge_point_id)) if cp} | {
        r.upper() for r in running
    }
    n = 1
    while f"{prefix}{n}".upper() in taken:
        n += 1
    return f"{prefix}{n}"


def ensure_station(session: Session, spec: VirtualSpec, *, actor: Actor = "virtual charger") -> int | None:
    """Create a station for the virtual charger unless one has its charge point id already; returns the id of the
    station created (None when it existed). Public, no password unless one is given: ready to charge."""
    existing = session.scalars(select(Station.id).where(Station.charge_point_id == spec.cp_id)).first()
    if existing is not None:
        return None
    form = new_station_form(session, spec.site_id)
    if form.site_id is None:
        raise FormError(
            {
                "site_id": translate(
                    "VirtualFleet", "Create a site first (Settings → Sites): a station belongs to a site."
                )
            }
        )
    form.name = f"Virtual {spec.cp_id}"
    form.description = "Virtual charger for demos and training (runs inside the console)"
    form.charge_point_id = spec.cp_id
    form.ocpp_version = spec.ocpp
    form.password = spec.password
    form.allow_unsecured = not spec.password  # (an explicit choice: new stations need a password by default)
    form.connectors = [ConnectorForm(number=n, max_kw=11.0) for n in range(1, spec.connectors + 1)]
    return save_station(session, form, actor=actor)


class VirtualFleet:
    """The virtual chargers of this process, by charge point id."""

    def __init__(self) -> None:
        self.entries: dict[str, VirtualEntry] = {}
        self.listeners: list[Callable[[str, str], None]] = []  # (cp_id, line) on every event

    @property
    def running(self) -> set[str]:
        return {cp for cp, e in self.entries.items() if e.charger.running}

    async def start(self, url: str, spec: VirtualSpec, **extra: Any) -> VirtualEntry:
        problems = check_spec(spec, self.running)
        if problems:
            raise FormError(problems)
        old = self.entries.pop(spec.cp_id, None)
        if old is not None:  # a stopped one of the same id: replaced
            await old.charger.stop()
        options = ChargerOptions(
            connectors=spec.connectors,
            ocpp=spec.ocpp,
            tag=spec.tags,
            password=spec.password or None,
            scenario=spec.scenario,
            speed=spec.speed,
            security_extension=spec.security_extension and spec.ocpp == "1.6",
            **extra,
        )
        entry: VirtualEntry

        def on_event(e: SimEvent) -> None:
            entry.last_event = e.line
            entry.events.append(e.line)
            for listener in list(self.listeners):
                listener(spec.cp_id, e.line)

        charger = VirtualCharger(url, spec.cp_id, options=options, on_event=on_event)
        entry = VirtualEntry(spec, charger)
        self.entries[spec.cp_id] = entry
        await charger.start()
        return entry

    async def stop(self, cp_id: str) -> None:
        entry = self.entries.pop(cp_id, None)
        if entry is not None:
            await entry.charger.stop()

    async def stop_all(self, timeout: float = 10.0) -> None:
        entries, self.entries = list(self.entries.values()), {}
        if entries:
            await asyncio.gather(*(e.charger.stop(timeout=timeout) for e in entries), return_exceptions=True)


_FLEET = VirtualFleet()


def fleet() -> VirtualFleet:
    """The process's fleet (the console has one)."""
    return _FLEET
