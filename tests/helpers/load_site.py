"""A load-managed site as the central system leaves it, for the Load page's and the report's tests: circuits,
connectors on them, chargers' smart-charging capabilities, charging sessions, the limits sent and circuit load
samples; and the :class:`LoadAllocated` the central system would publish for it."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from app.db import Database
from app.models import (
    Charger,
    ChargingSession,
    Circuit,
    CircuitLoad,
    Connector,
    LimitChange,
    SessionStatus,
    Site,
    Station,
)
from app.services.load import reasons as why
from app.services.load.events import LoadAllocated
from app.services.texts import Text, stored

# the reasons as the load manager makes them (English as text; template and values kept, translated where shown)
GARAGE = Text(why.CIRCUIT, name="Garage", limit=32)
HALL_B = Text(why.CIRCUIT, name="Hall B", limit=16)
GARAGE_WHY = Text(why.EQUAL_SHARE, 2, circuit=GARAGE)  # "equal share of Garage (32 A) / 2 sessions"
PAUSED_WHY = Text(why.PAUSED_WAITS, circuit=HALL_B, minimum=6)  # "paused: Hall B (16 A) is full — waits ..."
GARAGE_3_NOTE = Text(why.REJECTS_EVERY_PROFILE)


@dataclass
class LoadSite:
    site_id: int
    grid: int  # the root circuit: "Grid connection", 63 A
    garage: int  # "Garage", 32 A, three-phase
    hall: int  # "Hall B", 16 A, single-phase
    sessions: dict[str, int]  # charge point id → its charging session's id
    empty_site_id: int  # a site without circuits


def seed_load_site(db: Database, now: dt.datetime, *, history_minutes: int = 180) -> LoadSite:
    """HQ: Grid connection 63 A → Garage 32 A (GARAGE-1, GARAGE-2 charging; GARAGE-3 refuses profiles) and
    Hall B 16 A single-phase (HALL-B-1 charging, paused); a sample a minute on each circuit phase over the last
    ``history_minutes``, and one sample an hour before that; the limits sent to each session. Site "Depot" has no
    circuits."""
    with db.session() as s:
        hq = Site(name="HQ", timezone="Europe/Zurich")
        depot = Site(name="Depot", timezone="Europe/Zurich")
        s.add_all([hq, depot])
        s.flush()
        grid = Circuit(site_id=hq.id, name="Grid connection", max_current_a=63.0, phases=3, position=0)
        s.add(grid)
        s.flush()
        garage = Circuit(
            site_id=hq.id, parent_id=grid.id, name="Garage", max_current_a=32.0, phases=3, position=0
        )
        hall = Circuit(
            site_id=hq.id, parent_id=grid.id, name="Hall B", max_current_a=16.0, phases=1, position=1
        )
        s.add_all([garage, hall])
        s.flush()
        stations = {}
        for cp_id, name, circuit, phases, rotation in [
            ("GARAGE-1", "Garage 1", garage, 3, "123"),
            ("GARAGE-2", "Garage 2", garage, 3, "123"),
            ("GARAGE-3", "Garage 3 (old)", garage, 3, "123"),
            ("HALL-B-1", "Hall B 1", hall, 1, "231"),
        ]:
            st = Station(site_id=hq.id, charge_point_id=cp_id, name=name)
            st.connectors = [
                Connector(
                    connector_id=1, max_kw=22.0, circuit_id=circuit.id, phases=phases, phase_rotation=rotation
                )
            ]
            s.add(st)
            stations[cp_id] = st
        s.add(Station(site_id=depot.id, charge_point_id="DEPOT-1", name="Depot 1"))
        checked = now - dt.timedelta(days=1)
        for cp_id in ("GARAGE-1", "GARAGE-2", "HALL-B-1"):
            s.add(
                Charger(
                    charge_point_id=cp_id,
                    registration="Accepted",
                    sc_supported=True,
                    sc_purposes="ChargePointMaxProfile,TxDefaultProfile,TxProfile",
                    sc_units="A",
                    sc_max_stack=3,
                    sc_checked_at=checked,
                )
            )
        s.add(
            Charger(
                charge_point_id="GARAGE-3",
                registration="Accepted",
                sc_supported=False,
                sc_checked_at=checked,
                sc_note=why.for_column(GARAGE_3_NOTE),
            )
        )
        s.flush()
        sessions = {}
        for cp_id, minutes in (("GARAGE-1", 50), ("GARAGE-2", 20), ("HALL-B-1", 10)):
            cs = ChargingSession(
                station_id=stations[cp_id].id,
                charge_point_id=cp_id,
                connector_id=1,
                id_tag="04A2B3C4",
                start_at=now - dt.timedelta(minutes=minutes),
                status=SessionStatus.ACTIVE,
            )
            s.add(cs)
            s.flush()
            sessions[cp_id] = cs.id
        g1, g2, h1 = sessions["GARAGE-1"], sessions["GARAGE-2"], sessions["HALL-B-1"]
        for session_id, cp_id, minutes, limit, phases, reason, status in [
            (g1, "GARAGE-1", 50, 32.0, 3, Text(why.EQUAL_SHARE, 1, circuit=GARAGE), "Accepted"),
            (g1, "GARAGE-1", 20, 16.0, 3, GARAGE_WHY, "Accepted"),
            (g2, "GARAGE-2", 20, 16.0, 3, GARAGE_WHY, "Accepted"),
            (
                h1,
                "HALL-B-1",
                10,
                0.0,
                1,
                PAUSED_WHY,
                "Accepted",
            ),
        ]:
            s.add(
                LimitChange(
                    session_id=session_id,
                    charge_point_id=cp_id,
                    connector_id=1,
                    at=now - dt.timedelta(minutes=minutes),
                    limit_a=limit,
                    phases=phases,
                    reason=why.for_column(reason),
                    purpose="TxProfile",
                    status=status,
                )
            )
        start = now - dt.timedelta(minutes=history_minutes)
        old = start - dt.timedelta(hours=1)
        rows = []
        for phase in (1, 2, 3):
            rows.append(CircuitLoad(circuit_id=grid.id, at=old, phase=phase, limit_a=63.0, allocated_a=0.0))
            rows.append(CircuitLoad(circuit_id=garage.id, at=old, phase=phase, limit_a=32.0, allocated_a=0.0))
        rows.append(CircuitLoad(circuit_id=hall.id, at=old, phase=1, limit_a=16.0, allocated_a=0.0))
        for m in range(history_minutes):
            at = start + dt.timedelta(minutes=m, seconds=5)
            age = history_minutes - m  # minutes before now
            garage_a, garage_m = _garage(age)
            hall_a, hall_m = (16.0, 14.8) if 10 < age <= 120 else (0.0, 0.0)
            for phase in (1, 2, 3):
                measured = garage_m + phase * 0.2 if garage_m else 0.0
                rows.append(
                    CircuitLoad(
                        circuit_id=garage.id,
                        at=at,
                        phase=phase,
                        limit_a=32.0,
                        allocated_a=garage_a,
                        measured_a=measured,
                    )
                )
                on_l2 = phase == 2  # Hall B hangs on the grid's L2
                rows.append(
                    CircuitLoad(
                        circuit_id=grid.id,
                        at=at,
                        phase=phase,
                        limit_a=63.0,
                        allocated_a=garage_a + (hall_a if on_l2 else 0.0),
                        measured_a=measured + (hall_m if on_l2 else 0.0) + 3.0,  # + the building's base load
                    )
                )
            rows.append(
                CircuitLoad(
                    circuit_id=hall.id, at=at, phase=1, limit_a=16.0, allocated_a=hall_a, measured_a=hall_m
                )
            )
        s.add_all(rows)
        s.flush()
        return LoadSite(hq.id, grid.id, garage.id, hall.id, sessions, depot.id)


def _garage(age: int) -> tuple[float, float]:
    """Garage's allocated and measured current (before the phase's offset) ``age`` minutes ago: idle until 150
    minutes ago, then GARAGE-1 alone (its vehicle tapering), then GARAGE-1 and GARAGE-2 sharing 32 A."""
    if age > 150:
        return 0.0, 0.0
    if age > 50:
        return 32.0, 27.5 + 2.0 * math.sin(age / 9.0)
    return 32.0, 30.5


def allocation(site: LoadSite, at: dt.datetime, *, garage_each: float = 16.0) -> LoadAllocated:
    """The allocation the central system publishes for the site (GARAGE-1 and GARAGE-2 sharing Garage)."""
    garage = 2 * garage_each
    return LoadAllocated(
        "",
        site_id=site.site_id,
        at=at,
        circuits=(
            {
                "id": site.grid,
                "name": "Grid connection",
                "parent_id": None,
                "limit_a": [63.0, 63.0, 63.0],
                "allocated_a": [garage + 22.0, garage + 22.0, garage + 22.0],
                "measured_a": [garage + 20.1, garage + 19.5, garage + 20.8],
                "base_a": [3.0, 2.5, 3.5],
            },
            {
                "id": site.garage,
                "name": "Garage",
                "parent_id": site.grid,
                "limit_a": [32.0, 32.0, 32.0],
                "allocated_a": [garage, garage, garage],
                "measured_a": [garage - 1.2, garage - 0.8, garage - 1.0],
                "base_a": None,
            },
            {
                "id": site.hall,
                "name": "Hall B",
                "parent_id": site.grid,
                "limit_a": [16.0, 0.0, 0.0],
                "allocated_a": [0.0, 0.0, 0.0],
                "measured_a": None,
                "base_a": None,
            },
        ),
        sessions=(
            {
                "cp_id": "GARAGE-1",
                "connector_id": 1,
                "transaction_id": site.sessions["GARAGE-1"],
                "circuit_id": site.garage,
                "limit_a": garage_each,
                "phases": 3,
                "reason": str(sharing := Text(why.EQUAL_SHARE, int(32 // garage_each), circuit=GARAGE)),
                "reason_text": stored(sharing),
                "paused": False,
                "managed": True,
            },
            {
                "cp_id": "GARAGE-2",
                "connector_id": 1,
                "transaction_id": site.sessions["GARAGE-2"],
                "circuit_id": site.garage,
                "limit_a": garage_each,
                "phases": 3,
                "reason": str(sharing),
                "reason_text": stored(sharing),
                "paused": False,
                "managed": True,
            },
            {
                "cp_id": "HALL-B-1",
                "connector_id": 1,
                "transaction_id": site.sessions["HALL-B-1"],
                "circuit_id": site.hall,
                "limit_a": 0.0,
                "phases": 1,
                "reason": str(PAUSED_WHY),
                "reason_text": stored(PAUSED_WHY),
                "paused": True,
                "managed": True,
            },
        ),
    )
