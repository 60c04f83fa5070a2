"""The OCPP message log: recent frames for the console's inspector, and the retention purge.

Rows are written in batches by the store writer (``ocpp_messages``, one row per frame in or out). ``payload``
holds the raw frame text; a response row carries the action and the latency of the request it answers.
Live display: subscribe to :class:`app.ocpp.events.FrameLogged` on the central system's event bus.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.models import OcppMessage
from app.services.transfer.csv_safe import neutralise


@dataclass(frozen=True, slots=True)
class MessageRow:
    id: int
    ts: dt.datetime
    cp_id: str
    direction: str
    message_type: int
    message_id: str
    action: str
    frame: str
    latency_ms: float | None
    error_code: str | None


@dataclass
class LogRow:
    """One row of the console's message inspector: a call and its answer paired, with the latency."""

    ts: Any
    cp_id: str
    direction: str  # of the call: "in" = charger → us, "out" = us → charger
    action: str
    message_id: str
    request: str
    response: str = ""
    result: str = "…"  # "…" waiting, "OK", or the CallError code
    latency_ms: float | None = None

    _answer_status: str | None = None  # parsed from the answer on first display
    seq: int = -1  # its position since the model started (index = seq - first row's seq); -1 until inserted

    @property
    def is_error(self) -> bool:
        return self.result not in ("OK", "…")

    @property
    def answer_status(self) -> str:
        """The status the answer carries ("Accepted", "Invalid", "Rejected", …; "" when none), read once."""
        if self._answer_status is None:
            self._answer_status = answer_status(self.response) if self.result == "OK" else ""
        return self._answer_status

    @property
    def shown_result(self) -> str:
        """What the Result column says: the CallError code, or OK with the answer's status when it has one."""
        status = self.answer_status
        return f"OK · {status}" if status else self.result

    @property
    def refused(self) -> bool:
        return self.answer_status in REFUSED


REFUSED = frozenset(
    {
        "Rejected",
        "Invalid",
        "Blocked",
        "Expired",
        "ConcurrentTx",
        "NotSupported",
        "Failed",
        "Faulted",
        "Unknown",
        "NoProfile",
        "NotImplemented",
        "UnknownVendorId",
        "UnknownMessageId",
        "UnlockFailed",
        "VersionMismatch",
        "NotFound",
        "Occupied",
        "Unavailable",
    }
)


def answer_status(answer: str) -> str:
    """The status an answer frame carries ("Accepted", "Rejected", …), "" when it has none or is not JSON."""
    try:
        payload = json.loads(answer)[2]
    except (ValueError, IndexError, TypeError, KeyError):
        return ""
    if not isinstance(payload, dict):
        return ""
    for holder in (payload, payload.get("idTagInfo"), payload.get("idTokenInfo")):
        status = holder.get("status") if isinstance(holder, dict) else None
        if isinstance(status, str):
            return status
    return ""


def recent_messages(
    session: Session,
    *,
    cp_id: str | None = None,
    action: str | None = None,
    direction: str | None = None,
    errors_only: bool = False,
    since: dt.datetime | None = None,
    before_id: int | None = None,
    limit: int = 200,
) -> list[MessageRow]:
    """The newest rows first, filtered; page back with ``before_id`` (the smallest id of the previous page)."""
    m = OcppMessage
    query = select(m)
    if cp_id:
        query = query.where(m.charge_point_id == cp_id)
    if action:
        query = query.where(m.action == action)
    if direction:
        query = query.where(m.direction == direction)
    if errors_only:
        query = query.where(m.error_code.is_not(None))
    if since is not None:
        query = query.where(m.ts >= since)
    if before_id is not None:
        query = query.where(m.id < before_id)
    rows = session.scalars(query.order_by(m.id.desc()).limit(limit)).all()
    return [
        MessageRow(
            r.id,
            r.ts,
            r.charge_point_id,
            r.direction,
            r.message_type,
            r.message_id,
            r.action,
            r.payload,
            r.latency_ms,
            r.error_code,
        )
        for r in rows
    ]


def purge_messages(session: Session, cutoff: dt.datetime, chunk: int = 10_000) -> int:
    """Delete up to ``chunk`` rows older than ``cutoff``; returns how many (call again while it equals chunk)."""
    m = OcppMessage
    ids = select(m.id).where(m.ts < cutoff).order_by(m.id).limit(chunk).scalar_subquery()
    result = session.execute(delete(m).where(m.id.in_(ids)).execution_options(synchronize_session=False))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


# -- the console's export of the rows its filter shows -----------------------------------------------------

EXPORT_FIELDS = [
    "time_utc",
    "charger",
    "direction",
    "action",
    "message_id",
    "result",
    "latency_ms",
    "call",
    "answer",
]


def export_record(r: LogRow) -> dict[str, Any]:
    """One paired row as it is exported: the frames as the charger / we sent them (raw text)."""
    return {
        "time_utc": r.ts.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "charger": r.cp_id,
        "direction": "charger→central" if r.direction == "in" else "central→charger",
        "action": r.action,
        "message_id": r.message_id,
        "result": r.shown_result,
        "latency_ms": None if r.latency_ms is None else round(r.latency_ms, 2),
        "call": r.request,
        "answer": r.response,
    }


def write_export(rows: list[LogRow], path: Path) -> int:
    """Write ``rows`` to ``path``: CSV when it ends in .csv, JSON lines otherwise. Returns the row count.

    CSV text cells are neutralised (:mod:`app.services.transfer.csv_safe`): a charge point id, action or result
    the charger chose cannot become a spreadsheet formula. JSON lines keep every value as is (it is data, not a
    sheet)."""
    records = [export_record(r) for r in rows]
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        if path.suffix.lower() == ".csv":
            w = csv.DictWriter(fh, fieldnames=EXPORT_FIELDS)
            w.writeheader()
            w.writerows({k: neutralise(v) for k, v in rec.items()} for rec in records)
        else:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(path)  # never a half-written file under the chosen name
    return len(records)
