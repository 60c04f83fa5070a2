"""``column_chunks``: every row once, in order, in chunks of at most ``chunk_rows`` rows, whatever the rows per
fetch; result processors applied per column."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import Column, Integer, MetaData, Numeric, String, Table, create_engine, insert, select

from app.services.reports import dbapi_rows


@pytest.mark.parametrize(
    ("rows", "chunk_rows", "batch"), [(0, 10, 3), (1, 10, 3), (25, 10, 3), (30, 10, 5), (7, 3, 500)]
)
def test_chunks_hold_every_row_in_order(
    monkeypatch: pytest.MonkeyPatch, rows: int, chunk_rows: int, batch: int
) -> None:
    monkeypatch.setattr(dbapi_rows, "_BATCH_ROWS", batch)
    meta = MetaData()
    t = Table(
        "t",
        meta,
        Column("id", Integer, primary_key=True),
        Column("name", String),
        Column("amount", Numeric(12, 4)),
    )
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    with engine.begin() as conn:
        if rows:
            conn.execute(
                insert(t), [{"id": i, "name": f"n{i}", "amount": Decimal(i) / 8} for i in range(rows)]
            )
        chunks = list(
            dbapi_rows.column_chunks(conn, select(t.c.id, t.c.name, t.c.amount).order_by(t.c.id), chunk_rows)
        )
    assert all(0 < len(c["id"]) <= chunk_rows for c in chunks)
    assert [len(c["id"]) for c in chunks[:-1]] == [chunk_rows] * (len(chunks) - 1)
    assert [i for c in chunks for i in c["id"]] == list(range(rows))
    assert [n for c in chunks for n in c["name"]] == [f"n{i}" for i in range(rows)]
    assert [a for c in chunks for a in c["amount"]] == [Decimal(i) / 8 for i in range(rows)]
    assert all(type(a) is Decimal for c in chunks for a in c["amount"])
