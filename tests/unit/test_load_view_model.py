"""The load report's pure parts: an allocation as the pages show it, whatever shape its numbers came in (lists from
the site bus's JSON, infinite limits for "none", missing measurements), and the texts the pages show."""

from __future__ import annotations

import datetime as dt
import math

from app.services.load.events import LoadAllocated
from app.services.reports.load import (
    CircuitRow,
    LimitStep,
    SiteLoad,
    amps,
    limit_line,
    now_from_event,
    phases_text,
    with_allocation,
)

AT = dt.datetime(2026, 7, 1, 12, 2, tzinfo=dt.UTC)


def event(**kw: object) -> LoadAllocated:
    fields: dict[str, object] = {
        "site_id": 1,
        "at": AT,
        "circuits": (
            {
                "id": 10,
                "name": "Grid connection",
                "parent_id": None,
                "limit_a": [63.0, math.inf, 63.0],
                "allocated_a": [20.0, None, 12.5],
                "measured_a": [18.0, None],
                "base_a": None,
            },
        ),
        "sessions": (
            {
                "cp_id": "CP-1",
                "connector_id": 2,
                "transaction_id": 7,
                "circuit_id": 10,
                "limit_a": 16.0,
                "phases": [2],
                "reason": "equal share of Grid connection (63 A) / 4 sessions",
                "paused": False,
                "managed": True,
            },
            {"cp_id": "CP-2", "connector_id": 1, "circuit_id": 10, "limit_a": math.inf, "managed": False},
        ),
    }
    fields.update(kw)
    return LoadAllocated("", **fields)  # type: ignore[arg-type]


def test_an_allocation_as_the_pages_show_it() -> None:
    now = now_from_event(event())
    (l1, l2, l3) = now[10].phases
    assert (l1.limit_a, l1.allocated_a, l1.measured_a) == (63.0, 20.0, 18.0)
    assert (l2.limit_a, l2.allocated_a, l2.measured_a) == (None, 0.0, None)  # ∞: no limit; None: nothing
    assert (l3.limit_a, l3.allocated_a, l3.measured_a) == (63.0, 12.5, None)  # a shorter list: not measured

    base = SiteLoad(
        site_id=1,
        site="HQ",
        timezone="Europe/Zurich",
        circuits=(CircuitRow(10, "Grid connection", None, 0, 3, 63.0, None),),
        now={},
        now_at=None,
        source="samples",
        sessions=(),
        unmanaged=(),
        history={},
        since=AT - dt.timedelta(hours=6),
        until=AT,
        bucket_s=120,
        stations={"CP-1": "Hall B 1"},
        wiring={("CP-2", 1): (1, "312")},
    )
    live = with_allocation(base, event())
    assert live.source == "live" and live.now_at == AT
    unmanaged, managed = live.sessions  # by circuit, then station
    assert (managed.station, managed.circuit, managed.phases, managed.limit_a) == (
        "Hall B 1",
        "Grid connection",
        "L2",
        16.0,
    )
    assert (unmanaged.station, unmanaged.limit_a, unmanaged.managed) == (
        "CP-2",
        None,
        False,
    )  # no station: its id
    assert with_allocation(base, event(site_id=2)) is base  # another site's allocation


def test_texts() -> None:
    assert [amps(16.0), amps(10.5), amps(None), amps(math.inf)] == ["16 A", "10.5 A", "no limit", "no limit"]
    assert phases_text(3) == "L1 L2 L3"
    assert phases_text(1, "231") == "L2"  # a single-phase vehicle: its L1, wired to the circuit's L2
    assert phases_text(3, "231") == "L2 L3 L1"
    assert phases_text([1, 3]) == "L1 L3"  # the circuit phases, as the allocation says
    assert phases_text(1, "bad") == "L1"
    step = LimitStep(AT, 8.0, 1, "equal share of Garage (32 A) / 4 sessions", "TxProfile", "Rejected")
    assert (
        limit_line(step, dt.UTC)
        == "12:02 8 A on 1 phase equal share of Garage (32 A) / 4 sessions — Rejected"
    )
